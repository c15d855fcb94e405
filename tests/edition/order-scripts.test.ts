import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { orderScripts } from '../../src/edition/order-scripts.ts';
import { AppError } from '../../src/errors.ts';
import type { Script } from '../../src/model.ts';

const script = (source: string): Script => ({
  source,
  title: `Headline of ${source}`,
  article: { source, headline: `Headline of ${source}`, dek: null, byline: null, dateline: null, sections: [], credits: [] },
  engine: 'flite',
  chapters: [{ title: 'x', segments: [{ role: 'headline', speaker: null, voice: DEFAULT_CONFIG.voices.flite.headline, text: 'x', boundary: 'chapter' }] }],
});

const INPUT = ['input/zelenskyy.txt', 'news/storm.md', 'https://example.com/2024/budget-vote.html', 'other/storm.txt', 'news/bridge.html'].map(script);
const sources = (scripts: Script[]) => scripts.map((s) => s.source);

describe('orderScripts', () => {
  it.each([
    ['no list', undefined],
    ['an empty list', []],
  ])('keeps the input order with %s, as a new array', (_, order) => {
    const out = orderScripts(INPUT, order);
    expect(sources(out)).toEqual(sources(INPUT));
    expect(out).not.toBe(INPUT);
  });

  it('puts listed articles first, by base name, file name, path, absolute path or URL, the rest after in input order', () => {
    const order = ['bridge', 'budget-vote.html', resolve('input/zelenskyy.txt')];
    expect(sources(orderScripts(INPUT, order))).toEqual([
      'news/bridge.html',
      'https://example.com/2024/budget-vote.html',
      'input/zelenskyy.txt',
      'news/storm.md',
      'other/storm.txt',
    ]);
    expect(sources(orderScripts(INPUT, ['./other/storm.txt', 'https://example.com/2024/budget-vote.html']))).toEqual([
      'other/storm.txt',
      'https://example.com/2024/budget-vote.html',
      'input/zelenskyy.txt',
      'news/storm.md',
      'news/bridge.html',
    ]);
  });

  it('places every input a shared base name matches, in input order, and ignores repeats', () => {
    expect(sources(orderScripts(INPUT, ['bridge', 'storm', 'storm.md', 'bridge']))).toEqual([
      'news/bridge.html',
      'news/storm.md',
      'other/storm.txt',
      'input/zelenskyy.txt',
      'https://example.com/2024/budget-vote.html',
    ]);
  });

  it('names every unknown entry in one config error', () => {
    let error: unknown;
    try {
      orderScripts(INPUT, ['storm', 'stroms', 'zelenskyy', 'input/bridge.html']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('config');
    expect((error as AppError).message).toBe('Config: the edition order names articles not in this run: "stroms", "input/bridge.html".');
    expect((error as AppError).hint).not.toBe('');
    expect(() => orderScripts(INPUT, ['nope'])).toThrow('names an article not in this run: "nope".');
  });
});
