// Sentence boundaries good enough for attribution: a full stop after "Mr", "U.S." or "Nov." does
// not end a sentence; a closing quote or bracket after the stop belongs to the sentence it closes.
//
// Linear in the length of the text: one regex pass, and each candidate stop looks back at most one
// word (never at the whole text before it), so a 300k-character paragraph splits in milliseconds.
// Callers that ask "where does the sentence around this offset start" use `sentenceIndex`, which
// answers by binary search over the ends computed once.

/**
 * German offices cut short with a stop before a name, alone or closing a compound ("Bürgermeister-Stv.
 * Anna Roth", "Vors. Jan Roth"): no sentence ends there, and the name after them speaks (name-runs.ts,
 * speakers.ts).
 */
export const OFFICE_ABBREVIATIONS = ['stv', 'vors', 'abg', 'bgm', 'bgmin', 'präs', 'sekr', 'dir', 'kdt', 'insp'];

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr prof gen sen rep gov lt col capt sgt maj adm cmdr mt no nos vs etc inc ltd corp co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig rev hon pres supt insp det ave blvd ' +
    'e.g i.e a.m p.m u.s u.k u.n e.u d.c u.s.a ' +
    // German: "Dr.", "z. B.", "bzw.", "Nr.", "ca."; French: "M.", "Mme", "av. J.-C.", "p. ex."
    'bzw ca nr str vgl usw inkl evtl ggf hr fr dipl ing abs art bd mme mlle mm me st-e av env cf ex p éd vol ' +
    `${OFFICE_ABBREVIATIONS.join(' ')} ` +
    // Spanish and Italian: "Sr.", "Sra.", "Ud.", "pág.", "dott.", "sig.", "ecc."
    'sra srta ud uds pág dott sig ecc'
  ).split(' '),
);

/** How far back a stop looks for the word it ends: longer words are not abbreviations anyway. */
const LOOKBACK = 40;

/** Offsets just past each sentence end in `text` (after the stop and any closing quotes/brackets). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  // French sets its guillemets off with a (no-break) space, inside and out: "… votera. » Il …"
  // closes on a spaced » (one not glued to a letter, which would open German »…«), and
  // "… Inter. « Le …" opens the next sentence with a spaced «.
  const re = /[.!?…]+(?:[ \u00a0\u202f]»(?![\p{L}\p{N}]))?[”’"'»“«›)\]]*(?=\s+[“"‘'«„»(\[]?[\u00a0\u202f ]?[\p{Lu}\p{N}]|\s*$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const stop = m[0];
    if ((stop.startsWith('.') && stop.length === 1) || /^\.[”’"'»“«›)\]]/.test(stop)) {
      const before = text.slice(Math.max(0, m.index - LOOKBACK), m.index);
      const word = /([\p{L}.-]+)$/u.exec(before)?.[1] ?? '';
      const bare = word.toLowerCase().replace(/\.$/, '');
      // "U.S." and initials ("J.") are abbreviations; so are the words in the list.
      if (ABBREVIATIONS.has(bare) || ABBREVIATIONS.has(bare.split('-').pop()!) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
      // An ordinal date in German ("am 3. Oktober") is a number with a stop, not a sentence end.
      if (/(?:^|\s)\d{1,2}$/.test(before) && /^\.\s+(?:Jan|Feb|März|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/u.test(text.slice(m.index, m.index + 12))) continue;
      // Nor is an ordinal after a comma, an article or a fused preposition ("Ralf Boortz, 1.
      // Vorsitzender des VfR", "in der 3. Liga", "zum 2. Mal"): no sentence ends on those words.
      if (/(?:,|(?:^|\s)(?:der|die|das|dem|den|des|zum|zur|im|am|beim|vom|ins))\s+\d{1,2}$/iu.test(before)) continue;
    }
    ends.push(m.index + stop.length);
  }
  return ends;
}

/** Sentence ends of one text, computed once, with the start of the sentence around any offset. */
export interface SentenceIndex {
  ends: number[];
  /** Start offset of the sentence containing `offset`. */
  startOf(offset: number): number;
  /** The first sentence end after `offset`, or the text length. */
  endAfter(offset: number): number;
}

export function sentenceIndex(text: string): SentenceIndex {
  const ends = sentenceEnds(text);
  // Index of the first end > offset.
  const firstAfter = (offset: number): number => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    ends,
    startOf: (offset) => {
      const i = firstAfter(offset);
      return i === 0 ? 0 : ends[i - 1]!;
    },
    endAfter: (offset) => ends[firstAfter(offset)] ?? text.length,
  };
}

/** Start offset of the sentence containing `offset`. For many lookups in one text use `sentenceIndex`. */
export function sentenceStart(text: string, offset: number): number {
  return sentenceIndex(text).startOf(offset);
}

/** The sentences of `text`, trimmed; every character but the spaces between them is kept. */
export function splitSentences(text: string): string[] {
  const cuts = [0, ...sentenceEnds(text), text.length];
  return cuts
    .slice(1)
    .map((end, i) => text.slice(cuts[i], end).trim())
    .filter((sentence) => sentence !== '');
}
