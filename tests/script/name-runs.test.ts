// Where a person's name starts in a run of capitalised words: sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { nameIn } from '../../src/script/name-runs.ts';

describe('nameIn: a hyphenated given name opens the name, as a plain one does', () => {
  it.each([
    ['le ministre de la Défense Jean-Paul Morel', 'Jean-Paul Morel'],
    ['le président de la République Marie-Claire Vasseur', 'Marie-Claire Vasseur'],
    ['jeudi matin la ministre de la Culture Anne-Sophie Le Guen', 'Anne-Sophie Le Guen'],
    // (a plain given name already did)
    ['le ministre de la Défense Paul Morel', 'Paul Morel'],
    // the capitalised run alone, as a mention's scan hands it over
    ['Défense Jean-Paul Morel', 'Jean-Paul Morel'],
    ['Culture Anne-Sophie Le Guen', 'Anne-Sophie Le Guen'],
    ['Défense Jean-Yves Morel', 'Jean-Yves Morel'],
  ])('%s → %s', (text, name) => {
    expect(nameIn(text, true)).toBe(name);
    expect(nameIn(text, false)).toBe(name);
  });

  it('a hyphenated word that opens no given name stays part of the run (a double surname)', () => {
    expect(nameIn('la députée Claire Benali-Kader', true)).toBe('Claire Benali-Kader');
  });
});

describe('nameIn: after "TITLE of", the first word of the run is the office\'s domain, not the name', () => {
  it.each([
    // a given name the lexicon does not know: the domain word still goes
    ['Valdoria Chief of Police Talvo Renquist held a briefing', 'Talvo Renquist'],
    ['the Director of Communications Oskana Threll said', 'Oskana Threll'],
    // a known given name already opened the name
    ['Chief of Police Mary Ann Smith', 'Mary Ann Smith'],
    // a title word as the domain already went
    ['Secretary of State Antony Blinken', 'Antony Blinken'],
    // no title before "of": a place's name stays whole
    ['the people of Port Talvo Renquist', 'Port Talvo Renquist'],
  ])('%s → %s', (text, name) => {
    expect(nameIn(text, true)).toBe(name);
  });
});
