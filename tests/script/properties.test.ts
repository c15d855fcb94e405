// Property tests: on random articles with random quotes, apostrophes and unbalanced marks, the
// front half never throws anything but an input error, and every paragraph word is spoken exactly
// once, in order, in a segment with a voice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/article/clean-text.ts';
import { parseText } from '../../src/article/parse-text.ts';
import { parseHtml } from '../../src/article/read-html.ts';
import { parseMarkdown } from '../../src/article/read-markdown.ts';
import { AppError } from '../../src/errors.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { planJson } from '../../src/script/plan.ts';
import { words } from '../helpers/script-pieces.ts';

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
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it('keeps every line of the input somewhere in the article (what is dropped is listed in dropped)', () => {
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
        // A line the boilerplate classifier drops is listed in `dropped` with its reason: nothing vanishes unseen.
        const kept = [a.headline, a.dek, ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs]), a.byline, a.dateline, ...a.credits, ...(a.dropped ?? []).map((d) => d.text)].filter(Boolean).join(' ');
        // Each line as cleanText reads it: two single marks standing for one double mark ("’’") become that mark.
        for (const p of paragraphs) {
          if (/[\p{L}\p{N}]/u.test(p)) expect(kept).toContain(cleanText(p).trim().replace(/^By\s+/, ''));
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

  // The Markdown and HTML readers meet hostile text too: whatever they get, they return an article
  // whose words all reach the script, or throw an input error, never a TypeError from deep inside.
  const spokenWords = (script: ReturnType<typeof buildScript>) => {
    const a = script.article;
    return { expected: [a.headline, a.dek ?? '', ...a.sections.flatMap((s) => s.paragraphs)].flatMap(words), got: script.chapters.flatMap((c) => c.segments).flatMap((s) => words(s.text)) };
  };
  const markupish = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('<p>', '</p>', '<h1>', '</h1>', '<script>', '<!--', '&amp;', '&#x26;', '# ', '> ', '**', '[a](b)', '---\n', '```', '\n\n', '<article>', '<br>', '&nbsp;', '\u200b')), { maxLength: 40 }).map((parts) => parts.join('')),
  );

  it.each([
    ['parseMarkdown', (text: string) => parseMarkdown(text, 'p.md')],
    ['parseHtml', (text: string) => parseHtml(text, 'p.html')],
  ])('%s survives arbitrary unicode and markup fragments, losing no word between article and script', (_name, parse) => {
    fc.assert(
      fc.property(markupish, (text) => {
        let script;
        try {
          script = buildScript(parse(text), { config: DEFAULT_CONFIG, engine: 'flite' });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        const { expected, got } = spokenWords(script);
        expect(got).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every paragraph word of generated Markdown and HTML articles, in order', () => {
    let parsed = 0;
    const story = fc.tuple(fc.array(paragraph, { minLength: 2, maxLength: 6 }), fc.constantFrom('md', 'html'));
    const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // Markdown syntax characters are not article text: keep the generated paragraphs free of them.
    const clean = (p: string) => p.replace(/[*_`[\]<>\\#]/g, '').replace(/^[>+\-\d]/, 'x$&');
    fc.assert(
      fc.property(story, ([paragraphs, kind]) => {
        const headline = 'Council Approves the New Bridge';
        const text =
          kind === 'md'
            ? [`# ${headline}`, ...paragraphs.map(clean)].join('\n\n')
            : `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${escapeHtml(clean(p))}</p>`).join('')}</article></body></html>`;
        let script;
        try {
          script = buildScript(kind === 'md' ? parseMarkdown(text, 'p.md') : parseHtml(text, 'p.html'), { config: DEFAULT_CONFIG, engine: 'edge' });
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        // Against the input itself, not the parsed article: nothing a reader drops goes unnoticed.
        const { got } = spokenWords(script);
        expect(got).toEqual([headline, ...paragraphs.map(clean)].flatMap(words));
        expect(script.title).toBe(headline);
        parsed++;
      }),
      { numRuns: 150 },
    );
    expect(parsed).toBeGreaterThan(140); // real articles: the property is checked, not skipped by errors
  });
});
