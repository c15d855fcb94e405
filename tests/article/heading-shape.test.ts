// A lead-in and its quotation on one short line is someone's words, never an (unspoken) heading.
import { describe, expect, it } from 'vitest';
import { looksLikeHeading } from '../../src/article/heading-shape.ts';
import { parseText } from '../../src/article/parse-text.ts';

describe('a short line with a lead-in and a quotation', () => {
  it('is no heading when a verb opens the colon', () => {
    expect(looksLikeHeading('A reporter asked: “Will you resign?”')).toBe(false);
    expect(looksLikeHeading('Sie fragte: „Warum jetzt?“')).toBe(false);
    expect(looksLikeHeading('Une élue a lancé : « Pourquoi pas ? »')).toBe(false);
  });
  it('may be one when a name labels the quotation', () => {
    expect(looksLikeHeading('Roe: „Wir bleiben“')).toBe(true);
    expect(looksLikeHeading('Stimmen vom Samstag: „Ein gutes Spiel“')).toBe(true);
  });
  it('stays in the story, spoken', () => {
    const article = parseText(['Premier faces questions', 'Premier Jo Roe met reporters in Perth on Tuesday to talk about the budget.', 'A reporter asked: "Will you resign?"', '"No," the premier replied.'].join('\n\n'), 'x.txt');
    expect(article.sections.map((s) => s.heading)).toEqual([null]);
    expect(article.sections[0]!.paragraphs).toContain('A reporter asked: "Will you resign?"');
  });
});
