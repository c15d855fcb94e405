import { describe, expect, it } from 'vitest';
import { speakable } from '../../src/script/speakable.ts';
import { frenchCardinal, frenchOrdinal } from '../../src/script/speakable-french.ts';

const fr = (text: string) => speakable(text, { engine: 'edge', language: 'fr' });

describe('French number words (1990 spelling)', () => {
  it.each([
    [0, 'zéro'], [21, 'vingt-et-un'], [71, 'soixante-et-onze'], [80, 'quatre-vingts'], [81, 'quatre-vingt-un'], [91, 'quatre-vingt-onze'],
    [99, 'quatre-vingt-dix-neuf'], [200, 'deux-cents'], [280, 'deux-cent-quatre-vingts'], [2024, 'deux-mille-vingt-quatre'],
    [80000, 'quatre-vingt-mille'], [200000, 'deux-cent-mille'], [2500000000, 'deux milliards cinq-cents millions'],
  ])('%i → %s', (n, words) => expect(frenchCardinal(n)).toBe(words));

  it.each([
    [1, 'premier'], [2, 'deuxième'], [4, 'quatrième'], [5, 'cinquième'], [9, 'neuvième'], [21, 'vingt-et-unième'], [80, 'quatre-vingtième'], [100, 'centième'],
  ])('ordinal %i → %s', (n, words) => expect(frenchOrdinal(n)).toBe(words));
});

describe('French rules (Edge)', () => {
  it.each([
    ['Le 1er novembre, il pleuvait.', 'Le premier novembre, il pleuvait.'],
    ['Pour la 1re fois, au 2e tour.', 'Pour la première fois, au deuxième tour.'],
    ['Au XXIe siècle tout change.', 'Au vingt-et-unième siècle tout change.'],
    ['Rendez-vous à 14h30, puis à 9h.', 'Rendez-vous à 14 heures 30, puis à 9 heures.'],
    ['Un budget de 1,8 Md€ et de 5 M€.', "Un budget de 1,8 milliard d'euros et de 5 millions d'euros."],
    ['Soit 3 Mds en tout.', 'Soit 3 milliards en tout.'],
    ['M. Macron et Mme Dupont, p. ex. au n° 5.', 'Monsieur Macron et Madame Dupont, par exemple au numéro 5.'],
    ['Des pommes, des poires, etc. Puis rien.', 'Des pommes, des poires, et cetera. Puis rien.'],
  ])('%j → %j', (input, expected) => expect(fr(input)).toBe(expected));

  it('leaves plain numbers and percentages to the voice', () => {
    expect(fr('En 2024, 3,5 % des 12 000 habitants.')).toBe('En 2024, 3,5 % des 12 000 habitants.');
  });
});
