import { DEFAULT_CONFIG, type Config } from '../../src/config.ts';
import { findQuoteSpans } from '../../src/script/quotes.ts';
import { segmentParagraph } from '../../src/script/segment.ts';
import { resolveSpeakers } from '../../src/script/attribute.ts';

/** Paragraphs segmented and their speakers resolved, as the script builder does. */
export function resolved(paragraphs: string[], config: Config = DEFAULT_CONFIG) {
  const spans = findQuoteSpans(paragraphs);
  return resolveSpeakers(paragraphs.map((p, i) => segmentParagraph(p, spans[i]!, config.quoteMinWords)));
}

/** The speaker of every quote of the paragraphs, in order, for an article in `language` under `headline`. */
export function quoteSpeakers(paragraphs: string[], language: string, headline?: string): (string | null)[] {
  const spans = findQuoteSpans(paragraphs);
  const segmented = paragraphs.map((p, i) => segmentParagraph(p, spans[i]!, DEFAULT_CONFIG.quoteMinWords));
  return resolveSpeakers(segmented, language, headline)
    .flat()
    .filter((p) => p.role === 'quote')
    .map((p) => p.speaker);
}

/** Pieces of paragraphs as [role, text, speaker] triples: the shape the rule tables compare. */
export function pieces(paragraphs: string[], config: Config = DEFAULT_CONFIG): [string, string, string | null][][] {
  return resolved(paragraphs, config).map((ps) => ps.map((p) => [p.role, p.text, p.role === 'quote' ? p.speaker : null]));
}

/** Words with quote marks removed, for "nothing lost, nothing doubled, in order" checks. */
/**
 * The spoken words of a text: quotation marks dropped (segments may leave them out) and punctuation
 * at a word's edges ignored, since "committees’!" may legitimately split into a quote ("the
 * committees") and the narration after it ("! the").
 */
export function words(text: string): string[] {
  return text
    .replace(/[“”„‟"«»‘’'‹›]/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}
