// French descriptions of a speaker that name one person by what the article said of them: a role
// with its complement ("le ministre de l'Économie"), a role alone ("la ministre"), and an
// organisation's name followed by the person's ("le président de la République François Hollande").
// Read by subject-refs.ts (refOf); resolved against the narration in attribute.ts (roles.ts).
import { DEFINITE, ROLE_NOUNS } from './attribution-words.ts';
import { isGivenName } from './name-tags.ts';
import { isFrenchOfficePhrase } from './french-offices.ts';

/**
 * The person's name closing an organisation's ("République François Hollande", "Défense Jean-Yves
 * Le Drian"): from a given name or a hyphenated one after the organisation's first word; else the
 * last two words, trusted only as a person the article names elsewhere (weak): "Agence France
 * Presse" may be no one.
 */
/**
 * A French subject as the description rules read it: a sentence's conjunction before the article
 * dropped ("Mais le premier ministre", "Et la ministre"), and the article that opens the sentence
 * lowercased ("Le président de la République"), so that the description and its complement are
 * found as they are mid-sentence. Only before an article and a lowercase word: "Le Pen", "Or
 * Gold" are left alone.
 */
export function frenchSubjectStart(s: string): string {
  return s
    .replace(/^(?:Mais|Et|Or|Puis|Pourtant|Alors|Ensuite|Enfin|Donc)\s+(?=(?:le|la|l['’])\s*\p{Ll})/iu, '')
    .replace(/^(L['’]|L[ae](?=\s))(?=\s*\p{Ll})/u, (a) => a.toLowerCase());
}

export function personAfterOrganisation(tail: string): { kind: 'name'; name: string; weak?: true } | null {
  const run = /((?:\p{Lu}[\p{L}'’-]*\s+)+\p{Lu}[\p{L}'’-]*)$/u.exec(tail.trim())?.[1]?.split(/\s+/);
  if (!run || run.length < 3) return null;
  for (let k = 1; k <= run.length - 2; k++) {
    if (isGivenName(run[k]!) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(run[k]!)) return { kind: 'name', name: run.slice(k).join(' ') };
  }
  // An organisation written as its initials, then two or three words in lower case after their
  // capital ("de la FIFA Gianni Infantino", "du PSG Luis Enrique"): the acronym ends the
  // organisation's name, so what follows is the person's, whatever the lexicon knows of the given name.
  if (/^(?:le|la|l['’])/iu.test(tail) && /^\p{Lu}{2,}$/u.test(run[0]!) && run.length <= 4 && run.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
    return { kind: 'name', name: run.slice(1).join(' ') };
  }
  // A one-word organisation or place after the complement's preposition, then two capitalised words
  // ("le sélectionneur des Bleus Didier Deschamps", "le maire de Saint-Denis Paul Girard"): the
  // place or team is one word, so the two after it are the person's, whatever the lexicon knows of
  // the given name (the lexicon's person test still applies). A longer run ("de Radio France
  // Internationale") may be the organisation's own words: left to the weak rule below.
  if (run.length === 3 && /^(?:le|la|l['’])/iu.test(tail) && new RegExp(`\\s(?:de|du|des|d['’])\\s*(?:(?:la|le|l['’])\\s*)?${run.join('\\s+')}$`, 'u').test(tail.trim()) && run.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
    return { kind: 'name', name: run.slice(1).join(' ') };
  }
  // French only ("… de la République Paul Roy"): English puts an office's name in capitals ("the
  // director of the World Health Organization").
  return /^(?:le|la|l['’])/iu.test(tail) || /\s(?:de|du|des|d['’])/u.test(tail) ? { kind: 'name', name: run.slice(-2).join(' '), weak: true } : null;
}

/**
 * "le ministre de l'Économie", "la secrétaire générale du syndicat": a French role and its
 * complement name one office, the one the article introduced with a name ("Le ministre de
 * l'Économie, Pierre Moscovici, …"); resolved in attribute.ts. Not English: "the" descriptions
 * point back by their office (`role`).
 */
export function frenchDescription(s: string): { description?: string } {
  if (!/^(?:le|la|l['’])/iu.test(s)) return {};
  const rest = s.replace(DEFINITE, '');
  // A role alone ("la ministre") too: resolved to whoever the article introduced in that role.
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(rest) && ROLE_NOUNS.test(rest)) return { description: rest };
  // "le premier ministre": an office of state named without a complement (french-offices.ts).
  if (isFrenchOfficePhrase(rest)) return { description: rest };
  return /^\S+(?:\s+\p{Ll}+)?\s+(?:de|du|des|d['’])[\s\S]/u.test(rest) && rest.split(/\s+/).length <= 7 ? { description: rest } : {};
}
