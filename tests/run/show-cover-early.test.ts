// The show cover (one ffmpeg run; it depends on the show's name alone) is drawn while the engine
// works, once a fresh clip says an episode will be made, not in the last step after the last clip:
// the Edge test server holds the last request until the client's scratch folder holds the drawn show
// cover (bounded; the client's own timeout is set longer), then the run must still publish that cover with
// its feed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEdgeServer, type EdgeServer } from '../helpers/edge-server.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'show-cover-early-'));
let edge: EdgeServer | null = null;
afterAll(async () => {
  await edge?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A drawn show cover in some run's scratch folder under `root` (show-cover-N/cover.png). */
function drawnShowCover(root: string): boolean {
  for (const run of readdirSync(root)) {
    const scratch = join(root, run);
    try {
      if (readdirSync(scratch).some((d) => d.startsWith('show-cover-') && existsSync(join(scratch, d, 'cover.png')))) return true;
    } catch {
      // a file, or a folder gone meanwhile
    }
  }
  return false;
}

describe('the show cover', () => {
  it('is drawn before the last clip is answered, and published with the feed', async () => {
    const input = join(dir, 'harbour.txt');
    const paragraphs = ['Harbour Reopens After the Storm', 'The harbour reopened on Tuesday morning after three days of storms.', 'Fishing boats left at dawn, and the ferry ran on time.', 'The last repairs to the sea wall will take another week.'];
    writeFileSync(input, paragraphs.join('\n\n'));
    const scratchRoot = join(dir, 'tmp');
    mkdirSync(scratchRoot);
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    let seenBeforeLast: boolean | null = null;
    // Hold the last paragraph's request until the cover is there (at most 60 s, so nothing hangs).
    const watch = async () => {
      for (let i = 0; i < 1200 && !drawnShowCover(scratchRoot); i++) await new Promise((r) => setTimeout(r, 50));
      seenBeforeLast = drawnShowCover(scratchRoot);
      release();
    };
    edge = await startEdgeServer({
      latencyMs: 5,
      faults: [{ match: (info) => info.text?.startsWith('The last repairs') === true, fault: { kind: 'hold', until: released }, times: 1 }],
    });
    const watching = watch();
    const out = join(dir, 'out');
    const run = await runCli([input, '--engine', 'edge', '--proxy', edge.proxyUrl, '--concurrency', '1', '--out', out], {
      // The client waits for the held answer as long as the watch may (no timeout and retry meanwhile).
      env: { AUDIO_EDITION_EDGE_TIMEOUT_MS: '200000', TMPDIR: scratchRoot, AUDIO_EDITION_CACHE: join(dir, 'cache'), NODE_EXTRA_CA_CERTS: edge.caFile, HTTPS_PROXY: '', https_proxy: '' },
      timeoutMs: 180_000,
    });
    release();
    await watching;
    expect(run.stderr).not.toMatch(/error|Unexpected/i);
    expect(run.code).toBe(0);
    expect(seenBeforeLast).toBe(true);
    expect(existsSync(join(out, 'cover.png'))).toBe(true);
    expect(readdirSync(scratchRoot).filter((n) => !n.startsWith('.'))).toEqual([]); // the scratch folder went with the run
  }, 240_000);
});
