// A content-addressed cache of synthesized clips. The key covers everything that changes the audio
// (engine, engine version incl. output format, voice, spoken text), so a re-run with nothing changed
// synthesizes nothing and an edited paragraph re-synthesizes only its own segments.
//
// Each entry is `<key>.<ext>` plus `<key>.json` (size, sha256, word timings). The JSON is written last
// and is the commit marker: an entry without it, or whose audio no longer matches it, is discarded and
// redone, never spliced into an episode.
import { createHash } from 'node:crypto';
import { lstat, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeFolderError, ensureDir, probeWritable } from '../core/fs.ts';
import { hashBounded, readBounded } from '../core/read-bounded.ts';
import { tempPath } from '../core/temp.ts';
import { type AppError, errnoCode, outputError } from '../errors.ts';
import type { Clip } from '../model.ts';
import { MAX_CLIP_META_BYTES, parseClipMeta } from './clip-meta.ts';
import type { Engine, SynthesisRequest } from './engine.ts';

interface EntryMeta {
  bytes: number;
  sha256: string;
  words?: Clip['words'];
}

/** The cache is pruned to this size after each run, least recently used first. */
export const CACHE_MAX_BYTES = 1024 * 1024 * 1024;

/** Default cache folder: per project, easy to find and to delete (`rm -rf .cache`). */
export function defaultCacheDir(): string {
  return resolve(process.env.AUDIO_EDITION_CACHE ?? join('.cache', 'clips'));
}

/** Five hours of 24 kHz 16-bit audio is ~0.9 GB: no clip of one segment comes near this. */
const MAX_CLIP_BYTES = 1024 * 1024 * 1024;

export interface CacheStats {
  hits: number;
  misses: number;
  discarded: number;
}

export function clipKey(parts: { engine: string; version: string; voice: string; text: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([parts.engine, parts.version, parts.voice, parts.text]))
    .digest('hex')
    .slice(0, 40);
}

async function sha256File(file: string): Promise<{ bytes: number; sha256: string }> {
  return hashBounded(file, { maxBytes: MAX_CLIP_BYTES, followSymlinks: false }); // a link to /dev/zero or a FIFO is refused, not read for ever
}

/**
 * Whether the entry's audio is what its JSON recorded: by content, or (`sizeOnly`) by size, for a
 * clip this run will not splice into anything. A symlink or a non-file is never intact.
 */
async function intact(audio: string, meta: EntryMeta, sizeOnly: boolean): Promise<boolean> {
  if (!sizeOnly) {
    const actual = await sha256File(audio);
    return actual.bytes === meta.bytes && actual.sha256 === meta.sha256;
  }
  const info = await lstat(audio);
  return info.isFile() && info.size === meta.bytes;
}

/** Returns the entry when it is complete and intact; removes it otherwise. */
async function readEntry(audio: string, metaFile: string, stats: CacheStats, sizeOnly: boolean): Promise<Clip | null> {
  let meta: EntryMeta;
  try {
    meta = parseClipMeta(await readBounded(metaFile, { maxBytes: MAX_CLIP_META_BYTES, followSymlinks: false }));
  } catch {
    return null; // never committed (or unreadable): a miss
  }
  try {
    if (meta.bytes > 0 && (await intact(audio, meta, sizeOnly))) {
      const now = new Date();
      await utimes(metaFile, now, now).catch(() => {}); // recency for eviction
      return meta.words ? { file: audio, words: meta.words } : { file: audio };
    }
  } catch {
    // audio missing: fall through to discard
  }
  stats.discarded++;
  for (const file of [audio, metaFile]) {
    // A folder (or anything rm cannot take) where an entry belongs is the user's to look at.
    await rm(file, { force: true }).catch((cause: unknown) => {
      throw cacheError(dirname(file), cause, file);
    });
  }
  return null;
}

/** The cache folder cannot be used: exit 6, naming the folder (not the engine that tripped on it). */
export function cacheError(dir: string, cause: unknown, entry?: string): AppError {
  const what = entry ? `the clip cache entry ${entry}` : `the clip cache ${dir}`;
  const full = errnoCode(cause) === 'ENOSPC' || errnoCode(cause) === 'EDQUOT';
  return outputError(
    `Cannot use ${what}: ${describeFolderError(cause)}.`,
    `${full ? 'Free some disk space' : `Fix or delete ${entry ? 'it' : 'the folder'}`}, point AUDIO_EDITION_CACHE at another folder, or run with --no-cache.`,
    cause,
    full ? 'output.disk-full' : 'output.cache',
  );
}

/** Creates the cache folder (bounded, see core/fs.ts) and proves it writable, before any synthesis. */
export async function prepareCacheDir(dir: string): Promise<void> {
  try {
    await ensureDir(dir);
    await probeWritable(dir);
  } catch (cause) {
    throw cacheError(dir, cause);
  }
}

/**
 * The clip store: wraps an engine so that every synthesis goes through the cache, and is the only
 * writer of clips. `request.outFile` is ignored: the store gives the engine a temp name of its own
 * (unique per request), verifies and commits the result under the clip's key, and returns a Clip
 * that points there. Identical requests in flight (a refrain, "he said." twice in one voice, an
 * edition's repeated host line) share one synthesis: every caller gets the same clip.
 */
export interface ClipStoreOptions {
  /**
   * Clip files (from clipFile) whose hits need only their recorded size: those of an episode already
   * made from exactly these clips, which an unchanged re-run reuses without reading them (it then
   * reads no audio at all): hashing the sample's 33 clips (11 MB) took ~14 ms of its ~120. A clip is still
   * hashed whenever it is about to be used; a missing or truncated one is still redone as before.
   */
  sizeOnly?: (file: string) => boolean;
}

/** Where the store keeps (or will keep) the clip of `voice` saying `text` with this engine. */
export function clipFile(engine: Engine, dir: string, voice: string, text: string): string {
  return join(dir, `${clipKey({ engine: engine.name, version: engine.version, voice, text })}.${engine.extension}`);
}

export function cachedEngine(engine: Engine, dir: string, stats: CacheStats, options: ClipStoreOptions = {}): Engine {
  let ready: Promise<void> | null = null;
  const inFlight = new Map<string, { clip: Promise<Clip>; signal: AbortSignal | undefined }>();

  async function produce(request: SynthesisRequest, key: string): Promise<Clip> {
    const audio = join(dir, `${key}.${engine.extension}`);
    const metaFile = join(dir, `${key}.json`);
    const hit = await readEntry(audio, metaFile, stats, options.sizeOnly?.(audio) ?? false);
    if (hit) {
      stats.hits++;
      return { ...hit, cached: true };
    }
    stats.misses++;
    const temp = tempPath(dir, `${key}.${engine.extension}`);
    try {
      let clip: Clip;
      try {
        clip = await engine.synthesize({ ...request, outFile: temp });
      } catch (error) {
        // An engine that could not write into the cache says so in its own words ("Flite failed…");
        // when the cache is what broke (unwritable, disk full, removed), say that instead.
        // An interrupted run is exiting: probing then would leave the probe file behind when the
        // process ends before the probe removes it.
        if (request.signal?.aborted) throw error;
        const full = errnoCode(error) === 'ENOSPC' || errnoCode(error) === 'EDQUOT' ? error : null;
        const broken = full ?? (await probeWritable(dir, 256 * 1024).then(() => null, (cause: unknown) => cause));
        throw broken ? cacheError(dir, broken) : error;
      }
      const meta: EntryMeta = { ...(await sha256File(clip.file)), ...(clip.words ? { words: clip.words } : {}) };
      const metaTemp = tempPath(dir, `${key}.json`);
      try {
        await rename(clip.file, audio);
        await writeFile(metaTemp, JSON.stringify(meta));
        await rename(metaTemp, metaFile); // the commit marker, written last
      } catch (cause) {
        await rm(metaTemp, { force: true });
        const entry = errnoCode(cause) === 'EISDIR' || errnoCode(cause) === 'ENOTEMPTY' ? ((cause as { dest?: string }).dest ?? audio) : undefined;
        throw cacheError(dir, cause, entry);
      }
      return clip.words ? { file: audio, words: clip.words } : { file: audio };
    } finally {
      await rm(temp, { force: true });
    }
  }

  const store: Engine = {
    name: engine.name,
    // Read through: Edge's version names its output format, which may fall back mid-run.
    get version() {
      return engine.version;
    },
    extension: engine.extension,
    ...(engine.remote ? { remote: true } : {}),
    knownVoices: () => engine.knownVoices(),
    close: () => engine.close(),
    warmUp: () => engine.warmUp?.(),
    async synthesize(request: SynthesisRequest): Promise<Clip> {
      ready ??= prepareCacheDir(dir);
      await ready;
      const key = clipKey({ engine: engine.name, version: engine.version, voice: request.voice, text: request.text });
      const pending = inFlight.get(key);
      if (pending) {
        try {
          const clip = await pending.clip;
          stats.hits++;
          return { ...clip, cached: true };
        } catch (error) {
          // The first caller was cancelled (its article failed); this one was not: go on alone.
          if (pending.signal?.aborted && !request.signal?.aborted) return store.synthesize(request);
          throw error;
        }
      }
      const clip = produce(request, key);
      inFlight.set(key, { clip, signal: request.signal });
      try {
        return await clip;
      } finally {
        inFlight.delete(key);
      }
    },
  };
  return store;
}

/** Keeps the cache under maxBytes by removing the least recently used entries. */
export async function pruneCache(dir: string, maxBytes: number): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const entries = new Map<string, { files: string[]; bytes: number; used: number }>();
  for (const name of names) {
    const key = name.split('.')[0] ?? name;
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info?.isFile()) continue; // the encoded pieces' folder lives here too, pruned on its own
    const entry = entries.get(key) ?? { files: [], bytes: 0, used: 0 };
    entry.files.push(name);
    entry.bytes += info.size;
    entry.used = Math.max(entry.used, info.mtimeMs);
    entries.set(key, entry);
  }
  let total = [...entries.values()].reduce((sum, e) => sum + e.bytes, 0);
  let removed = 0;
  for (const entry of [...entries.values()].sort((a, b) => a.used - b.used)) {
    if (total <= maxBytes) break;
    for (const f of entry.files) await rm(join(dir, f), { force: true });
    total -= entry.bytes;
    removed++;
  }
  return removed;
}
