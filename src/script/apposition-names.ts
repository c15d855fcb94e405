// A person's name, then an apposition of their job the comma never closes, then the verb:
// "Franziska Kelch, Ansprechpartnerin Presse und Referentin Politische Rahmenbedingungen schreibt:".
// German capitalises every noun and the adjectives of a department's title, so the apposition ends
// on capitalised words that read like a name ("Politische Rahmenbedingungen"). A common noun phrase
// has no given name and the lexicon finds no person in it.
import { isGivenName, nameTags } from './name-tags.ts';

/** Whether a name reads as a person's: its first word a given name, or the lexicon's person. */
export const personShaped = (name: string): boolean => isGivenName(name.split(' ')[0]!) || nameTags(name).people;

/**
 * The person named in the chunk before an apposition (`previous`, the whole chunk a name), when the
 * name read at the end of the apposition (`found`, not its opening words) is no person's.
 */
export function personBeforeApposition(apposition: string, found: string, previous: string | null): string | null {
  if (previous === null || apposition.startsWith(found) || found.split(' ').length < 2) return null;
  // (The name before the comma may be one the lexicon lacks, "Franziska Kelch": two or three words.)
  if (personShaped(found) || !/^\S+(?:\s\S+){1,2}$/u.test(previous)) return null;
  return previous;
}
