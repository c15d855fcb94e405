// The gender a person's given name usually has, for casting when the article does not state it.
// compromise's lexicon tags common given names as male or female (#MaleName / #FemaleName): a prior,
// not a fact, so it is used only to pick among free voices (a stated gender always wins), only from
// the first word of a name of two or more words (a lone surname says nothing), and only when the
// lexicon gives that word one gender. The plan's cast reason says a voice came from this guess.
// compromise knows English given names; for a German article the German list of
// gender-detection-from-name is asked first ("Jürgen", "Heike", "Constanze" are not in compromise),
// in the same way: one word, one gender, else no prior. Only its German map is read, and only for a
// German article: the package's index loads all six languages' maps (2 MB, ~0.15 s measured) and
// falls back from one language to the others, which would give a German name an Italian reading.
// The German list names 73 given names twice, once per gender ("Kai", "René", "Heike", "Chris"): built
// into a Map, the later (female) entry silently wins, so "Kai" would be cast as a woman. The list's
// source is therefore read as pairs, and a name it gives both genders has no prior.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Gender } from '../model.ts';
import { nameTags } from '../script/name-tags.ts';

let germanMap: ReadonlyMap<string, Gender | null> | undefined;
const germanGivenNames = (): ReadonlyMap<string, Gender | null> => (germanMap ??= readGenderPairs(createRequire(import.meta.url).resolve('gender-detection-from-name/names/de')));

/** The `['name', 'male' | 'female']` pairs of one of the package's name files; a name listed with both genders maps to null. */
export function readGenderPairs(file: string): ReadonlyMap<string, Gender | null> {
  const genders = new Map<string, Gender | null>();
  for (const [, name, gender] of readFileSync(file, 'utf8').matchAll(/\[\s*'([^']+)'\s*,\s*'(male|female)'\s*\]/g)) {
    const known = genders.get(name!);
    genders.set(name!, known === undefined || known === gender ? (gender as Gender) : null);
  }
  return genders;
}

export function givenNameGender(name: string, language?: string): Gender | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  // A compound given name takes the gender of its first part: "Jean-Marie" is a man's, "Marie-Claire"
  // a woman's (the lexicon reads "Jean-Marie" by its "Marie").
  const given = words[0]!.split('-')[0]!;
  if (language === 'de' && /^\p{Lu}\p{Ll}+$/u.test(given)) {
    const german = germanGivenNames().get(given.toLowerCase());
    if (german !== undefined) return german; // null: the list gives the name both genders
  }
  const first = nameTags(given);
  if (!first.firstName) return null;
  const male = first.maleName;
  const female = first.femaleName;
  return male === female ? null : male ? 'male' : 'female';
}
