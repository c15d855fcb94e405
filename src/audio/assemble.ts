// Clips → one chaptered, tagged CBR MP3. Every clip is decoded to one PCM format, durations are
// counted in samples, silences are written for the pauses, and the episode is encoded in pieces cut
// inside long pauses, all at once, whose MP3 frames are joined into one stream (split-plan.ts,
// split-encode.ts). Chapter times therefore come from measured audio, never from guesses about codec
// padding: the cuts fall on the joined stream's own frame boundaries, and its Info frame records the
// encoder delay and padding of the whole. (Joining separately encoded MP3s with `-c copy` drifts by
// ~60 ms per piece; this does not.)
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError, configError, ffmpegError, internalError, outputError } from '../errors.ts';
import type { ChapterMark, Episode } from '../model.ts';
import { muxJob, PCM, type LoudnessTarget } from './args.ts';
import { createClipDecoder, measureClips, type ClipDecoder } from './clip-decoder.ts';
import { buildFfmetadata } from './ffmetadata.ts';
import { tempPath } from '../core/temp.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { addTableOfContents } from './id3-ctoc.ts';
import { MANIFEST_TAG, previousGain, readEpisodeTags } from './episode-tags.ts';
import { planEpisode, type Layout } from './episode-plan.ts';
import { ENCODER_DELAY, FRAME_SAMPLES, writeDelayAndPadding } from './mp3-frames.ts';
import { samplesToMs } from './pcm.ts';
import { encodePieces, preparePieces, type EarlyPieces } from './split-encode.ts';

export { createClipDecoder, type ClipDecoder } from './clip-decoder.ts';
export { layoutEpisode, type Layout } from './episode-plan.ts';

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
  /**
   * A cover made only when the episode is (re)assembled, known meanwhile by a key that names it (a
   * drawn cover: its show and headline): an unchanged re-run then draws nothing.
   */
  cover?: { key: string; make: () => Promise<string> };
  bitrateKbps: number;
  outFile: string;
  workDir: string;
  loudness?: LoudnessTarget;
  /** Return the episode already at outFile when it was made from these same inputs (default false). */
  reuse?: boolean;
  /** Clips already being decoded (into workDir, measured when loudness is set); default: a new one. */
  decoder?: ClipDecoder;
  /** Cancels the assembly (its run is aborted): every decode, piece encode and the mux are killed. */
  signal?: AbortSignal;
  /**
   * Folder for encoded pieces and clip measurements, reused across runs (an edit re-encodes only the
   * pieces it touched). Default: none, everything is decoded and encoded in workDir.
   */
  cacheDir?: string;
  /** Pieces already being encoded before the last clip (early-encode.ts), into cacheDir. */
  early?: EarlyPieces;
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
  /** Per chapter, per piece: silence added to (negative: taken from) its pause so a cut of the split encode lands on an MP3 frame boundary (ms, |x| ≤ 13). */
  segmentPadMs: number[][];
};

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

/**
 * Pauses and bitrate come from the config (config.ts checks them; another caller may not): a bad one
 * is a config error. An episode without chapters or pieces never leaves the script stage: a bug.
 */
function validate(input: AssemblyInput): void {
  if (input.chapters.length === 0) throw internalError('Nothing to assemble: the episode has no chapters.', undefined, 'internal.no-chapters');
  input.chapters.forEach((chapter, c) => {
    if (chapter.pieces.length === 0) throw internalError(`Chapter ${c + 1} ("${chapter.title}") has no audio pieces.`, undefined, 'internal.empty-chapter');
    for (const piece of chapter.pieces) {
      if (!(Number.isFinite(piece.pauseBeforeMs) && piece.pauseBeforeMs >= 0)) {
        throw configError(`Invalid pause ${piece.pauseBeforeMs} ms in chapter ${c + 1}.`, 'Pauses (the config\'s "pauses") are milliseconds ≥ 0.', undefined, 'config.pause');
      }
    }
  });
  if (!(Number.isInteger(input.bitrateKbps) && input.bitrateKbps >= 8 && input.bitrateKbps <= 320)) {
    throw configError(`Invalid MP3 bitrate ${input.bitrateKbps} kbit/s.`, 'Set "bitrateKbps" to a CBR bitrate from 8 to 320 kbit/s (64 is usual for speech).', undefined, 'config.bitrate');
  }
}

/** Bump when a change here makes the same inputs produce a different MP3. */
const ASSEMBLY_VERSION = 6;

/**
 * Everything that decides the MP3's bytes. Clip paths are content-addressed cache entries, so a path
 * names its audio; the cover is hashed since a generated one lives in a per-run temp folder.
 */
async function assemblyKey(input: AssemblyInput): Promise<string> {
  const cover = input.coverFile ? createHash('sha256').update(await readFile(input.coverFile)).digest('hex') : (input.cover?.key ?? null);
  const { workDir: _work, coverFile: _cover, cover: _made, reuse: _reuse, decoder: _decoder, cacheDir: _cache, signal: _signal, early: _early, ...rest } = input;
  return createHash('sha256').update(JSON.stringify({ v: ASSEMBLY_VERSION, cover, ...rest })).digest('hex');
}

/**
 * The episode already at outFile when it was made from exactly these inputs, else null. Its chapters
 * are read back from its CHAP frames; per-segment times are not kept (the sidecars made with it are).
 */
async function upToDate(outFile: string, key: string): Promise<Episode | null> {
  // "key durationMs gainDb": short, because the 2018 ffmpeg cuts ffmetadata lines at about 1000 characters.
  const tags = await readEpisodeTags(outFile).catch(() => null); // missing or unreadable: assemble it
  if (tags?.manifest?.key !== key) return null;
  return { file: outFile, durationMs: tags.manifest.durationMs, chapters: tags.chapters };
}

/**
 * Whether assembleEpisode with `reuse` would return the episode already at outFile: asked before the
 * clips are fetched, so that a run can tell the clips will not be spliced into anything.
 */
export async function isUpToDate(input: AssemblyInput): Promise<boolean> {
  validate(input);
  return (await upToDate(input.outFile, await assemblyKey(input))) !== null;
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
  await mkdir(input.workDir, { recursive: true });
  const pieces = input.chapters.flatMap((c) => c.pieces);
  const files = [...new Set(pieces.map((p) => p.file))];
  const signal = input.signal ? { signal: input.signal } : {};
  const decoder = input.decoder ?? createClipDecoder({ workDir: input.workDir, measure: Boolean(input.loudness), ...signal });
  const measured = await measureClips(files, decoder, { ...(input.cacheDir ? { cacheDir: input.cacheDir } : {}), levels: Boolean(input.loudness) });
  const plan = planEpisode(input.chapters, measured, {
    ...(input.loudness ? { loudness: input.loudness } : {}),
    previousGainDb: input.loudness ? await previousGain(input.outFile) : null,
    pcm: (file) => decoder.decode(file).then((d) => d.pcm),
  });
  const { layout, span, loudnessGainDb } = plan;
  const used = (file: string) => span(file).end - span(file).start;
  const prepared = await preparePieces({ parts: plan.parts, plan: plan.split, workDir: input.workDir, ...(input.cacheDir ? { cacheDir: input.cacheDir } : {}), ...signal });

  const chapters = chapterMarks(input.chapters.map((c) => c.title), layout);
  const episode: AssembledEpisode = {
    file: input.outFile,
    durationMs: samplesToMs(layout.totalSamples),
    chapters,
    segmentStartsMs: layout.pieceStarts.map((starts) => starts.map(samplesToMs)),
    segmentEndsMs: layout.pieceStarts.map((starts, c) => starts.map((start, p) => samplesToMs(start + used(input.chapters[c]!.pieces[p]!.file)))),
    segmentTrimMs: input.chapters.map((c) => c.pieces.map((p) => samplesToMs(span(p.file).start))),
    segmentPadMs: plan.padsByChapter.map((pads) => pads.map((pad) => (pad / PCM.sampleRate) * 1000)),
    segmentGapsMs: layout.pieceStarts.map((starts, c) => starts.map((start, p) => plan.gapsMs(input.chapters[c]!.pieces[p]!.file).map((g) => samplesToMs(start) + g))),
  };
  const metadataFile = join(input.workDir, 'metadata.txt');
  await writeFile(metadataFile, buildFfmetadata({ ...tagMap(input.tags), [MANIFEST_TAG]: `${key} ${episode.durationMs} ${loudnessGainDb}` }, chapters), 'utf8');

  const outDir = dirname(input.outFile);
  // The project's one temp-name scheme (.x.mp3.encoding.<pid>-<random>.tmp): hidden, and swept by a
  // later run when this process dies half-way. The mux names its format (-f mp3), not the suffix.
  const encoded = tempPath(outDir, `${basename(input.outFile)}.encoding`);
  const patched = tempPath(outDir, `${basename(input.outFile)}.partial`);
  const frames = join(input.workDir, 'episode.frames.mp3');
  try {
    const encode = { bitrateKbps: input.bitrateKbps, ...(input.loudness ? { loudness: { target: input.loudness, gainDb: loudnessGainDb } } : {}) };
    // A drawn cover is drawn while the pieces encode: one small ffmpeg run fewer after the last piece.
    const cover = Promise.resolve(input.coverFile ?? input.cover?.make());
    cover.catch(() => {}); // its failure is reported where it is awaited, after the encode
    try {
      await encodePieces(prepared, encode, frames, input.early);
    } catch (error) {
      await cover.catch(() => {}); // not still drawing into workDir while the caller removes it
      throw error;
    }
    const coverFile = await cover;
    await runFfmpeg({ ...muxJob({ frames, metadataFile, ...(coverFile ? { coverFile } : {}), outFile: encoded }), ...signal });
    // Decoders drop delay + 529 samples at the start and padding - 529 at the end: the episode's samples, exactly.
    const padding = plan.split.totalFrames * FRAME_SAMPLES - ENCODER_DELAY - plan.split.totalSamples;
    const counted = await writeDelayAndPadding(encoded, ENCODER_DELAY, padding);
    if (counted !== plan.split.totalFrames) {
      throw ffmpegError(`The joined MP3 holds ${counted} frames, expected ${plan.split.totalFrames}.`, 'Run with --debug and report the output.', undefined, 'ffmpeg.frame-count');
    }
    let chapIds: string[];
    try {
      chapIds = await addTableOfContents(encoded, patched, input.tags.description ? { comment: input.tags.description } : {});
    } catch (cause) {
      if (cause instanceof AppError) throw cause;
      throw ffmpegError(`Could not add the chapter table of contents: ${(cause as Error).message}.`, 'Run with --debug and report the output.', cause, 'ffmpeg.toc');
    }
    if (chapIds.length !== chapters.length) {
      throw ffmpegError(`ffmpeg wrote ${chapIds.length} chapter frames for ${chapters.length} chapters.`, 'Run with --debug and report the output.', undefined, 'ffmpeg.chapter-count');
    }
    try {
      await rename(patched, input.outFile);
    } catch (cause) {
      throw outputError(`Cannot write ${input.outFile}.`, 'Check that the output folder is writable.', cause);
    }
  } finally {
    await rm(encoded, { force: true });
    await rm(patched, { force: true });
    await rm(frames, { force: true });
  }

  return { ...episode, reused: false };
}
