// The gender a person's given name usually has, for casting when the article does not state it.
// compromise's lexicon tags common given names as male or female (#MaleName / #FemaleName): a prior,
// not a fact, so it is used only to pick among free voices (a stated gender always wins), only from
// the first word of a name of two or more words (a lone surname says nothing), and only when the
// lexicon gives that word one gender. The plan's cast reason says a voice came from this guess.
// compromise knows English given names; for a German article the German list (german-given-names.ts)
// is asked first ("Jürgen", "Heike", "Constanze" are not in compromise), in the same way: one word,
// one gender, else no prior.
import type { Gender } from '../model.ts';
import { germanGivenNames } from '../script/german-given-names.ts';
import { nameTags } from '../script/name-tags.ts';

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
