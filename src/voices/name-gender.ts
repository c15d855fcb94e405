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
import { createRequire } from 'node:module';
import type { Gender } from '../model.ts';
import { nameTags } from '../script/name-tags.ts';

let germanMap: ReadonlyMap<string, string> | undefined;
const germanGivenNames = (): ReadonlyMap<string, string> =>
  (germanMap ??= createRequire(import.meta.url)('gender-detection-from-name/names/de') as ReadonlyMap<string, string>);

export function givenNameGender(name: string, language?: string): Gender | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  // A compound given name takes the gender of its first part: "Jean-Marie" is a man's, "Marie-Claire"
  // a woman's (the lexicon reads "Jean-Marie" by its "Marie").
  const given = words[0]!.split('-')[0]!;
  if (language === 'de' && /^\p{Lu}\p{Ll}+$/u.test(given)) {
    const german = germanGivenNames().get(given.toLowerCase());
    if (german === 'male' || german === 'female') return german;
  }
  const first = nameTags(given);
  if (!first.firstName) return null;
  const male = first.maleName;
  const female = first.femaleName;
  return male === female ? null : male ? 'male' : 'female';
}
