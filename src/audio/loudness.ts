// Loudness: a small BS.1770 meter in TypeScript used to
// level-match voices and to measure the episode's loudness without another ffmpeg pass. Measuring in JS reads each decoded clip once,
// with no extra ffmpeg process per clip, and lets us pool all clips of one voice: a single short clip
// ("she said.") has too few 400 ms blocks for a reliable level, a voice's pooled blocks do not.
import { open } from 'node:fs/promises';
import { PCM } from './args.ts';

// --- BS.1770-4 K-weighted meter (mono) -------------------------------------------------------------

interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** K-weighting for any sample rate (libebur128's analog-prototype formulas). */
export function kWeighting(sampleRate: number): [Biquad, Biquad] {
  let f0 = 1681.974450955533;
  const G = 3.999843853973347;
  let Q = 0.7071752369554196;
  let K = Math.tan((Math.PI * f0) / sampleRate);
  const Vh = 10 ** (G / 20);
  const Vb = Vh ** 0.4996667741545416;
  let a0 = 1 + K / Q + K * K;
  const shelf: Biquad = {
    b0: (Vh + (Vb * K) / Q + K * K) / a0,
    b1: (2 * (K * K - Vh)) / a0,
    b2: (Vh - (Vb * K) / Q + K * K) / a0,
    a1: (2 * (K * K - 1)) / a0,
    a2: (1 - K / Q + K * K) / a0,
  };
  f0 = 38.13547087602444;
  Q = 0.5003270373238773;
  K = Math.tan((Math.PI * f0) / sampleRate);
  a0 = 1 + K / Q + K * K;
  const highpass: Biquad = { b0: 1, b1: -2, b2: 1, a1: (2 * (K * K - 1)) / a0, a2: (1 - K / Q + K * K) / a0 };
  return [shelf, highpass];
}

/** What one clip contributes to its voice's level: K-weighted mean squares of its 400 ms blocks. */
export interface ClipLevel {
  /** Mean square of each 400 ms block (75 % overlap), full scale = 1. */
  blocks: number[];
  /** Highest absolute sample, full scale = 1. */
  peak: number;
  /** Middles of the pauses inside the clip (ms from its start): where sentences most likely end. */
  gapsMs: number[];
  /** First and one past the last sample louder than silence ([0, 0) for a silent clip). */
  soundStart: number;
  soundEnd: number;
  /**
   * K-weighted energy (sum of squares, full scale = 1) of every 10 ms of the clip, the last one
   * partial: enough to place the clip anywhere in an episode and measure the episode from its clips.
   */
  bins: number[];
}

/** Quieter than this (about -46 dBFS) counts as silence; a pause is at least MIN_GAP_MS of it. */
const SILENCE = 0.005;
const MIN_GAP_MS = 120;

const SUB_BLOCK = PCM.sampleRate / 10; // 100 ms: blocks are 4 consecutive sub-blocks
/** Samples per energy bin (ClipLevel.bins): 10 ms. */
export const BIN_SAMPLES = PCM.sampleRate / 100;

/** The meter's running state between chunks of one clip. */
class Meter {
  // K-weighting filter state: stage 1 (shelf) and stage 2 (high-pass).
  x1 = 0; x2 = 0; y1 = 0; y2 = 0;
  z1 = 0; z2 = 0; w1 = 0; w2 = 0;
  sum = 0;
  count = 0;
  peak = 0;
  index = 0;
  quietSince = 0;
  sawSound = false;
  soundStart = 0;
  soundEnd = 0;
  bin = 0;
  binCount = 0;
  readonly subBlocks: number[] = [];
  readonly bins: number[] = [];
  readonly gapsMs: number[] = [];
  constructor(readonly s1: Biquad, readonly s2: Biquad) {}
}

/**
 * One chunk through the meter. A plain function over locals (copied in and out once per chunk), apart
 * from the streaming loop: this runs once per sample of the episode, and V8 optimizes it once here,
 * where inside the async loop each clip paid for its own warm-up (measured: 2x faster on the sample).
 */
function meterChunk(m: Meter, samples: Int16Array): void {
  const { b0, b1, b2, a1: p1, a2: p2 } = m.s1;
  const { a1: q1, a2: q2 } = m.s2;
  let { x1, x2, y1, y2, z1, z2, w1, w2, sum, count, bin, binCount, peak, index, quietSince, sawSound, soundStart, soundEnd } = m;
  const minGap = (MIN_GAP_MS * PCM.sampleRate) / 1000;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]! / 32768;
    const ax = Math.abs(x);
    if (ax > peak) peak = ax;
    if (ax >= SILENCE) {
      // A pause between two sounds (not the clip's leading or trailing silence).
      if (sawSound && index - quietSince >= minGap) m.gapsMs.push(((quietSince + index) / 2 / PCM.sampleRate) * 1000);
      if (!sawSound) soundStart = index;
      soundEnd = index + 1;
      sawSound = true;
      quietSince = index + 1;
    }
    index++;
    const y = b0 * x + b1 * x1 + b2 * x2 - p1 * y1 - p2 * y2;
    x2 = x1; x1 = x; y2 = y1; y1 = y;
    const w = y - 2 * z1 + z2 - q1 * w1 - q2 * w2;
    z2 = z1; z1 = y; w2 = w1; w1 = w;
    const energy = w * w;
    sum += energy;
    bin += energy;
    if (++binCount === BIN_SAMPLES) {
      m.bins.push(bin);
      bin = 0;
      binCount = 0;
    }
    if (++count === SUB_BLOCK) {
      m.subBlocks.push(sum / SUB_BLOCK);
      sum = 0;
      count = 0;
    }
  }
  Object.assign(m, { x1, x2, y1, y2, z1, z2, w1, w2, sum, count, bin, binCount, peak, index, quietSince, sawSound, soundStart, soundEnd });
}

/** Measures one decoded s16le mono 44.1 kHz clip by streaming it (never the whole file in memory). */
export async function measureClipLevel(pcmFile: string): Promise<ClipLevel> {
  const [s1, s2] = kWeighting(PCM.sampleRate);
  const m = new Meter(s1, s2);
  // One buffer, read into again and again: a stream would allocate a fresh one per chunk, and those
  // (1 MB each, several per clip) piled up as garbage in the main thread faster than V8 collected it.
  const buffer = Buffer.alloc(256 * 1024);
  const samples = new Int16Array(buffer.buffer, buffer.byteOffset, buffer.length / 2);
  const file = await open(pcmFile, 'r');
  try {
    let kept = 0; // a byte of a sample split between two reads, moved to the front
    for (;;) {
      const { bytesRead } = await file.read(buffer, kept, buffer.length - kept, null);
      if (bytesRead === 0) break;
      const filled = kept + bytesRead;
      const usable = filled - (filled % 2);
      meterChunk(m, samples.subarray(0, usable / 2));
      kept = filled - usable;
      if (kept) buffer[0] = buffer[usable]!;
    }
  } finally {
    await file.close();
  }
  if (m.binCount > 0) m.bins.push(m.bin);
  const { subBlocks } = m;
  const blocks: number[] = [];
  for (let i = 0; i + 4 <= subBlocks.length; i++) {
    blocks.push((subBlocks[i]! + subBlocks[i + 1]! + subBlocks[i + 2]! + subBlocks[i + 3]!) / 4);
  }
  return { blocks, peak: m.peak, gapsMs: m.gapsMs, soundStart: m.soundStart, soundEnd: m.soundEnd, bins: m.bins };
}

/** A clip's samples [from, to) placed at episode sample `at`, with a gain. */
export interface PlacedClip {
  bins: readonly number[];
  from: number;
  to: number;
  at: number;
  gainDb: number;
}

/**
 * The 400 ms blocks (mean squares, 75 % overlap) of an episode made of these clips and silence,
 * computed from the clips' energy bins rather than by reading the episode's samples: each 10 ms bin
 * lands in the episode's 100 ms sub-block that holds its middle. What this leaves out (a bin split
 * between two sub-blocks, the filter ringing on into a pause) moves the result by hundredths of a LU.
 */
export function episodeBlocks(clips: readonly PlacedClip[], totalSamples: number): number[] {
  const sub = new Float64Array(Math.floor(totalSamples / SUB_BLOCK));
  for (const clip of clips) {
    const power = 10 ** (clip.gainDb / 10);
    for (let b = Math.floor(clip.from / BIN_SAMPLES); b < clip.bins.length; b++) {
      const middle = b * BIN_SAMPLES + BIN_SAMPLES / 2;
      if (middle < clip.from) continue;
      if (middle >= clip.to) break;
      const j = Math.floor((clip.at + middle - clip.from) / SUB_BLOCK);
      if (j < sub.length) sub[j]! += clip.bins[b]! * power;
    }
  }
  const blocks: number[] = [];
  for (let j = 0; j + 4 <= sub.length; j++) blocks.push((sub[j]! + sub[j + 1]! + sub[j + 2]! + sub[j + 3]!) / (4 * SUB_BLOCK));
  return blocks;
}

const lufs = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);

/** Gated integrated loudness (BS.1770: -70 LUFS absolute gate, -10 LU relative gate) of pooled blocks. */
export function gatedLoudness(blocks: readonly number[]): { lufs: number; gatedBlocks: number } | null {
  const loudEnough = blocks.filter((b) => b > 0 && lufs(b) > -70);
  if (loudEnough.length === 0) return null;
  const relative = lufs(loudEnough.reduce((a, b) => a + b, 0) / loudEnough.length) - 10;
  const kept = loudEnough.filter((b) => lufs(b) > relative);
  if (kept.length === 0) return null;
  return { lufs: lufs(kept.reduce((a, b) => a + b, 0) / kept.length), gatedBlocks: kept.length };
}

/** Fewer gated blocks than this (about 1.2 s of speech) and a group's level is not trusted. */
const MIN_GATED_BLOCKS = 9;
/** Never cut a voice by more than this: a near-silent clip is a synthesis problem, not a level. */
const MAX_GAIN_DB = 30;
/** Sample-peak ceiling after level matching, so the 16-bit intermediate never clips. */
const PEAK_CEILING_DB = -1;

/**
 * Gains in dB, one per clip, that bring every group (a voice) to the loudness of the group heard most
 * (the most gated blocks: the narrator, as a rule), each held low enough that its own peaks stay
 * under -1 dBFS (the reference's cap lowers every voice with it, so they stay matched). The
 * episode-wide gain sets the final level afterwards, so only the differences between groups matter
 * here. Each voice's gain depends only on its own clips and the reference's: a voice heard first near
 * the end (one late quote) changes its own gain, not everyone's, so the pieces encoded before it came
 * (early-encode.ts) keep theirs.
 */
export function planGains(clips: readonly (Pick<ClipLevel, 'blocks' | 'peak'> & { group: string })[]): number[] {
  const pooled = new Map<string, number[]>();
  const peaks = new Map<string, number>();
  for (const clip of clips) {
    const list = pooled.get(clip.group) ?? [];
    for (const b of clip.blocks) list.push(b);
    pooled.set(clip.group, list);
    peaks.set(clip.group, Math.max(peaks.get(clip.group) ?? 0, clip.peak));
  }
  const levels = new Map<string, { lufs: number; weight: number }>();
  for (const [group, blocks] of pooled) {
    const level = gatedLoudness(blocks);
    if (level && level.gatedBlocks >= MIN_GATED_BLOCKS) levels.set(group, { lufs: level.lufs, weight: level.gatedBlocks });
  }
  if (levels.size === 0) return clips.map(() => 0);
  // The first group with the most gated blocks (clips come in script order: ties go to the earlier voice).
  let reference: { group: string; lufs: number; weight: number } | undefined;
  for (const [group, level] of levels) if (!reference || level.weight > reference.weight) reference = { group, ...level };
  let total = 0;
  let weighted = 0;
  for (const { lufs: l, weight } of levels.values()) {
    total += weight;
    weighted += (reference!.lufs - l) * weight;
  }
  // A voice too short to measure is treated like the average voice.
  const averageGain = weighted / total;
  const peakDb = (group: string) => {
    const peak = peaks.get(group) ?? 0;
    return peak > 0 ? 20 * Math.log10(peak) : Number.NEGATIVE_INFINITY;
  };
  const matched = (group: string) => {
    const level = levels.get(group);
    return Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, level ? reference!.lufs - level.lufs : averageGain));
  };
  const shift = Math.min(0, PEAK_CEILING_DB - peakDb(reference!.group));
  const gains = new Map<string, number>();
  for (const group of pooled.keys()) gains.set(group, Math.min(matched(group) + shift, PEAK_CEILING_DB - peakDb(group)));
  return clips.map((c) => gains.get(c.group)!);
}
