import { expect, it } from 'vitest';
import { chaptersJson } from '../../src/publish/chapters-json.ts';

it('writes Podcasting 2.0 chapters (version 1.2.0, seconds)', () => {
  const json = JSON.parse(chaptersJson([
    { title: 'Headline', startMs: 0, endMs: 12_345 },
    { title: 'China Must Step Up', startMs: 12_345, endMs: 60_000 },
  ]));
  expect(json).toEqual({
    version: '1.2.0',
    chapters: [
      { startTime: 0, endTime: 12.345, title: 'Headline' },
      { startTime: 12.345, endTime: 60, title: 'China Must Step Up' },
    ],
  });
});
