// The split encode against the unsplit PCM: the joined MP3 decodes to exactly the episode's samples,
// in place (no drift at a join), with silence at every join (no click, no gap); and the plan keeps an
// edit inside its own piece.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJob, muxJob } from '../../src/audio/args.ts';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { ENCODER_DELAY, FRAME_SAMPLES, PRIMING, crc16, writeDelayAndPadding } from '../../src/audio/mp3-frames.ts';
import { concatenatePcm, type ConcatPart } from '../../src/audio/pcm.ts';
import { encodePieces, preparePieces, sliceParts, type EpisodePart } from '../../src/audio/split-encode.ts';
import { planSplit, type Segment } from '../../src/audio/split-plan.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-split-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RATE = 44100;
const OPTIONS = { minPieceSamples: RATE, minCutSamples: Math.round(0.4 * RATE) };

describe('planSplit (pure)', () => {
  const segments: Segment[] = [0, 500, 300, 650, 1200, 650, 450].map((pauseMs, i) => ({ pauseSamples: Math.round((pauseMs * RATE) / 1000), samples: 50_000 + 7_919 * i }));

  it('cuts inside long pauses, on frame boundaries of the joined stream, moving each pause at most half a frame', () => {
    const plan = planSplit(segments, OPTIONS);
    expect(plan.pieces.length).toBeGreaterThan(3);
    expect(plan.pieces[0]!.start).toBe(0);
    expect(plan.pieces.at(-1)!.end).toBe(plan.totalSamples);
    plan.pieces.forEach((piece, p) => {
      if (p > 0) {
        expect(piece.start).toBe(plan.pieces[p - 1]!.end);
        expect((piece.start + PRIMING) % FRAME_SAMPLES).toBe(0);
        expect(piece.firstFrame).toBe(plan.pieces[p - 1]!.firstFrame + plan.pieces[p - 1]!.frames);
      }
    });
    expect(plan.pieces.reduce((n, p) => n + p.frames, 0)).toBe(plan.totalFrames);
    expect(plan.totalFrames * FRAME_SAMPLES - plan.totalSamples).toBeGreaterThanOrEqual(PRIMING);
    for (const pad of plan.padSamples) expect(Math.abs(pad)).toBeLessThanOrEqual(FRAME_SAMPLES / 2);
    const total = segments.reduce((n, s, i) => n + s.pauseSamples + s.samples + plan.padSamples[i]!, 0);
    expect(plan.totalSamples).toBe(total);
  });

  it('keeps an edit in its own piece: every later piece has the same length and padding', () => {
    const before = planSplit(segments, OPTIONS);
    const edited = planSplit(segments.map((s, i) => (i === 2 ? { ...s, samples: s.samples + 12_345 } : s)), OPTIONS);
    const pieceOf = (plan: typeof before, segmentStart: number) => plan.pieces.findIndex((p) => p.start <= segmentStart && segmentStart < p.end);
    expect(edited.pieces.length).toBe(before.pieces.length);
    // Segment 2 sits in piece 1 (pieces cut at pauses 1, 3, 4, 5, 6).
    expect(pieceOf(before, before.pieces[1]!.start)).toBe(1);
    for (let p = 2; p < before.pieces.length; p++) {
      const length = (plan: typeof before) => plan.pieces[p]!.end - plan.pieces[p]!.start;
      expect(length(edited)).toBe(length(before));
    }
    expect(edited.padSamples.slice(4)).toEqual(before.padSamples.slice(4));
  });
});

/** A tone with 10 ms fades (its own "speech"), as raw s16le. */
function tone(file: string, seconds: number, frequency: number): string {
  const n = Math.round(seconds * RATE);
  const out = Buffer.alloc(n * 2);
  const fade = 0.01 * RATE;
  for (let i = 0; i < n; i++) {
    const envelope = Math.min(1, i / fade, (n - 1 - i) / fade);
    out.writeInt16LE(Math.round(9000 * envelope * Math.sin((2 * Math.PI * frequency * i) / RATE)), i * 2);
  }
  writeFileSync(file, out);
  return file;
}

const samplesOf = (file: string) => {
  const b = readFileSync(file);
  return new Int16Array(b.buffer, b.byteOffset, b.length / 2);
};

describe('splitEncode with real ffmpeg', () => {
  let plan: ReturnType<typeof planSplit>;
  let reference: Int16Array;
  let decoded: Int16Array;
  let recorded = { delay: 0, padding: 0 };
  let parts: EpisodePart[] = [];

  beforeAll(async () => {
    const clips = [1.3, 0.9, 1.7, 1.1, 1.5].map((s, i) => tone(join(dir, `tone${i}.pcm`), s, 220 * (i + 2)));
    const pausesMs = [120, 500, 450, 700, 600];
    const segments = clips.map((file, i) => ({ pauseSamples: Math.round((pausesMs[i]! * RATE) / 1000), samples: samplesOf(file).length }));
    plan = planSplit(segments, OPTIONS);
    parts = [];
    const flat: ConcatPart[] = [];
    clips.forEach((file, i) => {
      const silenceSamples = segments[i]!.pauseSamples + plan.padSamples[i]!;
      parts.push({ silenceSamples }, { id: `tone${i}`, pcm: async () => file, gainDb: 0, start: 0, end: segments[i]!.samples });
      flat.push({ silenceSamples }, { file, gainDb: 0 });
    });
    // The unsplit episode, sample for sample what the pieces are cut from.
    const referenceFile = join(dir, 'reference.pcm');
    expect(await concatenatePcm(flat, referenceFile)).toBe(plan.totalSamples);
    reference = samplesOf(referenceFile);

    const prepared = await preparePieces({ parts, plan, workDir: dir });
    const frames = join(dir, 'frames.mp3');
    await encodePieces(prepared, { bitrateKbps: 64 }, frames);
    const metadata = join(dir, 'meta.txt');
    writeFileSync(metadata, ';FFMETADATA1\ntitle=split\n');
    const mp3 = join(dir, 'episode.mp3');
    await runFfmpeg(muxJob({ frames, metadataFile: metadata, outFile: mp3 }));
    recorded = { delay: ENCODER_DELAY, padding: plan.totalFrames * FRAME_SAMPLES - ENCODER_DELAY - plan.totalSamples };
    expect(await writeDelayAndPadding(mp3, recorded.delay, recorded.padding)).toBe(plan.totalFrames);
    await runFfmpeg(decodeJob(mp3, join(dir, 'decoded.pcm'), 'the split episode'));
    decoded = samplesOf(join(dir, 'decoded.pcm'));
  }, 60_000);

  it('has several joins to test', () => {
    expect(plan.pieces.length).toBeGreaterThanOrEqual(4);
  });

  it('decodes to exactly the episode’s samples: bit-exact duration', () => {
    expect(decoded.length).toBe(plan.totalSamples);
  });

  it('is silent around every join, like the unsplit PCM there: no click, no gap', () => {
    for (const piece of plan.pieces.slice(1)) {
      const join = piece.start;
      let worst = 0;
      for (let i = join - 2 * FRAME_SAMPLES; i < join + 2 * FRAME_SAMPLES; i++) worst = Math.max(worst, Math.abs(decoded[i]! - reference[i]!));
      expect(worst).toBeLessThanOrEqual(4); // of 32768: below -78 dBFS
    }
  });

  it('keeps every piece in place: each piece decodes close to the PCM at lag 0, not at any other', () => {
    const snr = (from: number, to: number, lag: number) => {
      let signal = 0;
      let noise = 0;
      for (let i = from; i < to; i++) {
        const x = reference[i]!;
        signal += x * x;
        noise += (x - (decoded[i + lag] ?? 0)) ** 2;
      }
      return 10 * Math.log10(signal / Math.max(noise, 1));
    };
    for (const piece of plan.pieces) {
      const from = piece.start + 2 * FRAME_SAMPLES;
      const to = piece.end - 2 * FRAME_SAMPLES;
      const inPlace = snr(from, to, 0);
      expect(inPlace).toBeGreaterThan(20);
      for (const lag of [-3, -1, 1, 3, 576, -576, 1105]) expect(snr(from, to, lag)).toBeLessThan(inPlace - 3);
    }
  });

  it('records the delay and padding in a LAME tag whose CRC checks', () => {
    const mp3 = readFileSync(join(dir, 'episode.mp3'));
    const start = 10 + (((mp3[6]! & 0x7f) << 21) | ((mp3[7]! & 0x7f) << 14) | ((mp3[8]! & 0x7f) << 7) | (mp3[9]! & 0x7f));
    const frame = Buffer.from(mp3.subarray(start, start + 208));
    const lame = 21 + 120;
    expect(frame.toString('latin1', 21, 25)).toBe('Info');
    expect(frame.readUIntBE(lame + 21, 3)).toBe((recorded.delay << 12) | recorded.padding);
    const crc = frame.readUInt16BE(lame + 34);
    frame.writeUInt16BE(0, lame + 34);
    expect(crc16(frame.subarray(0, 190))).toBe(crc);
  });

  it('encodes each piece of a many-piece process exactly as it encodes alone', async () => {
    const batched = join(dir, 'cache-batched');
    const first = await encodePieces(await preparePieces({ parts, plan, workDir: dir, cacheDir: batched }), { bitrateKbps: 64 }, join(dir, 'batched.mp3'));
    expect(first.reused).toBe(0);
    const { cpSync, readdirSync } = await import('node:fs');
    const names = readdirSync(batched).filter((n) => n.endsWith('.mp3'));
    expect(names).toHaveLength(plan.pieces.length);
    for (const name of names) {
      // Every other piece from the cache: this one is encoded by a process of its own.
      const alone = join(dir, `cache-alone-${name}`);
      cpSync(batched, alone, { recursive: true, filter: (src) => !src.endsWith(name) });
      const again = await encodePieces(await preparePieces({ parts, plan, workDir: dir, cacheDir: alone }), { bitrateKbps: 64 }, join(dir, 'alone.mp3'));
      expect(again.reused).toBe(plan.pieces.length - 1);
      expect(readFileSync(join(dir, 'alone.mp3')).equals(readFileSync(join(dir, 'batched.mp3')))).toBe(true);
    }
  }, 60_000);

  it('sliceParts cuts a silence and a clip span at the piece bounds', () => {
    const parts: EpisodePart[] = [{ silenceSamples: 100 }, { id: 'a', pcm: async () => 'a', gainDb: 1, start: 10, end: 60 }, { silenceSamples: 40 }];
    expect(sliceParts(parts, 80, 170).map((p) => ('silenceSamples' in p ? p.silenceSamples : [p.start, p.end]))).toEqual([20, [10, 60], 20]);
    expect(sliceParts(parts, 120, 150).map((p) => ('silenceSamples' in p ? p.silenceSamples : [p.start, p.end]))).toEqual([[30, 60]]);
  });
});

describe('splitEncode of an episode with identical pieces (the same paragraph read again)', () => {
  it('encodes each distinct piece once, from one cache entry, and joins it wherever it occurs', async () => {
    // A tone and a pause that together fill whole frames: every cut then gets the same padding, so
    // every piece but the first (no lead-in) and the last (the stream's end) is the same samples.
    const samples = 50 * FRAME_SAMPLES;
    const pauseSamples = 20 * FRAME_SAMPLES;
    const file = tone(join(dir, 'repeated.pcm'), samples / RATE, 330);
    const segments = Array.from({ length: 6 }, (_, i) => ({ pauseSamples: i === 0 ? 0 : pauseSamples, samples }));
    const plan = planSplit(segments, OPTIONS);
    expect(plan.pieces).toHaveLength(6);
    let asked = 0;
    const parts: EpisodePart[] = [];
    const flat: ConcatPart[] = [];
    segments.forEach((segment, i) => {
      const silenceSamples = segment.pauseSamples + plan.padSamples[i]!;
      parts.push({ silenceSamples }, { id: 'repeated', pcm: async () => (asked++, file), gainDb: 0, start: 0, end: samples });
      flat.push({ silenceSamples }, { file, gainDb: 0 });
    });
    const referenceFile = join(dir, 'repeated-reference.pcm');
    await concatenatePcm(flat, referenceFile);
    const reference = samplesOf(referenceFile);

    const cache = join(dir, 'cache-repeated');
    const prepared = await preparePieces({ parts, plan, workDir: dir, cacheDir: cache });
    expect(new Set(prepared.pieces.map((p) => p.recipe)).size).toBe(3);
    const frames = join(dir, 'repeated-frames.mp3');
    expect(await encodePieces(prepared, { bitrateKbps: 64 }, frames)).toEqual({ pieces: 6, reused: 0 });
    expect(asked).toBe(3); // one PCM written per distinct piece
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(cache).filter((n) => n.endsWith('.mp3'))).toHaveLength(3);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]); // no scratch file left

    const metadata = join(dir, 'repeated-meta.txt');
    writeFileSync(metadata, ';FFMETADATA1\ntitle=repeated\n');
    const mp3 = join(dir, 'repeated.mp3');
    await runFfmpeg(muxJob({ frames, metadataFile: metadata, outFile: mp3 }));
    expect(await writeDelayAndPadding(mp3, ENCODER_DELAY, plan.totalFrames * FRAME_SAMPLES - ENCODER_DELAY - plan.totalSamples)).toBe(plan.totalFrames);
    await runFfmpeg(decodeJob(mp3, join(dir, 'repeated-decoded.pcm'), 'the repeated episode'));
    const decoded = samplesOf(join(dir, 'repeated-decoded.pcm'));
    expect(decoded.length).toBe(plan.totalSamples);
    // Every piece in its place: close to the PCM there.
    for (const piece of plan.pieces) {
      let signal = 0;
      let noise = 0;
      for (let i = piece.start; i < piece.end; i++) {
        signal += reference[i]! ** 2;
        noise += (reference[i]! - decoded[i]!) ** 2;
      }
      expect(10 * Math.log10(signal / Math.max(noise, 1))).toBeGreaterThan(20);
    }
  }, 60_000);
});
