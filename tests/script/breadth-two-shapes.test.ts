// Shapes from the second breadth review of German and English copy (regional papers, Austrian
// outlets, NGO and agency releases, sport reports): partial quotations the narrator's sentence
// goes on after, "so X" with an adjective or an adverbial, titles of office before a surname, a
// coordinated verb after a subject in apposition, and reporting verbs of reportage.
import { describe, expect, it } from 'vitest';
import { resolved } from '../helpers/script-pieces.ts';
import { attributionAfter } from '../../src/script/speakers.ts';

const quotes = (paragraphs: string[]) =>
  resolved(paragraphs)
    .flat()
    .filter((p) => p.role === 'quote')
    .map((p) => [p.text, p.speaker]);

describe('English partial quotations that complete the narrator’s clause', () => {
  it('stay with the narrator when the sentence goes on after them in lowercase', () => {
    expect(quotes(['The ministry has conceded it “took too long to respond” when the floods began last spring.'])).toEqual([]);
  });

  it('stay with the narrator as the predicate of a subject after "that"', () => {
    expect(quotes(['The two mayors wrote that the old bridge "is a danger to everyone who crosses it every day."'])).toEqual([]);
  });

  it('still switch voice for a lowercase quotation its attribution follows after a comma', () => {
    expect(quotes(['Doe said the town would be “forced to rebuild the bridge from scratch,” he added.']).map(([text]) => text)).toEqual(['forced to rebuild the bridge from scratch,']);
  });
});

describe('German "so X" after a quotation', () => {
  it.each([
    ['an adverbial after the name', ', so Berger im Radiointerview.', { kind: 'name', name: 'Berger' }],
    ['adjectives between the article and the name', ', so der enttäuschte Krämer.', { kind: 'name', name: 'Krämer', weak: true }],
    ['a plain name still', ', so Berger.', { kind: 'name', name: 'Berger' }],
  ])('reads %s', (_shape, after, ref) => {
    expect(attributionAfter(after)).toEqual(ref);
  });
});

describe('a title of office before a surname', () => {
  it('is not part of the name (English "said Sheriff Smith")', () => {
    const article = ['Sheriff Dana Whitfield led the search on Monday.', '“We found the car near the river,” said Sheriff Whitfield.'];
    expect(quotes(article)).toEqual([['We found the car near the river,', 'Dana Whitfield']]);
  });

  it('is not part of the name (Austrian "sagte Landeshauptmann X")', () => {
    expect(quotes(['„Wir stehen an der Seite der Betroffenen“, sagte Landeshauptmann Gruber.'])).toEqual([['Wir stehen an der Seite der Betroffenen', 'Gruber']]);
  });
});

describe('a coordinated verb after a subject in apposition', () => {
  it('shares the subject written before the first verb, not a noun after it', () => {
    const article = ['Maria Lindner, agrarpolitische Sprecherin, unter deren Leitung der Antrag entstand, äußert sich zu dem Ergebnis im Land und sagt: „Das ist ein schwarzer Tag für die Bauern.“'];
    expect(quotes(article)).toEqual([['Das ist ein schwarzer Tag für die Bauern.', 'Maria Lindner']]);
  });
});

describe('reporting verbs of reportage and the passive of a quoted source', () => {
  it.each([
    ['German "erzählt er"', ', erzählt er im Laufen.', { kind: 'anaphor', gender: 'male' }],
    ['German "weiß sie"', ', weiß sie.', { kind: 'anaphor', gender: 'female' }],
    ['German "gesteht X"', ', gesteht Kapitän Jonas Krämer.', { kind: 'name', name: 'Jonas Krämer' }],
    ['English "X was quoted by"', ' Benning was quoted by the league.', { kind: 'name', name: 'Benning' }],
  ])('%s', (_shape, after, ref) => {
    expect(attributionAfter(after)).toEqual(ref);
  });

  it('English "the lawman said" points back to the sheriff', () => {
    const article = ['County Sheriff Tom Reyes held a meeting on Tuesday.', '“The office belongs to you, the citizen,” the lawman said to the crowd.'];
    expect(quotes(article)).toEqual([['The office belongs to you, the citizen,', 'Tom Reyes']]);
  });
});
