// The article's language, as an ISO 639-1 code ("en", "de", "fr"). In order of trust: what the
// source declares (HTML `lang`, Markdown front matter), what the text itself is (detected with
// franc-min, a trigram model of the 82 languages with 8M+ speakers, when it is sure), and last the
// configured language (its primary subtag: "de-DE" → "de"). Detection beats the configuration
// because one config serves a folder of articles that need not share a language.
import { createRequire } from 'node:module';
import { franc } from 'franc-min';

/** franc's ISO 639-3 codes → ISO 639-1, for the languages franc-min knows that have a 639-1 code. */
const ISO1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', rus: 'ru',
  ukr: 'uk', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', ell: 'el', tur: 'tr', swe: 'sv', dan: 'da',
  nob: 'nb', fin: 'fi', bul: 'bg', hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', lit: 'lt', lav: 'lv',
  arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko',
  vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', swh: 'sw', tgl: 'tl', cat: 'ca', glg: 'gl', azj: 'az',
  uzn: 'uz', kaz: 'kk', bel: 'be', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so',
  tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', npi: 'ne', sin: 'si',
};

/** "de-DE", "fr_CH", "EN" → "de", "fr", "en"; null when it is not a language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** franc needs some text to be sure; below this many characters it is guessing. */
const MIN_DETECT_CHARS = 40;
/** Enough text for a stable answer; more only costs time. */
const SAMPLE_CHARS = 4000;

/** The language of a text, or null when the detector is not sure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.replace(/[^\p{L}]/gu, '').length < MIN_DETECT_CHARS) return null;
  const code = franc(sample, { minLength: MIN_DETECT_CHARS });
  return ISO1[code] ?? null;
}

/** The article's language: declared, else detected, else configured, else English. */
export function articleLanguage(declared: string | null | undefined, text: string, configured?: string): string {
  return primaryLanguage(declared) ?? detectLanguage(text) ?? primaryLanguage(configured) ?? 'en';
}

const require = createRequire(import.meta.url);
let stopwordLists: Record<string, string[]> | null = null;
const stopwordSets = new Map<string, Set<string>>();

/**
 * The stopword list of a language (stopwords-iso, 50+ languages), lowercase; English when the
 * language has none. Loaded once on first use: it is a 200 kB table.
 */
export function stopwordsOf(language: string): Set<string> {
  const cached = stopwordSets.get(language);
  if (cached) return cached;
  stopwordLists ??= require('stopwords-iso') as Record<string, string[]>;
  const set = new Set((stopwordLists[language] ?? stopwordLists.en ?? []).map((w) => w.toLowerCase()));
  stopwordSets.set(language, set);
  return set;
}
