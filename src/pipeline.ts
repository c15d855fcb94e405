// read → parse → script → synthesize → assemble → publish, for every article of a run.
// Each article succeeds or fails on its own: one bad file never stops the others.
import { readdirSync, rmSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import type { Config } from './config.ts';
import { checkDistinctVoices } from './config.ts';
import { type AppError, configError, describeErrno, inputError, outputError, toAppError } from './errors.ts';
import type { Clip, EngineName, Episode, Script } from './model.ts';
import { collectInputs } from './article/read-input.ts';
import { loadArticle } from './article/load-article.ts';
import { buildScript } from './script/build-script.ts';
import { speakable } from './script/speakable.ts';
import { castNotice, type CastMemory } from './voices/casting.ts';
import { articleLanguage } from './voices/language.ts';
import { COVER_REVISION, renderCover } from './audio/cover.ts';
import { writeSidecars } from './publish/sidecars.ts';
import { FEED_FILE, SHOW_COVER, buildFeed, sidecars } from './publish/collect-episodes.ts';
import { writeFileAtomic } from './publish/atomic-write.ts';
import { writePages, type WrittenPages } from './publish/pages/write-pages.ts';
import { SHOW_PAGE } from './publish/pages/views.ts';
import { isEdgeVoiceName } from './tts/edge-defaults.ts';
import type { Engine } from './tts/engine.ts';
import { loadEngine } from './tts/load-engine.ts';
import { cachedEngine, pruneCache, type CacheStats } from './tts/clip-cache.ts';
import { pausesBefore } from './script/pauses.ts';
import { assembleEpisode, createClipDecoder, type ClipDecoder } from './audio/assemble.ts';
import { buildEditionScript, editionFileStem } from './edition/build-edition-script.ts';
import { orderScripts } from './edition/order-scripts.ts';
import { editionPauses } from './edition/edition-pauses.ts';
import { ffmpegPath, killRunningFfmpeg } from './audio/ffmpeg.ts';

export interface Reporter {
  /** A notice for the user (engine choice, warnings): stderr. */
  notice(line: string): void;
  /** Synthesis progress for the current article. */
  progress(state: { article: string; done: number; total: number }): void;
  /** An article finished: success or failure. */
  result(result: ArticleResult): void;
}

export type ArticleResult =
  | { source: string; ok: true; episode: Episode; segments: number; synthesized: number; /** Already up to date: not re-encoded. */ reused: boolean }
  | { source: string; ok: false; error: AppError };

export interface EngineChoice {
  name: EngineName;
  /** Why this engine, for the one line a run prints about it. */
  reason: string;
}

export const CACHE_MAX_BYTES = 1024 * 1024 * 1024;
/** Encoded MP3 pieces and clip measurements, inside the clip cache folder (so --no-cache's temp folder takes them too). */
const encodedCacheDir = (cacheDir: string) => join(cacheDir, 'encoded');
const ENCODED_CACHE_MAX_BYTES = 256 * 1024 * 1024;

// What an interrupted run must undo. Filled while a run works; abortRun() (called by the CLI on
// SIGINT/SIGTERM) stops the engines and ffmpeg, then removes what this process left half-written.
const live = { tempDirs: new Set<string>(), engines: new Set<Engine>(), dirs: new Set<string>() };
let aborting = false;

/** A per-run temp folder (`audio-edition-<what>-…` in the OS temp folder) that abortRun also removes. */
export async function makeTempDir(what: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `audio-edition-${what}-`));
  live.tempDirs.add(dir);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  live.tempDirs.delete(dir);
}

/**
 * The hidden or suffixed names this process writes before renaming into place: `.x.mp3.<pid>-….encoding`
 * and `.partial` (assemble), `x.<pid>.….tmp` (atomic writes, cache index), `.x.wav.<pid>-N.tmp.wav`
 * (Flite), `x.mp3.<pid>.….part` (Edge). Only this pid's: another run may be working in the same folder.
 */
export function isOwnPartialFile(name: string, pid = process.pid): boolean {
  return name.includes(`.${pid}`) && /\.(?:tmp|encoding|partial|part|tmp\.wav)$/.test(name);
}


/**
 * Stops a run for good: closes the engines (pending syntheses fail), kills ffmpeg, then removes this
 * process's temp folders and partial files. Finished episodes and earlier outputs are left alone. The
 * caller exits right after: the pipeline's promises are abandoned, not awaited.
 */
export async function abortRun(): Promise<void> {
  aborting = true;
  const closing = Promise.all([...live.engines].map((e) => e.close().catch(() => {})));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closing, new Promise((r) => (timer = setTimeout(r, 2000)))]);
  clearTimeout(timer);
  await killRunningFfmpeg();
  // Synchronous from here on, so no pipeline callback can slip a new file in between.
  for (const dir of live.tempDirs) rmSync(dir, { recursive: true, force: true });
  live.tempDirs.clear();
  for (const dir of live.dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (isOwnPartialFile(name)) rmSync(join(dir, name), { force: true });
  }
}

/** Default cache folder: per project, easy to find and to delete (`rm -rf .cache`). */
export function defaultCacheDir(): string {
  return resolve(process.env.AUDIO_EDITION_CACHE ?? join('.cache', 'clips'));
}

export async function chooseEngine(config: Config): Promise<EngineChoice> {
  if (config.engine === 'flite') return { name: 'flite', reason: 'chosen with --engine flite' };
  if (config.engine === 'edge') return { name: 'edge', reason: 'chosen with --engine edge' };
  const { probeEdge } = await import('./tts/edge.ts');
  const probe = await probeEdge({ proxy: config.proxy, timeoutMs: 3000 });
  if (probe.ok) return { name: 'edge', reason: 'Microsoft Edge neural voices are reachable' };
  return { name: 'flite', reason: `offline voices (Flite): Edge TTS is not reachable (${probe.reason})` };
}

/** A URL's last path segment without extension, or its host for "https://site/". */
function urlBaseName(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last).replace(/\.[a-z0-9]+$/i, '') : u.hostname;
  } catch {
    return 'article';
  }
}

/** The file an article's episode is written to: its base name, made safe, inside the output folder. */
export function episodePath(outDir: string, source: string): string {
  const base = source === '-' ? 'stdin' : /^[a-z][a-z0-9+.-]*:/i.test(source) ? urlBaseName(source) : basename(source, extname(source));
  const safe = base.normalize('NFKC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+|-+$/g, '').slice(0, 120) || 'article';
  return join(outDir, `${safe}.mp3`);
}

/** `cast` keeps a quoted person's voice from article to article of one run (an edition's stories). */
export async function scriptFor(file: string, config: Config, engine: EngineName, cast?: CastMemory): Promise<Script> {
  const article = await loadArticle(file, { boilerplate: config.boilerplate, language: config.language });
  return withSpokenText(buildScript(article, { config, engine, ...(cast ? { cast } : {}) }), config);
}

/** Adds what the engine will actually say (numbers, abbreviations, lexicon) beside each segment's text. */
function withSpokenText(script: Script, config: Config): Script {
  const options = { engine: script.engine, language: articleLanguage(script.article, config), lexicon: config.lexicon };
  return {
    ...script,
    chapters: script.chapters.map((chapter) => ({
      ...chapter,
      segments: chapter.segments.map((segment) => ({ ...segment, spoken: speakable(segment.text, options) })),
    })),
  };
}

/**
 * Expands every input on its own, so a missing file or an empty folder fails alone in a batch.
 * A run whose every input fails this way fails as a whole, with that error.
 */
type Failure = Extract<ArticleResult, { ok: false }>;

async function collectEach(inputs: string[], config: Config): Promise<{ files: string[]; failures: Failure[] }> {
  const files: string[] = [];
  const failures: Failure[] = [];
  for (const input of inputs) {
    try {
      files.push(...(await collectInputs([input], { followSymlinks: config.followSymlinks })));
    } catch (error) {
      failures.push({ source: input, ok: false, error: toAppError(error) });
    }
  }
  if (files.length === 0 && failures.length === 1) throw failures[0]!.error;
  return { files, failures };
}

/** Builds the plans of every input without synthesizing anything. */
export async function planRun(inputs: string[], config: Config, engine: EngineName) {
  const { files, failures: collected } = await collectEach(inputs, config);
  const failures: ArticleResult[] = [...collected];
  const scripts: Script[] = [];
  const cast: CastMemory = { speakers: new Map() };
  for (const file of files) {
    try {
      scripts.push(await scriptFor(file, config, engine, cast));
    } catch (error) {
      failures.push({ source: file, ok: false, error: toAppError(error) });
    }
  }
  return { scripts, failures };
}

function checkVoices(engine: Engine, config: Config): void {
  const set = config.voices[engine.name];
  checkDistinctVoices(set, engine.name);
  const known = engine.knownVoices();
  const roles: [string, string][] = [['headline', set.headline], ['body', set.body], ...set.quotes.map((q, i): [string, string] => [`quote ${i + 1}`, q])];
  for (const [role, voice] of roles) {
    // Edge cannot list voices offline: check the names' shape so a typo fails before any request.
    if (!known && engine.name === 'edge' && !isEdgeVoiceName(voice)) {
      throw configError(`The ${role} voice "${voice}" is not an Edge voice name.`, 'Edge voices look like en-US-AriaNeural; `npm run narrate -- --list-voices` lists them.');
    }
    if (known && !known.includes(voice)) {
      throw configError(`Unknown ${engine.name} voice "${voice}" for the ${role}.`, `Known ${engine.name} voices: ${known.join(', ')}.`);
    }
  }
}

/** `onFresh` sees each newly synthesized clip (not cache hits) as soon as it exists. */
async function synthesizeScript(engine: Engine, script: Script, reporter: Reporter, onFresh?: (clip: Clip) => void): Promise<Clip[][]> {
  const total = script.chapters.reduce((n, c) => n + c.segments.length, 0);
  let done = 0;
  let index = 0;
  reporter.progress({ article: script.source, done, total });
  // One segment that fails for good fails the article: cancel its other requests so they do not hold
  // connections the next article needs (finished ones stay in the cache for a re-run).
  const article = new AbortController();
  // All requests are queued at once; the engine bounds how many run (Flite workers, Edge connections).
  return Promise.all(
    script.chapters.map((chapter) =>
      Promise.all(
        chapter.segments.map(async (segment) => {
          const n = ++index;
          const who = segment.speaker ? `, ${segment.speaker}` : '';
          const clip = await engine.synthesize({
            text: segment.spoken ?? segment.text,
            voice: segment.voice,
            label: `${basename(script.source)} segment ${n} (${segment.role}${who}: "${segment.text.slice(0, 40)}${segment.text.length > 40 ? '…' : ''}")`,
            outFile: '', // the cache decides where clips live
            signal: article.signal,
          }).catch((error: unknown) => {
            article.abort();
            throw error;
          });
          reporter.progress({ article: script.source, done: ++done, total });
          if (!clip.cached) onFresh?.(clip);
          return clip;
        }),
      ),
    ),
  );
}

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
async function coverFor(script: Script, config: Config, workDir: string): Promise<string> {
  if (config.cover) {
    const info = await stat(config.cover).catch(() => null);
    if (!info?.isFile()) throw configError(`Cover image not found: ${config.cover}.`, 'Give a PNG or JPEG file with --cover or "cover" in the config.');
    if (!/\.(png|jpe?g)$/i.test(config.cover)) throw configError(`Cover image ${config.cover} is not a PNG or JPEG.`, 'Podcast apps accept square PNG or JPEG covers, 1400 to 3000 px.');
    return config.cover;
  }
  return renderCover({ show: config.show, headline: script.title, outFile: join(workDir, 'cover.png'), workDir });
}

/** The local calendar day as YYYY-MM-DD (the date a listener sees on the episode). */
const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export interface AssembleOptions {
  /** Pause before each segment; default from the segments' boundaries and config.pauses. */
  pauses?: number[][];
  date?: Date;
  /** A temp folder (from makeTempDir) with clips already being decoded into it; assemble removes it. */
  prepared?: { workDir: string; decoder: ClipDecoder };
  /** Folder of encoded pieces kept across runs, so an edit re-encodes only what it touched. */
  encodedCache?: string;
}

export async function assemble(script: Script, clips: Clip[][], config: Config, options: AssembleOptions = {}): Promise<Episode & { reused: boolean }> {
  const outFile = episodePath(config.outDir, script.source);
  const workDir = options.prepared?.workDir ?? (await makeTempDir('episode'));
  try {
    // A drawn cover is drawn only when the episode is made: an unchanged re-run skips the ffmpeg run.
    let coverFile = config.cover ? await coverFor(script, config, workDir) : undefined;
    const drawn = { key: `drawn ${COVER_REVISION} ${JSON.stringify([config.show, script.title])}`, make: async () => (coverFile ??= await coverFor(script, config, workDir)) };
    const pauses = options.pauses ?? pausesBefore(script.chapters.map((c) => c.segments), config.pauses);
    const episode = await assembleEpisode({
      chapters: script.chapters.map((chapter, c) => ({
        title: chapter.title,
        pieces: chapter.segments.map((segment, s) => ({ file: clips[c]![s]!.file, pauseBeforeMs: pauses[c]![s]!, voice: segment.voice })),
      })),
      tags: tagsFor(script, config, options.date ?? new Date()),
      ...(coverFile ? { coverFile } : { cover: drawn }),
      bitrateKbps: config.bitrateKbps,
      loudness: config.loudness,
      outFile,
      workDir,
      ...(options.prepared ? { decoder: options.prepared.decoder } : {}),
      ...(options.encodedCache ? { cacheDir: options.encodedCache } : {}),
      // The sidecars carry the segment times a reused episode cannot give back: reuse only with them.
      reuse: (await Promise.all(Object.values(sidecars(outFile)).map((f) => stat(f).then(() => true, () => false)))).every(Boolean),
    });
    if (!episode.reused) {
      await writeSidecars(script, clips, episode);
      await writeFileAtomic(sidecars(outFile).cover, await readFile(coverFile ?? (await drawn.make())));
    }
    return episode;
  } finally {
    await removeTempDir(workDir);
  }
}

/** Rewrites feed.xml (and the show cover) and the web pages from every episode now in the output folder. */
export async function publishFeed(config: Config): Promise<WrittenPages> {
  const workDir = await makeTempDir('feed');
  try {
    const cover = config.cover ?? (await renderCover({ show: config.show, headline: 'News articles, read aloud', outFile: join(workDir, SHOW_COVER), workDir }));
    await writeFileAtomic(join(config.outDir, SHOW_COVER), await readFile(cover));
    await writeFileAtomic(join(config.outDir, FEED_FILE), await buildFeed(config.outDir, config, config.baseUrl));
    return await writePages({ outDir: config.outDir, config, baseUrl: config.baseUrl });
  } finally {
    await removeTempDir(workDir);
  }
}

export interface NarrateOptions {
  inputs: string[];
  config: Config;
  engine: EngineName;
  cacheDir: string;
  reporter: Reporter;
  /** Also build one edition episode of every article that succeeded, for this date. */
  edition?: { date: Date };
}

/**
 * The edition: every finished article as one chapter, with a spoken introduction, transitions and a
 * closing line. It is a Script like any other, so its stories' clips come from the cache.
 */
async function narrateEdition(options: {
  articles: { script: Script; clips: Clip[][] }[];
  inputs: string[];
  config: Config;
  engine: Engine;
  engineName: EngineName;
  stats: CacheStats;
  reporter: Reporter;
  date: Date;
}): Promise<ArticleResult | null> {
  const { config, date } = options;
  // Input order, whatever order the articles finished in; then the config's list, if any.
  const byInput = [...options.articles].sort((a, b) => options.inputs.indexOf(a.script.source) - options.inputs.indexOf(b.script.source));
  const source = editionFileStem(date);
  try {
    if (byInput.length === 0) throw inputError('No article succeeded, so there is no edition to build.', 'Fix the articles above and run again.');
    const script = buildEditionScript(orderScripts(byInput.map((a) => a.script), config.editionOrder), { config, engine: options.engineName, date });
    const before = options.stats.misses;
    const clips = await synthesizeScript(options.engine, script, options.reporter);
    const episode = await assemble(script, clips, config, { pauses: editionPauses(script, config.pauses), date });
    const segments = clips.reduce((n, c) => n + c.length, 0);
    return { source, ok: true, episode, segments, synthesized: options.stats.misses - before, reused: episode.reused };
  } catch (error) {
    return { source, ok: false, error: toAppError(error) };
  }
}

/** Creates the output folder, or says in one line why it cannot be used. */
async function prepareOutDir(outDir: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
    const info = await stat(outDir);
    if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (cause) {
    throw outputError(`Cannot use ${outDir} as the output folder: ${describeErrno(cause)}.`, 'Choose a writable folder with --out.', cause);
  }
}

export async function narrate(options: NarrateOptions): Promise<ArticleResult[]> {
  const { config, reporter } = options;
  const results: ArticleResult[] = [];
  const finish = (result: ArticleResult) => {
    results.push(result);
    reporter.result(result);
  };
  const { files, failures } = await collectEach(options.inputs, config);
  await prepareOutDir(config.outDir);
  ffmpegPath(); // a missing or broken ffmpeg fails the run now, not after minutes of synthesis
  live.dirs.add(config.outDir);
  live.dirs.add(options.cacheDir);
  live.dirs.add(encodedCacheDir(options.cacheDir));
  for (const failure of failures) finish(failure);
  const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
  const raw = await loadEngine(options.engine, { concurrency: config.concurrency, ...(config.proxy ? { proxy: config.proxy } : {}) });
  const engine = cachedEngine(raw, options.cacheDir, stats);
  live.engines.add(engine);
  try {
    checkVoices(engine, config);
    // The next article synthesizes while the previous one is still being assembled.
    let assembling: Promise<void> = Promise.resolve();
    const done: { script: Script; clips: Clip[][] }[] = [];
    // Edge: the service's voice list (cached a week) gives the genders of voices the built-in table lacks.
    const listed = options.engine === 'edge' ? await (await import('./voices/edge-service.ts')).serviceVoices({ cacheDir: options.cacheDir, ...(config.proxy ? { proxy: config.proxy } : {}) }) : [];
    const cast: CastMemory = { speakers: new Map(), serviceVoices: listed };
    for (const file of files) {
      if (aborting) break;
      let script: Script;
      let clips: Clip[][];
      const before = stats.misses;
      // New clips are decoded and measured while the rest are still being synthesized (free time
      // with a network engine); cache hits wait for assembly, which an unchanged episode skips.
      const workDir = await makeTempDir('episode');
      const prepared = { workDir, decoder: createClipDecoder(workDir, true) };
      try {
        script = await scriptFor(file, config, options.engine, cast);
        const shared = castNotice(script);
        if (shared) reporter.notice(shared);
        clips = await synthesizeScript(engine, script, reporter, (clip) => void prepared.decoder.decode(clip.file));
      } catch (error) {
        await removeTempDir(workDir);
        await assembling;
        finish({ source: file, ok: false, error: toAppError(error) });
        continue;
      }
      const synthesized = stats.misses - before;
      const segments = clips.reduce((n, c) => n + c.length, 0);
      await assembling;
      if (aborting) break;
      const finished = { script, clips };
      assembling = assemble(script, clips, config, { prepared, encodedCache: encodedCacheDir(options.cacheDir) }).then(
        (episode) => {
          done.push(finished);
          finish({ source: file, ok: true, episode, segments, synthesized, reused: episode.reused });
        },
        (error: unknown) => finish({ source: file, ok: false, error: toAppError(error) }),
      );
    }
    await assembling;
    if (options.edition && !aborting) {
      const result = await narrateEdition({ articles: done, inputs: files, config, engine, engineName: options.engine, stats, reporter, date: options.edition.date });
      if (result) finish(result);
    }
    // An interrupted run leaves feed.xml as it was; the next run rebuilds it from the folder. An
    // unchanged re-run leaves it alone too, unless it is missing.
    const changed = results.some((r) => r.ok && !r.reused);
    const missing = async (name: string) => !(await stat(join(config.outDir, name)).catch(() => null));
    const feedMissing = (await missing(FEED_FILE)) || (await missing(SHOW_PAGE));
    if (results.some((r) => r.ok) && !aborting && (changed || feedMissing)) {
      const pages = await publishFeed(config);
      // The snippet a publisher pastes to embed each new episode's player (also on its page).
      const fresh = new Set(results.flatMap((r) => (r.ok && !r.reused ? [basename(r.episode.file)] : [])));
      for (const page of pages.episodes) if (fresh.has(`${page.stem}.mp3`)) reporter.notice(`Embed ${page.stem}: ${page.snippet}`);
    }
  } catch (error) {
    throw toAppError(error);
  } finally {
    live.engines.delete(engine);
    await engine.close();
    await pruneCache(options.cacheDir, CACHE_MAX_BYTES);
    await pruneCache(encodedCacheDir(options.cacheDir), ENCODED_CACHE_MAX_BYTES);
  }
  return results;
}
