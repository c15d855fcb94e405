import { describe, expect, it } from 'vitest';
import { editionDate } from '../../src/edition/edition-date.ts';
import { closingLine, countWords, greetingLine, listHeadline, rundownLine, transitionLine } from '../../src/edition/wording.ts';
import { speakable } from '../../src/script/speakable.ts';

const H = ['Mayor signs budget', 'Storm knocks out power', 'School board delays vote', 'Bridge plan criticised', 'Battery site opens', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];

describe('rundownLine: the introduction names the stories', () => {
  it.each([
    [1, 'Today: one story. Mayor signs budget.'],
    [2, 'Today: two stories. First, Mayor signs budget; and then, Storm knocks out power.'],
    [3, 'Today: three stories. First, Mayor signs budget; then, Storm knocks out power; and finally, School board delays vote.'],
    [
      5,
      'Today: five stories. First, Mayor signs budget; then, Storm knocks out power; then, School board delays vote; then, Bridge plan criticised; and finally, Battery site opens.',
    ],
    [8, 'Today: eight stories. First, Mayor signs budget; then, Storm knocks out power; then, School board delays vote; then, Bridge plan criticised; then, Battery site opens; then, F; then, G; and finally, H.'],
    // Beyond eight the list would drag: five named, the rest counted.
    [9, 'Today: nine stories. First, Mayor signs budget; then, Storm knocks out power; then, School board delays vote; then, Bridge plan criticised; then, Battery site opens; and four more.'],
    [12, 'Today: 12 stories. First, Mayor signs budget; then, Storm knocks out power; then, School board delays vote; then, Bridge plan criticised; then, Battery site opens; and seven more.'],
  ])('%i stories', (n, expected) => {
    expect(rundownLine(H.slice(0, n))).toBe(expected);
  });

  it('drops a headline’s own closing punctuation and line breaks inside the list', () => {
    expect(rundownLine(['Is this the end?', 'Rates rise.\n Again!'])).toBe('Today: two stories. First, Is this the end; and then, Rates rise. Again.');
    expect(listHeadline('  Derry bridge plan ‘a missed opportunity’, says MP …')).toBe('Derry bridge plan ‘a missed opportunity’, says MP');
  });

  it('refuses an empty list', () => {
    expect(() => rundownLine([])).toThrow(RangeError);
  });

  it('counts in words below ten, in figures from ten (AP style)', () => {
    expect([0, 1, 9, 10, 255].map(countWords)).toEqual(['zero', 'one', 'nine', '10', '255']);
  });
});

describe('transitionLine', () => {
  it('varies between stories and announces the last of three or more as final', () => {
    expect([2, 3, 4, 5].map((k) => transitionLine(k, 5))).toEqual(['Next story.', 'Our next story.', 'In other news.', 'And our final story.']);
    expect(transitionLine(2, 2)).toBe('Next story.');
    expect(transitionLine(3, 3)).toBe('And our final story.');
    // No two neighbours in a long edition say the same thing.
    const lines = Array.from({ length: 40 }, (_, i) => transitionLine(i + 2, 60));
    lines.slice(1).forEach((line, i) => expect(line).not.toBe(lines[i]));
  });
  it.each([[1, 3], [4, 3], [2.5, 3]])('rejects story %s of %s', (k, n) => {
    expect(() => transitionLine(k, n)).toThrow(RangeError);
  });
});

describe('dates and the host’s lines', () => {
  it.each([
    [new Date(2026, 10, 27), 'Friday, November 27, 2026', 'Friday, November 27', '2026-11-27'],
    [new Date(2024, 0, 1, 23, 59), 'Monday, January 1, 2024', 'Monday, January 1', '2024-01-01'],
    [new Date(2028, 1, 29, 0, 0), 'Tuesday, February 29, 2028', 'Tuesday, February 29', '2028-02-29'],
  ])('%s is said as %s', (date, long, short, iso) => {
    expect(editionDate(date)).toEqual({ long, short, iso });
  });

  it('rejects an invalid date', () => {
    expect(() => editionDate(new Date('nope'))).toThrow(RangeError);
  });

  it('Flite hears the date as a newsreader says it; Edge gets it as written', () => {
    const text = greetingLine('The Audio Edition', editionDate(new Date(2026, 10, 27)).long);
    expect(text).toBe('This is The Audio Edition for Friday, November 27, 2026.');
    expect(speakable(text, { engine: 'flite', language: 'en-US' })).toBe('This is The Audio Edition for Friday, November twenty-seventh, twenty twenty-six.');
    expect(speakable(text, { engine: 'edge', language: 'en-US' })).toBe(text);
    expect(speakable(rundownLine(H.slice(0, 12)), { engine: 'flite', language: 'en-US' })).toMatch(/^Today: twelve stories\./);
  });

  it('closes with the day and the show', () => {
    expect(closingLine('Morning Brief', 'Friday, November 27')).toBe("That's the edition for Friday, November 27. Thanks for listening to Morning Brief.");
  });
});
