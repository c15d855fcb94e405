// The split encode's cache through assembleEpisode: an unchanged episode re-encodes nothing, and an
// edited clip re-encodes only the piece it sits in (every other piece's frames come from the cache).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleEpisode, type AssemblyInput } from '../../src/audio/assemble.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-piece-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 16 kHz mono WAV of a tone with a syllable-like envelope, like a Flite clip. */
function wav(file: string, seconds: number, frequency: number): string {
  const rate = 16000;
  const n = Math.round(seconds * rate);
  const data = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) {
    const envelope = Math.min(1, i / 160, (n - 1 - i) / 160) * (0.6 + 0.4 * Math.sin((2 * Math.PI * 4 * i) / rate));
    data.writeInt16LE(Math.round(8000 * envelope * Math.sin((2 * Math.PI * frequency * i) / rate)), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  writeFileSync(file, Buffer.concat([header, data]));
  return file;
}

const pieces = (cache: string) => readdirSync(cache).filter((n) => n.endsWith('.mp3'));

describe('assembleEpisode with a piece cache', () => {
  it('re-encodes nothing when unchanged, and only the edited clip’s piece after an edit', async () => {
    const clips = join(dir, 'clips');
    const cache = join(dir, 'encoded');
    mkdirSync(clips);
    mkdirSync(join(dir, 'out'));
    const files = Array.from({ length: 12 }, (_, i) => wav(join(clips, `c${i}.wav`), 1.6 + 0.05 * i, 200 + 23 * i));
    const input = (list: string[], work: string): AssemblyInput => ({
      chapters: [{ title: 'One', pieces: list.map((file, i) => ({ file, pauseBeforeMs: i === 0 ? 0 : i % 3 === 0 ? 650 : 250, voice: 'narrator' })) }],
      tags: { title: 'T', artist: 'A', album: 'S', date: '2024-11-01', genre: 'Podcast' },
      bitrateKbps: 64,
      outFile: join(dir, 'out', 'episode.mp3'),
      workDir: join(dir, work),
      loudness: { integratedLufs: -16, truePeakDb: -1.5 },
      cacheDir: cache,
    });
    const first = await assembleEpisode(input(files, 'w1'));
    const made = pieces(cache);
    // Four "paragraphs" of three clips (~5.5 s of audio each) 650 ms apart: a piece each.
    expect(made).toHaveLength(4);

    const again = await assembleEpisode(input(files, 'w2'));
    expect(pieces(cache).sort()).toEqual(made.sort());
    expect(again.durationMs).toBe(first.durationMs);

    const edited = [...files];
    edited[5] = wav(join(clips, 'c5-edited.wav'), 2.3, 333);
    await assembleEpisode(input(edited, 'w3'));
    const after = pieces(cache);
    expect(after.filter((n) => !made.includes(n))).toHaveLength(1);
  }, 120_000);
});
