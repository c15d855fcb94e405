// Loudness: a small BS.1770 meter in TypeScript used to
// level-match voices and to measure the episode's loudness without another ffmpeg pass. Measuring in JS reads each decoded clip once,
// with no extra ffmpeg process per clip, and lets us pool all clips of one voice: a single short clip
// ("she said.") has too few 400 ms blocks for a reliable level, a voice's pooled blocks do not.
import { createReadStream } from 'node:fs';
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
}

/** Quieter than this (about -46 dBFS) counts as silence; a pause is at least MIN_GAP_MS of it. */
const SILENCE = 0.005;
const MIN_GAP_MS = 120;

const SUB_BLOCK = PCM.sampleRate / 10; // 100 ms: blocks are 4 consecutive sub-blocks

/** Measures one decoded s16le mono 44.1 kHz clip by streaming it (never the whole file in memory). */
export async function measureClipLevel(pcmFile: string): Promise<ClipLevel> {
  const [s1, s2] = kWeighting(PCM.sampleRate);
  // Coefficients in locals and samples through an Int16Array: this loop runs once per sample of the
  // episode, and property reads and readInt16LE made it ~2x slower (measured).
  const { b0, b1, b2, a1: p1, a2: p2 } = s1;
  const { a1: q1, a2: q2 } = s2;
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0; // stage 1 state
  let z1 = 0, z2 = 0, w1 = 0, w2 = 0; // stage 2 state
  let sum = 0;
  let count = 0;
  let peak = 0;
  const subBlocks: number[] = [];
  const gapsMs: number[] = [];
  let index = 0;
  let quietSince = 0;
  let sawSound = false;
  let soundStart = 0;
  let soundEnd = 0;
  const minGap = (MIN_GAP_MS * PCM.sampleRate) / 1000;
  let carry: Buffer | null = null;
  for await (const raw of createReadStream(pcmFile, { highWaterMark: 1 << 20 })) {
    let chunk = raw as Buffer;
    if (carry) {
      chunk = Buffer.concat([carry, chunk]);
      carry = null;
    }
    const usable = chunk.length - (chunk.length % 2);
    if (usable < chunk.length) carry = Buffer.from(chunk.subarray(usable));
    // An Int16Array needs a 2-byte aligned offset; copy the (rare) unaligned chunk.
    const aligned = chunk.byteOffset % 2 === 0 ? chunk : Buffer.from(chunk);
    const samples = new Int16Array(aligned.buffer, aligned.byteOffset, usable / 2);
    for (let i = 0; i < samples.length; i++) {
      const x = samples[i]! / 32768;
      const ax = Math.abs(x);
      if (ax > peak) peak = ax;
      if (ax >= SILENCE) {
        // A pause between two sounds (not the clip's leading or trailing silence).
        if (sawSound && index - quietSince >= minGap) gapsMs.push(((quietSince + index) / 2 / PCM.sampleRate) * 1000);
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
      sum += w * w;
      if (++count === SUB_BLOCK) {
        subBlocks.push(sum / SUB_BLOCK);
        sum = 0;
        count = 0;
      }
    }
  }
  const blocks: number[] = [];
  for (let i = 0; i + 4 <= subBlocks.length; i++) {
    blocks.push((subBlocks[i]! + subBlocks[i + 1]! + subBlocks[i + 2]! + subBlocks[i + 3]!) / 4);
  }
  return { blocks, peak, gapsMs, soundStart, soundEnd };
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
 * Gains in dB, one per clip, that bring every group (a voice) to the same loudness, shifted down
 * together if a clip's peak would still exceed -1 dBFS. The episode-wide loudnorm sets the final
 * level afterwards, so only the differences between groups matter here.
 */
export function planGains(clips: readonly (Pick<ClipLevel, 'blocks' | 'peak'> & { group: string })[]): number[] {
  const pooled = new Map<string, number[]>();
  for (const clip of clips) {
    const list = pooled.get(clip.group) ?? [];
    for (const b of clip.blocks) list.push(b);
    pooled.set(clip.group, list);
  }
  const levels = new Map<string, { lufs: number; weight: number }>();
  for (const [group, blocks] of pooled) {
    const level = gatedLoudness(blocks);
    if (level && level.gatedBlocks >= MIN_GATED_BLOCKS) levels.set(group, { lufs: level.lufs, weight: level.gatedBlocks });
  }
  if (levels.size === 0) return clips.map(() => 0);
  // Reference: the quietest voice. Every gain is then a cut, so the 16-bit intermediate can never clip
  // and keeps its precision; loudnorm raises the whole episode to the target afterwards.
  const reference = Math.min(...[...levels.values()].map((l) => l.lufs));
  let total = 0;
  let weighted = 0;
  for (const { lufs: l, weight } of levels.values()) {
    total += weight;
    weighted += (reference - l) * weight;
  }
  // A voice too short to measure is treated like the average voice.
  const averageGain = weighted / total;
  const groupGain = (group: string) => {
    const level = levels.get(group);
    const gain = level ? reference - level.lufs : averageGain;
    return Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, gain));
  };
  const gains = clips.map((c) => groupGain(c.group));
  let loudestPeak = Number.NEGATIVE_INFINITY;
  clips.forEach((c, i) => {
    if (c.peak > 0) loudestPeak = Math.max(loudestPeak, 20 * Math.log10(c.peak) + gains[i]!);
  });
  const shift = Math.min(0, PEAK_CEILING_DB - loudestPeak);
  return gains.map((g) => g + shift);
}

