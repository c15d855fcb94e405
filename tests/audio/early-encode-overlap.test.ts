// The early encode plans the clips that arrive while earlier pieces are still encoding, and starts
// their encodes beside them (one process per core across passes). It used to wait for each pass's
// encodes before planning the next clips, so at Edge concurrency 4 it fell behind the clips and left
// several pieces to encode after the last clip. Here every MP3 encode is held at a gate (an ffmpeg
// wrapper set by AUDIO_EDITION_FFMPEG): the second paragraph's encode must start while the first's
// is still held. This file sets the variable before its first ffmpeg call, in its own test worker.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClipDecoder } from '../../src/audio/assemble.ts';
import { createEarlyEncoder } from '../../src/audio/early-encode.ts';
import { makeClip } from '../helpers/audio-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-early-overlap-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const realFfmpeg = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;
const gate = join(dir, 'gate-open');
const started = join(dir, 'started');
mkdirSync(started);
const wrapper = join(dir, 'ffmpeg-gated.sh');
// Encodes (libmp3lame) note that they started, then wait for the gate (at most 120 s); the rest pass.
writeFileSync(
  wrapper,
  `#!/bin/sh
case "$*" in *libmp3lame*)
  : > "${started}/$$"
  n=0; while [ ! -e "${gate}" ] && [ $n -lt 2400 ]; do sleep 0.05; n=$((n+1)); done;;
esac
exec "${realFfmpeg}" "$@"
`,
);
chmodSync(wrapper, 0o755);
process.env.AUDIO_EDITION_FFMPEG = wrapper;

/** Waits (bounded) until `count` encodes have started; how many did. */
async function encodesStarted(count: number): Promise<number> {
  for (let i = 0; i < 600 && readdirSync(started).length < count; i++) await new Promise((r) => setTimeout(r, 50));
  return readdirSync(started).length;
}

describe('the early encode, while an earlier pass is still encoding', () => {
  it('starts the next paragraph’s encode beside the first one instead of after it', async () => {
    const clips = join(dir, 'clips');
    mkdirSync(clips);
    const files = await Promise.all(Array.from({ length: 9 }, (_, i) => makeClip(join(clips, `c${i}.wav`), { seconds: 1.6, amplitude: 0.3, sampleRate: 16000, kind: 'speechlike' })));
    // Three "paragraphs" of three clips, a long pause between paragraphs: a piece per paragraph.
    const pause = (i: number) => (i === 0 ? 0 : i % 3 === 0 ? 650 : 250);
    const cache = join(dir, 'cache');
    const work = join(dir, 'work');
    mkdirSync(work);
    const decoder = createClipDecoder({ workDir: work, measure: true });
    const early = createEarlyEncoder({
      chapters: [{ pieces: files.map((_, i) => ({ pauseBeforeMs: pause(i), voice: 'narrator' })) }],
      loudness: { integratedLufs: -16, truePeakDb: -1.5 },
      bitrateKbps: 64,
      outFile: join(dir, 'episode.mp3'),
      workDir: work,
      cacheDir: cache,
      decoder,
      signal: new AbortController().signal,
    });
    try {
      for (let i = 0; i < 3; i++) early.clip(0, i, files[i]!, true);
      expect(await encodesStarted(1)).toBe(1); // the first paragraph's piece, held at the gate
      for (let i = 3; i < 6; i++) early.clip(0, i, files[i]!, true);
      // Planned and started while the first is held (on a single core it would queue behind it).
      const expected = Math.min(2, availableParallelism());
      expect(await encodesStarted(expected)).toBe(expected);
      expect(existsSync(gate)).toBe(false);
    } finally {
      writeFileSync(gate, '');
    }
    await early.idle();
    expect(readdirSync(cache).filter((n) => n.endsWith('.mp3'))).toHaveLength(2);
    await early.close();
    await decoder.close();
  }, 120_000);
});
