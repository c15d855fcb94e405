// Blocks: the common shape of Markdown and HTML bodies, and the one set of rules that turns them into
// an Article, so both formats agree on bylines, deks, credits and junk lines.
import { inputError } from '../errors.ts';
import type { Article, Section } from '../model.ts';
import { cleanText } from './clean-text.ts';
import { bylineOf, dateOf, isCaption, isCredit, isDateOnly, isDateStub, isEndMarker, isFurniture, isNameOnly, wireDatelineLength } from './junk.ts';

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | {
      kind: 'paragraph';
      text: string;
      /** From a `<blockquote>` / `> ` block: spoken as a quote. */
      quote?: boolean;
      /** Who said the quote (a blockquote's <cite>/<footer>): read after the closing quotation mark. */
      attribution?: string;
      /** The whole paragraph is italic/bold (a Markdown standfirst looks like this). */
      emphasized?: boolean;
    };

export interface ArticleHints {
  source: string;
  headline: string;
  dek?: string | null;
  byline?: string | null;
  dateline?: string | null;
}

/** One line of text: invisible characters removed, all whitespace (newlines too) collapsed. */
export function normalizeText(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

export const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
export const sameText = (a: string, b: string): boolean => comparable(a) === comparable(b);
export const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Double quotes in either direction, straight or curly, including the low-9 and guillemets. */
const OPENING = /^["“„«]/;
const CLOSING = /["”“»][\s.,;:!?)]*$/;

/**
 * A quotation as the segmenter expects it: wrapped in “…”. Text that already opens and closes with
 * quotation marks is left alone. Quotation marks inside become single ones (‘…’), the typographic
 * rule for a quote within a quote, so the segmenter does not end the quote early.
 */
export function asQuote(text: string): string {
  const t = text.trim();
  if (t === '' || (OPENING.test(t) && CLOSING.test(t))) return t;
  const inner = t
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’');
  return `“${inner}”`;
}

/** "By Jane Doe | Nov. 1, 2024" or "By Jane Doe" or "Jane Doe · 5 min read": the byline and the date in it. */
function headerLine(text: string): { byline: string | null; date: string | null } | null {
  const parts = text.split(/\s+[|·•—–]\s+/);
  let byline: string | null = null;
  let date: string | null = null;
  for (const part of parts) {
    const by = bylineOf(part);
    if (by !== null && byline === null) byline = by;
    else if (isDateOnly(part) || isDateStub(part)) date ??= dateOf(part);
    else if (!isFurniture(part)) return null;
  }
  return byline !== null || date !== null ? { byline, date } : null;
}

/**
 * Turns blocks (everything after the headline) into an Article. The header (lines before the first
 * story paragraph) gives the byline, the date and the dek; in the body, headings of level 1-3 start
 * sections, level 4-6 headings are read as short paragraphs, closing credits are collected, and page
 * furniture and captions are dropped. Throws when no story text is left.
 */
export function articleFromBlocks(blocks: Block[], hints: ArticleHints): Article {
  const headline = normalizeText(hints.headline);
  if (headline === '') throw inputError(`${hints.source} has no headline.`, 'Start the article with its headline.');
  let dek = hints.dek ? normalizeText(hints.dek) || null : null;
  let byline = hints.byline ? normalizeText(hints.byline).replace(/^by[:\s]+/i, '') || null : null;
  let dateline = hints.dateline ? normalizeText(hints.dateline) || null : null;
  const credits: string[] = [];
  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  const items = blocks.map((b) => ({ ...b, text: normalizeText(b.text) })).filter((b) => b.text !== '');

  let inHeader = true;
  let firstBody = true;
  for (let i = 0; i < items.length; i++) {
    const block = items[i]!;
    const text = block.text;
    if (inHeader && block.kind === 'paragraph' && !block.quote) {
      const line = headerLine(text);
      if (line) {
        byline ??= line.byline;
        dateline ??= line.date;
        continue;
      }
      if (sameText(text, headline) || (dek !== null && sameText(text, dek))) continue;
      if (byline !== null && sameText(text, byline) && isNameOnly(text)) continue;
      if (isFurniture(text) || isCaption(text)) continue;
      if (dek === null && looksLikeDek(block, items[i + 1])) {
        dek = text;
        continue;
      }
    }
    if (block.kind === 'heading' && block.level <= 3) {
      inHeader = false;
      if (sameText(text, headline)) continue;
      sections.push({ heading: text, paragraphs: [] });
      continue;
    }
    inHeader = false;
    if (isEndMarker(text)) break;
    if (isCredit(text)) {
      credits.push(text);
      continue;
    }
    if (isFurniture(text) || isCaption(text) || isDateStub(text) || isDateOnly(text)) continue;
    if (dek !== null && sameText(text, dek)) continue;
    const isQuote = block.kind === 'paragraph' && block.quote === true;
    if (!isQuote && block.kind === 'paragraph') {
      const by = bylineOf(text);
      if (by !== null) {
        byline ??= by;
        continue;
      }
    }
    let spoken = text;
    if (firstBody && !isQuote) {
      // Agency copy opens with "KYIV, Nov 1 (Reuters) - ": the credit in it is not spoken.
      const n = wireDatelineLength(spoken);
      if (n > 0 && n < spoken.length) {
        dateline ??= spoken.slice(0, n).replace(/\s*(?:-{1,2}|–|—)\s*$/, '').trim();
        spoken = spoken.slice(n).trim();
      }
    }
    firstBody = false;
    const attribution = block.kind === 'paragraph' && block.attribution ? ` ${normalizeText(block.attribution)}` : '';
    sections.at(-1)!.paragraphs.push(isQuote ? asQuote(spoken) + attribution : spoken);
  }

  const kept = sections.filter((s) => s.paragraphs.length > 0);
  if (kept.length === 0) {
    throw inputError(`${hints.source} has a headline but no body.`, 'Check that the file holds the whole article, not only its title.', undefined, 'input.no-body');
  }
  return { source: hints.source, headline, dek, byline, dateline, sections: kept, credits };
}

/**
 * A standfirst sits between the headline and the story. Italic/bold paragraphs of up to 60 words are
 * deks (that is how Markdown writes them); a plain paragraph is one only when a byline or date line
 * follows it, the classic header layout, since a plain first paragraph is usually the story's lead.
 */
function looksLikeDek(block: Block, next: Block | undefined): boolean {
  if (block.kind !== 'paragraph' || block.quote) return false;
  const n = words(block.text);
  // A paragraph ending on a colon announces the next one (a statement's "… a déclaré :"): story, not standfirst.
  if (n < 3 || n > 60 || OPENING.test(block.text) || wireDatelineLength(block.text) > 0 || /:\s*$/.test(block.text)) return false;
  if (block.emphasized) return true;
  return n <= 50 && next !== undefined && next.kind === 'paragraph' && headerLine(next.text) !== null;
}

