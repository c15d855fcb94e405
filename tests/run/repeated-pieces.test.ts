// An episode whose split encode holds identical pieces (the same paragraphs read again: the same PCM
// at the same place in a piece) narrates, with the real CLI and ffmpeg: offline with Flite, and with
// Edge through the local Edge-protocol server, where pieces are also encoded while the last clips are
// synthesized (early-encode.ts). Identical pieces share one cache entry; their scratch files (PCM,
// raw MP3) once shared a name derived from that content too, so one piece's encode removed the file
// another was still reading (ENOENT on a `.raw.mp3`, as narrating the sample 4x did).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { startEdgeServer, type EdgeServer } from '../helpers/edge-server.ts';
import { probeFile, type ProbedFile } from '../helpers/probe.ts';
import { runCli, type CliRun } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'repeated-pieces-'));
let edge: EdgeServer | null = null;
afterAll(async () => {
  await edge?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Two paragraphs of ~8 s each, so every paragraph is a piece of its own (cut in the pause after it).
const P1 = 'The river rose through the night and by morning the old bridge at the edge of the town was under water, so the council closed the road and sent the school buses the long way round.';
const P2 = 'Volunteers filled sandbags outside the library until well after dark, and the bakery on the square handed out bread and hot tea to anyone who stopped to help.';
const COPIES = [4, 3]; // per chapter
const article = [
  'Flood Closes the Old Bridge Again',
  ...Array.from({ length: COPIES[0]! }, () => [P1, P2]).flat(),
  'What Happens Next',
  ...Array.from({ length: COPIES[1]! }, () => [P1, P2]).flat(),
].join('\n\n');

interface Cue {
  start: number;
  end: number;
  text: string;
}

function cues(vtt: string): Cue[] {
  const t = (h: string, m: string, s: string, ms: string) => Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
  return [...vtt.matchAll(/(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})\n<v [^>]+>([^\n]*)/g)].map((m) => ({
    start: t(m[1]!, m[2]!, m[3]!, m[4]!),
    end: t(m[5]!, m[6]!, m[7]!, m[8]!),
    text: m[9]!,
  }));
}

const engines: { name: string; args: () => Promise<{ args: string[]; env: Record<string, string> }> }[] = [
  { name: 'offline, Flite', args: async () => ({ args: ['--engine', 'flite'], env: {} }) },
  {
    name: 'Edge at concurrency 4, early encode',
    args: async () => {
      edge ??= await startEdgeServer({ latencyMs: 20 });
      return { args: ['--engine', 'edge', '--proxy', edge.proxyUrl, '--concurrency', '4'], env: { NODE_EXTRA_CA_CERTS: edge.caFile, HTTPS_PROXY: '', https_proxy: '' } };
    },
  },
];

describe.each(engines)('narrating an episode with repeated identical pieces ($name)', (engine) => {
  const out = join(dir, engine.name.replace(/\W+/g, '-'));
  const mp3 = join(out, 'flood-repeat.mp3');
  let run: CliRun;
  let probed: ProbedFile;

  beforeAll(async () => {
    const input = join(dir, 'flood-repeat.txt');
    writeFileSync(input, article);
    const { args, env } = await engine.args();
    run = await runCli([input, ...args, '--out', out], { env: { AUDIO_EDITION_CACHE: `${out}-cache`, ...env }, timeoutMs: 240_000 });
    if (run.code === 0) probed = await probeFile(mp3);
  }, 300_000);

  it('succeeds', () => {
    expect(run.stdout + run.stderr).not.toMatch(/ENOENT|Unexpected failure/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ .*flood-repeat\.mp3 {2}\d+:\d\d, 3 chapters, 15 segments/);
  });

  it('plays back whole: every frame decodes, to as many samples as the duration says', async () => {
    const wav = join(out, 'decoded.wav');
    const { stderr } = await runFfmpeg({ label: 'decode check', inputs: [{ file: mp3 }], globalOptions: ['-v', 'error'], outputs: [{ file: wav, options: ['-c:a', 'pcm_s16le', '-ac', '1', '-ar', '44100'] }] });
    expect(stderr.trim()).toBe('');
    const decodedMs = ((statSync(wav).size - 44) / 2 / 44100) * 1000;
    expect(Math.abs(decodedMs - probed.durationMs)).toBeLessThanOrEqual(50);
  });

  it('holds every repeat at its full length, with chapters where the transcript puts them', () => {
    const all = cues(readFileSync(join(out, 'flood-repeat.vtt'), 'utf8'));
    expect(all.map((c) => c.text)).toEqual(['Flood Closes the Old Bridge Again', ...article.split('\n\n').slice(1).filter((p) => p !== 'What Happens Next')].map((p) => expect.stringContaining(p.slice(0, 20))));
    // The same clip each time: each copy lasts as long as the first, and they follow one another.
    for (const text of [P1, P2]) {
      const copies = all.filter((c) => c.text.startsWith(text.slice(0, 20)));
      expect(copies).toHaveLength(COPIES[0]! + COPIES[1]!);
      for (const c of copies) expect(Math.abs(c.end - c.start - (copies[0]!.end - copies[0]!.start))).toBeLessThanOrEqual(0.03);
    }
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThan(all[i - 1]!.end);
    // The episode ends shortly after its last words, and holds all of them.
    const duration = probed.durationMs / 1000;
    expect(all.at(-1)!.end).toBeLessThanOrEqual(duration);
    expect(duration - all.at(-1)!.end).toBeLessThan(1.5);

    const titles = ['Flood Closes the Old Bridge Again', 'The river rose through the night', 'What Happens Next'];
    expect(probed.chapters.map((c) => c.title)).toEqual(titles);
    expect(probed.chapters[0]!.startMs).toBe(0);
    expect(Math.abs(probed.chapters.at(-1)!.endMs - probed.durationMs)).toBeLessThanOrEqual(100); // ffprobe's duration is its own estimate
    for (let i = 1; i < probed.chapters.length; i++) expect(probed.chapters[i]!.startMs).toBe(probed.chapters[i - 1]!.endMs);
    // Each chapter starts on its first words: the first paragraph, and the first copy after the heading.
    const firstOf = (n: number) => all[n]!.start * 1000;
    expect(Math.abs(probed.chapters[1]!.startMs - firstOf(1))).toBeLessThanOrEqual(100);
    expect(Math.abs(probed.chapters[2]!.startMs - firstOf(1 + 2 * COPIES[0]!))).toBeLessThanOrEqual(100);
  });
});
