// French text-normalisation rules, for the Edge voices (Flite speaks only English and refuses French).
//
// Edge's French voices read plain numbers ("1 800", "3,5"), percentages and most dates themselves.
// What a newsreader must still be given in words: ordinal abbreviations ("1er", "2e", "XXIe siècle"),
// clock times written "14h30", amounts with a magnitude ("1,8 Md€", "5 M€", "3 Mds d'euros"), and the
// abbreviations of running text ("M.", "Mme", "n°", "p. ex.", "c.-à-d.", "av. J.-C.").
// Number words follow the 1990 spelling reform (hyphens everywhere: "vingt-et-un" is the older
// "vingt et un"; both are said alike, the reform's form is unambiguous to a voice).

const ONES = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];

function underHundred(n: number, final: boolean): string {
  if (n < 20) return ONES[n]!;
  const t = Math.floor(n / 10);
  // 70-79 and 90-99 count on from 60 and 80 ("soixante-douze", "quatre-vingt-quinze").
  const unit = t === 7 || t === 9 ? (n % 10) + 10 : n % 10;
  if (unit === 0) return t === 8 && final ? 'quatre-vingts' : TENS[t]!;
  if (unit === 1 && t !== 8) return `${TENS[t]}-et-un`;
  if (unit === 11 && t === 7) return 'soixante-et-onze';
  return `${TENS[t]}-${ONES[unit]}`;
}

function underThousand(n: number, final: boolean): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return underHundred(rest, final);
  const head = h === 1 ? 'cent' : `${ONES[h]}-cent${rest === 0 && final ? 's' : ''}`;
  return rest === 0 ? head : `${head}-${underHundred(rest, final)}`;
}

/** 0 … 999 999 999 999 as French words; larger figures stay digits. */
export function frenchCardinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) return String(n);
  if (n === 0) return 'zéro';
  const parts: string[] = [];
  const scale = (count: number, word: string) => parts.push(`${underThousand(count, true)} ${word}${count > 1 ? 's' : ''}`);
  const billions = Math.floor(n / 1e9);
  const millions = Math.floor((n % 1e9) / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  if (billions) scale(billions, 'milliard');
  if (millions) scale(millions, 'million');
  // "mille" never takes an s, and "cent"/"vingt" before it stay bare ("deux-cent-mille").
  if (thousands) parts.push(thousands === 1 ? 'mille' : `${underThousand(thousands, false)}-mille`);
  if (rest) parts.push(underThousand(rest, true));
  return parts.join(' ').replace(/-mille (?=\p{L})/u, '-mille-');
}

/** 1 → "premier"/"première", 2 → "deuxième", 21 → "vingt-et-unième", 100 → "centième". */
export function frenchOrdinal(n: number, feminine = false): string {
  if (n === 1) return feminine ? 'première' : 'premier';
  const words = frenchCardinal(n);
  const stem = words
    .replace(/cinq$/, 'cinqu')
    .replace(/neuf$/, 'neuv')
    .replace(/(quatre-vingt|cent)s$/, '$1')
    .replace(/e$/, '');
  return `${stem}ième`;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
function romanValue(roman: string): number | null {
  if (!/^[IVXLCDM]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN[roman[i]!]!;
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 4000 ? total : null;
}

// Titles count as such before a capital, or before a lexicon replacement (parked in U+E000-U+F8FF).
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bp\.\s?ex\./g, 'par exemple'],
  [/\bc\.-à-d\./g, "c'est-à-dire"],
  [/\bav\.\s?J\.-C\./g, 'avant Jésus-Christ'],
  [/\bapr\.\s?J\.-C\./g, 'après Jésus-Christ'],
  [/\bM\.(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Monsieur'],
  [/\bMM\.(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Messieurs'],
  [/\bMmes(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Mesdames'],
  [/\bMme(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Madame'],
  [/\bMlle(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Mademoiselle'],
  [/\bMe(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Maître'],
  [/\bDr(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Docteur'],
  [/\bPr(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Professeur'],
  [/\bSte(?=[\s-]+[\p{Lu}\uE000-\uF8FF])/gu, 'Sainte'],
  [/\bSt(?=[\s-]+[\p{Lu}\uE000-\uF8FF])/gu, 'Saint'],
  [/\bn[°o]\s?(?=\d)/g, 'numéro '],
  // At the end of a sentence the abbreviation's full stop is the sentence's too: keep one.
  [/\betc\.(?=\s*$|\s+[\p{Lu}\uE000-\uF8FF])/gu, 'et cetera.'],
  [/\betc\./g, 'et cetera'],
  [/\benv\.(?=\s*\d)/g, 'environ'],
];

const CURRENCY: Record<string, string> = { '€': "d'euros", $: 'de dollars', '£': 'de livres' };
const PLAIN: Record<string, string> = { '€': 'euros', $: 'dollars', '£': 'livres' };

// "1,8 Md€", "5 M€", "3 Mds d'euros", "2,5 milliards €": magnitude, then the currency with "de".
const AMOUNT = String.raw`\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** "milliard" or "milliards": French counts below two as singular ("1,8 milliard"). */
const scaleWord = (n: string, word: 'million' | 'milliard') => (Number(n.replace(/[\u00A0\u202F ]/g, '').replace(',', '.')) < 2 ? word : `${word}s`);
const magnitudes = (text: string) =>
  text
    .replace(new RegExp(String.raw`(${AMOUNT})\s?(Mds?|M|k)\s?(€|\$|£)`, 'g'), (_m, n: string, mag: string, cur: string) =>
      mag === 'k' ? `${n} mille ${PLAIN[cur]}` : `${n} ${scaleWord(n, mag.startsWith('Md') ? 'milliard' : 'million')} ${CURRENCY[cur]}`,
    )
    .replace(new RegExp(String.raw`(${AMOUNT})\s?Mds?\b`, 'g'), (_m, n: string) => `${n} ${scaleWord(n, 'milliard')}`)
    .replace(/\b(millions?|milliards?)\s?(€|\$|£)/g, (_m, word: string, cur: string) => `${word} ${CURRENCY[cur]}`);

// "14h30", "14 h 30", "9h" → "14 heures 30", "9 heures".
const clockTimes = (text: string) =>
  text.replace(/(?<![\p{L}\p{N},])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\p{L}\p{N}])/gu, (_m, h: string, m: string | undefined) => {
    const hours = Number(h) === 1 ? 'une heure' : `${Number(h)} heures`;
    return m && m !== '00' ? `${hours} ${Number(m)}` : hours;
  });

// "1er", "1re", "1ère", "2e", "2ème", "21e", and Roman "XXIe siècle" → ordinal words.
const ordinals = (text: string) =>
  text
    .replace(/(?<![\p{L}\p{N}])1(er|re|ère)(?![\p{L}\p{N}])/gu, (_m, suffix: string) => frenchOrdinal(1, suffix !== 'er'))
    .replace(/(?<![\p{L}\p{N}])(\d+)(?:e|è|ème|eme)(?![\p{L}\p{N}])/gu, (m, n: string) => (Number(n) > 1 ? frenchOrdinal(Number(n)) : m))
    .replace(/(?<![\p{L}\p{N}])([IVXLCDM]+)(?:e|ème)(?=\s+(?:siècle|arrondissement|République|édition|congrès|sommet))/gu, (m, r: string) => {
      const n = romanValue(r);
      return n === null ? m : frenchOrdinal(n);
    });

// Abbreviated months after a day ("25 sept. 2024") are said in full.
const MONTHS: Record<string, string> = { janv: 'janvier', févr: 'février', fév: 'février', avr: 'avril', juil: 'juillet', sept: 'septembre', oct: 'octobre', nov: 'novembre', déc: 'décembre' };
const months = (text: string) =>
  text.replace(/(?<=\d(?:er)?\s)(janv|févr|fév|avr|juil|sept|oct|nov|déc)\.(?=\s|$)/g, (_m, abbr: string) => MONTHS[abbr]!);

const abbreviations = (text: string) => ABBREVIATIONS.reduce((out, [pattern, words]) => out.replace(pattern, words), text);

/** Applies the French rules in order (magnitudes before abbreviations: "M€" is not "Monsieur"). */
export function applyFrenchRules(text: string): string {
  return abbreviations(months(ordinals(clockTimes(magnitudes(text)))));
}
