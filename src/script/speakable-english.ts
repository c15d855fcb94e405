// English text-normalisation rules: what each engine misreads, rewritten as what a newsreader says.
//
// Flite's own normaliser (measured with `flite -pw/-ps`, see tests/script/speakable.test.ts) reads
// plain numbers, "10,000", "87%", "31st", "Mr", "Dr", "St." and "U.S." correctly, but misreads
// "$1.8B" ("dollar one eight b"), "£"/"€" (no UTF-8: noise), "07.49" ("seven point four nine"),
// "Sept."/"Jan."/"Jun."/"Jul."/"Dec.", "7-2" ("seven two"), "&" ("ampersand"), "No. 1" ("no one"),
// "AM" (dropped), "Ms", "Prof.", "Sen.", "Jr.", and many initialisms ("US" → "us", "CIA", "IMF", "WHO",
// "CEO", "EU"). For Flite every number is spelled out here, so the spoken text is exactly what it says.
//
// Edge's neural voices read numbers, currencies, dates, percentages, titles and initialisms well
// themselves, so for Edge only what they are known to misread is expanded: abbreviated magnitudes
// ("$1.8B", "£3.5m", "5bn"), dotted clock times ("07.49") and sports scores ("7-2").
//
// This file holds the rules for punctuation, symbols, titles and initialisms, and runs every rule in
// order; the rules for amounts (dates, money, measures, times, ordinals) are in speakable-english-amounts.ts.
import type { EngineName } from '../model.ts';
import {
  bareMagnitudes, currency, dates, decades, endsSentence, fractions, isoDates, numbers, ordinals, percent, ranges, rewrite, spell, SPORTS, times, units,
  type Context, type Rule,
} from './speakable-english-amounts.ts';

// ---- punctuation Flite cannot read (it has no UTF-8) ----
const foldPunctuation: Rule = {
  name: 'typographic punctuation',
  engines: ['flite'],
  apply: (text) =>
    text
      .replace(/[’‘‛ʼ′]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/−/g, '-')
      .replace(/(\d)\s?[–—]\s?(?=\d)/g, '$1-')
      .replace(/\s*[—–]+\s*/g, ', ')
      .replace(/…/g, '...'),
};

const signs: Rule = {
  name: 'negative numbers',
  engines: ['flite'],
  apply: (text) => text.replace(/(^|[\s(["'])-(?=\d)/g, '$1minus ').replace(/(^|[\s(["'])\+(?=\d)/g, '$1plus '),
};

// ---- symbols and abbreviations ----
const numberSign: Rule = {
  name: 'No. and #',
  engines: ['flite'],
  apply: (text) =>
    text
      .replace(/\b(No|no|Nos|nos)\.\s?(?=\d)/g, (_, w: string) => (w.toLowerCase() === 'nos' ? 'numbers ' : 'number '))
      .replace(/#(?=\d)/g, 'number '),
};

const ampersand: Rule = {
  name: 'ampersand',
  engines: ['flite'],
  apply: (text) =>
    text
      .replace(/(?<![\p{L}\p{N}])([A-Z]{1,4})\s?&\s?([A-Z]{1,4})(?![\p{L}\p{N}])/gu, (_, a: string, b: string) => `${spell(a)} and ${spell(b)}`)
      .replace(/\s*&\s*/g, ' and '),
};

// Titles before a name (a capital, or a lexicon word parked in the private-use area). Those that are
// also common words need their full stop ("Gen Z", "Rep" stay).
const TITLES: Record<string, string> = {
  Mr: 'Mister', Mrs: 'Missus', Ms: 'Miz', Mx: 'Mix', Dr: 'Doctor', Prof: 'Professor', Lt: 'Lieutenant',
  Sgt: 'Sergeant', Capt: 'Captain', Cmdr: 'Commander', Supt: 'Superintendent', Mt: 'Mount', St: 'Saint',
  Sen: 'Senator', Rep: 'Representative', Gov: 'Governor', Gen: 'General', Col: 'Colonel', Maj: 'Major',
  Det: 'Detective', Fr: 'Father', Rev: 'Reverend', Adm: 'Admiral', Insp: 'Inspector', Pres: 'President',
};
const NEEDS_STOP = new Set(['Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Maj', 'Det', 'Fr', 'Rev', 'Adm', 'Insp', 'Pres']);
// Street words after a name ("Main St.", "Mulholland Dr"), and name suffixes ("Martin Luther King Jr.").
const AFTER_NAME: Record<string, string> = { St: 'Street', Dr: 'Drive', Rd: 'Road', Ave: 'Avenue', Blvd: 'Boulevard', Jr: 'Junior', Sr: 'Senior' };
const titles: Rule = {
  name: 'titles and street abbreviations',
  engines: ['flite'],
  apply(text) {
    let out = rewrite(text, new RegExp(String.raw`(?<![\p{L}\p{N}.])(${Object.keys(TITLES).join('|')})(\.?)(?=\s+[A-Z\uE000-\uF8FF])`, 'gu'), (g) => {
      if (!g[2] && NEEDS_STOP.has(g[1]!)) return null;
      return TITLES[g[1]!]!;
    });
    out = rewrite(out, new RegExp(String.raw`(?<=[A-Z][\p{L}'-]*\.?,?\s+)(${Object.keys(AFTER_NAME).join('|')})(\.?)(?![\p{L}\p{N}])`, 'gu'), (g, where) =>
      AFTER_NAME[g[1]!]! + (g[2] && endsSentence(where.after) ? '.' : ''),
    );
    return out.replace(/\bvs\b\.?/g, 'versus');
  },
};

const dottedInitialisms: Rule = {
  name: 'dotted initialisms',
  engines: ['flite'],
  apply: (text) =>
    rewrite(text, /(?<![\p{L}\p{N}.])((?:[A-Z]\.)+[A-Z])(\.?)(?![\p{L}\p{N}])/gu, (g, where) =>
      spell(g[1]!) + (g[2] && endsSentence(where.after) ? '.' : ''),
    ),
};

// Capitals Flite reads as words, rightly: acronyms said as words, and everyday words in capitals.
const SAID_AS_WORDS = new Set(
  ('NATO NASA OPEC FIFA UEFA AIDS SARS MERS ISIS SWAT CERN NOAA FEMA ICE PIN GIF JPEG LEGO IKEA ' +
    'I A OK NO NOT YES NEW ALL AND THE FOR BUT OUR YOU WE MY OF TO IN ON IS AT BY OR GO SO DO UP AN AS BE HE ME ' +
    'SHE HIS HER WHO WHY HOW WAS ARE HAS HAD CAN WILL BIG TOP LIVE NOW WAR').split(' '),
);
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
// "US" in ordinary text is the country; "WHO" is the World Health Organization unless the text shouts.
const ALWAYS_SPELLED = new Set(['US', 'WHO']);
const initialisms: Rule = {
  name: 'initialisms',
  engines: ['flite'],
  apply: (text, ctx) => {
    if (ctx.shouting) return text;
    return rewrite(text, /(?<![\p{L}\p{N}'])([A-Z]{2,4})(s|'s)?(?![\p{L}\p{N}])/gu, (g) => {
      const letters = g[1]!;
      if (ROMAN.test(letters)) return null;
      if (SAID_AS_WORDS.has(letters) && !ALWAYS_SPELLED.has(letters)) return null;
      return spell(letters) + (g[2] ? "'s" : '');
    });
  },
};


// Letters Flite cannot read (it reads UTF-8 bytes as noise): fold to ASCII where a spelling exists.
const FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', ð: 'd', ı: 'i',
  '½': ' one half', '¼': ' one quarter', '¾': ' three quarters', '°': ' degrees', '$': ' dollars', '£': ' pounds', '€': ' euros', '¥': ' yen', '%': ' percent',
};
const ascii: Rule = {
  name: 'ASCII for Flite',
  engines: ['flite'],
  apply: (text) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[ßæÆœŒøØłŁđĐþÞðı½¼¾°$£€¥%]/g, (c) => FOLDS[c] ?? c)
      // Other symbols (emoji, ©, ™) are not words: a space keeps the words around them apart.
      .replace(/[^\x00-\x7F\p{L}\p{N}\p{Co}]/gu, ' ')
      .normalize('NFC'),
};

/** In order: later rules see the output of earlier ones. */
export const ENGLISH_RULES: readonly Rule[] = [
  foldPunctuation,
  isoDates,
  signs,
  currency,
  bareMagnitudes,
  ranges,
  units,
  percent,
  times,
  dates,
  decades,
  ordinals,
  fractions,
  numberSign,
  ampersand,
  titles,
  dottedInitialisms,
  initialisms,
  numbers,
  ascii,
];

function isShouting(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitals = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  return capitals / words.length >= 0.6;
}

export function applyEnglishRules(text: string, engine: EngineName): string {
  const ctx: Context = { engine, shouting: isShouting(text), sports: SPORTS.test(text) };
  return ENGLISH_RULES.filter((rule) => rule.engines.includes(engine)).reduce((out, rule) => rule.apply(out, ctx), text);
}
