// The German given-name list of gender-detection-from-name, read once: compromise's lexicon knows
// English given names, and many German ones ("Jochen", "Jürgen", "Heike", "Steffen") are not in it.
// Both recognising a person (name-tags.ts) and casting (voices/name-gender.ts) ask this list.
// Only the German map is read: the package's index loads all six languages' maps (2 MB, ~0.15 s
// measured) and falls back from one language to the others, which would give a German name an
// Italian reading.
// The list names 73 given names twice, once per gender ("Kai", "René", "Heike", "Chris"): built into
// a Map, the later (female) entry silently wins, so "Kai" would be cast as a woman. The list's source
// is therefore read as pairs, and a name it gives both genders maps to null.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Gender } from '../model.ts';

let germanMap: ReadonlyMap<string, Gender | null> | undefined;

/** The German given names (lower case), each with its gender, or null when the list gives it both. */
export const germanGivenNames = (): ReadonlyMap<string, Gender | null> =>
  (germanMap ??= readGenderPairs(createRequire(import.meta.url).resolve('gender-detection-from-name/names/de')));

/** The `['name', 'male' | 'female']` pairs of one of the package's name files; a name listed with both genders maps to null. */
export function readGenderPairs(file: string): ReadonlyMap<string, Gender | null> {
  const genders = new Map<string, Gender | null>();
  for (const [, name, gender] of readFileSync(file, 'utf8').matchAll(/\[\s*'([^']+)'\s*,\s*'(male|female)'\s*\]/g)) {
    const known = genders.get(name!);
    genders.set(name!, known === undefined || known === gender ? (gender as Gender) : null);
  }
  return genders;
}
