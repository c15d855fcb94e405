// "le sélectionneur des Bleus Zoltan Kovacs", "le maire de Lyon Zoltan Kovacs": a role, its
// complement of one capitalised word (a team, a town), then the person's two words, which the
// given-name lexicon need not know. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[]) => quoteSpeakers(paragraphs, 'fr');

describe('role, one-word complement, then a name the lexicon does not know', () => {
  it.each([
    ['a team, after the incise', '« Nous avons une équipe jeune et ambitieuse », a déclaré le sélectionneur des Bleus Zoltan Kovacs.'],
    ['a town, after the incise', '« La ville investira dans les transports », a déclaré le maire de Lyon Zoltan Kovacs.'],
    ['a team, as the subject before a colon', 'Le sélectionneur des Bleus Zoltan Kovacs a déclaré : « Nous avons une équipe jeune et ambitieuse. »'],
  ])('%s: the person, without the complement', (_shape, paragraph) => expect(speakers([paragraph])).toEqual(['Zoltan Kovacs']));

  it('a hyphenated town and a known given name stay right: "le maire de Saint-Denis Paul Girard"', () => {
    expect(speakers(['« La ville investira dans les transports », a déclaré le maire de Saint-Denis Paul Girard.'])).toEqual(['Paul Girard']);
  });

  it.each([
    ['an organisation alone', '« Nous aiderons toutes les familles sinistrées », a déclaré le président de la Croix-Rouge.'],
    ['an organisation of three words', '« Nous aiderons toutes les familles sinistrées », a déclaré le directeur de Radio France Internationale.'],
  ])('%s: no person', (_shape, paragraph) => expect(speakers([paragraph])).toEqual([null]));
});
