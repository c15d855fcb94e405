// A German speaker's gender: a role noun in apposition with adjectives before it ("…, rechts- und
// innenpolitische Sprecherin") states it; a German given name the English lexicon does not know
// ("Gudrun", "Jürgen", "Torsten";
// not "Heike" or "Kai", which the list gives both genders) gives the casting prior for a German article. Invented names.
import { describe, expect, it } from 'vitest';
import { GenderEvidence } from '../../src/script/gender.ts';
import { createRequire } from 'node:module';
import { givenNameGender } from '../../src/voices/name-gender.ts';
import { readGenderPairs } from '../../src/script/german-given-names.ts';

describe('a German role noun in apposition after adjectives', () => {
  it.each([
    ['Heike Brandmeier, rechts- und innenpolitische Sprecherin der Fraktion, kritisierte den Entwurf.', 'Heike Brandmeier', 'female'],
    ['Jonas Velter, stellvertretender Landesvorsitzender und Bundestagsabgeordneter, lehnte ab.', 'Jonas Velter', 'male'],
    ['Mira Tessendorf, die neue kulturpolitische Sprecherin, sprach zuerst.', 'Mira Tessendorf', 'female'],
    ['Paul Ostrander, langjähriger Oberbürgermeister der Stadt, sprach zuerst.', 'Paul Ostrander', 'male'],
  ])('%s → %s is %s', (sentence, name, gender) => {
    const evidence = new GenderEvidence();
    evidence.learn([sentence], [name]);
    expect(evidence.of(name)).toBe(gender);
  });
});

describe('German given names as the casting prior', () => {
  it.each([
    ['Gudrun Brandmeier', 'female'],
    ['Constanze Velter', 'female'],
    ['Jürgen Ostrander', 'male'],
    ['Torsten Velter', 'male'],
    ['Uwe Brandmeier', 'male'],
  ])('%s → %s in a German article', (name, gender) => {
    expect(givenNameGender(name, 'de')).toBe(gender);
  });

  it('gives no prior for a name the list has under both genders, where a Map would keep only the last', () => {
    for (const name of ['Kai Brandmeier', 'René Velter', 'Heike Ostrander']) expect(givenNameGender(name, 'de')).toBeNull();
  });

  it('reads every pair of the list, and only a doubly listed name as null', () => {
    const pairs = readGenderPairs(createRequire(import.meta.url).resolve('gender-detection-from-name/names/de'));
    const map = createRequire(import.meta.url)('gender-detection-from-name/names/de') as Map<string, string>;
    expect(pairs.size).toBe(map.size);
    const both = [...pairs].filter(([, g]) => g === null).map(([n]) => n);
    expect(both).toContain('kai');
    expect(both.length).toBeLessThan(pairs.size / 10);
    for (const [name, gender] of pairs) if (gender !== null) expect(map.get(name)).toBe(gender);
  });

  it('keeps a lone surname and an unknown word without a prior', () => {
    expect(givenNameGender('Brandmeier', 'de')).toBeNull();
    expect(givenNameGender('Xqzt Brandmeier', 'de')).toBeNull();
    expect(givenNameGender('John Brandmeier', 'en')).toBe('male');
  });
});
