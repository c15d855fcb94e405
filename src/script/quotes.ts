// Finding quotation spans in the paragraphs of an article.
//
// Double quotes (curly “ ” „ or straight ") are the quotation marks of news copy; single quotes
// inside them are nested quotes and stay inside. Single quotes are read as quotation marks only
// when an article has no double quotes at all (some British copy, German copy with ‚…‘), and then only when they open
// at the start of a word and close after punctuation or at the end of a clause, so that
// apostrophes (he's, committees’, ’90s) never open or close a quote. A double quote opening inside
// an open quote is nested (German copy writes „… „Konzept“ …“ or „… "Dialog" …“) when the marks
// after it close both before the paragraph ends; otherwise the first quote was left open.
//
// A quote that is still open at the end of a paragraph continues when the next paragraph opens
// with a quote mark (the multi-paragraph convention), or when the next paragraph's first mark
// closes a quote (the opening mark of a continuing paragraph left out), or when the next paragraphs
// have no marks at all and the first one after them that has marks closes the quote (German
// releases quoting paragraphs between one „ and one “); otherwise the article is unbalanced (for
// example truncated) and the quote runs to the end of its paragraph. No text is ever dropped:
// spans only say where quotes are.

import { FRENCH_VERBS } from './attribution-words.ts';

export interface QuoteSpan {
  /** Offset of the opening mark (or 0 when the paragraph continues a quote without a mark). */
  start: number;
  /** Offset just past the closing mark, or the paragraph length when the quote runs on. */
  end: number;
  /** Whether a closing mark was found in this paragraph. */
  closed: boolean;
  /** The quote continues into the next paragraph. */
  continues: boolean;
  /** The quote continues one from the previous paragraph. */
  continued: boolean;
}

type MarkType = 'open' | 'close' | 'either';

interface Mark {
  index: number;
  type: MarkType;
}

const DOUBLE = /[“”„‟"«»]/g;
const SINGLE = /[‚‘’'‹›]/g;
const SPACE_OR_EDGE = /^[\s([{\u2014\u2013/-]?$/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function doubleMark(text: string, index: number): MarkType | null {
  const ch = text[index]!;
  const prev = text[index - 1];
  const next = text[index + 1];
  // A straight mark inside a word (5"4, ¹"一) is an inch sign or a typo, not a quotation mark.
  if (ch === '"' && isWordChar(prev) && isWordChar(next)) return null;
  const openContext = prev === undefined || /[\s([{\u2014\u2013/-]/.test(prev);
  const closeContext = next === undefined || /[\s.,;:!?)\]}\u2014\u2013-]/.test(next);
  // A « with nothing but a comma or a stop after it (past spaces) closes: agency copy that reverses
  // the guillemets (" »Nous terminons … « , a ajouté X."); an opening mark has words after it.
  if (ch === '«' && /^[\s\u00a0\u202f]*(?:[,.;:!?]|$)/u.test(text.slice(index + 1))) return 'close';
  if (ch === '“' || ch === '„' || ch === '‟' || ch === '«') {
    // A “ glued to the end of a word and followed by a space is a mistyped closing mark; after a
    // colon it opens ("a déclaré :« Il est …", the space left out): no quote closes on a colon.
    return !openContext && prev !== ':' && closeContext ? 'close' : 'open';
  }
  if (ch === '”' || ch === '»') {
    return openContext && !closeContext ? 'open' : 'close';
  }
  if (openContext && !closeContext) return 'open';
  if (!openContext && closeContext) return 'close';
  return 'either';
}

function singleMark(text: string, index: number): MarkType | null {
  const prev = text[index - 1];
  const next = text[index + 1];
  // German single quotes ‚…‘: the low mark only ever opens, and the ‘ after a word closes even
  // before a space ("‚alles getan‘ und"; English closes with ’, so its ‘ never follows a word).
  if (text[index] === '‚') return isWordChar(next) || /[„“"]/.test(next ?? '') ? 'open' : null;
  if (text[index] === '‘' && (isWordChar(prev) || /[.,!?…]/.test(prev ?? '')) && (next === undefined || /[\s.,;:!?)]/.test(next))) return 'close';
  // Inside a word: an apostrophe (don’t, Zelenskyy’s).
  if (isWordChar(prev) && isWordChar(next)) return null;
  const openContext = prev === undefined || /[\s([{\u2014\u2013"“]/.test(prev);
  if (openContext && isWordChar(next)) {
    // Elisions that start with an apostrophe: ’90s, ’em, ’tis, ’n’, 'cause.
    if (/^['’](?:\d0s|em\b|tis\b|twas\b|n\b|cause\b|til\b|bout\b)/i.test(text.slice(index))) return null;
    return 'open';
  }
  // A closing single quote must follow punctuation ('…now,' she said) or end a clause ('no'. / 'no',):
  // a plural possessive (committees’ report) does neither.
  if (/[.,!?…]/.test(prev ?? '') || (isWordChar(prev) && (next === undefined || /[.,;:!?)]/.test(next)))) return 'close';
  // Before a space, after a word that does not end in s, x or z: no possessive ends so (the plural
  // and the classical possessive apostrophe follow those letters: "committees’ report", "Marx’
  // work"), so it closes a quote the narrator's sentence goes on after ("under ‘constant
  // surveillance and intimidation’ since the arrest").
  if (text[index] === '’' && isWordChar(prev) && !/[sxzß]/i.test(prev ?? '') && /\s/.test(next ?? '')) return 'close';
  return null;
}

/** Whether an article uses single quotes as its quotation marks (no double quotes anywhere). */
export function usesSingleQuotes(paragraphs: string[]): boolean {
  return !paragraphs.some((p) => /[“”„‟"«»]/.test(p)) && paragraphs.some((p) => /(?:^|\s)[‘'‚][\p{L}\p{N}]/u.test(p));
}

function marksOf(text: string, single: boolean): Mark[] {
  const marks: Mark[] = [];
  const re = new RegExp((single ? SINGLE : DOUBLE).source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const type = single ? singleMark(text, m.index) : doubleMark(text, m.index);
    if (type) marks.push({ index: m.index, type });
  }
  return marks;
}

/**
 * Whether the marks from `k` on (an opening mark inside an open quote) close it and the quote
 * around it before the paragraph ends: then it is nested, not a sign the first was left open.
 */
function closesNested(text: string, marks: Mark[], k: number): boolean {
  let depth = 2;
  for (let i = k + 1; i < marks.length; i++) {
    const m = marks[i]!;
    depth += m.type === 'open' && SPACE_OR_EDGE.test(text[m.index - 1] ?? '') ? 1 : -1;
    if (depth === 0) return true;
  }
  return false;
}

/**
 * A word or two quoted inside a quotation that runs on into the next paragraph ('"… gehört kein
 * "oder". Da bin ich …' / '… Gebieten."'): the marks after the inner one close it within three
 * words, no mark follows in the paragraph, and the next paragraph closes the outer quotation. The
 * outer quotation then never closes in this paragraph, so `closesNested` cannot see it.
 */
function shortNestedRunningOn(text: string, marks: Mark[], k: number, paragraphs: string[], p: number, single: boolean): boolean {
  const close = marks[k + 1];
  if (!close || close.type === 'open' || k + 2 !== marks.length) return false;
  const inner = text.slice(marks[k]!.index + 1, close.index);
  if (/[.!?]/.test(inner) || inner.trim().split(/\s+/).length > 3) return false;
  return continuesAt(paragraphs, p + 1, single);
}

/**
 * Whether a paragraph continues a quote left open at the end of the one before: it opens with a
 * quotation mark (the convention), or its first mark closes a quote it never opened (the writer
 * left the opening mark of the last paragraph out: `“We have a bid.` / `I look forward to it.”`).
 */
/** French repeats the closing guillemet, spaced, at the start of each paragraph a quotation runs on into. */
const FRENCH_REPEAT = /^»[\s\u00a0\u202f]/u;

/**
 * The marks of a paragraph inside a quotation that runs through it, less the short quotes nested in
 * it (`… une opération “police-gendarmerie” sera …`): an opening followed by a close within three
 * words, no stop between. What is left says whether the running quotation closes there.
 */
function outerMarks(text: string, single: boolean): Mark[] {
  const marks = marksOf(text, single);
  const out: Mark[] = [];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const close = marks[k + 1];
    const inner = close ? text.slice(m.index + 1, close.index) : '';
    // (Not a mark opening the paragraph, the running quotation's own, nor words that end on a comma: `"Three ends it," Doe said.`)
    const nested = m.index > 0 && m.type !== 'close' && close !== undefined && close.type !== 'open' && !/[.!?,;:]/.test(inner) && inner.trim().split(/\s+/).length <= 3;
    if (nested) k++;
    else out.push(m);
  }
  return out;
}

function continuesQuote(text: string, single: boolean): boolean {
  if (!single && FRENCH_REPEAT.test(text)) return true;
  const first = outerMarks(text, single)[0];
  if (first === undefined) return false;
  if (first.index === 0 && first.type !== 'close') return true;
  return first.type === 'close' && first.index > 0;
}

/** How many paragraphs without any quotation mark a quotation may run through before it closes. */
const MARKLESS_RUN = 4;

/**
 * Whether the quote left open at the end of paragraph `p - 1` runs on into paragraph `p`. Besides
 * the two conventions above, German press releases often quote several paragraphs with only the
 * first opening mark and the last closing one („A … / B … / C …“, sagte X): paragraphs without any
 * mark continue the quotation when, within a few paragraphs, the next one that has marks begins by
 * closing it. A paragraph whose first mark opens a new quotation means the earlier one was left open.
 */
function continuesAt(paragraphs: string[], p: number, single: boolean): boolean {
  const next = paragraphs[p];
  if (next === undefined) return false;
  // (A paragraph whose only marks are a short quote nested in the running one counts as markless.)
  if (outerMarks(next, single).length > 0 || (!single && FRENCH_REPEAT.test(next))) return continuesQuote(next, single);
  for (let i = p + 1; i < paragraphs.length && i <= p + MARKLESS_RUN; i++) {
    const first = outerMarks(paragraphs[i]!, single)[0];
    if (first === undefined) continue;
    return first.type === 'close' && first.index > 0;
  }
  return false;
}

const LOST_MARKS = new RegExp(`^(\\p{Lu}[^«»“”"„]{15,}?\\S) ,\\s+(?:${FRENCH_VERBS})(?![\\p{L}])`, 'u');

/** Quote spans of every paragraph, in order. Paragraphs are the ones of one article, in reading order. */
export function findQuoteSpans(paragraphs: string[], options: { single?: boolean } = {}): QuoteSpan[][] {
  const single = options.single ?? usesSingleQuotes(paragraphs);
  const out: QuoteSpan[][] = [];
  let carried = false;
  paragraphs.forEach((text, p) => {
    const spans: QuoteSpan[] = [];
    let open: number | null = null;
    let continued = false;
    const marks = marksOf(text, single);
    // "» Nous serons vigilants », a poursuivi l'élue.": the repeated mark opens nothing and closes nothing.
    if (carried && !single && FRENCH_REPEAT.test(text) && marks[0]?.index === 0) marks.shift();
    // A paragraph continuing a quote opens with a mark (the convention); if a writer left the mark
    // out, the text up to the first closing mark still belongs to the quote.
    if (carried && !(marks[0]?.index === 0 && marks[0].type !== 'close')) {
      open = 0;
      continued = true;
    }
    let depth = 0;
    marks.forEach((mark, k) => {
      if (depth > 0) {
        if (mark.type === 'open' && SPACE_OR_EDGE.test(text[mark.index - 1] ?? '')) depth++;
        else depth--;
        return;
      }
      if (open === null) {
        if (mark.type !== 'close') {
          open = mark.index;
          continued = carried && mark.index === 0;
        }
        // A closing mark with nothing open is a stray mark: it stays in the text.
        return;
      }
      if (mark.type === 'open' && SPACE_OR_EDGE.test(text[mark.index - 1] ?? '') && mark.index > open) {
        // A quotation inside the quote („… „Konzept“ …“, “… "no" …”) when the marks after it
        // close both; otherwise the earlier quote was never closed.
        if (closesNested(text, marks, k) || shortNestedRunningOn(text, marks, k, paragraphs, p, single)) {
          depth = 1;
          return;
        }
        spans.push({ start: open, end: mark.index, closed: false, continues: false, continued });
        open = mark.index;
        continued = false;
        return;
      }
      spans.push({ start: open, end: mark.index + 1, closed: true, continues: false, continued });
      open = null;
      continued = false;
    });
    // "Nous préférons nous voir en personne , affirme le maire X.": a paragraph without any mark
    // whose comma stands after a space, then a verb of saying, lost its guillemets (the space French
    // sets inside them stayed); the words before the comma are the quotation.
    const lost = !carried && marks.length === 0 ? LOST_MARKS.exec(text) : null;
    if (lost && lost[1]!.split(/\s+/).length >= 5) spans.push({ start: 0, end: lost[1]!.length, closed: true, continues: false, continued: false });
    carried = false;
    if (open !== null) {
      const continues = continuesAt(paragraphs, p + 1, single);
      spans.push({ start: open, end: text.length, closed: false, continues, continued });
      carried = continues;
    }
    out.push(spans);
  });
  return out;
}
