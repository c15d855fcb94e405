import { describe, expect, it } from 'vitest';
import { pausesBefore } from '../../src/script/pauses.ts';
import type { Boundary } from '../../src/model.ts';

const pauses = { afterHeadlineMs: 1200, paragraphMs: 650, inlineMs: 250, chapterMs: 1500 };
const seg = (boundary: Boundary) => ({ boundary });

describe('pausesBefore', () => {
  it('places headline, chapter, paragraph and inline pauses', () => {
    const chapters = [
      [seg('chapter'), seg('paragraph')], // headline + dek
      [seg('chapter'), seg('inline'), seg('paragraph')],
      [seg('chapter'), seg('paragraph'), seg('inline')],
      [seg('chapter')],
    ];
    expect(pausesBefore(chapters, pauses)).toEqual([
      [0, 650],
      [1200, 250, 650],
      [1500, 650, 250],
      [1500],
    ]);
  });

  it.each([
    ['a single segment', [[seg('chapter')]], [[0]]],
    ['one chapter with paragraphs', [[seg('chapter'), seg('paragraph'), seg('inline')]], [[0, 650, 250]]],
    ['two chapters', [[seg('chapter')], [seg('chapter')]], [[0], [1200]]],
    ['an empty first chapter', [[], [seg('chapter'), seg('paragraph')]], [[], [0, 650]]],
    ['a stray chapter boundary inside a chapter', [[seg('chapter'), seg('chapter')]], [[0, 1500]]],
  ])('%s', (_name, chapters, expected) => {
    expect(pausesBefore(chapters, pauses)).toEqual(expected);
  });

  it('follows the configured values', () => {
    const custom = { afterHeadlineMs: 1, paragraphMs: 2, inlineMs: 3, chapterMs: 4 };
    expect(pausesBefore([[seg('chapter'), seg('paragraph'), seg('inline')], [seg('chapter')], [seg('chapter')]], custom)).toEqual([[0, 2, 3], [1], [4]]);
  });
});
