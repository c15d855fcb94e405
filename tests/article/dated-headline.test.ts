// A feed aggregator prints each item's title, then the title again with its date glued on
// ("Richard W. Spinrad confirmed to lead NOAA June 17, 2021"): a repeat of the headline, not a
// second headline or the standfirst. And a run of skip links on one line is chrome.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

describe('the headline repeated with its date glued on', () => {
  it.each(['Storm season starts early on the coast June 17, 2021', 'Storm season starts early on the coast 17 June 2021'])('%j is dropped as the repeated headline', (line) => {
    const text = ['Storm season starts early on the coast', '', line, '', 'Forecasters said on Thursday that the first storm of the season had formed two weeks early over warm water.', ''].join('\n');
    const article = parseText(text, 'x.txt');
    expect(article.headline).toBe('Storm season starts early on the coast');
    expect(article.sections.flatMap((s) => s.paragraphs)).toEqual(['Forecasters said on Thursday that the first storm of the season had formed two weeks early over warm water.']);
    expect(article.dropped!.find((d) => d.text === line)?.reason).toBe('repeated headline');
  });

  it('keeps a sentence that merely starts with the headline’s words', () => {
    const text = ['Storm season starts early', '', 'Storm season starts early in years when the sea is warm, forecasters said on Thursday.', ''].join('\n');
    expect(parseText(text, 'x.txt').sections.flatMap((s) => s.paragraphs)).toHaveLength(1);
  });
});

describe('a run of skip links on one line', () => {
  it('is chrome, never the headline', () => {
    const text = ['Skip directly to search Skip directly to A to Z list Skip directly to navigation Skip directly to page options Skip directly to site content', '', 'Storm season starts early on the coast', '', 'Forecasters said on Thursday that the first storm of the season had formed two weeks early over warm water.', ''].join('\n');
    const article = parseText(text, 'x.txt');
    expect(article.headline).toBe('Storm season starts early on the coast');
    expect(article.dropped!.map((d) => d.reason)).toContain('interface');
  });
});
