// Text processing is near-linear (one long paragraph used to be cubic: the sentence splitter rescanned
// the text before every stop, and was called again for every quote), and no segment handed to an
// engine is unbounded. No timing is asserted: a quadratic splitter would simply not finish here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { sentenceEnds, sentenceIndex } from '../../src/script/sentences.ts';
import { MAX_SEGMENT_CHARS, splitLong } from '../../src/script/split-long.ts';
import { words } from '../helpers/script-pieces.ts';

const sample = readFileSync(new URL('../../input/zelenskyy-north-korea.txt', import.meta.url), 'utf8');

/** The sample's paragraphs joined with spaces into one paragraph of about `chars` characters. */
function oneParagraph(chars: number): string {
  const paragraphs = sample.split(/\n\s*\n/).slice(1).join(' ');
  let out = '';
  while (out.length < chars) out += `${paragraphs} `;
  return out.slice(0, out.lastIndexOf(' ', chars)).trim();
}

describe('one long paragraph', () => {
  const paragraph = oneParagraph(300_000);

  it('splits a 300k-character paragraph into sentences, looking back a bounded distance per stop', () => {
    const ends = sentenceEnds(paragraph);
    expect(ends.length).toBeGreaterThan(1000);
    // Every end is a real stop and ends strictly increase: one pass, in order.
    for (let i = 1; i < ends.length; i++) expect(ends[i]!).toBeGreaterThan(ends[i - 1]!);
    const index = sentenceIndex(paragraph);
    expect(index.startOf(ends[500]! + 3)).toBe(ends[500]);
    expect(index.endAfter(ends[500]!)).toBe(ends[501]);
  });

  it('builds the script of a 300k-character single-paragraph article, losing no word', () => {
    const article = parseText(`A Long Single Paragraph\n\n${paragraph}`, 'long.txt');
    const script = buildScript(article, { config: DEFAULT_CONFIG, engine: 'flite' });
    const segments = script.chapters.flatMap((c) => c.segments).slice(1);
    expect(segments.every((s) => s.text.length <= MAX_SEGMENT_CHARS)).toBe(true);
    expect(segments.some((s) => s.role === 'quote')).toBe(true);
    expect(segments.flatMap((s) => words(s.text))).toEqual(article.sections.flatMap((s) => s.paragraphs).flatMap(words));
  });
});

describe('splitLong', () => {
  it('cuts 299k characters of words with no sentence end into bounded segments, never losing a word', () => {
    const vocabulary = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
    const text = Array.from({ length: 45_000 }, (_, i) => vocabulary[i % vocabulary.length]).join(' ').slice(0, 299_000);
    const chunks = splitLong(text);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(text.length / MAX_SEGMENT_CHARS));
    expect(chunks.every((c) => c.length <= MAX_SEGMENT_CHARS && c.length > 0)).toBe(true);
    expect(chunks.join(' ')).toBe(text.trim());
  });

  it('prefers sentence ends, then clause boundaries', () => {
    const sentence = `Word ${'word '.repeat(149).trim()}.`;
    const text = `${sentence} ${sentence}`;
    expect(splitLong(text, 800)).toEqual([sentence, sentence]);
    const clauses = `${'word '.repeat(100).trim()}, ${'more '.repeat(100).trim()}`;
    expect(splitLong(clauses, 600)).toEqual([`${'word '.repeat(100).trim()},`, 'more '.repeat(100).trim()]);
  });

  it('leaves text within the bound alone', () => {
    expect(splitLong('  A short sentence.  ')).toEqual(['A short sentence.']);
    expect(splitLong('   ')).toEqual([]);
  });
});
