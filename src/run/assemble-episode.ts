// Script + clips → Episode: tags, cover, the MP3 and its sidecars, in the output folder.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { RunContext } from '../core/run-context.ts';
import { configError } from '../errors.ts';
import type { Clip, Episode, Script } from '../model.ts';
import { assembleEpisode, isUpToDate, type AssemblyInput, type ClipDecoder } from '../audio/assemble.ts';
import { createEarlyEncoder, type EarlyEncoder } from '../audio/early-encode.ts';
import { readEpisodeTags } from '../audio/episode-tags.ts';
import { COVER_REVISION, renderCover } from '../audio/cover.ts';
import { sidecars } from '../publish/collect-episodes.ts';
import { pausesBefore } from '../script/pauses.ts';
import { episodePath } from './episode-name.ts';

function tagsFor(script: Script, config: Config, date: Date) {
  const { article } = script;
  return {
    title: script.title,
    artist: article.byline ?? config.author,
    album: config.show,
    date: isoDay(date),
    genre: 'Podcast',
    ...(article.dek ? { description: article.dek } : {}),
    ...(article.credits.length ? { comment: article.credits.join(' ') } : {}),
  };
}

/** The episode's cover: the configured image, or one drawn with the show name and headline. */
async function coverFor(script: Script, config: Config, workDir: string, signal: AbortSignal): Promise<string> {
  if (config.cover) {
    const info = await stat(config.cover).catch(() => null);
    if (!info?.isFile()) throw configError(`Cover image not found: ${config.cover}.`, 'Give a PNG or JPEG file with --cover or "cover" in the config.');
    if (!/\.(png|jpe?g)$/i.test(config.cover)) throw configError(`Cover image ${config.cover} is not a PNG or JPEG.`, 'Podcast apps accept square PNG or JPEG covers, 1400 to 3000 px.');
    return config.cover;
  }
  return renderCover({ show: config.show, headline: script.title, outFile: join(workDir, 'cover.png'), workDir, signal });
}

/** A drawn cover, made at most once: when the episode is made, or earlier by whoever knows it will be. */
export interface DrawnCover {
  key: string;
  make(): Promise<string>;
  /** Resolves once no drawing is left writing into the work folder (started or not, failed or not). */
  settled(): Promise<void>;
}

const drawnCoverKey = (script: Script, config: Config) => `drawn ${COVER_REVISION} ${JSON.stringify([config.show, script.title])}`;

export function drawnCover(script: Script, config: Config, workDir: string, signal: AbortSignal): DrawnCover {
  let drawing: Promise<string> | undefined;
  return {
    key: drawnCoverKey(script, config),
    make: () => (drawing ??= coverFor(script, config, workDir, signal)),
    settled: () => (drawing ?? Promise.resolve('')).then(() => {}, () => {}),
  };
}

/**
 * The split encode of the episode `assemble` will make of this script, started while its clips are
 * still being synthesized (early-encode.ts): hand it each clip as it comes. Into `encodedCache`, where
 * the assembly looks for pieces.
 */
export function earlyEncoder(script: Script, config: Config, prepared: { workDir: string; decoder: ClipDecoder }, encodedCache: string, signal: AbortSignal): EarlyEncoder {
  const pauses = pausesBefore(script.chapters.map((c) => c.segments), config.pauses);
  return createEarlyEncoder({
    chapters: script.chapters.map((chapter, c) => ({ pieces: chapter.segments.map((segment, s) => ({ pauseBeforeMs: pauses[c]![s]!, voice: segment.voice })) })),
    ...(config.loudness ? { loudness: config.loudness } : {}),
    bitrateKbps: config.bitrateKbps,
    outFile: episodePath(config.outDir, script.source),
    workDir: prepared.workDir,
    cacheDir: encodedCache,
    decoder: prepared.decoder,
    signal,
  });
}

/** The local calendar day as YYYY-MM-DD (the date a listener sees on the episode). */
const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export interface AssembleOptions {
  /** Pause before each segment; default from the segments' boundaries and config.pauses. */
  pauses?: number[][];
  date?: Date;
  /**
   * A work folder (from ctx.workDir) with clips already being decoded into it, and the drawn cover
   * for it (drawnCover), which may already be drawing there.
   */
  prepared?: { workDir: string; decoder: ClipDecoder; cover?: DrawnCover; early?: EarlyEncoder };
  /** Folder of encoded pieces kept across runs, so an edit re-encodes only what it touched. */
  encodedCache?: string;
}

/** What decides the episode's bytes (see assembleEpisode), the same for `assemble` and `episodeIsCurrent`. */
function episodeInput(script: Script, files: string[][], config: Config, pauses: number[][], date: Date): Omit<AssemblyInput, 'workDir' | 'cover' | 'coverFile'> {
  return {
    chapters: script.chapters.map((chapter, c) => ({
      title: chapter.title,
      pieces: chapter.segments.map((segment, s) => ({ file: files[c]![s]!, pauseBeforeMs: pauses[c]![s]!, voice: segment.voice })),
    })),
    tags: tagsFor(script, config, date),
    bitrateKbps: config.bitrateKbps,
    ...(config.loudness ? { loudness: config.loudness } : {}),
    outFile: episodePath(config.outDir, script.source),
  };
}

/** The sidecars carry the segment times a reused episode cannot give back: reuse only with them. */
async function sidecarsPresent(outFile: string): Promise<boolean> {
  return (await Promise.all(Object.values(sidecars(outFile)).map((f) => stat(f).then(() => true, () => false)))).every(Boolean);
}

/**
 * Whether `assemble` (with this `date`) will reuse the episode already in the output folder, given the
 * files its clips will have (content-addressed, so known before the cache is read). Any doubt is "no".
 */
export async function episodeIsCurrent(script: Script, files: string[][], config: Config, date: Date): Promise<boolean> {
  try {
    const base = episodeInput(script, files, config, pausesBefore(script.chapters.map((c) => c.segments), config.pauses), date);
    if (!(await sidecarsPresent(base.outFile))) return false;
    const cover = config.cover ? { coverFile: config.cover } : { cover: { key: drawnCoverKey(script, config), make: () => Promise.reject(new Error('not drawn')) } };
    return await isUpToDate({ ...base, ...cover, workDir: '' });
  } catch {
    return false; // the assembly says what is wrong, as before
  }
}

/**
 * The date the episode already in the output folder is current with: `date` (the run's day) when it
 * was made from these clips today, else the day it was made on, when it was made from exactly these
 * clips then; null when it is to be made. An unchanged article narrated again on a later day keeps
 * its episode (and the date a listener sees on it) instead of being assembled again for a new date.
 */
export async function currentEpisodeDate(script: Script, files: string[][], config: Config, date: Date): Promise<Date | null> {
  if (await episodeIsCurrent(script, files, config, date)) return date;
  const made = (await readEpisodeTags(episodePath(config.outDir, script.source)).catch(() => null))?.date;
  const [y, m, d] = (made ?? '').split('-').map(Number);
  if (!y || !m || !d) return null;
  const day = new Date(y, m - 1, d, 12); // noon local: isoDay gives back the same day
  return isoDay(day) !== isoDay(date) && (await episodeIsCurrent(script, files, config, day)) ? day : null;
}

/**
 * Builds one episode into `config.outDir` (named by episodePath) with its sidecars; an episode already
 * made from the same inputs is reused, not re-encoded. Used by the run and by `npm run bench`.
 */
export async function assemble(ctx: RunContext, script: Script, clips: Clip[][], config: Config, options: AssembleOptions = {}): Promise<Episode & { reused: boolean }> {
  const outFile = episodePath(config.outDir, script.source);
  const workDir = options.prepared?.workDir ?? (await ctx.workDir('episode'));
  try {
    // A drawn cover is drawn only when the episode is made: an unchanged re-run skips the ffmpeg run.
    const coverFile = config.cover ? await coverFor(script, config, workDir, ctx.signal) : undefined;
    const drawn = options.prepared?.cover ?? drawnCover(script, config, workDir, ctx.signal);
    const pauses = options.pauses ?? pausesBefore(script.chapters.map((c) => c.segments), config.pauses);
    const episode = await assembleEpisode({
      ...episodeInput(script, clips.map((chapter) => chapter.map((clip) => clip.file)), config, pauses, options.date ?? new Date()),
      ...(coverFile ? { coverFile } : { cover: { key: drawn.key, make: drawn.make } }),
      workDir,
      signal: ctx.signal,
      ...(options.prepared ? { decoder: options.prepared.decoder } : {}),
      ...(options.encodedCache ? { cacheDir: options.encodedCache } : {}),
      ...(options.prepared?.early ? { early: options.prepared.early } : {}),
      reuse: await sidecarsPresent(outFile),
    });
    if (!episode.reused) {
      // Loaded here: a reused episode keeps the sidecars it was made with.
      const { writeSidecars } = await import('../publish/sidecars.ts');
      await writeSidecars(script, clips, episode);
      await ctx.writeAtomic(sidecars(outFile).cover, await readFile(coverFile ?? (await drawn.make())));
    }
    return episode;
  } finally {
    // Clips handed over early and never needed (a reused episode, cached levels) must not still be
    // decoding into the folder as it goes, nor pieces encoding early.
    await options.prepared?.early?.close();
    await options.prepared?.decoder.close();
    await options.prepared?.cover?.settled();
    // The decoded PCM can be gigabytes for a long article: gone as soon as the episode is.
    await rm(workDir, { recursive: true, force: true });
  }
}
