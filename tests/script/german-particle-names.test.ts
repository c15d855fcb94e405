// German surnames with a particle named without the given name ("sagte von der Leyen", "so de
// Maizière", "Von der Leyen sagte:"): the speaker is the full name the article gives, else the
// particle surname, never nobody or the particle's preposition read as a place.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';
import { particleSurname } from '../../src/script/particle-names.ts';

describe('a particle surname as the speaker', () => {
  it.each([
    ['„Wir werden das gemeinsam schaffen“, sagte von der Leyen.'],
    ['„Wir werden das gemeinsam schaffen“, so von der Leyen.'],
    ['Von der Leyen sagte: „Wir werden das gemeinsam schaffen.“'],
  ])('%s → the full name the article gives', (text) => {
    expect(quoteSpeakers(['Die Kommissionspräsidentin Ursula von der Leyen reiste am Montag nach Kiew.', text], 'de')).toEqual(['Ursula von der Leyen']);
  });

  it.each([
    ['„Die Lage bleibt ernst“, sagte von der Leyen.', 'von der Leyen'],
    ['„Die Lage bleibt ernst“, so van der Bellen.', 'van der Bellen'],
    ['„Die Lage bleibt ernst“, betonte de Maizière.', 'de Maizière'],
    ['„Die Lage bleibt ernst“, sagte zu Guttenberg.', 'zu Guttenberg'],
  ])('%s → %s when no given name is written', (text, name) => {
    expect(quoteSpeakers(['Die Regierung beriet am Montag in Berlin über die Lage.', text], 'de')).toEqual([name]);
  });

  it('keeps a preposition before a noun, or a particle name with more after it, no subject of its own', () => {
    expect(particleSurname('zu Beginn')).toBeNull();
    expect(particleSurname('von der Brücke aus')).toBeNull();
    expect(particleSurname('zu der Leyen')).toBeNull();
    expect(particleSurname('Von der Leyen')).toBe('von der Leyen');
    expect(quoteSpeakers(['Die Regierung beriet am Montag.', '„Die Lage bleibt ernst“, sagte zu Beginn der Sitzung ein Sprecher.'], 'de')).toEqual([null]);
  });
});

describe('a role noun before a particle surname', () => {
  it.each([
    ['„Die Lage bleibt ernst“, so EU-Kommissionspräsidentin von der Leyen.'],
    ['„Die Lage bleibt ernst“, sagte EU-Kommissionspräsidentin von der Leyen am Montag.'],
    ['EU-Kommissionspräsidentin von der Leyen sagte: „Die Lage bleibt ernst.“'],
  ])('%s → the particle surname whole', (text) => {
    expect(quoteSpeakers(['Die Regierung beriet am Montag in Berlin über die Lage.', text], 'de')).toEqual(['von der Leyen']);
  });

  it('keeps "Innenminister de Maizière" whole, and a place after "von" no particle surname', () => {
    expect(quoteSpeakers(['Die Regierung beriet am Montag.', '„Die Lage bleibt ernst“, sagte Innenminister de Maizière.'], 'de')).toEqual(['de Maizière']);
    expect(quoteSpeakers(['Die Regierung beriet am Montag.', '„Die Lage bleibt ernst“, sagte der Bürgermeister von Berlin.'], 'de')).not.toEqual(['von Berlin']);
  });
});
