// French names one office of state by several phrases: the article introduces "le chef du
// gouvernement, Jean-Luc Durand" and later quotes "le premier ministre". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[]) => quoteSpeakers(paragraphs, 'fr');
// Someone else is named between the introduction and the quote, so the latest person is not the answer.
const between = 'Marc Petit, lui, a quitté l’hémicycle avant la fin.';

describe('one office, two phrases', () => {
  it('"le chef du gouvernement, X" then "», a affirmé le premier ministre"', () => {
    expect(speakers(['Hier, le chef du gouvernement, Jean-Luc Durand, a présenté son plan.', between, '« Nous ne reculerons pas devant les difficultés », a affirmé le premier ministre.'])).toEqual(['Jean-Luc Durand']);
  });

  it('"le chef de l’État, X" then "», a déclaré le président de la République"', () => {
    expect(speakers(['Le chef de l’État, Paul Girard, a reçu les syndicats.', between, '« Le dialogue reste ouvert avec tous les partenaires », a déclaré le président de la République.'])).toEqual(['Paul Girard']);
  });

  it('"la ministre des Affaires étrangères X" then "», a prévenu la cheffe de la diplomatie"', () => {
    expect(speakers(['La ministre des Affaires étrangères, Claire Moreau, était à Berlin.', 'Sophie Petit, elle, a quitté l’hémicycle avant la fin.', '« Aucune sanction ne sera levée sans garanties sérieuses », a prévenu la cheffe de la diplomatie.'])).toEqual(['Claire Moreau']);
  });
});

describe('the description opening its sentence before a colon', () => {
  it('"Mais le premier ministre a affirmé :" (a conjunction before the article)', () => {
    expect(speakers(['Hier, le chef du gouvernement, Jean-Luc Durand, a présenté son plan.', between, 'Mais le premier ministre a affirmé : « Nous ne reculerons pas devant les difficultés. »'])).toEqual(['Jean-Luc Durand']);
  });

  it('"Le président de la République a déclaré :" is a description, not a person named "de la République"', () => {
    expect(speakers(['Le chef de l’État, Paul Girard, a reçu les syndicats.', between, 'Le président de la République a déclaré : « Le dialogue reste ouvert avec tous les partenaires. »'])).toEqual(['Paul Girard']);
  });
});
