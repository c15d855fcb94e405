// Configuration: defaults < config file < command-line flags, validated once here and then passed
// down explicitly. Nothing else reads files for settings; the only environment variables read are the
// ones the README lists under "Configuration" (cache and ffmpeg locations, URL and Edge limits, the
// proxy), each where it is used.
import { BoundedReadError, formatBytes, readBoundedSync } from './core/read-bounded.ts';
import { configError, describeErrno } from './errors.ts';
import type { EngineName } from './model.ts';
import { FLITE_DEFAULT_CAST } from './voices/flite-voices.ts';
import { parseVoiceAttributes } from './voices/voice-config.ts';
import type { VoiceOverrides } from './voices/voice-info.ts';
import { defaultEdgeVoices, isEdgeVoiceName, type VoiceRoles } from './tts/edge-defaults.ts';
import { parseBoilerplate, type BoilerplateConfig } from './article/boilerplate-config.ts';
import { parseFeedToken, parseKeep, parseSources, type KeepConfig, type SourceConfig } from './sources/source-config.ts';

/** Voices per role of one engine (declared in edge-defaults.ts, which config imports). */
export type VoiceSet = VoiceRoles;

export interface Pauses {
  /** After the headline block (headline + dek), before the story starts. */
  afterHeadlineMs: number;
  /** Between paragraphs. */
  paragraphMs: number;
  /** Between a quote and its attribution inside one paragraph. */
  inlineMs: number;
  /** Before a new section/chapter. */
  chapterMs: number;
}

export interface Config {
  /** Show / publication name: ID3 album and feed title. */
  show: string;
  /** Fallback artist when the article has no byline. */
  author: string;
  /** BCP 47 language of the articles (voice choice, feed language). */
  language: string;
  outDir: string;
  engine: EngineName | 'auto';
  voices: Record<EngineName, VoiceSet>;
  pauses: Pauses;
  /** CBR MP3 bitrate, kbit/s. */
  bitrateKbps: number;
  /** A quoted clause inside a sentence switches voice only from this many words (scare quotes stay in the body voice). */
  quoteMinWords: number;
  /** Parallel syntheses (Flite workers are capped at the core count). */
  concurrency: number;
  /** Episode loudness target: Apple's -16 LUFS integrated, true peak below -1 dBTP. */
  loudness: { integratedLufs: number; truePeakDb: number };
  proxy?: string;
  /** Pronunciation lexicon: word or phrase → how to say it (see README). */
  lexicon: Record<string, string>;
  /** Public URL of the output folder, for the feed's links. */
  baseUrl: string;
  /** Cover image (PNG or JPEG, square, ≥ 1400 px); without one a default cover is drawn. */
  cover?: string;
  /** Input folders: follow symlinks that lead out of the folder (default false: only links inside it). */
  followSymlinks: boolean;
  /** Story order of the --edition episode (file names or paths); unlisted stories follow in input order. */
  editionOrder?: string[];
  /** Feeds read on every run besides the inputs (see src/sources/source-config.ts). */
  sources: SourceConfig[];
  /** Retention of episodes from sources and editions. */
  keep?: KeepConfig;
  /** Secret path segment of the served feed and media URLs. */
  feedToken?: string;
  /** Gender/locale per voice name, over the built-in voice tables (see src/voices/voice-config.ts). */
  voiceAttributes?: VoiceOverrides;
  /** Overrides of the page-chrome classifier: lines always kept / always dropped (regex strings). */
  boilerplate?: BoilerplateConfig;
}

export const DEFAULT_CONFIG: Config = {
  show: 'The Audio Edition',
  author: 'audio-edition',
  language: 'en-US',
  outDir: 'output',
  engine: 'auto',
  voices: {
    // Flite's natural voices and their variants: see src/voices/flite-voices.ts.
    flite: { ...FLITE_DEFAULT_CAST, quotes: [...FLITE_DEFAULT_CAST.quotes] },
    edge: defaultEdgeVoices('en-US')!,
  },
  pauses: { afterHeadlineMs: 1200, paragraphMs: 650, inlineMs: 250, chapterMs: 1500 },
  // 64 kbit/s CBR mono is the common choice for spoken-word podcasts: clear speech at ~29 MB/hour.
  bitrateKbps: 64,
  quoteMinWords: 4,
  concurrency: 4,
  loudness: { integratedLufs: -16, truePeakDb: -1.5 },
  lexicon: {},
  // What `npm run serve` offers by default; set it to where you publish the folder.
  baseUrl: 'http://127.0.0.1:8080/',
  followSymlinks: false,
  sources: [],
};

/** What flags may override; undefined means "not given". */
export interface ConfigOverrides {
  outDir?: string;
  baseUrl?: string;
  cover?: string;
  engine?: EngineName | 'auto';
  /** `role=Name` pairs from --voice; role is headline, body, quote or quote<N> (1-based pool slot). */
  voices?: string[];
  concurrency?: number;
  proxy?: string;
  followSymlinks?: boolean;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expect<T>(ok: boolean, value: T, where: string, what: string): T {
  if (!ok) throw configError(`Config: ${where} must be ${what}.`, 'Fix the config file (see "Configuration" in the README).');
  return value;
}

/** A misspelt key would otherwise be ignored without a word, at any depth. */
function checkKnownKeys(object: Json, known: readonly string[], where: string): void {
  const unknown = Object.keys(object).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const names = unknown.map((k) => `"${where}${k}"`).join(', ');
  throw configError(`Config: unknown key${unknown.length > 1 ? 's' : ''} ${names}.`, `Known keys${where ? ` in ${where.slice(0, -1)}` : ''}: ${known.join(', ')} (see "Configuration" in the README).`);
}

const KNOWN_KEYS = ['show', 'author', 'language', 'outDir', 'engine', 'voices', 'pauses', 'bitrateKbps', 'quoteMinWords', 'concurrency', 'loudness', 'lexicon', 'baseUrl', 'cover', 'proxy', 'editionOrder', 'sources', 'keep', 'feedToken', 'voiceAttributes', 'boilerplate', 'followSymlinks'];

function mergeFile(base: Config, file: Json): Config {
  const out: Config = structuredClone(base);
  checkKnownKeys(file, KNOWN_KEYS, '');
  if ('lexicon' in file) {
    const lex = expect(isObject(file.lexicon), file.lexicon as Json, 'lexicon', 'an object of word → spoken form');
    for (const [word, spoken] of Object.entries(lex)) {
      expect(word.trim() !== '' && typeof spoken === 'string' && spoken.trim() !== '', null, `lexicon["${word}"]`, 'a non-empty spoken form for a non-empty word');
    }
    out.lexicon = lex as Record<string, string>;
  }
  if ('editionOrder' in file) {
    const order = file.editionOrder;
    out.editionOrder = expect(Array.isArray(order) && order.every((x) => typeof x === 'string' && x !== ''), order as string[], 'editionOrder', 'a list of article file names');
  }
  if ('sources' in file) out.sources = parseSources(file.sources);
  if ('keep' in file) out.keep = parseKeep(file.keep);
  if ('feedToken' in file) out.feedToken = parseFeedToken(file.feedToken);
  if ('voiceAttributes' in file) out.voiceAttributes = parseVoiceAttributes(file.voiceAttributes);
  if ('boilerplate' in file) out.boilerplate = parseBoilerplate(file.boilerplate);
  if ('baseUrl' in file) {
    const url = file.baseUrl;
    expect(typeof url === 'string' && /^https?:\/\/[^/]/.test(url), null, 'baseUrl', 'an http(s) URL');
    out.baseUrl = (url as string).endsWith('/') ? (url as string) : `${url as string}/`;
  }
  for (const key of ['show', 'author', 'language', 'outDir', 'proxy', 'cover'] as const) {
    if (key in file) out[key] = expect(typeof file[key] === 'string' && file[key] !== '', file[key] as string, key, 'a non-empty string');
  }
  if ('followSymlinks' in file) out.followSymlinks = expect(typeof file.followSymlinks === 'boolean', file.followSymlinks as boolean, 'followSymlinks', 'true or false');
  if ('engine' in file) {
    out.engine = expect(['auto', 'edge', 'flite'].includes(file.engine as string), file.engine as Config['engine'], 'engine', '"auto", "edge" or "flite"');
  }
  const ranges = { bitrateKbps: [8, 320], quoteMinWords: [1, 50], concurrency: [1, 64] } as const;
  for (const key of ['bitrateKbps', 'quoteMinWords', 'concurrency'] as const) {
    if (key in file) {
      const v = file[key];
      const [min, max] = ranges[key];
      out[key] = expect(Number.isInteger(v) && (v as number) >= min && (v as number) <= max, v as number, key, `a whole number from ${min} to ${max}`);
    }
  }
  if ('loudness' in file) {
    const l = expect(isObject(file.loudness), file.loudness as Json, 'loudness', 'an object');
    checkKnownKeys(l, Object.keys(out.loudness), 'loudness.');
    if ('integratedLufs' in l) out.loudness.integratedLufs = expect(typeof l.integratedLufs === 'number' && l.integratedLufs >= -36 && l.integratedLufs <= -6, l.integratedLufs as number, 'loudness.integratedLufs', 'a number from -36 to -6 (LUFS)');
    if ('truePeakDb' in l) out.loudness.truePeakDb = expect(typeof l.truePeakDb === 'number' && l.truePeakDb >= -9 && l.truePeakDb <= 0, l.truePeakDb as number, 'loudness.truePeakDb', 'a number from -9 to 0 (dBTP)');
  }
  if ('pauses' in file) {
    const p = expect(isObject(file.pauses), file.pauses as Json, 'pauses', 'an object');
    checkKnownKeys(p, Object.keys(out.pauses), 'pauses.');
    for (const key of Object.keys(out.pauses) as (keyof Pauses)[]) {
      if (key in p) out.pauses[key] = expect(typeof p[key] === 'number' && (p[key] as number) >= 0 && (p[key] as number) <= 10_000, p[key] as number, `pauses.${key}`, 'a number of milliseconds from 0 to 10000');
    }
  }
  if ('voices' in file) {
    const v = expect(isObject(file.voices), file.voices as Json, 'voices', 'an object keyed by engine');
    checkKnownKeys(v, ['flite', 'edge'], 'voices.');
    for (const engine of ['flite', 'edge'] as const) {
      if (!(engine in v)) continue;
      const set = expect(isObject(v[engine]), v[engine] as Json, `voices.${engine}`, 'an object');
      checkKnownKeys(set, ['headline', 'body', 'quotes'], `voices.${engine}.`);
      for (const role of ['headline', 'body'] as const) {
        if (role in set) out.voices[engine][role] = expect(typeof set[role] === 'string' && set[role] !== '', set[role] as string, `voices.${engine}.${role}`, 'a voice name');
      }
      if ('quotes' in set) {
        const q = set.quotes;
        out.voices[engine].quotes = expect(Array.isArray(q) && q.length > 0 && q.every((x) => typeof x === 'string' && x !== ''), q as string[], `voices.${engine}.quotes`, 'a non-empty list of voice names');
      }
    }
  }
  return out;
}

export function applyVoiceFlags(set: VoiceSet, flags: string[]): VoiceSet {
  const out: VoiceSet = { ...set, quotes: [...set.quotes] };
  for (const flag of flags) {
    const match = /^(headline|body|quote(\d*))=(\S+)$/.exec(flag);
    if (!match) {
      throw configError(`--voice "${flag}" is not role=NAME.`, 'Use --voice headline=NAME, body=NAME, quote=NAME or quote2=NAME.');
    }
    const [, role, slot, name] = match as unknown as [string, string, string, string];
    if (role === 'headline' || role === 'body') out[role] = name;
    else {
      const index = slot === '' ? 0 : Number(slot) - 1;
      if (index < 0 || index > out.quotes.length) throw configError(`--voice ${flag}: quote slot ${slot} is out of range.`, `Quote slots run from quote1 to quote${out.quotes.length + 1}.`);
      out.quotes[index] = name;
    }
  }
  return out;
}

/** Checks that no two roles share a voice: the listener must always hear who is talking. */
export function checkDistinctVoices(set: VoiceSet, engine: EngineName): void {
  const roles = [set.headline, set.body];
  if (set.headline === set.body) {
    throw configError(`The ${engine} headline and body voices are both "${set.body}".`, 'Give each role its own voice.');
  }
  const clash = set.quotes.find((q) => roles.includes(q));
  if (clash) {
    throw configError(`The ${engine} quote voice "${clash}" is also the headline or body voice.`, 'The narrator never reads a quote: pick quote voices different from headline and body.');
  }
}

/** A configuration is a few KB; a bigger file is not one (and is never read whole). */
const MAX_CONFIG_BYTES = 1024 * 1024;

export function loadConfig(options: { file?: string; overrides?: ConfigOverrides } = {}): Config {
  let config = structuredClone(DEFAULT_CONFIG);
  if (options.file) {
    let raw: string;
    try {
      // A BOM is what some Windows editors put at the start of "UTF-8" files; JSON.parse rejects it.
      raw = readBoundedSync(options.file, { maxBytes: MAX_CONFIG_BYTES }).toString('utf8').replace(/^\ufeff/, '');
    } catch (cause) {
      const why = cause instanceof BoundedReadError ? (cause.problem === 'too-large' ? `it is larger than ${formatBytes(MAX_CONFIG_BYTES)}` : 'it is not a regular file') : describeErrno(cause);
      throw configError(`Cannot read config file ${options.file}: ${why}.`, 'Check the path given to --config.', cause);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (cause) {
      throw configError(`Config file ${options.file} is not valid JSON: ${(cause as Error).message}.`, 'Fix the JSON syntax (see "Configuration" in the README).', cause);
    }
    if (!isObject(parsed)) throw configError(`Config file ${options.file} must hold a JSON object.`, 'See "Configuration" in the README.');
    // The language's Edge cast is the base the file's own voices.edge entries then override, so
    // naming only a headline voice keeps the rest in the article's language.
    const language = (parsed as Json).language;
    const languageCast = typeof language === 'string' ? defaultEdgeVoices(language) : null;
    if (languageCast) config.voices.edge = languageCast;
    config = mergeFile(config, parsed);
  }
  const o = options.overrides ?? {};
  if (o.outDir !== undefined) config.outDir = o.outDir;
  if (o.cover !== undefined) config.cover = o.cover;
  if (o.baseUrl !== undefined) {
    if (!/^https?:\/\/[^/]/.test(o.baseUrl)) throw configError(`--base-url "${o.baseUrl}" is not an http(s) URL.`, 'Give the address the output folder is published at, e.g. https://example.com/podcast/.');
    config.baseUrl = o.baseUrl.endsWith('/') ? o.baseUrl : `${o.baseUrl}/`;
  }
  if (o.engine !== undefined) config.engine = o.engine;
  if (o.concurrency !== undefined) config.concurrency = o.concurrency;
  if (o.proxy !== undefined) config.proxy = o.proxy;
  if (o.followSymlinks !== undefined) config.followSymlinks = o.followSymlinks;
  if (o.voices?.length) {
    // With an explicit engine every --voice is for it; with auto, a name shaped like an Edge voice
    // (en-US-AriaNeural) is for Edge and any other for Flite, so one command line works both ways.
    for (const engine of ['flite', 'edge'] as const) {
      const mine = o.voices.filter((flag) => (config.engine === 'auto' ? isEdgeVoiceName(flag.split('=')[1] ?? '') === (engine === 'edge') : config.engine === engine));
      if (mine.length) config.voices[engine] = applyVoiceFlags(config.voices[engine], mine);
    }
  }
  return config;
}
