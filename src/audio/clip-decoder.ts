// Clips → the one PCM format, measured. Decoding runs a few clips per ffmpeg process, a few processes
// at a time; with a cache folder, each clip's measurement (length, level, where its sound starts and
// ends) is kept under the hash of the clip's bytes, so a re-run after an edit decodes only the new
// clips: the pieces it does not re-encode never need the others' samples.
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { tempPath } from '../core/temp.ts';
import { ffmpegError } from '../errors.ts';
import { decodeClipsJob, decodeJob } from './args.ts';
import { cancelled, runFfmpeg } from './ffmpeg.ts';
import { measureClipLevel, type ClipLevel } from './loudness.ts';
import { bytesToSamples } from './pcm.ts';
import { hashBounded, readBoundedText } from '../core/read-bounded.ts';

export type Decoded = { pcm: string; samples: number; level: ClipLevel | null };

export interface ClipDecoder {
  /** Starts (or joins) decoding one clip, needed now; each distinct file is decoded and measured once. */
  decode(file: string): Promise<Decoded>;
  /**
   * The same, for a clip that will be needed later (one just synthesized): it may wait for a few
   * more, to be decoded together, until a decode() asks for any clip now.
   */
  prefetch(file: string): Promise<Decoded>;
  /**
   * Stops: clips still waiting fail, running processes are cancelled, and it resolves once none is
   * left writing into workDir, so the folder can be removed (whether the article succeeded or not).
   */
  close(): Promise<void>;
}

/** Clips decoded by one ffmpeg: at most this many, and ahead of need only once this many wait. */
const BATCH = 8;
const PREFETCH_BATCH = 4;

interface Waiting {
  file: string;
  pcm: string;
  /** 1-based, in the order clips were asked for: how errors name the clip. */
  number: number;
  resolve: (decoded: { pcm: string; samples: number }) => void;
  reject: (error: unknown) => void;
}

/**
 * Decodes clips to the one PCM format in `workDir`, a few clips per ffmpeg process and up to two (or
 * core-count) processes at a time, and measures each (when asked) as soon as it is decoded. The
 * pipeline hands it every newly synthesized clip while synthesis goes on (prefetch), so the decoding
 * hides behind the synthesis; assembly then finds those clips ready. Measured on the sample: a
 * process per clip cost ~25 ms of CPU each (ffmpeg's start, and forking a process holding the Flite
 * workers' memory), several times the decode itself. A batch that fails is decoded again clip by
 * clip, so the error names the clip at fault. `signal` (the run's) cancels every decode.
 */
export function createClipDecoder(options: { workDir: string; measure: boolean; signal?: AbortSignal }): ClipDecoder {
  const { workDir, measure } = options;
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const active = new Set<Promise<void>>();
  const slots = Math.max(1, Math.min(availableParallelism(), 4));
  const jobs = new Map<string, Promise<Decoded>>();
  const waiting: Waiting[] = [];
  let running = 0;
  let urgent = false;
  const withSignal = { signal };

  async function decodeAlone(clip: Waiting): Promise<{ pcm: string; samples: number }> {
    await runFfmpeg({ ...decodeJob(clip.file, clip.pcm, `clip ${clip.number} (${basename(clip.file)})`), ...withSignal });
    return checked(clip);
  }

  async function checked(clip: Waiting): Promise<{ pcm: string; samples: number }> {
    const samples = bytesToSamples((await stat(clip.pcm)).size);
    if (samples === 0) {
      throw ffmpegError(`Clip ${clip.number} (${clip.file}) decoded to no audio.`, 'The speech engine produced an empty or broken file; delete the clip cache (.cache) and try again.', undefined, 'ffmpeg.empty-clip');
    }
    return { pcm: clip.pcm, samples };
  }

  async function run(batch: Waiting[]): Promise<void> {
    try {
      if (batch.length > 1) {
        const names = `${batch[0]!.number}-${batch.at(-1)!.number}`;
        try {
          await runFfmpeg({ ...decodeClipsJob(batch, `clips ${names} (${basename(batch[0]!.file)} …)`), ...withSignal });
        } catch (error) {
          if (signal.aborted) throw error;
          // One bad clip fails the whole process: find it by decoding each alone.
          for (const clip of batch) await decodeAlone(clip).then(clip.resolve, clip.reject);
          return;
        }
        for (const clip of batch) await checked(clip).then(clip.resolve, clip.reject);
      } else await decodeAlone(batch[0]!).then(batch[0]!.resolve, batch[0]!.reject);
    } catch (error) {
      for (const clip of batch) clip.reject(error);
    } finally {
      running--;
      pump();
    }
  }

  function pump(): void {
    while (running < slots && waiting.length > 0) {
      if (signal.aborted) return failWaiting();
      if (!urgent && waiting.length < PREFETCH_BATCH) return;
      // When clips are needed now, share them among the free processes, so every core decodes.
      const size = urgent ? Math.min(BATCH, Math.ceil(waiting.length / (slots - running))) : Math.min(BATCH, waiting.length);
      running++;
      const batch = run(waiting.splice(0, size)).finally(() => active.delete(batch));
      active.add(batch);
    }
  }

  /** Queued clips fail at once when the run is cancelled, without starting a process. */
  function failWaiting(): void {
    for (const clip of waiting.splice(0)) clip.reject(cancelled({ label: `decode clip ${clip.number} (${basename(clip.file)})` }));
  }

  function start(file: string, now: boolean): Promise<Decoded> {
    if (now && !urgent) {
      urgent = true;
      queueMicrotask(pump);
    }
    let job = jobs.get(file);
    if (!job) {
      const number = jobs.size + 1;
      // No mkdir here: the folder exists (its owner made it), and a job still queued when an
      // interrupted run removed it must fail, not bring the folder back.
      const pcm = join(workDir, `clip-${String(number - 1).padStart(5, '0')}.pcm`);
      job = new Promise<{ pcm: string; samples: number }>((resolve, reject) => {
        waiting.push({ file, pcm, number, resolve, reject });
        // Once the current synchronous burst of requests is in: a batch then takes them all.
        queueMicrotask(pump);
      }).then(async (d) => ({ ...d, level: measure ? await measureClipLevel(d.pcm) : null }));
      // A clip decoded ahead of time whose article then fails must not be an unhandled rejection.
      job.catch(() => {});
      jobs.set(file, job);
    }
    return job;
  }

  signal.addEventListener('abort', failWaiting, { once: true });
  return {
    decode: (file) => start(file, true),
    prefetch: (file) => start(file, false),
    close: async () => {
      stop.abort();
      await Promise.allSettled([...active]);
    },
  };
}

export interface MeasuredClip {
  /** SHA-256 of the clip file: names its samples in cache keys. */
  id: string;
  samples: number;
  level: ClipLevel | null;
}

/** Bump when decoding or measuring changes what a clip's measurement would be. */
const MEASURE_VERSION = 2;

/** SHA-256 of a clip, streamed: a long episode's clips are hashed together, never held whole. */
async function contentId(file: string): Promise<string> {
  return (await hashBounded(file, { maxBytes: Number.MAX_SAFE_INTEGER })).sha256;
}

/**
 * Length and level of every clip: from `cacheDir` when measured before, else decoded and measured
 * (and then kept there). Without a cache folder (or when levels are not wanted) every clip is decoded.
 */
export async function measureClips(files: readonly string[], decoder: ClipDecoder, options: { cacheDir?: string; levels: boolean }): Promise<Map<string, MeasuredClip>> {
  if (options.cacheDir) await mkdir(options.cacheDir, { recursive: true });
  const hashing = pLimit(8);
  const results = await Promise.all(
    files.map(async (file): Promise<MeasuredClip> => {
      const id = await hashing(() => contentId(file));
      const entry = options.cacheDir && options.levels ? join(options.cacheDir, `${id.slice(0, 40)}.level.json`) : null;
      if (entry) {
        try {
          const kept = JSON.parse(await readBoundedText(entry, { maxBytes: 16 * 1024 * 1024 })) as MeasuredClip & { v: number };
          if (kept.v === MEASURE_VERSION && kept.id === id && kept.samples > 0 && kept.level) return { id, samples: kept.samples, level: kept.level };
        } catch {
          // not measured yet (or unreadable): measure it
        }
      }
      const decoded = await decoder.decode(file);
      const measured = { id, samples: decoded.samples, level: decoded.level };
      if (entry && measured.level) {
        // Unique per write: two segments with the same audio ("he said.") are measured at the same time.
        const tmp = tempPath(dirname(entry), entry);
        await writeFile(tmp, JSON.stringify({ v: MEASURE_VERSION, ...measured }));
        await rename(tmp, entry);
      }
      return measured;
    }),
  );
  return new Map(files.map((file, i) => [file, results[i]!]));
}
