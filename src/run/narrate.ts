// read → Script → clips → Episode → published files, for every article of a run. Each article
// succeeds or fails on its own: one bad file never stops the others.
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Config } from '../config.ts';
import { describeFolderError, ensureDir, probeWritable } from '../core/fs.ts';
import { lockFolder, type FolderLock } from '../core/lock.ts';
import type { RunContext } from '../core/run-context.ts';
import { sweepTemps } from '../core/temp.ts';
import { AppError, inputError, outputError, toAppError } from '../errors.ts';
import type { Article, Clip, EngineName, Script } from '../model.ts';
import { createClipDecoder } from '../audio/assemble.ts';
import { ffmpegPath } from '../audio/ffmpeg.ts';
import { CACHE_MAX_BYTES, cachedEngine, clipFile, prepareCacheDir, pruneCache, type CacheStats } from '../tts/clip-cache.ts';
import { loadEngine } from '../tts/load-engine.ts';
import { assemble, currentEpisodeDate, drawnCover, earlyEncoder, type AssembleOptions } from './assemble-episode.ts';
import { collectEach } from './collect.ts';
import { checkVoices } from './engine-choice.ts';
import { drawShowCover, feedIsCurrent, publishFeed, type ShowCover } from './publish.ts';
import { cachedScriptFor, scriptCacheDir } from './script-cache.ts';
import { synthesizeScript } from './synthesize.ts';
import { earlyClips, type EarlySegment } from './early-clips.ts';
import { episodeNameClashes } from './episode-name.ts';
import type { ArticleResult, Failure, Reporter } from './types.ts';
import { castNotice, type CastMemory } from '../voices/casting.ts';
import { stopNameTags } from '../script/name-tags.ts';

export interface NarrateOptions {
  inputs: string[];
  config: Config;
  engine: EngineName;
  /** The clip cache folder, or null for none (--no-cache: clips live in the run's scratch folder). */
  cacheDir: string | null;
  reporter: Reporter;
  /** Articles already read (feed items, src/run/sources.ts), narrated after the inputs into `<article.source>.mp3`. */
  articles?: Article[];
  /**
   * Also build one edition episode of every article that succeeded, for this date. `stories`: the
   * sources of the articles to include besides the inputs, in order (default: every article).
   */
  edition?: { date: Date; stories?: string[] };
  /** The caller already holds the output folder's lock (takeLock). */
  lockHeld?: boolean;
  /** The run's clock (the date new episodes get); default: now. */
  now?: () => Date;
}

/** Encoded MP3 pieces and clip measurements, inside the clip cache folder (so --no-cache's temp folder takes them too). */
const encodedCacheDir = (cacheDir: string) => join(cacheDir, 'encoded');
const ENCODED_CACHE_MAX_BYTES = 256 * 1024 * 1024;

/** Creates the output folder, or says in one line why it cannot be used. */
async function prepareOutDir(outDir: string): Promise<void> {
  try {
    await ensureDir(outDir);
    await probeWritable(outDir); // now, not after all the synthesis (a read-only mount, --out /proc)
  } catch (cause) {
    throw outputError(`Cannot use ${outDir} as the output folder: ${describeFolderError(cause)}.`, 'Choose a writable folder with --out.', cause, 'output.folder');
  }
}

/**
 * Two inputs that would write one episode file fail together, before any synthesis, instead of one
 * silently overwriting the other: which one "wins" would depend on input order, and renaming either
 * behind the user's back would move an episode's URL when a second file appears.
 */
function withoutClashes(files: string[], failures: Failure[], outDir: string): { files: string[]; failures: Failure[] } {
  const clashes = episodeNameClashes(files, outDir);
  if (clashes.size === 0) return { files, failures };
  const clashing = new Set([...clashes.values()].flat());
  const more: Failure[] = [];
  for (const [file, sources] of clashes) {
    for (const source of sources) {
      const others = sources.filter((s) => s !== source).join(', ');
      const error = inputError(`${source} and ${others} would both be written to ${file}; neither was narrated.`, 'Rename one of them: an episode is named after its input\'s base name.', undefined, 'input.same-episode-name');
      more.push({ source, ok: false, error });
    }
  }
  return { files: files.filter((f) => !clashing.has(f)), failures: [...failures, ...more] };
}

export async function narrate(ctx: RunContext, options: NarrateOptions): Promise<ArticleResult[]> {
  const { config } = options;
  const collected = await collectEach(options.inputs, config);
  const { files, failures } = withoutClashes(collected.files, collected.failures, config.outDir);
  await prepareOutDir(config.outDir);
  // A run with sources (src/run/sources.ts) holds the lock from reading its state to the feed; a run
  // with nothing to narrate (every input failed to load) writes nothing, so it takes no lock.
  if (options.lockHeld || files.length === 0) return narrateLocked(ctx, options, files, failures);
  const lock = takeLock(config.outDir);
  const unlock = ctx.onAbort(() => lock.release());
  try {
    return await narrateLocked(ctx, options, files, failures);
  } finally {
    unlock();
    lock.release();
  }
}

/** The output folder's lock (see core/lock.ts), or an output error when it cannot even be tried. */
export function takeLock(outDir: string): FolderLock {
  try {
    return lockFolder(outDir);
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw outputError(`Cannot lock ${outDir} for this run: ${describeFolderError(cause)}.`, 'Choose a writable folder with --out.', cause, 'output.lock');
  }
}

/** The run proper, while it holds the output folder. */
async function narrateLocked(ctx: RunContext, options: NarrateOptions, files: string[], failures: Failure[]): Promise<ArticleResult[]> {
  const { config, reporter } = options;
  const now = options.now ?? (() => new Date());
  const results: ArticleResult[] = [];
  const finish = (result: ArticleResult) => {
    results.push(result);
    reporter.result(result);
  };
  ffmpegPath(); // a missing or broken ffmpeg fails the run now, not after minutes of synthesis
  const cacheDir = options.cacheDir ?? (await ctx.workDir('nocache'));
  await prepareCacheDir(cacheDir); // exit 6 naming the cache now, not an engine error mid-run
  // What a dead run left (kill -9, a crash): its temp files here and its scratch folder. A live run's
  // are left alone: their names carry its pid.
  const encodedCache = encodedCacheDir(cacheDir);
  sweepTemps([config.outDir, cacheDir, encodedCache, scriptCacheDir(cacheDir)]);
  for (const dir of [config.outDir, cacheDir, encodedCache]) ctx.watchDir(dir);
  for (const failure of failures) finish(failure);
  const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
  // Edge: the service's voice list (cached a week) gives the genders of voices the built-in table
  // lacks; fetched while the engine loads.
  const listing = options.engine === 'edge' ? import('../voices/edge-service.ts').then((m) => m.serviceVoices({ cacheDir, ...(config.proxy ? { proxy: config.proxy } : {}) })) : Promise.resolve([]);
  listing.catch(() => {}); // awaited below, unless the engine failed to load first
  const raw = await loadEngine(options.engine, { concurrency: config.concurrency, ...(config.proxy ? { proxy: config.proxy } : {}) });
  // The clips of the article being synthesized, when its episode is already made from exactly them.
  let current = new Set<string>();
  const engine = cachedEngine(raw, cacheDir, stats, { sizeOnly: (file) => current.has(file) });
  const unwatch = ctx.onAbort(() => engine.close());
  // Drawn once an episode is sure to be made (its first fresh clip), while the engine works.
  let showCover: ShowCover | undefined;
  try {
    checkVoices(engine, config);
    // The next article synthesizes while the previous one is still being assembled.
    let assembling: Promise<void> = Promise.resolve();
    const done: { script: Script; clips: Clip[][] }[] = [];
    const listed = await listing;
    const cast: CastMemory = { speakers: new Map(), serviceVoices: listed };
    const inputs = [...files, ...(options.articles ?? [])];
    for (const [i, input] of inputs.entries()) {
      if (ctx.signal.aborted) break;
      const file = typeof input === 'string' ? input : input.source;
      let script: Script;
      let clips: Clip[][];
      const before = stats.misses;
      // New clips are decoded and measured while the rest are still being synthesized (free time
      // with a network engine); cache hits wait for assembly, which an unchanged episode skips.
      let prepared: NonNullable<AssembleOptions['prepared']> | undefined;
      let date = now();
      try {
        const workDir = await ctx.workDir('episode');
        prepared = { workDir, decoder: createClipDecoder({ workDir, measure: true, signal: ctx.signal }) };
        // With an engine working elsewhere, the segments no attribution can change are requested
        // while the rest of the script is built (early-clips.ts).
        const asked = engine.remote ? earlyClips(engine, config.concurrency, ctx.signal) : undefined;
        const known = asked ? (segments: EarlySegment[]) => asked.request(segments, basename(file)) : undefined;
        script = typeof input === 'string' ? await cachedScriptFor(input, config, options.engine, cast, options.cacheDir ? { dir: options.cacheDir, ctx } : null, () => engine.warmUp?.(), known) : (await import('./script-for.ts')).scriptForArticle(input, config, options.engine, cast);
        // The NLP library's worker is done once the last script is built: its heap goes before synthesis.
        if (i === inputs.length - 1) stopNameTags();
        const shared = castNotice(script);
        if (shared) reporter.notice(shared);
        const { decoder } = prepared;
        // One date for the check below and the assembly, so that both decide alike: today's, or the
        // day an episode made from exactly these clips was made on, which it then keeps.
        date = now();
        const files = script.chapters.map((chapter) => chapter.segments.map((segment) => clipFile(raw, cacheDir, segment.voice, segment.spoken ?? segment.text)));
        const kept = await currentEpisodeDate(script, files, config, date);
        if (kept) {
          date = kept;
          current = new Set(files.flat());
        }
        // A fresh clip means the episode will be made: its drawn cover (one ffmpeg run) is drawn now,
        // while the engine works (with Edge the cores are idle then), not after the last clip.
        const cover = config.cover ? undefined : drawnCover(script, config, workDir, ctx.signal);
        if (cover) prepared.cover = cover;
        // With an engine working elsewhere, the pieces whose clips are in are encoded meanwhile too.
        const early = engine.remote ? earlyEncoder(script, config, prepared, encodedCache, ctx.signal) : undefined;
        if (early) prepared.early = early;
        clips = await synthesizeScript(asked?.engine ?? engine, script, reporter, ctx.signal, (clip, c, s) => {
          early?.clip(c, s, clip.file, !clip.cached);
          if (clip.cached) return;
          void decoder.prefetch(clip.file);
          cover?.make().catch(() => {}); // a failure is reported where the assembly awaits it
          if (!config.cover) showCover ??= drawShowCover(ctx, config);
        });
      } catch (error) {
        current = new Set();
        // This article's early decodes stop before its folder is removed (one still writing there
        // turned an engine error into "directory not empty"). Best effort, never masking the
        // article's own error: what is left is inside the run's scratch folder, removed at the end.
        await prepared?.early?.close();
        await prepared?.decoder.close();
        await prepared?.cover?.settled();
        if (prepared) await rm(prepared.workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).catch(() => {});
        await assembling;
        finish({ source: file, ok: false, error: toAppError(error) });
        continue;
      }
      current = new Set();
      const synthesized = stats.misses - before;
      const segments = clips.reduce((n, c) => n + c.length, 0);
      await assembling;
      if (ctx.signal.aborted) break;
      const finished = { script, clips };
      assembling = assemble(ctx, script, clips, config, { prepared, encodedCache, date }).then(
        (episode) => {
          done.push(finished);
          finish({ source: file, ok: true, episode, segments, synthesized, reused: episode.reused });
        },
        (error: unknown) => finish({ source: file, ok: false, error: toAppError(error) }),
      );
    }
    await assembling;
    if (options.edition && !ctx.signal.aborted) {
      const stories = options.edition.stories ?? (options.articles ?? []).map((a) => a.source);
      const articles = done.filter((d) => files.includes(d.script.source) || stories.includes(d.script.source));
      const { narrateEdition } = await import('./edition.ts'); // only with --edition
      finish(await narrateEdition(ctx, { articles, inputs: [...files, ...stories], config, engine, engineName: options.engine, stats, reporter, date: options.edition.date }));
    }
    // An interrupted run leaves feed.xml as it was; the next run rebuilds it from the folder. An
    // unchanged re-run leaves it alone too, unless it is missing.
    const changed = results.some((r) => r.ok && !r.reused);
    const written = results.flatMap((r) => (r.ok ? [r.episode.file] : []));
    if (written.length && !ctx.signal.aborted && (changed || !(await feedIsCurrent(config, written)))) {
      const pages = await publishFeed(ctx, config, showCover);
      // The snippet a publisher pastes to embed each new episode's player (also on its page).
      const fresh = new Set(results.flatMap((r) => (r.ok && !r.reused ? [basename(r.episode.file)] : [])));
      for (const page of pages.episodes) if (fresh.has(`${page.stem}.mp3`)) reporter.notice(`Embed ${page.stem}: ${page.snippet}`);
    }
  } catch (error) {
    throw toAppError(error);
  } finally {
    unwatch();
    await showCover?.done; // not still drawing into the scratch folder once the run is over
    await engine.close();
    // Only a run that added to a cache can have taken it over its limit: an unchanged re-run skips
    // the walk over every entry (a stat per file, tens of thousands of them in a full cache). Pieces
    // are encoded from new clips, or anew for an episode assembled again (a changed setting).
    const added = stats.misses > 0;
    if (options.cacheDir && added) await pruneCache(options.cacheDir, CACHE_MAX_BYTES);
    if (options.cacheDir && (added || results.some((r) => r.ok && !r.reused))) await pruneCache(encodedCache, ENCODED_CACHE_MAX_BYTES);
  }
  return results;
}
