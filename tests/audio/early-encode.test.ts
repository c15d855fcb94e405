// The split encode started before the last clip (early-encode.ts): the pieces it encodes are the very
// pieces the assembly would have encoded, so the assembly takes them from the cache, and the episode
// is the same as one assembled without it, even when the last clip brings a voice heard nowhere else.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleEpisode, createClipDecoder, type AssemblyInput } from '../../src/audio/assemble.ts';
import { createEarlyEncoder } from '../../src/audio/early-encode.ts';
import { makeClip } from '../helpers/audio-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-early-encode-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pieceFiles = (cache: string) => readdirSync(cache).filter((n) => n.endsWith('.mp3')).sort();
const LOUDNESS = { integratedLufs: -16, truePeakDb: -1.5 };

describe('the early encode', () => {
  it('encodes, before the last clip, pieces the assembly then reuses, and the episode is the same as without it', async () => {
    const clips = join(dir, 'clips');
    mkdirSync(clips);
    mkdirSync(join(dir, 'out'));
    // A narrator and a quieter quoted voice in four "paragraphs", and a third voice only in the last clip.
    const voices = Array.from({ length: 12 }, (_, i) => (i === 11 ? 'late' : i % 3 === 1 ? 'quote' : 'narrator'));
    const files = await Promise.all(
      voices.map((voice, i) =>
        makeClip(join(clips, `c${i}.wav`), { seconds: 1.6 + 0.05 * i, amplitude: voice === 'narrator' ? 0.3 : voice === 'quote' ? 0.2 : 0.12, sampleRate: 16000, kind: 'speechlike' }),
      ),
    );
    const pause = (i: number) => (i === 0 ? 0 : i % 3 === 0 ? 650 : 250);
    const input = (name: string, cacheDir: string): AssemblyInput => ({
      chapters: [{ title: 'One', pieces: files.map((file, i) => ({ file, pauseBeforeMs: pause(i), voice: voices[i]! })) }],
      tags: { title: 'T', artist: 'A', album: 'S', date: '2024-11-01', genre: 'Podcast' },
      bitrateKbps: 64,
      outFile: join(dir, 'out', `${name}.mp3`),
      workDir: join(dir, `work-${name}`),
      loudness: LOUDNESS,
      cacheDir,
    });

    // Without: every piece encoded after the last clip.
    const plainCache = join(dir, 'plain-cache');
    const plain = await assembleEpisode(input('plain', plainCache));
    const wanted = pieceFiles(plainCache);
    expect(wanted).toHaveLength(4);

    // With: the clips handed over one by one, in order, as synthesis finishes them.
    const earlyCache = join(dir, 'early-cache');
    const work = join(dir, 'work-early');
    mkdirSync(work, { recursive: true });
    const decoder = createClipDecoder({ workDir: work, measure: true });
    const early = createEarlyEncoder({
      chapters: [{ pieces: files.map((_, i) => ({ pauseBeforeMs: pause(i), voice: voices[i]! })) }],
      loudness: LOUDNESS,
      bitrateKbps: 64,
      outFile: join(dir, 'out', 'early.mp3'),
      workDir: work,
      cacheDir: earlyCache,
      decoder,
      signal: new AbortController().signal,
    });
    const counts: number[] = [];
    for (let i = 0; i < files.length - 1; i++) {
      early.clip(0, i, files[i]!, true);
      await early.idle();
      counts.push(pieceFiles(earlyCache).length);
    }
    // A paragraph's piece is encoded once its last clip is in (the long pause after it is known from
    // the script, not from the next clip); the fourth paragraph's waits for its last clip.
    expect(counts).toEqual([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3]);
    const before = pieceFiles(earlyCache);
    early.clip(0, files.length - 1, files.at(-1)!, true);
    const made = await assembleEpisode({ ...input('early', earlyCache), workDir: work, decoder, early });
    await decoder.close();

    // Every piece encoded early is one the plain assembly made, byte for byte; the assembly added one.
    for (const name of before) expect(wanted).toContain(name);
    expect(pieceFiles(earlyCache)).toEqual(wanted);
    for (const name of wanted) expect(readFileSync(join(earlyCache, name)).equals(readFileSync(join(plainCache, name)))).toBe(true);
    expect(made.durationMs).toBe(plain.durationMs);
    expect(made.chapters).toEqual(plain.chapters);
  }, 120_000);
});
