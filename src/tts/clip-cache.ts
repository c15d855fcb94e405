// A content-addressed cache of synthesized clips. The key covers everything that changes the audio
// (engine, engine version incl. output format, voice, spoken text), so a re-run with nothing changed
// synthesizes nothing and an edited paragraph re-synthesizes only its own segments.
//
// Each entry is `<key>.<ext>` plus `<key>.json` (size, sha256, word timings). The JSON is written last
// and is the commit marker: an entry without it, or whose audio no longer matches it, is discarded and
// redone, never spliced into an episode.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Clip } from '../model.ts';
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
  const data = await readFile(file);
  return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Returns the entry when it is complete and intact; removes it otherwise. */
async function readEntry(audio: string, metaFile: string, stats: CacheStats): Promise<Clip | null> {
  let meta: EntryMeta;
  try {
    meta = JSON.parse(await readFile(metaFile, 'utf8')) as EntryMeta;
  } catch {
    return null; // never committed (or unreadable): a miss
  }
  try {
    const actual = await sha256File(audio);
    if (actual.bytes === meta.bytes && actual.sha256 === meta.sha256 && meta.bytes > 0) {
      const now = new Date();
      await utimes(metaFile, now, now).catch(() => {}); // recency for eviction
      return meta.words ? { file: audio, words: meta.words } : { file: audio };
    }
  } catch {
    // audio missing: fall through to discard
  }
  stats.discarded++;
  await rm(audio, { force: true });
  await rm(metaFile, { force: true });
  return null;
}

/**
 * Wraps an engine so that every synthesis goes through the cache. `request.outFile` is ignored:
 * clips live in the cache folder and the returned Clip points there.
 */
export function cachedEngine(engine: Engine, dir: string, stats: CacheStats): Engine {
  let ready: Promise<unknown> | null = null;
  return {
    name: engine.name,
    version: engine.version,
    extension: engine.extension,
    knownVoices: () => engine.knownVoices(),
    close: () => engine.close(),
    async synthesize(request: SynthesisRequest): Promise<Clip> {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const key = clipKey({ engine: engine.name, version: engine.version, voice: request.voice, text: request.text });
      const audio = join(dir, `${key}.${engine.extension}`);
      const metaFile = join(dir, `${key}.json`);
      const hit = await readEntry(audio, metaFile, stats);
      if (hit) {
        stats.hits++;
        return { ...hit, cached: true };
      }
      stats.misses++;
      const clip = await engine.synthesize({ ...request, outFile: audio });
      const meta: EntryMeta = { ...(await sha256File(clip.file)), ...(clip.words ? { words: clip.words } : {}) };
      const tmp = `${metaFile}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(meta));
      await rename(tmp, metaFile);
      return clip;
    },
  };
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
    if (!info) continue;
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
