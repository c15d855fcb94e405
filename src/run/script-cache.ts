// The scripts of article files, kept across runs: an unchanged re-run (or a second --plan) reads the
// script instead of cleaning, attributing and casting the article again, and never loads the NLP
// library. An entry is named by a hash of everything a script is made from: the file's bytes and path,
// the whole resolved configuration, the engine, the voices casting remembered from the run's earlier
// articles, and the build of the tool (package version, dist/.built, the NLP libraries' versions); any
// change is another name, so a stale script is never read. An entry that does not parse or does not
// carry its own name is ignored and written again. Entries live in `<clip cache>/scripts/`, are written
// atomically through the run context, and the oldest go beyond MAX_ENTRIES.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { RunContext } from '../core/run-context.ts';
import type { EngineName, Script } from '../model.ts';
import { looksLikeUrl } from '../article/fetch-url.ts';
import { readArticleBytes } from '../article/read-input.ts';
import type { CastMemory } from '../voices/casting.ts';
import type { KnownSegments } from './script-for.ts';
import { startNameTags } from '../script/name-tags.ts';

/** Raised when the shape of an entry changes: older entries then simply miss. */
const FORMAT = 1;
const MAX_ENTRIES = 500;

export const scriptCacheDir = (cacheDir: string) => join(cacheDir, 'scripts');

/**
 * What identifies the code that builds scripts, or null when it cannot be told (run from the sources:
 * no dist/.built beside the compiled files), and then nothing is cached.
 */
function buildId(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const built = readFileSync(new URL('../.built', import.meta.url), 'utf8').trim();
    // From the package's own folder: compromise's exports do not list its package.json.
    const version = (name: string) => {
      const main = require.resolve(name);
      const root = main.slice(0, main.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
      return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    };
    return JSON.stringify([(require('../../package.json') as { version: string }).version, built, version('compromise'), version('franc-min')]);
  } catch {
    return null;
  }
}
let build: string | null | undefined;

export interface ScriptCache {
  dir: string;
  ctx: RunContext;
}

interface Entry {
  format: number;
  key: string;
  script: Script;
  /** What casting this article added to the run's memory (`engine:speaker` → voice). */
  remembered: [string, string][];
}

/** The entry name: a hash of every input of the script. Exported for the tests. */
export function scriptKey(parts: { build: string; file: string; bytes: Uint8Array; config: Config; engine: EngineName; cast?: CastMemory }): string {
  const hash = createHash('sha256');
  const memory = parts.cast ? [[...parts.cast.speakers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), parts.cast.serviceVoices ?? null] : null;
  hash.update(JSON.stringify([FORMAT, parts.build, parts.file, parts.engine, parts.config, memory]));
  hash.update('\0');
  hash.update(parts.bytes);
  return hash.digest('hex');
}

function valid(entry: unknown, key: string): entry is Entry {
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Partial<Entry>;
  return e.format === FORMAT && e.key === key && typeof e.script === 'object' && e.script !== null && Array.isArray(e.script.chapters) && Array.isArray(e.remembered);
}

/** Like scriptFor, through the cache when there is one and the input is a file. */
/**
 * `building` is called when the script is to be built rather than read: the caller can start what
 * follows (the speech engine) meanwhile.
 */
export async function cachedScriptFor(file: string, config: Config, engine: EngineName, cast: CastMemory | undefined, cache: ScriptCache | null, building?: () => void, known?: KnownSegments): Promise<Script> {
  build ??= buildId();
  // The readers, attribution and casting (and the NLP library) load only when a script is to be built;
  // the NLP library on its worker thread from then on, while the rest loads and reads the article.
  const builders = () => {
    startNameTags();
    building?.();
    return import('./script-for.ts');
  };
  if (!cache || build === null || file === '-' || looksLikeUrl(file)) return (await builders()).scriptFor(file, config, engine, cast);
  const bytes = await readArticleBytes(file);
  const key = scriptKey({ build, file, bytes, config, engine, ...(cast ? { cast } : {}) });
  const dir = scriptCacheDir(cache.dir);
  const path = join(dir, `${key}.json`);
  const entry: unknown = await readFile(path, 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => null); // missing, unreadable or not JSON (a truncated write, a damaged disk): a miss
  if (valid(entry, key)) {
    for (const [speaker, voice] of entry.remembered) cast?.speakers.set(speaker, voice);
    return entry.script;
  }
  const before = new Set(cast?.speakers.keys());
  const script = await (await builders()).scriptForBytes(file, bytes, config, engine, cast, known);
  const remembered = [...(cast?.speakers ?? [])].filter(([speaker]) => !before.has(speaker));
  // Best effort: a cache that cannot be written costs the next run time, never this run its script.
  await write(cache, dir, path, { format: FORMAT, key, script, remembered }).catch(() => {});
  return script;
}

async function write(cache: ScriptCache, dir: string, path: string, entry: Entry): Promise<void> {
  await mkdir(dir, { recursive: true });
  cache.ctx.watchDir(dir);
  await cache.ctx.writeAtomic(path, JSON.stringify(entry));
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  if (names.length <= MAX_ENTRIES) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, at: (await stat(join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => a.at - b.at);
  for (const { n } of dated.slice(0, names.length - MAX_ENTRIES)) await rm(join(dir, n), { force: true });
}
