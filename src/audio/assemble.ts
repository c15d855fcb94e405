// Clips → one chaptered, tagged CBR MP3. Every clip is decoded to one PCM format (its own .pcm file in
// workDir), durations are counted in samples, silences are written for the pauses, and the whole
// episode is encoded once. Chapter times therefore come from measured audio, never from guesses about
// codec padding. Joining MP3 pieces with `-c copy` drifts by ~60 ms per piece; this does not.
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { tempPath } from '../core/temp.ts';
import { AppError, ffmpegError, outputError } from '../errors.ts';
import type { ChapterMark, Episode } from '../model.ts';
import { decodeJob, encodeJob, type LoudnessTarget } from './args.ts';
import { buildFfmetadata } from './ffmetadata.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { addTableOfContents, chapterFrames, parseId3v23, readTag, userText } from './id3-ctoc.ts';
import { gatedLoudness, measureClipLevel, planGains, type ClipLevel } from './loudness.ts';
import { bytesToSamples, concatenatePcm, msToSamples, samplesToMs, type ConcatPart } from './pcm.ts';

export interface EpisodeTags {
  title: string;
  artist: string;
  album: string;
  /** YYYY-MM-DD */
  date: string;
  genre: string;
  description?: string;
  comment?: string;
}

export interface AssemblyPiece {
  file: string;
  pauseBeforeMs: number;
  /**
   * Voice that spoke the clip (optional). Level matching pools all clips of one voice, which measures
   * short clips reliably; without it each clip is measured on its own.
   */
  voice?: string;
}

export interface AssemblyInput {
  chapters: { title: string; pieces: AssemblyPiece[] }[];
  tags: EpisodeTags;
  coverFile?: string;
  bitrateKbps: number;
  outFile: string;
  workDir: string;
  loudness?: LoudnessTarget;
  /** Return the episode already at outFile when it was made from these same inputs (default false). */
  reuse?: boolean;
  /** Clips already being decoded (into workDir, measured when loudness is set); default: a new one. */
  decoder?: ClipDecoder;
  /** Cancels the assembly (its run is aborted): running ffmpeg jobs are killed. */
  signal?: AbortSignal;
}

export type AssembledEpisode = Episode & {
  /** Per chapter, per piece: where the piece's audio starts (after its pause), ms from the start. */
  segmentStartsMs: number[][];
  /** Per chapter, per piece: where the piece's audio ends, ms from the start. */
  segmentEndsMs: number[][];
  /** Per chapter, per piece: the pauses inside the piece (ms from the episode start), when measured. */
  segmentGapsMs: number[][][];
  /** Per chapter, per piece: how much of the clip's own lead-in silence was cut (ms). */
  segmentTrimMs: number[][];
};

/** Where every piece lands, in samples; pure so it can be tested without audio. */
export interface Layout {
  /** Per chapter, per piece: first sample of its audio. */
  pieceStarts: number[][];
  chapterStarts: number[];
  totalSamples: number;
}

export function layoutEpisode(chapters: readonly { pieces: readonly { pauseBeforeMs: number; samples: number }[] }[]): Layout {
  let cursor = 0;
  const pieceStarts = chapters.map((chapter) =>
    chapter.pieces.map((piece) => {
      cursor += msToSamples(piece.pauseBeforeMs);
      const start = cursor;
      cursor += piece.samples;
      return start;
    }),
  );
  // The first chapter owns any leading silence; every later chapter starts on its first word, so
  // the pause before it closes the previous chapter.
  const chapterStarts = pieceStarts.map((starts, c) => (c === 0 ? 0 : starts[0]!));
  return { pieceStarts, chapterStarts, totalSamples: cursor };
}

export function chapterMarks(titles: readonly string[], layout: Layout): ChapterMark[] {
  return titles.map((title, c) => {
    const startMs = samplesToMs(layout.chapterStarts[c]!);
    const next = layout.chapterStarts[c + 1];
    const endMs = samplesToMs(next ?? layout.totalSamples);
    return { title, startMs, endMs };
  });
}

function tagMap(tags: EpisodeTags): Record<string, string | undefined> {
  return {
    title: tags.title,
    artist: tags.artist,
    album: tags.album,
    // ffmpeg splits an ID3v2.3 date into TYER (year) and TDAT (day and month).
    date: tags.date,
    genre: tags.genre,
    // Written as TXXX frames by ffmpeg; the description also goes into COMM (see id3-ctoc.ts).
    description: tags.description,
    comment: tags.comment,
  };
}

type Decoded = { pcm: string; samples: number; level: ClipLevel | null };

export interface ClipDecoder {
  /** Starts (or joins) decoding one clip; each distinct file is decoded and measured once. */
  decode(file: string): Promise<Decoded>;
}

/**
 * Decodes clips to the one PCM format in `workDir`, two (or core-count) ffmpeg processes at a time,
 * and measures each (when asked) as soon as it is decoded. The pipeline hands it every newly
 * synthesized clip while synthesis goes on, so with a network engine the decoding hides behind the
 * waiting; assembly then finds those clips ready.
 */
export function createClipDecoder(workDir: string, measure: boolean, signal?: AbortSignal): ClipDecoder {
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
          await runFfmpeg({ ...decodeJob(file, pcm, `clip ${i + 1} (${basename(file)})`), ...(signal ? { signal } : {}) });
          const samples = bytesToSamples((await stat(pcm)).size);
          if (samples === 0) {
            throw ffmpegError(`Clip ${i + 1} (${file}) decoded to no audio.`, 'The speech engine produced an empty or broken file; delete the clip cache (.cache) and try again.');
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

async function decodeClips(files: readonly string[], decoder: ClipDecoder): Promise<Map<string, Decoded>> {
  const results = await Promise.all(files.map((file) => decoder.decode(file)));
  return new Map(files.map((file, i) => [file, results[i]!]));
}

function validate(input: AssemblyInput): void {
  if (input.chapters.length === 0) throw ffmpegError('Nothing to assemble: the episode has no chapters.', 'The script must have at least one chapter.');
  input.chapters.forEach((chapter, c) => {
    if (chapter.pieces.length === 0) {
      throw ffmpegError(`Chapter ${c + 1} ("${chapter.title}") has no audio pieces.`, 'Every chapter needs at least one segment.');
    }
    for (const piece of chapter.pieces) {
      if (!(Number.isFinite(piece.pauseBeforeMs) && piece.pauseBeforeMs >= 0)) {
        throw ffmpegError(`Invalid pause ${piece.pauseBeforeMs} ms in chapter ${c + 1}.`, 'Pauses are milliseconds ≥ 0.');
      }
    }
  });
  if (!(Number.isInteger(input.bitrateKbps) && input.bitrateKbps >= 8 && input.bitrateKbps <= 320)) {
    throw ffmpegError(`Invalid MP3 bitrate ${input.bitrateKbps} kbit/s.`, 'Use a CBR bitrate from 8 to 320 kbit/s (64 is usual for speech).');
  }
}

/**
 * LAME at speech bitrates lowers measured loudness a little (measured on the sample: 0.5 LU at
 * 64 kbit/s, -q 5 and -q 7 alike); the gain makes up for it so the MP3, not the PCM, hits the target.
 */
const MP3_LOUDNESS_LOSS_DB = 0.5;

/** Bump when a change here makes the same inputs produce a different MP3. */
const ASSEMBLY_VERSION = 2;
/** What is kept of a clip's own silence before its first and after its last sound. */
const LEAD_IN_MS = 20;
const TAIL_MS = 80;
/** ID3 TXXX description holding what an episode was made from, so an unchanged re-run can skip it. */
export const MANIFEST_TAG = 'audio-edition';


/**
 * Everything that decides the MP3's bytes. Clip paths are content-addressed cache entries, so a path
 * names its audio; the cover is hashed since a generated one lives in a per-run temp folder.
 */
async function assemblyKey(input: AssemblyInput): Promise<string> {
  const cover = input.coverFile ? createHash('sha256').update(await readFile(input.coverFile)).digest('hex') : null;
  const { workDir: _work, coverFile: _cover, reuse: _reuse, decoder: _decoder, ...rest } = input;
  return createHash('sha256').update(JSON.stringify({ v: ASSEMBLY_VERSION, cover, ...rest })).digest('hex');
}

/**
 * The episode already at outFile when it was made from exactly these inputs, else null. Its chapters
 * are read back from its CHAP frames; per-segment times are not kept (the sidecars made with it are).
 */
async function upToDate(outFile: string, key: string): Promise<Episode | null> {
  try {
    // Our own ID3 reader: this runs on every re-run, and reading the tag is all it needs.
    const frames = parseId3v23(await readTag(outFile)).frames;
    // "key durationMs": short, because the 2018 ffmpeg cuts ffmetadata lines at about 1000 characters.
    const [storedKey, duration] = userText(frames, MANIFEST_TAG)?.split(' ') ?? [];
    if (storedKey !== key) return null;
    return { file: outFile, durationMs: Number(duration), chapters: chapterFrames(frames) };
  } catch {
    return null; // missing, unreadable or not ours: assemble it
  }
}

/**
 * Assembles the episode, or returns the one already at outFile (`reused`, without segment times)
 * when it was made from exactly these inputs: an unchanged re-run costs no decode and no encode.
 */
export async function assembleEpisode(input: AssemblyInput): Promise<(AssembledEpisode & { reused: false }) | (Episode & { reused: true })> {
  validate(input);
  const key = await assemblyKey(input);
  const existing = input.reuse ? await upToDate(input.outFile, key) : null;
  if (existing) return { ...existing, reused: true };
  if (input.signal?.aborted) throw ffmpegError('The assembly was cancelled.', 'Run the same command again to resume.', undefined, 'ffmpeg.cancelled');
  await mkdir(input.workDir, { recursive: true });
  const pieces = input.chapters.flatMap((c) => c.pieces);
  const files = [...new Set(pieces.map((p) => p.file))];
  const decoded = await decodeClips(files, input.decoder ?? createClipDecoder(input.workDir, Boolean(input.loudness), input.signal));
  const clipOf = (file: string) => decoded.get(file)!;

  // Level-match voices before the episode-wide loudness normalization.
  const gainByFile = new Map<string, number>();
  const gapsByFile = new Map<string, number[]>();
  // Engines pad clips with silence of their own (Flite ~0.25 s before each clip, Edge ~0.9 s after);
  // trimmed to a breath, so the configured pauses are the pauses and a chapter mark lands on the voice.
  const spanByFile = new Map<string, { start: number; end: number }>();
  if (input.loudness) {
    const groupOf = new Map<string, string>();
    for (const p of pieces) if (!groupOf.has(p.file)) groupOf.set(p.file, p.voice !== undefined ? `voice:${p.voice}` : `file:${p.file}`);
    const levels: (ClipLevel & { group: string })[] = [];
    for (const file of files) levels.push({ ...clipOf(file).level!, group: groupOf.get(file)! }); // measured: loudness is set
    planGains(levels).forEach((gain, i) => gainByFile.set(files[i]!, gain));
    levels.forEach((level, i) => {
      const file = files[i]!;
      // A clip with no sound at all is a synthesis failure, never a pause to splice in.
      if (level.soundEnd <= level.soundStart) {
        throw ffmpegError(`Clip ${basename(file)} is silent: the speech engine returned no speech for one segment.`, 'Delete the clip cache (.cache/clips) and run again; with Edge, the service may be throttling.');
      }
      {
        const start = Math.max(0, level.soundStart - msToSamples(LEAD_IN_MS));
        const end = Math.min(clipOf(file).samples, level.soundEnd + msToSamples(TAIL_MS));
        spanByFile.set(file, { start, end });
      }
      const offset = spanByFile.get(file)?.start ?? 0;
      gapsByFile.set(file, level.gapsMs.map((g) => g - samplesToMs(offset)));
    });
  }

  const span = (file: string) => spanByFile.get(file) ?? { start: 0, end: clipOf(file).samples };
  const used = (file: string) => span(file).end - span(file).start;
  const layout = layoutEpisode(input.chapters.map((c) => ({ pieces: c.pieces.map((p) => ({ pauseBeforeMs: p.pauseBeforeMs, samples: used(p.file) })) })));
  const parts: ConcatPart[] = [];
  for (const p of pieces) {
    const silenceSamples = msToSamples(p.pauseBeforeMs);
    if (silenceSamples > 0) parts.push({ silenceSamples });
    parts.push({ file: clipOf(p.file).pcm, gainDb: gainByFile.get(p.file) ?? 0, ...span(p.file) });
  }
  const episodePcm = join(input.workDir, 'episode.pcm');
  const written = await concatenatePcm(parts, episodePcm);
  if (written !== layout.totalSamples) {
    throw ffmpegError(`Internal error: wrote ${written} samples, expected ${layout.totalSamples}.`, 'Report this with --debug output.');
  }

  // The episode's own loudness, measured on the concatenated PCM in one streaming read: exact where an
  // estimate from the clips is not (blocks straddling clips and pauses count too).
  let loudnessGainDb = 0;
  if (input.loudness) {
    const measured = gatedLoudness((await measureClipLevel(episodePcm)).blocks);
    if (measured === null) {
      throw ffmpegError('The episode is silent: there is no speech to normalize.', 'The speech engine produced silence; delete the clip cache (.cache) and try again.');
    }
    loudnessGainDb = input.loudness.integratedLufs - measured.lufs + MP3_LOUDNESS_LOSS_DB;
  }

  const chapters = chapterMarks(input.chapters.map((c) => c.title), layout);
  const episode: AssembledEpisode = {
    file: input.outFile,
    durationMs: samplesToMs(layout.totalSamples),
    chapters,
    segmentStartsMs: layout.pieceStarts.map((starts) => starts.map(samplesToMs)),
    segmentEndsMs: layout.pieceStarts.map((starts, c) => starts.map((start, p) => samplesToMs(start + used(input.chapters[c]!.pieces[p]!.file)))),
    segmentTrimMs: input.chapters.map((c) => c.pieces.map((p) => samplesToMs(span(p.file).start))),
    segmentGapsMs: layout.pieceStarts.map((starts, c) => starts.map((start, p) => (gapsByFile.get(input.chapters[c]!.pieces[p]!.file) ?? []).map((g) => samplesToMs(start) + g))),
  };
  const metadataFile = join(input.workDir, 'metadata.txt');
  await writeFile(metadataFile, buildFfmetadata({ ...tagMap(input.tags), [MANIFEST_TAG]: `${key} ${episode.durationMs}` }, chapters), 'utf8');

  const outDir = dirname(input.outFile);
  // The project's one temp-name scheme (.x.mp3.encoding.<pid>-<random>.tmp): hidden, and swept by a
  // later run when this process dies half-way. The encode names its format (-f mp3), not the suffix.
  const encoded = tempPath(outDir, `${basename(input.outFile)}.encoding`);
  const patched = tempPath(outDir, `${basename(input.outFile)}.partial`);
  try {
    await runFfmpeg({
      ...encodeJob({
        pcm: episodePcm,
        metadataFile,
        ...(input.coverFile ? { coverFile: input.coverFile } : {}),
        bitrateKbps: input.bitrateKbps,
        outFile: encoded,
        ...(input.loudness ? { loudness: { target: input.loudness, gainDb: loudnessGainDb } } : {}),
      }),
      ...(input.signal ? { signal: input.signal } : {}),
    });
    let chapIds: string[];
    try {
      chapIds = await addTableOfContents(encoded, patched, input.tags.description ? { comment: input.tags.description } : {});
    } catch (cause) {
      if (cause instanceof AppError) throw cause;
      throw ffmpegError(`Could not add the chapter table of contents: ${(cause as Error).message}.`, 'Run with --debug and report the output.', cause);
    }
    if (chapIds.length !== chapters.length) {
      throw ffmpegError(`ffmpeg wrote ${chapIds.length} chapter frames for ${chapters.length} chapters.`, 'Run with --debug and report the output.');
    }
    try {
      await rename(patched, input.outFile);
    } catch (cause) {
      throw outputError(`Cannot write ${input.outFile}.`, 'Check that the output folder is writable.', cause);
    }
  } finally {
    await rm(encoded, { force: true });
    await rm(patched, { force: true });
  }

  return { ...episode, reused: false };
}
