// The config keys of feeds as sources ("sources", "keep", "feedToken"), validated here so config.ts
// only has to hand them over. Errors name the key and say what it must be, like the rest of the config.
import { configError } from '../errors.ts';

export interface SourceConfig {
  /** Feed address (http/https) or a local feed file; an OPML file lists several feeds. */
  url: string;
  /** Shown in the credit line of every episode; default: the feed's own title. */
  name?: string;
  /** At most this many items per run, newest first. */
  maxItems: number;
  /** Only items published within this duration ("2d", "12h"), as milliseconds. */
  sinceMs?: number;
  /** An item is taken only if its title or categories contain one of these (case-insensitive). */
  include: string[];
  /** An item is skipped if its title or categories contain one of these. */
  exclude: string[];
  /** BCP 47 language when neither the feed nor the page says. */
  language?: string;
  /** Fewer words than this is a teaser or a paywall stub: skipped, not narrated. */
  minWords: number;
}

export interface KeepConfig {
  days?: number;
  episodes?: number;
}

export const SOURCE_DEFAULTS = { maxItems: 10, minWords: 120 } as const;

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "30m", "12h", "2d", "1w" → milliseconds; null when it is not such a duration. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$/i.exec(text);
  if (!m) return null;
  const ms = Number(m[1]) * UNITS[m[2]!.toLowerCase()]!;
  return ms > 0 ? ms : null;
}

const fail = (where: string, what: string) => configError(`Config: ${where} must be ${what}.`, 'Fix the config file (see "Feeds as sources" in the README).');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
const SOURCE_KEYS = ['url', 'name', 'maxItems', 'since', 'include', 'exclude', 'language', 'minWords'];

export function parseSources(value: unknown): SourceConfig[] {
  if (!Array.isArray(value)) throw fail('sources', 'a list of {"url": …} objects');
  return value.map((entry, i) => {
    const where = `sources[${i}]`;
    if (!isObject(entry)) throw fail(where, 'an object with a "url"');
    const unknown = Object.keys(entry).filter((k) => !SOURCE_KEYS.includes(k));
    if (unknown.length) throw fail(`${where}.${unknown[0]}`, `one of the known keys (${SOURCE_KEYS.join(', ')})`);
    if (typeof entry.url !== 'string' || entry.url.trim() === '') throw fail(`${where}.url`, 'a feed address or file path');
    const out: SourceConfig = { url: entry.url.trim(), maxItems: SOURCE_DEFAULTS.maxItems, include: [], exclude: [], minWords: SOURCE_DEFAULTS.minWords };
    if ('name' in entry) {
      if (typeof entry.name !== 'string' || entry.name.trim() === '') throw fail(`${where}.name`, 'a non-empty string');
      out.name = entry.name.trim();
    }
    for (const [key, max] of [['maxItems', 10_000], ['minWords', 10_000]] as const) {
      if (!(key in entry)) continue;
      const n = entry[key];
      if (!Number.isInteger(n) || (n as number) < (key === 'maxItems' ? 1 : 0) || (n as number) > max) throw fail(`${where}.${key}`, `a whole number up to ${max}`);
      out[key] = n as number;
    }
    if ('since' in entry) {
      const ms = typeof entry.since === 'string' ? parseDuration(entry.since) : null;
      if (ms === null) throw fail(`${where}.since`, 'a duration such as "2d", "12h", "30m" or "1w"');
      out.sinceMs = ms;
    }
    for (const key of ['include', 'exclude'] as const) {
      if (!(key in entry)) continue;
      if (!strings(entry[key])) throw fail(`${where}.${key}`, 'a list of words or phrases');
      out[key] = (entry[key] as string[]).map((s) => s.trim());
    }
    if ('language' in entry) {
      if (typeof entry.language !== 'string' || !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(entry.language)) throw fail(`${where}.language`, 'a language tag such as "en" or "de-DE"');
      out.language = entry.language;
    }
    return out;
  });
}

export function parseKeep(value: unknown): KeepConfig {
  if (!isObject(value)) throw fail('keep', 'an object: {"days": 30} or {"episodes": 200}');
  const out: KeepConfig = {};
  for (const key of Object.keys(value)) {
    if (key !== 'days' && key !== 'episodes') throw fail(`keep.${key}`, 'one of "days", "episodes"');
    const n = value[key];
    if (!Number.isInteger(n) || (n as number) < 1) throw fail(`keep.${key}`, 'a whole number above 0');
    out[key] = n as number;
  }
  if (out.days === undefined && out.episodes === undefined) throw fail('keep', 'an object: {"days": 30} or {"episodes": 200}');
  return out;
}

/** A secret path segment: long enough not to be guessed, and safe in a URL without escaping. */
export function parseFeedToken(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{16,128}$/.test(value)) throw fail('feedToken', '16 to 128 letters, digits, "-" or "_" (e.g. from `openssl rand -hex 16`)');
  return value;
}
