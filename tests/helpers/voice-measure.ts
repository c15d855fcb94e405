// An independent measure of how different two voices sound, for the distinct-voice tests: decode real
// audio with ffmpeg, then per voice the fundamental frequency (F0) over voiced frames (a normalized
// autocorrelation pitch tracker) and the mean MFCC vector (spectral envelope, i.e. timbre).
//
// Nothing here shares code with the synthesizer's own settings: the F0 the tracker finds is what the
// listener hears, whatever the variant table says it asked for.
import { execFile } from 'node:child_process';
import { ffmpegPath } from '../../src/audio/ffmpeg.ts';

export const RATE = 16_000;

/** Decodes any audio file ffmpeg reads to mono float samples at 16 kHz. */
export function decodeMono(file: string): Promise<Float32Array> {
  const args = ['-hide_banner', '-loglevel', 'error', '-i', file, '-ac', '1', '-ar', String(RATE), '-f', 'f32le', 'pipe:1'];
  return new Promise((resolve, reject) => {
    execFile(ffmpegPath(), args, { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`ffmpeg could not decode ${file}: ${stderr.toString()}`, { cause: error }));
      const bytes = Buffer.from(stdout);
      resolve(new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4)));
    });
  });
}

const FRAME = 640; // 40 ms: two periods of a 50 Hz voice
const HOP = 160; // 10 ms
const MIN_F0 = 60;
const MAX_F0 = 400;
/** A frame is voiced when its normalized autocorrelation peak reaches this (0.5 is a common cut-off). */
const VOICING = 0.6;

/** F0 in Hz of every voiced frame. */
export function trackPitch(samples: Float32Array): number[] {
  let peakEnergy = 0;
  const energies: number[] = [];
  for (let start = 0; start + FRAME <= samples.length; start += HOP) {
    let e = 0;
    for (let i = start; i < start + FRAME; i++) e += samples[i]! * samples[i]!;
    energies.push(e);
    peakEnergy = Math.max(peakEnergy, e);
  }
  const minLag = Math.floor(RATE / MAX_F0);
  const maxLag = Math.ceil(RATE / MIN_F0);
  const out: number[] = [];
  energies.forEach((energy, f) => {
    if (energy < peakEnergy * 0.01) return; // silence and breath: 20 dB under the loudest frame
    const start = f * HOP;
    const frame = samples.subarray(start, start + FRAME);
    const r = (lag: number) => {
      let num = 0;
      let a = 0;
      let b = 0;
      for (let i = 0; i + lag < FRAME; i++) {
        num += frame[i]! * frame[i + lag]!;
        a += frame[i]! * frame[i]!;
        b += frame[i + lag]! * frame[i + lag]!;
      }
      return a > 0 && b > 0 ? num / Math.sqrt(a * b) : 0;
    };
    const values: number[] = [];
    for (let lag = minLag; lag <= maxLag; lag++) values.push(r(lag));
    let best = -1;
    let bestLag = 0;
    values.forEach((v, i) => {
      if (v > best) [best, bestLag] = [v, i];
    });
    if (best < VOICING) return;
    // The first peak within 85 % of the best one: avoids octave errors (a lag of two periods).
    for (let i = 1; i < values.length - 1; i++) {
      if (values[i]! >= best * 0.85 && values[i]! >= values[i - 1]! && values[i]! >= values[i + 1]!) {
        bestLag = i;
        break;
      }
    }
    const y0 = values[bestLag - 1] ?? values[bestLag]!;
    const y1 = values[bestLag]!;
    const y2 = values[bestLag + 1] ?? values[bestLag]!;
    const denom = y0 - 2 * y1 + y2;
    const shift = denom !== 0 ? (0.5 * (y0 - y2)) / denom : 0;
    out.push(RATE / (minLag + bestLag + Math.max(-0.5, Math.min(0.5, shift))));
  });
  return out;
}

export interface PitchStats {
  medianHz: number;
  meanHz: number;
  /** Standard deviation of F0 in semitones: how much the voice moves (intonation). */
  spreadSt: number;
  voicedFrames: number;
}

export function pitchStats(f0: number[]): PitchStats {
  const sorted = [...f0].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const mean = f0.reduce((s, x) => s + x, 0) / Math.max(1, f0.length);
  const st = f0.map((x) => 12 * Math.log2(x / median));
  const stMean = st.reduce((s, x) => s + x, 0) / Math.max(1, st.length);
  const spread = Math.sqrt(st.reduce((s, x) => s + (x - stMean) ** 2, 0) / Math.max(1, st.length));
  return { medianHz: median, meanHz: mean, spreadSt: spread, voicedFrames: f0.length };
}

/** Distance between two medians in semitones (12 = one octave). */
export function semitones(a: number, b: number): number {
  return Math.abs(12 * Math.log2(a / b));
}

// ---------------------------------------------------------------------------------------------- MFCC

const N_FFT = 512;
const N_MEL = 26;
const N_MFCC = 13;

function fftMagnitudes(frame: Float64Array): Float64Array {
  const n = frame.length;
  const re = Float64Array.from(frame);
  const im = new Float64Array(n);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) [re[i], re[j]] = [re[j]!, re[i]!];
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = (-2 * Math.PI) / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < len / 2; k++) {
        const wr = Math.cos(angle * k);
        const wi = Math.sin(angle * k);
        const a = i + k;
        const b = a + len / 2;
        const xr = re[b]! * wr - im[b]! * wi;
        const xi = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - xr;
        im[b] = im[a]! - xi;
        re[a] = re[a]! + xr;
        im[a] = im[a]! + xi;
      }
    }
  }
  const out = new Float64Array(n / 2 + 1);
  for (let i = 0; i <= n / 2; i++) out[i] = re[i]! * re[i]! + im[i]! * im[i]!;
  return out;
}

const mel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const hz = (m: number) => 700 * (10 ** (m / 2595) - 1);

function melFilters(): Float64Array[] {
  const top = mel(RATE / 2);
  const points = Array.from({ length: N_MEL + 2 }, (_, i) => Math.floor(((N_FFT + 1) * hz((top * i) / (N_MEL + 1))) / RATE));
  return Array.from({ length: N_MEL }, (_, m) => {
    const f = new Float64Array(N_FFT / 2 + 1);
    const [l, c, r] = [points[m]!, points[m + 1]!, points[m + 2]!];
    for (let k = l; k < c; k++) f[k] = (k - l) / Math.max(1, c - l);
    for (let k = c; k < r; k++) f[k] = (r - k) / Math.max(1, r - c);
    return f;
  });
}

/** Mean MFCC vector (coefficients 1..12, c0 dropped so loudness does not count) over speech frames. */
export function mfccMean(samples: Float32Array): number[] {
  const filters = melFilters();
  const win = 400; // 25 ms
  const sums = new Float64Array(N_MFCC);
  let frames = 0;
  let peak = 0;
  for (let s = 0; s < samples.length; s++) peak = Math.max(peak, Math.abs(samples[s]!));
  for (let start = 0; start + win <= samples.length; start += HOP) {
    const frame = new Float64Array(N_FFT);
    let energy = 0;
    for (let i = 0; i < win; i++) {
      const x = samples[start + i]! * (0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (win - 1)));
      frame[i] = x;
      energy += x * x;
    }
    if (Math.sqrt(energy / win) < peak * 0.03) continue; // skip pauses
    const power = fftMagnitudes(frame);
    const logMel = filters.map((f) => Math.log(f.reduce((s, w, k) => s + w * power[k]!, 0) + 1e-10));
    for (let c = 0; c < N_MFCC; c++) {
      let sum = 0;
      for (let m = 0; m < N_MEL; m++) sum += logMel[m]! * Math.cos((Math.PI * c * (m + 0.5)) / N_MEL);
      sums[c]! += sum;
    }
    frames++;
  }
  return Array.from(sums.subarray(1), (x) => x / Math.max(1, frames));
}

export function euclidean(a: number[], b: number[]): number {
  return Math.sqrt(a.reduce((s, x, i) => s + (x - (b[i] ?? 0)) ** 2, 0));
}
