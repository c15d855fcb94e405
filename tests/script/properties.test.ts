// Property tests: on random articles with random quotes, apostrophes and unbalanced marks, the
// front half never throws anything but an input error, and every paragraph word is spoken exactly
// once, in order, in a segment with a voice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { AppError } from '../../src/errors.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { planJson } from '../../src/script/plan.ts';
import { words } from './helpers.ts';

const WORDS = ['the', 'minister', 'Blinken', 'said', 'he', 'Zelenskyy’s', "don't", 'committees’', '’90s', 'U.S.', 'Mr', 'Durkan', 'war', 'Ukraine', 'act', 'now', 'and', '8,000', 'Nov.', 'according', 'to', 'saying', 'it’s', 'O’Brien'];
const MARKS = ['“', '”', '"', '‘', '’', "'", '„', '«', '»'];
const PUNCT = ['', '', '', ',', '.', ':', '?', '!', ';', '—'];

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...MARKS), fc.constantFrom(...WORDS)).map(([m, w]) => m + w) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.constantFrom(...MARKS)).map(([w, p, m]) => w + p + m) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)).map(([w, p]) => w + p) },
);
const paragraph = fc.array(token, { minLength: 1, maxLength: 30 }).map((ts) => ts.join(' '));
const quotedParagraph = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), fc.constantFrom('Blinken said.', 'he said.', 'said Mr Durkan.', ''), fc.boolean())
  .map(([ws, attribution, closed]) => `“${ws.join(' ')},${closed ? '”' : ''} ${attribution}`.trim());
const article = fc
  .tuple(
    fc.constantFrom('Headline About the War', 'Blinken’s ‘warning’ to Russia', '“Act now,” says minister'),
    fc.array(fc.oneof(paragraph, quotedParagraph, fc.constantFrom('Advertisement', 'China Must Step Up', '0:00', 'By Jane Doe')), { minLength: 1, maxLength: 10 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n'),
  )
  .map(([headline, paragraphs, sep]) => [headline, ...paragraphs].join(sep));

describe('article → script properties', () => {
  it('never throws except an input error, and never loses, duplicates or reorders a paragraph word', () => {
    fc.assert(
      fc.property(article, (text) => {
        let script;
        try {
          const parsed = parseText(text, 'p.txt');
          script = buildScript(parsed, { config: DEFAULT_CONFIG, engine: 'edge' });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        const a = script.article;
        const expected = [a.headline, a.dek ?? '', ...a.sections.flatMap((s) => s.paragraphs)].flatMap(words);
        const segments = script.chapters.flatMap((c) => c.segments);
        expect(segments.flatMap((s) => words(s.text))).toEqual(expected);
        for (const s of segments) {
          expect(s.text.trim()).not.toBe('');
          expect(s.voice).not.toBe('');
          if (s.role !== 'quote') expect(s.speaker).toBeNull();
        }
        expect(script.chapters.every((c) => c.title.trim() !== '' && !/^Chapter \d/.test(c.title))).toBe(true);
        expect(() => JSON.parse(planJson([script]))).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every non-junk line of the input somewhere in the article (only junk is dropped)', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 8 }), (paragraphs) => {
        const text = ['A Headline', ...paragraphs].join('\n\n');
        let a;
        try {
          a = parseText(text, 'p.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        const kept = [a.headline, a.dek, ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs]), a.byline, a.dateline, ...a.credits].filter(Boolean).join(' ');
        for (const p of paragraphs) {
          if (/[\p{L}\p{N}]/u.test(p)) expect(kept).toContain(p.trim().replace(/^By\s+/, ''));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('survives arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        try {
          const script = buildScript(parseText(text, 'p.txt'), { config: DEFAULT_CONFIG, engine: 'flite' });
          const a = script.article;
          const expected = [a.headline, a.dek ?? '', ...a.sections.flatMap((s) => s.paragraphs)].flatMap(words);
          expect(script.chapters.flatMap((c) => c.segments).flatMap((s) => words(s.text))).toEqual(expected);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
