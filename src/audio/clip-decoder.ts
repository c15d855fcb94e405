// Clips → the one PCM format, measured. Decoding runs a few ffmpeg processes at a time; with a cache
// folder, each clip's measurement (length, level, where its sound starts and ends) is kept under the
// hash of the clip's bytes, so a re-run after an edit decodes only the new clips: the pieces it does
// not re-encode never need the others' samples.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { tempPath } from '../core/temp.ts';
import { ffmpegError } from '../errors.ts';
import { decodeJob } from './args.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { measureClipLevel, type ClipLevel } from './loudness.ts';
import { bytesToSamples } from './pcm.ts';
import { readBoundedText } from '../core/read-bounded.ts';

export type Decoded = { pcm: string; samples: number; level: ClipLevel | null };

export interface ClipDecoder {
  /** Starts (or joins) decoding one clip; each distinct file is decoded and measured once. */
  decode(file: string): Promise<Decoded>;
}

/**
 * Decodes clips to the one PCM format in `workDir`, two (or core-count) ffmpeg processes at a time,
 * and measures each (when asked) as soon as it is decoded. The pipeline hands it every newly
 * synthesized clip while synthesis goes on, so with a network engine the decoding hides behind the
 * waiting; assembly then finds those clips ready. `signal` (the run's) cancels every decode.
 */
export function createClipDecoder(options: { workDir: string; measure: boolean; signal?: AbortSignal }): ClipDecoder {
  const { workDir, measure, signal } = options;
  // ffmpeg starts in ~5 ms here, so one process per clip costs little and pins a failure on its clip.
  const limit = pLimit(Math.max(1, Math.min(availableParallelism(), 4)));
  const jobs = new Map<string, Promise<Decoded>>();
  return {
    decode(file) {
      let job = jobs.get(file);
      if (!job) {
        const i = jobs.size;
        // No mkdir here: the folder exists (its owner made it), and a job still queued when an
        // interrupted run removed it must fail, not bring the folder back.
        job = limit(async () => {
          const pcm = join(workDir, `clip-${String(i).padStart(5, '0')}.pcm`);
          // The run's signal kills the decode (and fails queued ones at once) when the run is aborted.
          await runFfmpeg({ ...decodeJob(file, pcm, `clip ${i + 1} (${basename(file)})`), ...(signal ? { signal } : {}) });
          const samples = bytesToSamples((await stat(pcm)).size);
          if (samples === 0) {
            throw ffmpegError(`Clip ${i + 1} (${file}) decoded to no audio.`, 'The speech engine produced an empty or broken file; delete the clip cache (.cache) and try again.', undefined, 'ffmpeg.empty-clip');
          }
          return { pcm, samples };
        }).then(async (d) => ({ ...d, level: measure ? await measureClipLevel(d.pcm) : null }));
        // A clip decoded ahead of time whose article then fails must not be an unhandled rejection.
        job.catch(() => {});
        jobs.set(file, job);
      }
      return job;
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

async function contentId(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

/**
 * Length and level of every clip: from `cacheDir` when measured before, else decoded and measured
 * (and then kept there). Without a cache folder (or when levels are not wanted) every clip is decoded.
 */
export async function measureClips(files: readonly string[], decoder: ClipDecoder, options: { cacheDir?: string; levels: boolean }): Promise<Map<string, MeasuredClip>> {
  if (options.cacheDir) await mkdir(options.cacheDir, { recursive: true });
  const results = await Promise.all(
    files.map(async (file): Promise<MeasuredClip> => {
      const id = await contentId(file);
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
