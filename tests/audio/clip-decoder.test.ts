// The clip decoder decodes several clips per ffmpeg process: each clip's PCM must be exactly what a
// decode of that clip alone gives, and a bad clip in a batch must fail alone, named.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeJob } from '../../src/audio/args.ts';
import { createClipDecoder } from '../../src/audio/clip-decoder.ts';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { AppError } from '../../src/errors.ts';
import { makeClip } from '../helpers/audio-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-clip-decoder-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createClipDecoder', () => {
  it('decodes clips in batches to exactly what each decodes to alone, and fails only the broken one, by name', async () => {
    const clips = await Promise.all(
      [0.6, 1.3, 0.9, 2.1, 0.4, 1.7].map((seconds, i) =>
        makeClip(join(dir, `c${i}.${i % 2 ? 'mp3' : 'wav'}`), { seconds, amplitude: 0.3, sampleRate: i % 2 ? 24000 : 16000, kind: 'speechlike' }),
      ),
    );
    const broken = join(dir, 'broken.wav');
    writeFileSync(broken, 'RIFF but not really a wave file at all'.repeat(10));
    const files = [...clips.slice(0, 3), broken, ...clips.slice(3)];
    const work = join(dir, 'work');
    mkdirSync(work);
    const decoder = createClipDecoder({ workDir: work, measure: true });
    // Prefetched (as the run does while synthesizing), then needed: batches of several clips.
    const ahead = files.map((f) => decoder.prefetch(f));
    const outcomes = await Promise.allSettled(files.map((f) => decoder.decode(f)));
    expect(await Promise.allSettled(ahead)).toEqual(outcomes);

    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [[i, o.reason] as const] : []));
    expect(failed.map(([i]) => i)).toEqual([3]);
    expect(failed[0]![1]).toBeInstanceOf(AppError);
    expect((failed[0]![1] as AppError).message).toMatch(/clip 4 \(broken\.wav\)/);

    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status !== 'fulfilled') continue;
      const alone = join(dir, `alone-${i}.pcm`);
      await runFfmpeg(decodeJob(files[i]!, alone, `clip ${i}`));
      const expected = readFileSync(alone);
      expect(outcome.value.samples).toBe(expected.length / 2);
      expect(readFileSync(outcome.value.pcm).equals(expected)).toBe(true);
      expect(outcome.value.level?.soundEnd).toBeGreaterThan(0);
    }
  }, 60_000);

  it('close(): clips waiting fail, running decodes end, and nothing writes into the folder after it resolves', async () => {
    const clips = await Promise.all([0.5, 0.7].map((seconds, i) => makeClip(join(dir, `w${i}.wav`), { seconds, amplitude: 0.3, sampleRate: 16000, kind: 'speechlike' })));
    const work = join(dir, 'closing');
    mkdirSync(work);
    const decoder = createClipDecoder({ workDir: work, measure: false });
    // Two prefetched clips wait for more to batch with (as after a reused episode: never asked for).
    const waiting = clips.map((f) => decoder.prefetch(f));
    await decoder.close();
    const outcomes = await Promise.allSettled(waiting);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/cancel/i);
    rmSync(work, { recursive: true, force: true });
    // A clip asked for after close fails too, without bringing the folder back.
    await expect(decoder.decode(clips[0]!)).rejects.toThrow();
    expect(() => readdirSync(work)).toThrow(/ENOENT/);
  }, 60_000);
});
