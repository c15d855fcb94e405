// English rules for amounts (the numbers of dates, money, measures, scores, clock times, ordinals and
// fractions), and the pieces every English rule is made of. What each engine misreads, and the order the
// rules run in with those for words and symbols: speakable-english.ts.
import type { EngineName } from '../model.ts';
import { cardinalWords, decadeWords, decimalWords, digitWords, ordinalWords, yearWords } from './speakable-numbers.ts';

export type Groups = (string | undefined)[];
export interface Where {
  before: string;
  after: string;
}
export interface Context {
  engine: EngineName;
  /** The segment is in capitals (a shouted headline): capitals are not initialisms there. */
  shouting: boolean;
  /** The segment talks about a game: "7-2" is a score. */
  sports: boolean;
}
export interface Rule {
  name: string;
  engines: readonly EngineName[];
  apply(text: string, ctx: Context): string;
}

/** text.replace with the text around the match; returning null leaves the match as it was. */
export function rewrite(text: string, regex: RegExp, fn: (g: Groups, where: Where) => string | null): string {
  return text.replace(regex, (...args: unknown[]) => {
    const input = args[args.length - 1] as string;
    const offset = args[args.length - 2] as number;
    const g = args.slice(0, -2) as Groups;
    const match = g[0] ?? '';
    const out = fn(g, { before: input.slice(0, offset), after: input.slice(offset + match.length) });
    return out ?? match;
  });
}

// A written number: "10,000", "1234", optionally with decimals (in a separate group where used).
const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const DEC = String.raw`(?:${NUM})(?:\.\d+)?`;
// Not inside a longer token: no letter or digit before, and not the decimals of "3.14".
const START = String.raw`(?<![\p{L}\p{N}]|\d[.,])`;
const END = String.raw`(?![\p{L}\p{N}]|[.,]\d)`;

const flite = (ctx: Context) => ctx.engine === 'flite';
/** Digits for Edge (it reads them well), words for Flite. */
const num = (written: string, ctx: Context) => (flite(ctx) ? decimalWords(written.replace(/,/g, '')) : written);
export const spell = (letters: string) => [...letters.replace(/[^A-Za-z]/g, '')].map((c) => c.toUpperCase()).join(' ');

const SENTENCE_STARTERS = /^\s+["']?(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|So|Yet|In|On|At|By|For|From|This|That|These|Those|There|Here|His|Her|Their|Its|Our|As|If|When|While|After|Before|Some|Many|Most|Officials|Police|Meanwhile|However)\b/;
/** Whether an abbreviation's full stop also ends the sentence (so it must stay when the word is expanded). */
export function endsSentence(after: string): boolean {
  return /^\s*$/.test(after) || SENTENCE_STARTERS.test(after);
}
// ---- dates ----
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBREVIATIONS: Record<string, string> = {
  Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August',
  Sep: 'September', Sept: 'September', Oct: 'October', Nov: 'November', Dec: 'December',
};
const MONTH = `(${MONTHS.join('|')}|${Object.keys(MONTH_ABBREVIATIONS).join('|')})`;
const monthName = (written: string) => MONTH_ABBREVIATIONS[written] ?? written;

export const isoDates: Rule = {
  name: 'ISO dates',
  engines: ['flite'],
  apply: (text) =>
    rewrite(text, /(?<![\p{L}\p{N}-])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{N}-])/gu, (g) =>
      `${MONTHS[Number(g[2]) - 1]} ${ordinalWords(String(Number(g[3])))}, ${yearWords(g[1]!)}`,
    ),
};

export const dates: Rule = {
  name: 'dates and month abbreviations',
  engines: ['flite'],
  apply(text) {
    // "Sept. 25, 2024" → "September twenty-fifth, twenty twenty-four"
    let out = rewrite(text, new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[.,:]\d)(?:,?\s+(\d{4})(?![\p{L}\p{N}]))?`, 'gu'), (g) => {
      const day = Number(g[2]);
      if (day < 1 || day > 31) return null;
      return `${monthName(g[1]!)} ${ordinalWords(String(day))}${g[3] ? `, ${yearWords(g[3])}` : ''}`;
    });
    // "25 September 2024" → "the twenty-fifth of September, twenty twenty-four"
    out = rewrite(out, new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b\.?(?:,?\s+(\d{4})(?![\p{L}\p{N}]))?`, 'gu'), (g, where) => {
      const day = Number(g[1]);
      if (day < 1 || day > 31) return null;
      const the = /\bthe\s*$/i.test(where.before) ? '' : 'the ';
      const stop = g[0]!.endsWith('.') && !g[3] && endsSentence(where.after) ? '.' : '';
      return `${the}${ordinalWords(String(day))} of ${monthName(g[2]!)}${g[3] ? `, ${yearWords(g[3])}` : ''}${stop}`;
    });
    // Abbreviations left over ("Sept. 2024", "in Dec."): Flite says "sept", "dec". "Jan" and "Mar"
    // stay unless a year follows: they are also a name and a word.
    return rewrite(out, /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(\.)?(?![\p{L}\p{N}])/gu, (g, where) => {
      const yearFollows = /^\s+\d{4}(?!\d)/.test(where.after);
      if (!yearFollows && (!g[2] || g[1] === 'Jan' || g[1] === 'Mar')) return null;
      const stop = g[2] && !yearFollows && endsSentence(where.after) ? '.' : '';
      return monthName(g[1]!) + stop;
    });
  },
};

// ---- money ----
const CURRENCIES: Record<string, { one: string; many: string; sub?: [string, string] }> = {
  $: { one: 'dollar', many: 'dollars', sub: ['cent', 'cents'] },
  '£': { one: 'pound', many: 'pounds', sub: ['penny', 'pence'] },
  '€': { one: 'euro', many: 'euros', sub: ['cent', 'cents'] },
  '¥': { one: 'yen', many: 'yen' },
  '₹': { one: 'rupee', many: 'rupees' },
};
const DOLLAR_PREFIXES: Record<string, string> = { US: 'US', A: 'Australian', C: 'Canadian', NZ: 'New Zealand', HK: 'Hong Kong', S: 'Singapore' };
const MAGNITUDES: Record<string, string> = {
  k: 'thousand', K: 'thousand', m: 'million', M: 'million', mn: 'million', mln: 'million',
  b: 'billion', B: 'billion', bn: 'billion', bln: 'billion', T: 'trillion', tn: 'trillion', trn: 'trillion',
};
const AMOUNT = String.raw`(${NUM})(\.\d+)?`;
const CURRENCY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(US|NZ|HK|A|C|S)?([$£€¥₹])\s?${AMOUNT}(?:\s?[-–]\s?[$£€¥₹]?${AMOUNT})?` +
    String.raw`(?:(?:(k|K|m|M|b|B|T)|\s?(mn|mln|bn|bln|tn|trn))(?![\p{L}\p{N}])|\s+(thousand|million|billion|trillion)\b)?`,
  'gu',
);

export const currency: Rule = {
  name: 'currency and magnitudes',
  engines: ['flite', 'edge'],
  apply: (text, ctx) =>
    rewrite(text, CURRENCY_RE, (g) => {
      const [, prefix, symbol, whole, fraction, toWhole, toFraction, short, shortWord, word] = g;
      const magnitude = short ? MAGNITUDES[short] : shortWord ? MAGNITUDES[shortWord] : word;
      // Edge reads "$5,000" and "$1.8 billion" well; only the abbreviated magnitudes trip it up.
      if (!flite(ctx) && !short && !shortWord) return null;
      const unit = CURRENCIES[symbol!]!;
      const country = prefix ? `${flite(ctx) && prefix === 'US' ? 'U S' : DOLLAR_PREFIXES[prefix]!} ` : '';
      const amount = (w: string, f: string | undefined) => num(w + (f ?? ''), ctx);
      if (!magnitude && toWhole === undefined && fraction?.length === 3 && unit.sub) {
        // "$3.50": dollars and cents.
        const units = Number(whole!.replace(/,/g, ''));
        const cents = Number(fraction.slice(1));
        const unitWords = units === 0 ? '' : `${num(whole!, ctx)} ${country}${units === 1 ? unit.one : unit.many}`;
        const centWords = cents === 0 ? '' : `${num(String(cents), ctx)} ${cents === 1 ? unit.sub[0] : unit.sub[1]}`;
        return [unitWords, centWords].filter(Boolean).join(' and ') || `${num('0', ctx)} ${country}${unit.many}`;
      }
      const from = amount(whole!, fraction);
      const spoken = toWhole === undefined ? from : `${from} to ${amount(toWhole, toFraction)}`;
      const singular = !magnitude && toWhole === undefined && !fraction && whole === '1';
      return `${spoken}${magnitude ? ` ${magnitude}` : ''} ${country}${singular ? unit.one : unit.many}`;
    }),
};

// "5m" is millions in news copy, except for athletics distances and lengths ("100m sprint", "5m-high").
const ATHLETICS = new Set(['50', '60', '100', '110', '200', '400', '800', '1500', '3000', '5000', '10000']);
const SPORT_WORDS = /^\s+(?:sprint|hurdles|relay|freestyle|backstroke|breaststroke|butterfly|medley|dash|race|final|heats?|run|event|title|gold|silver|bronze|record|champion|long|high|wide|deep|tall|away|from|above|below|metres|meters)\b/i;
export const bareMagnitudes: Rule = {
  name: 'bare magnitudes',
  engines: ['flite', 'edge'],
  apply: (text, ctx) =>
    rewrite(text, /(?<![\p{L}\p{N}$£€¥₹.,]|\d[.,])(\d+(?:\.\d+)?)(bn|tn|m)(?![\p{L}\p{N}])/gu, (g, where) => {
      const n = g[1]!;
      if (g[2] !== 'm') return `${num(n, ctx)} ${g[2] === 'bn' ? 'billion' : 'trillion'}`;
      const metres = where.after.startsWith('-') || ATHLETICS.has(n) || SPORT_WORDS.test(where.after);
      if (!metres) return `${num(n, ctx)} million`;
      if (!flite(ctx)) return null;
      const attributive = where.after.startsWith('-') || /^\s+[a-z]/.test(where.after);
      return `${num(n, ctx)} ${attributive || n === '1' ? 'metre' : 'metres'}`;
    }),
};

const UNITS: Record<string, [string, string]> = {
  km: ['kilometre', 'kilometres'], kg: ['kilogram', 'kilograms'], cm: ['centimetre', 'centimetres'],
  mm: ['millimetre', 'millimetres'], mph: ['mile per hour', 'miles per hour'], 'km/h': ['kilometre per hour', 'kilometres per hour'],
  kph: ['kilometre per hour', 'kilometres per hour'], lb: ['pound', 'pounds'], lbs: ['pound', 'pounds'],
};
export const units: Rule = {
  name: 'units and degrees',
  engines: ['flite'],
  apply(text, ctx) {
    const out = rewrite(text, new RegExp(String.raw`${START}(${DEC})\s?°\s?([CF])?(?![\p{L}])`, 'gu'), (g) => {
      const scale = g[2] === 'C' ? ' Celsius' : g[2] === 'F' ? ' Fahrenheit' : '';
      return `${num(g[1]!, ctx)} ${g[1] === '1' ? 'degree' : 'degrees'}${scale}`;
    });
    return rewrite(out, new RegExp(String.raw`${START}(${DEC})\s?(km/h|kph|km|kg|cm|mm|mph|lbs|lb)(?![\p{L}\p{N}])`, 'gu'), (g) => {
      const [one, many] = UNITS[g[2]!]!;
      return `${num(g[1]!, ctx)} ${g[1] === '1' ? one : many}`;
    });
  },
};

export const percent: Rule = {
  name: 'percentages',
  engines: ['flite'],
  apply: (text, ctx) => rewrite(text, new RegExp(String.raw`${START}(${DEC})\s?%`, 'gu'), (g) => `${num(g[1]!, ctx)} percent`),
};

// ---- ranges and scores ----
export const SPORTS = /\b(?:win|wins|won|winning|beat|beats|beaten|defeat|defeats|defeated|victory|lost|loss|losses|draw|drew|tie|tied|score|scored|scores|lead|led|trail|trailed|match|game|games|innings|inning|goals?|half-time|halftime|full-time|league|cup|season|playoffs?|semi-finals?|finals?|quarter-finals?|set|sets|tie-break|series|home|away|runs|points)\b/i;
export const ranges: Rule = {
  name: 'ranges and scores',
  engines: ['flite', 'edge'],
  apply: (text, ctx) =>
    rewrite(text, new RegExp(String.raw`(?<![\p{L}\p{N}.,:/-]|\d[.,])(${DEC})\s?[-–]\s?(${DEC})(?![\p{L}\p{N}]|[.,]\d|[-–/]\d)`, 'gu'), (g) => {
      const [, a, b] = g as [string, string, string];
      // "555-1234" is a phone number, not a range: Flite should read its digits.
      if (/^\d{3}$/.test(a) && /^\d{4}$/.test(b)) return flite(ctx) ? `${digitWords(a)}, ${digitWords(b)}` : null;
      // Edge reads ranges well; a bare score ("7-2") it may read as "seven two".
      if (!flite(ctx) && !(ctx.sports && /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b))) return null;
      return `${a} to ${b}`;
    }),
};

// ---- clock times ----
const AMPM = String.raw`(?:\s?([ap]\.m\.|[AP]\.M\.|[ap]m|[AP]M)(?![\p{L}\p{N}]))`;
function timeWords(hour: string, minute: string, ampm: string | undefined): string {
  const h = Number(hour);
  const m = Number(minute);
  const meridiem = ampm === undefined ? '' : /\./.test(ampm) ? ` ${ampm.toLowerCase()}` : ` ${ampm[0]!.toUpperCase()} M`;
  if (m === 0) {
    if (meridiem) return cardinalWords(String(h)) + meridiem;
    if (h === 0) return 'midnight';
    return h <= 12 ? `${cardinalWords(String(h))} o'clock` : `${cardinalWords(String(h))} hundred`;
  }
  return `${h === 0 ? 'zero' : cardinalWords(String(h))} ${m < 10 ? `oh ${cardinalWords(String(m))}` : cardinalWords(String(m))}${meridiem}`;
}
const TIME_CONTEXT = /\b(?:at|from|until|till|before|after|since)\s+$/i;
const NOT_A_TIME = /^\s?(?:%|per\b|percent|points?\b|a share|pounds|dollars|euros|pence|cents)/i;
export const times: Rule = {
  name: 'clock times',
  engines: ['flite', 'edge'],
  apply(text, ctx) {
    // "07.49", "7.30pm", "at 7.30": British dotted times, which every engine reads as decimals.
    let out = rewrite(text, new RegExp(String.raw`(?<![\p{L}\p{N}$£€¥₹.,:])(\d{1,2})\.([0-5]\d)(?![\p{N}]|\.\d)${AMPM}?`, 'gu'), (g, where) => {
      const [, hour, minute, ampm] = g as [string, string, string, string | undefined];
      if (Number(hour) > 23) return null;
      if (!ampm && NOT_A_TIME.test(where.after)) return null;
      const leadingZero = hour.length === 2 && hour.startsWith('0');
      if (!ampm && !leadingZero && !(TIME_CONTEXT.test(where.before) && hour !== '0')) return null;
      // Edge reads "7:49" and "7:30pm" as times: only the separator changes.
      if (!flite(ctx)) return `${Number(hour)}:${minute}${ampm ? g[0]!.slice(`${hour}.${minute}`.length) : ''}`;
      return timeWords(hour, minute, ampm);
    });
    if (!flite(ctx)) return out;
    // "7:30", "19:05 GMT", "7:30 a.m."
    out = rewrite(out, new RegExp(String.raw`(?<![\p{L}\p{N}:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}]|:\d)${AMPM}?`, 'gu'), (g) =>
      timeWords(g[1]!, g[2]!, g[3]),
    );
    // "10pm", "7 a.m."; Flite drops a bare "AM" and reads "a m" as "uh m", so say the letters.
    return rewrite(out, new RegExp(String.raw`(?<![\p{L}\p{N}:.,])(1[0-2]|0?[1-9])${AMPM}`, 'gu'), (g) => timeWords(g[1]!, '00', g[2]));
  },
};

// ---- ordinals, decades, fractions ----
export const decades: Rule = {
  name: 'decades',
  engines: ['flite'],
  apply: (text) =>
    text
      .replace(/(?<![\p{L}\p{N}])(1\d\d0|20\d0)'?s(?![\p{L}\p{N}])/gu, (_, d: string) => decadeWords(d))
      .replace(/(?<![\p{L}\p{N}])'(\d0)s(?![\p{L}\p{N}])/gu, (_, d: string) => decadeWords(d))
      .replace(/(?<![\p{L}\p{N}.,])([1-9]0)'?s(?![\p{L}\p{N}])/gu, (_, d: string) => decadeWords(d)),
};

export const ordinals: Rule = {
  name: 'ordinals',
  engines: ['flite'],
  apply: (text) => rewrite(text, new RegExp(String.raw`${START}(${NUM})(?:st|nd|rd|th)(?![\p{L}\p{N}])`, 'gu'), (g) => ordinalWords(g[1]!)),
};

const DENOMINATORS = ['', '', 'half', 'third', 'quarter', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const fractions: Rule = {
  name: 'fractions and slashes',
  engines: ['flite'],
  apply: (text) =>
    rewrite(text, /(?<![\p{L}\p{N}/.,])(\d{1,3})\/(\d{1,3})(?![\p{L}\p{N}/]|[.,]\d)/gu, (g) => {
      const a = Number(g[1]);
      const b = Number(g[2]);
      // "1/2", "3/4": a fraction; "24/7", "9/11": two numbers (Flite would say "slash").
      if (b >= 2 && b <= 10 && a >= 1 && a < b) {
        const name = DENOMINATORS[b]!;
        return `${cardinalWords(g[1]!)} ${a === 1 ? name : name === 'half' ? 'halves' : `${name}s`}`;
      }
      return `${g[1]} ${g[2]}`;
    }),
};

export const numbers: Rule = {
  name: 'numbers',
  engines: ['flite'],
  apply: (text) =>
    rewrite(text, new RegExp(String.raw`${START}(${NUM})(\.\d+)?${END}`, 'gu'), (g) => {
      const [, whole, fraction] = g as [string, string, string | undefined];
      // A bare four-digit number in news copy is almost always a year (AP style writes 1,500 people).
      if (!fraction && /^\d{4}$/.test(whole) && Number(whole) >= 1100 && Number(whole) <= 2099) return yearWords(whole);
      if (!fraction && /^0\d+$/.test(whole)) return digitWords(whole);
      return decimalWords(whole.replace(/,/g, '') + (fraction ?? ''));
    }),
};
