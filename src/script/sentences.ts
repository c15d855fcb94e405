// Sentence boundaries good enough for attribution: a full stop after "Mr", "U.S." or "Nov." does
// not end a sentence; a closing quote or bracket after the stop belongs to the sentence it closes.

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st jr sr prof gen sen rep gov lt col capt sgt maj adm cmdr mt no nos vs etc inc ltd corp co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig rev hon pres supt insp det ave blvd ' +
    'e.g i.e a.m p.m u.s u.k u.n e.u d.c u.s.a'
  ).split(' '),
);

/** Offsets just past each sentence end in `text` (after the stop and any closing quotes/brackets). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.!?…]+[”’"'»)\]]*(?=\s+[“"‘'«(\[]?[\p{Lu}\p{N}]|\s*$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const stop = m[0];
    if (stop.startsWith('.') && stop.length === 1 || /^\.[”’"'»)\]]/.test(stop)) {
      const bare = word.toLowerCase().replace(/\.$/, '');
      // "U.S." and initials ("J.") are abbreviations; so are the words in the list.
      if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    ends.push(m.index + stop.length);
  }
  return ends;
}

/** Start offset of the sentence containing `offset`. */
export function sentenceStart(text: string, offset: number): number {
  let start = 0;
  for (const end of sentenceEnds(text)) {
    if (end <= offset) start = end;
    else break;
  }
  return start;
}

/** The sentences of `text`, trimmed; every character but the spaces between them is kept. */
export function splitSentences(text: string): string[] {
  const cuts = [0, ...sentenceEnds(text), text.length];
  return cuts
    .slice(1)
    .map((end, i) => text.slice(cuts[i], end).trim())
    .filter((sentence) => sentence !== '');
}
