// German text-normalisation rules, for the Edge voices (Flite speaks only English and refuses German).
//
// Edge's German voices read plain numbers ("1.800", "3,5"), percentages, currencies after the amount
// and most dates themselves. What a newsreader must still be given in words: the abbreviations of
// running text ("z. B.", "u. a.", "bzw.", "Mio.", "Nr."), which are read letter by letter or as
// words that do not exist; ordinal day numbers ("am 3. Oktober": the case ending depends on the
// words before, which a voice cannot know); centuries ("19. Jahrhundert"); dotted clock times
// ("07.49 Uhr", read as a decimal); and amounts with a magnitude ("1,8 Mrd. Euro").
// Number words follow the Duden: one word below a million ("zweitausendvierundzwanzig").

const ONES = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

function underHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)]!;
  return unit === 0 ? tens : `${unit === 1 ? 'ein' : ONES[unit]}und${tens}`;
}

function underThousand(n: number): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const head = h === 0 ? '' : `${h === 1 ? 'ein' : ONES[h]}hundert`;
  return rest === 0 ? head : `${head}${underHundred(rest)}`;
}

/** 0 … 999 999 999 999 as German words; larger figures stay digits. */
export function germanCardinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) return String(n);
  if (n === 0) return 'null';
  const parts: string[] = [];
  const billions = Math.floor(n / 1e9);
  const millions = Math.floor((n % 1e9) / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  if (billions) parts.push(billions === 1 ? 'eine Milliarde' : `${underThousand(billions)} Milliarden`);
  if (millions) parts.push(millions === 1 ? 'eine Million' : `${underThousand(millions)} Millionen`);
  let small = '';
  if (thousands) small += `${thousands === 1 ? 'ein' : underThousand(thousands)}tausend`;
  if (rest) small += underThousand(rest);
  if (small) parts.push(small);
  return parts.join(' ');
}

/** The ordinal stem before its ending: 1 → "ers", 3 → "drit", 7 → "sieb", 20 → "zwanzigs". */
function ordinalStem(n: number): string {
  const special: Record<number, string> = { 1: 'ers', 3: 'drit', 7: 'sieb', 8: 'ach' };
  const last = n % 100;
  if (n < 20) return special[n] ? special[n]! : `${germanCardinal(n)}`;
  if (last !== 0 && last < 20 && special[last]) return `${germanCardinal(n - last)}${special[last]}`;
  return `${germanCardinal(n)}s`;
}

/** An ordinal with its ending: ("dritt-") + "e", "en", "er". */
export function germanOrdinal(n: number, ending: 'e' | 'en' | 'er'): string {
  return `${ordinalStem(n)}t${ending}`;
}

const MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const MONTH_NAMES = MONTHS.split('|').filter((m) => m !== 'Jänner');

// The ordinal's ending depends on the words before it: "der 3. Oktober" → "dritte", "am 3. Oktober" →
// "dritten", "Montag, 3. Oktober" → "dritter". Covers the articles and prepositions news copy uses.
function ending(before: string, standalone: 'er' | 'e'): 'e' | 'en' | 'er' {
  if (/\b(?:der|die|das)\s+$/i.test(before)) return 'e';
  if (/\b(?:am|vom|zum|beim|im|dem|den|des)\s+$/i.test(before)) return 'en';
  return standalone;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bz\.\s?B\./g, 'zum Beispiel'],
  [/\bu\.\s?a\./g, 'unter anderem'],
  [/\bd\.\s?h\./g, 'das heißt'],
  [/\bu\.\s?U\./g, 'unter Umständen'],
  [/\bv\.\s?a\./g, 'vor allem'],
  [/\bo\.\s?Ä\./g, 'oder Ähnliches'],
  [/\bs\.\s?o\./g, 'siehe oben'],
  [/\bv\.\s?Chr\./g, 'vor Christus'],
  [/\bn\.\s?Chr\./g, 'nach Christus'],
  [/\bbzw\./g, 'beziehungsweise'],
  // At the end of a sentence the abbreviation's full stop is the sentence's too: keep one.
  [/\busw\.(?=\s*$|\s+[\p{Lu}\uE000-\uF8FF])/gu, 'und so weiter.'],
  [/\busw\./g, 'und so weiter'],
  [/\bzzgl\./g, 'zuzüglich'],
  [/\binkl\./g, 'inklusive'],
  [/\bggf\./g, 'gegebenenfalls'],
  [/\bvgl\./g, 'vergleiche'],
  [/\bca\./g, 'circa'],
  [/\bMio\./g, 'Millionen'],
  [/\bMrd\./g, 'Milliarden'],
  [/\bTsd\./g, 'Tausend'],
  [/\bNr\.(?=\s*\d)/g, 'Nummer'],
  [/\bAbs\.(?=\s*\d)/g, 'Absatz'],
  [/\bS\.(?=\s*\d)/g, 'Seite'],
  [/\bProf\./g, 'Professor'],
  [/\bDr\./g, 'Doktor'],
  [/\bHr\./g, 'Herr'],
  [/\bFr\.(?=\s+[\p{Lu}\uE000-\uF8FF])/gu, 'Frau'],
  [/\bJh\./g, 'Jahrhundert'],
  [/\bStd\./g, 'Stunden'],
  [/\bMin\./g, 'Minuten'],
];

const parseGermanNumber = (written: string) => Number(written.replace(/\./g, '').replace(',', '.'));

/** A German amount as words when it is whole ("1.800" → "eintausendachthundert"), else as written. */
const amount = (written: string) => {
  const value = parseGermanNumber(written);
  return Number.isInteger(value) ? germanCardinal(value) : written;
};

// Abbreviated months after a day ("3. Okt. 2024") are said in full.
const MONTH_ABBREVIATIONS: Record<string, string> = {
  Jan: 'Januar', Feb: 'Februar', Mär: 'März', Apr: 'April', Jun: 'Juni', Jul: 'Juli', Aug: 'August', Sep: 'September', Sept: 'September', Okt: 'Oktober', Nov: 'November', Dez: 'Dezember',
};
const monthAbbreviations = (text: string) =>
  text.replace(/(?<=\d\.\s?)(Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\.(?=\s|$)/g, (_m, abbr: string) => MONTH_ABBREVIATIONS[abbr]!);

const dayMonth = (text: string) =>
  text.replace(new RegExp(String.raw`(?<![\p{L}\p{N}.])(\d{1,2})\.\s?(${MONTHS})\b`, 'gu'), (match, day: string, month: string, offset: number, input: string) => {
    const n = Number(day);
    if (n < 1 || n > 31) return match;
    return `${germanOrdinal(n, ending(input.slice(0, offset), 'er'))} ${month}`;
  });

// "03.10.2024" → "dritter Oktober 2024" (the year stays digits: the voices read years well).
const numericDates = (text: string) =>
  text.replace(/(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}])/gu, (match, d: string, m: string, y: string, offset: number, input: string) => {
    const day = Number(d);
    const month = MONTH_NAMES[Number(m) - 1];
    if (!month || day < 1 || day > 31) return match;
    return `${germanOrdinal(day, ending(input.slice(0, offset), 'er'))} ${month} ${y}`;
  });

const centuries = (text: string) =>
  text.replace(/(?<![\p{L}\p{N}.])(\d{1,2})\.\s?(Jahrhundert|Jahrhunderts|Jahrtausend)\b/gu, (_m, n: string, word: string, offset: number, input: string) =>
    `${germanOrdinal(Number(n), ending(input.slice(0, offset), 'e'))} ${word}`,
  );

// "07.49 Uhr", "7:30 Uhr" → "7 Uhr 49"; a full hour keeps "Uhr" after it.
const clockTimes = (text: string) =>
  text.replace(/(?<![\p{N}.,:])([01]?\d|2[0-3])[.:]([0-5]\d)\s?Uhr\b/gu, (_m, h: string, m: string) =>
    m === '00' ? `${Number(h)} Uhr` : `${Number(h)} Uhr ${Number(m)}`,
  );

// "1,8 Mrd. €", "5 Mio. Euro", "3 Mrd. $": the magnitude and then the currency, as said.
const CURRENCY: Record<string, string> = { '€': 'Euro', $: 'Dollar', '£': 'Pfund', 'Fr.': 'Franken', CHF: 'Franken', EUR: 'Euro', USD: 'Dollar' };
const AMOUNT = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const magnitudes = (text: string) =>
  text
    .replace(new RegExp(String.raw`(${AMOUNT})\s?(Mio\.|Mrd\.|Tsd\.)\s?(€|\$|£|EUR|USD|CHF)`, 'g'), (_m, n: string, mag: string, cur: string) =>
      `${n} ${mag === 'Mio.' ? 'Millionen' : mag === 'Mrd.' ? 'Milliarden' : 'Tausend'} ${CURRENCY[cur] ?? cur}`,
    )
    .replace(new RegExp(String.raw`(${AMOUNT})\s?(€|\$|£)(?![\p{L}\p{N}])`, 'gu'), (_m, n: string, cur: string) => `${n} ${CURRENCY[cur]}`)
    .replace(new RegExp(String.raw`(€|\$|£)\s?(${AMOUNT})`, 'g'), (_m, cur: string, n: string) => `${n} ${CURRENCY[cur]}`);

const abbreviations = (text: string) => ABBREVIATIONS.reduce((out, [pattern, words]) => out.replace(pattern, words), text);

/** Applies the German rules in order (dates before abbreviations, so "3. Okt." patterns stay whole). */
export function applyGermanRules(text: string): string {
  let out = numericDates(text);
  out = magnitudes(out);
  out = clockTimes(out);
  out = centuries(out);
  out = dayMonth(monthAbbreviations(out));
  out = abbreviations(out);
  // A thousand-separated whole amount before a unit word is read best as words ("1.800 Soldaten").
  return out.replace(/(?<![\p{N},.])(\d{1,3}(?:\.\d{3})+)(?![\p{N}]|,\d)/gu, (m) => amount(m));
}
