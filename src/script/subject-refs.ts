// What the subject of a reporting verb refers to: a name ("Antony Blinken"), an anaphor (a pronoun,
// "the Ukrainian leader", "la ministre de l'Économie"), someone unnamed ("a spokesperson") or a
// source ("the newspaper"). One phrase at a time: where that phrase sits next to a quote (before
// it, after it, inverted, after "according to") is script/speakers.ts's job, which reads it with
// these; mentions.ts and reported-speaker.ts read subjects with them too. Nothing here imports
// speakers.ts, so data flows one way (speakers.ts → subject-refs.ts) and the two stay apart.

import type { Gender } from '../model.ts';
import { articleGender, dropAffiliation, NAMED_PLACE, GERMAN_ABBREVIATED_ROLES, GERMAN_ROLE, TITLES, DEFINITE, INDEFINITE, ORGANISATION_NOUN, pronounOf, PRONOUN_RE, ROLE_NOUNS } from './attribution-words.ts';
import { isGivenName } from './name-tags.ts';
import { frenchDescription, frenchSubjectStart, personAfterOrganisation } from './french-descriptions.ts';
import { bareWord, isNameToken, isTitle, nameIn, NOT_NAMES } from './name-runs.ts';
import { PUBLICATION } from './lead-ins.ts';
import { particleSurname } from './particle-names.ts';
import { personBeforeApposition } from './apposition-names.ts';
import { AFFILIATED_ROLE, DESCRIBED_AFFILIATION, JOINED_PARTICLE, PERSON_ROLES, PREPOSITION_LEAD, RELATIVE, roleLedDescription } from './attribution-shapes.ts';
import { sentenceStart } from './sentences.ts';

/** "il", "she", "er": an anaphor with the gender the pronoun states. */
export const pronounRef = (word: string): { kind: 'anaphor'; gender?: Gender } => {
  const gender = pronounOf(word);
  return gender ? { kind: 'anaphor', gender } : { kind: 'anaphor' };
};
const pronoun = pronounRef;

export type SpeakerRef =
  /** `weak`: only guessed from a sentence's first word; trusted when the article names that person elsewhere. */
  | { kind: 'name'; name: string; weak?: boolean }
  /** "he", "she", "the president": the most recently mentioned person (of the pronoun's gender). */
  /**
   * `description`: a French description with its complement, lowercase after the article ("ministre
   * de l'Économie", "secrétaire général du syndicat"): the person the article introduced by it.
   */
  /** `rank`: "le premier", "la seconde", one of two people the narration just named (ordinal-refs.ts). */
  | { kind: 'anaphor'; gender?: Gender; role?: string; description?: string; rank?: 1 | 2 }
  /** Someone unnamed ("a spokesperson", "officials"): unknown speaker. */
  | { kind: 'unnamed' }
  /** Given by the layout (a transcript label): used as it is, with the gender the label states. */
  | { kind: 'fixed'; name: string; gender?: Gender }
  /**
   * A publication or a document's issuer speaking, person or not: `name` when the attribution
   * names it ("a report by the Red Cross"), `noun` when a description stands for the one the
   * article named ("le quotidien" → the newspaper introduced earlier).
   */
  | { kind: 'source'; name?: string; noun?: string };
/**
 * What the subject of a reporting verb refers to. The word right before the verb is the head:
 * a capitalised head is a name ("Antony Blinken said"); a lowercase head is a description, which
 * points back to a person already in the story only when it is definite, singular and names a
 * person's role ("the Ukrainian leader said"); "officials said", "a spokesperson said" are unnamed.
 */
/**
 * "In Brüssel sagte die CDU-Politikerin", "Aus Berlin hieß es": German puts a place before the verb
 * and the subject after it; a preposition and a name without an article is a place, no subject.
 */
/** A German woman's noun in "-in" ("Dänin", "Berlinerin"), not the few things so spelled ("Medizin", "Disziplin", "Doktrin"). */
const FEMININE_PERSON = /^\p{Lu}\p{Ll}{2,}in$/u;
const NOT_FEMININE_PERSON = /(?:izin|plin|ktrin|oin)$/u;
const PLACE_LEAD = /^(?:in|aus|nach|bei|seit|vor|mit|über|unter|gegen|durch|während|dans|à|en|depuis)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/iu;

/** A German adjective of place: "Talheimer", "Dresdner", "Kieler". */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
/** A German noun of a person by its ending: "Bäcker", "Spediteur", "Landwirt", "Unternehmerin", "Student". */
const PERSON_NOUN = /^\p{Lu}\p{Ll}+(?:er|eur|ist|ent|ant|or|ier|wirt|ling|erin|eurin|istin|entin|antin|orin|ierin|wirtin)$/u;

export function refOf(subject: string): SpeakerRef | null {
  const s = frenchSubjectStart(subject.trim().replace(/^[,;:—–-]+\s*/, '').replace(/[,;:]+$/, ''));
  if (s === '') return null;
  if (PRONOUN_RE.test(s)) return pronoun(s);
  // "Der kommentiert das nüchtern:": the German demonstrative "der" alone as the subject is "he",
  // the man just named, as colloquial copy uses it. (Not "die": it may be plural.)
  if (s === 'Der') return pronoun('er');
  // "a déclaré cette membre du parti", "a précisé ce dernier": a French demonstrative points back
  // like the definite article, and states the gender as "le" and "la" do ("cet expert" too, elided
  // before a vowel); "dernier" is the latter, no role.
  const demonstrative = /^(ce|cet|cette)\s+(\p{Ll}.*)$/iu.exec(s);
  if (demonstrative) {
    const female = demonstrative[1]!.toLowerCase() === 'cette';
    if (/^derni(?:er|ère)$/u.test(demonstrative[2]!)) return { kind: 'anaphor', gender: female ? 'female' : 'male' };
    return refOf(`${female ? 'la' : 'le'} ${demonstrative[2]!}`);
  }
  // "Von der Leyen", "de Maizière": a particle surname, which the preposition test below would take for a phrase.
  const particled = particleSurname(s);
  if (particled) return { kind: 'name', name: particled };
  // "In der Erklärung", "dans un communiqué": a prepositional phrase is no subject.
  if (PREPOSITION_LEAD.test(s) || PLACE_LEAD.test(s)) return { kind: 'unnamed' };
  // "a senior official with the Federal Bureau of Investigation", "co-owner of R & G Produce", "le
  // porte-parole du ministère": a lowercase description, then its organisation. The organisation's
  // capitalised words are the affiliation, never the person: the subject is the description.
  const affiliated = DESCRIBED_AFFILIATION.exec(s);
  if (affiliated) {
    // "le président de la République François Hollande", "le ministre de l'Intérieur Manuel Valls":
    // the organisation, then the person's name closing the description.
    const person = personAfterOrganisation(s);
    if (person) return person;
    const ref = refOf(affiliated[1]!);
    // (French: the description with its organisation names one office, see `description` below.)
    return ref?.kind === 'anaphor' ? { ...ref, ...frenchDescription(s) } : ref;
  }
  const words = s.split(/\s+/);
  const head = bareWord(words[words.length - 1]!);
  if (PRONOUN_RE.test(head) && words.length <= 3) return pronoun(head);
  // "He further stated", "She later wrote": the pronoun, then adverbs before the verb.
  if (PRONOUN_RE.test(words[0]!) && words.length <= 3 && words.slice(1).every((w) => /^\p{Ll}+$/u.test(w) && !/^(?:and|und|et|y|e|or|oder|ou)$/.test(w))) return pronoun(words[0]!);
  // "the newspaper", "le quotidien", "die Zeitung": the publication the article named.
  if (words.length <= 3 && /^(?:the|le|la|l['’]|der|die|das)$/i.test(words[0]!) && PUBLICATION.test(head)) return { kind: 'source', noun: head.toLowerCase() };
  // "der Sprecher", "la ministre", "ein Interpol-Sprecher": descriptions, whatever their capitals.
  if (INDEFINITE.test(s)) return { kind: 'unnamed' };
  if (DEFINITE.test(s) && !/^(?:the|his|her)\s/i.test(s) && words.length <= 8) {
    // "so der Talheimer Bäcker", "erklärte die Kieler Unternehmerin": an adjective of place and a
    // person's noun (by its ending) describe someone already named, of the article's gender, as
    // "der Sprecher" does; the capitalised words are no name.
    if (words.length === 3 && /^(?:der|die)$/iu.test(words[0]!) && PLACE_ADJECTIVE.test(words[1]!) && !isGivenName(words[1]!) && PERSON_NOUN.test(bareWord(words[2]!))) {
      return { kind: 'anaphor', gender: /^die$/iu.test(words[0]!) ? 'female' : 'male' };
    }
    // "le ministre Jean Dupont", "der Minister Hans Müller": a role word, then the name.
    const name = nameIn(s, true);
    // (A party's initials between the role and the name are the role's: "le député UMP Jean Dupont".)
    const before = name ? s.slice(0, s.lastIndexOf(name)).trim().split(/\s+/).filter((w, i, all) => i === 0 || i < all.length - 1 || !/^\p{Lu}{2,}$/u.test(w)).pop() : undefined;
    // "l'association France Assos Santé", "le syndicat Force ouvrière": an organisation, never a speaker (nor anyone's "she").
    if (name && before && ORGANISATION_NOUN.test(bareWord(before).replace(/^l['’]/iu, ''))) return { kind: 'unnamed' };
    // "le directeur du stade Marie Valbert", "la proviseure du lycée Jean Moulin": a name after the noun
    // of a place names the place after its person; the description is the speaker's, no name.
    const namesPlace = before !== undefined && NAMED_PLACE.test(bareWord(before));
    if (name && name.includes(' ') && before && !namesPlace && (isTitle(before) || GERMAN_ROLE.test(before) || ROLE_NOUNS.test(before) || /^\p{Ll}/u.test(before) || isGivenName(name.split(' ')[0]!))) return { kind: 'name', name };
    // "le président Obama", "le maire Girard": a role word (or an adjective) and one word closing the
    // description make a surname only if the article names that person elsewhere (German capitalises
    // every noun; not after an article or a preposition: "der Sprecher des Ministeriums", "die Experten").
    const describes = before !== undefined && (isTitle(before) || ROLE_NOUNS.test(before) || (/^\p{Ll}{4,}$/u.test(before) && !NOT_NAMES.has(before)));
    if (name && describes && !namesPlace && name === bareWord(words[words.length - 1]!) && !ROLE_NOUNS.test(name) && !GERMAN_ROLE.test(name) && !isTitle(name)) return { kind: 'name', name, weak: true };
    // "der aus München stammende Wojahn", "la très discrète Dupont": an adjective, then a capitalised
    // word that is no role noun, is a surname; weak, so only a person the article names.
    const last = bareWord(words[words.length - 1]!);
    if (words.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(last) && !isTitle(last) && !GERMAN_ROLE.test(last) && !ROLE_NOUNS.test(last) && /^\p{Ll}{3,}e[nrs]?$/u.test(bareWord(words[words.length - 2]!))) {
      return { kind: 'name', name: last, weak: true };
    }
    // German offices news copy abbreviates after the article ("betonte der OB", "so die LH"): the
    // office written out, which the article gave someone in full ("Oberbürgermeister Adolf Kessel").
    const abbreviated = words.length === 2 && /^(?:der|die)$/i.test(words[0]!) ? GERMAN_ABBREVIATED_ROLES[bareWord(words[1]!)] : undefined;
    if (abbreviated) {
      const female = /^die$/i.test(words[0]!);
      return { kind: 'anaphor', gender: female ? 'female' : 'male', role: female ? `${abbreviated}in` : abbreviated };
    }
    // The role is the first noun ("der Sprecher des Ministeriums", "la ministre des Armées"), and
    // the article says the gender ("die Oberbürgermeisterin", "le porte-parole").
    // A compound of roles counts by its first ("le Président-candidat", "die Ministerin-Präsidentin").
    const isRole = (w: string) => ROLE_NOUNS.test(w) || GERMAN_ROLE.test(w) || PERSON_ROLES.test(w);
    // (The elided article is glued to its noun: "l'élue", "l'ancien ministre".)
    const nouns = /^l['’]\p{L}/iu.test(words[0]!) ? [words[0]!.slice(2), ...words.slice(1, 3)] : words.slice(1, 4);
    const role = nouns.map(bareWord).map((w) => (isRole(w) ? w : w.split('-')[0]!)).find(isRole);
    // "betonte die Dänin", "so die Berlinerin": German forms a woman's noun of any person with "-in"
    // (a nationality, a home town, an occupation no list holds); the article and that ending state a
    // woman, who is the latest one the article names (attribute.ts).
    if (!role && words.length === 2 && /^die$/i.test(words[0]!) && FEMININE_PERSON.test(bareWord(words[1]!)) && !NOT_FEMININE_PERSON.test(bareWord(words[1]!))) return { kind: 'anaphor', gender: 'female' };
    // "die Experten", "die Sprecherinnen": several people, none of them the speaker.
    if (!role || /(?:innen|[^i]en)$/i.test(role)) return { kind: 'unnamed' };
    const gender = articleGender(words[0]!.replace(/['’]$/, ''), role);
    // A German role noun ("die Ministerpräsidentin") points back to the person the article gave that
    // role ("Ministerpräsidentin Malu Dreyer gratuliert Armin Mueller-Stahl …"), not to the latest
    // person of that gender; attribute.ts falls back to the gender when nobody holds it.
    if (gender && /^(?:der|die)$/i.test(words[0]!) && GERMAN_ROLE.test(role.toLowerCase())) return { kind: 'anaphor', gender, role: role.toLowerCase() };
    return gender ? { kind: 'anaphor', gender, ...frenchDescription(s) } : { kind: 'anaphor', ...frenchDescription(s) };
  }
  // ("Essam el-Erian": a surname after the joined Arabic article is a name, whatever its first letter.)
  if (!/^\p{Lu}/u.test(head) && !(JOINED_PARTICLE.test(head) && words.length > 1)) {
    if (/^(?:the|his|her)\s/i.test(s) && PERSON_ROLES.test(head) && words.length <= 6) return { kind: 'anaphor' };
    // ("the commissioner said", "the principal added": a title the list of person nouns lacks points
    // back to the person the article gave it, "Police Commissioner Tomas Reyl".)
    if (/^(?:the|his|her)\s/i.test(s) && words.length === 2 && TITLES.has(head.toLowerCase())) return { kind: 'anaphor', role: head.toLowerCase() };
    return { kind: 'unnamed' };
  }
  // "Before the meeting the PM said", "the Prime Minister said": a definite office at the end of the
  // subject points back to the person the article gave that office (resolved in attribute.ts).
  const office = /^(?:.*\s)?(?:the|The)\s+((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)$/u.exec(s);
  if (office) {
    const role = office[1]!;
    const last = role.split(/\s+/).pop()!;
    if (TITLES.has(last.toLowerCase()) || /^\p{Lu}{2,4}$/u.test(last)) {
      if (role.split(/\s+/).every((w) => TITLES.has(w.toLowerCase()) || /^\p{Lu}{2,4}$/u.test(w))) return { kind: 'anaphor', role: /^\p{Lu}{2,4}$/u.test(role) ? role : role.toLowerCase() };
    }
  }
  // "the General Staff", "the White House": institutions, not people.
  if (/^(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}.'’-]*\s*)+$/u.test(s)) return { kind: 'unnamed' };
  const name = nameIn(s, true);
  // ("le chef de service départemental des sports de Valbourg": a French description longer than
  // the rule above reads still ends on its complement's place, no particle surname.)
  if (name && /^(?:de|du|des|d['’])\s/u.test(name) && /^(?:le|la|l['’])\s*\p{Ll}/iu.test(s)) {
    const gender = articleGender(words[0]!.replace(/['’]$/, ''), words[1] ?? '');
    return gender ? { kind: 'anaphor', gender } : { kind: 'anaphor' };
  }
  if (name && /\p{Ll}/u.test(name)) return { kind: 'name', name };
  // A lone title-cased title word ("Pastor said", "King told") is a surname when the article names
  // that person in full; weak, so "Minister said" stays nobody's.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(head) && isTitle(head)) return { kind: 'name', name: head, weak: true };
  return { kind: 'unnamed' };
}

/**
 * Only the sentence a verb is in: `… „Mittelstand“. Er fügte hinzu` → "Er fügte hinzu". The
 * project's one sentence splitter, so "the U.S. Department" or "Dr. Lee" is not cut at its stop.
 */
export const lastSentence = (text: string): string => text.slice(sentenceStart(text, Math.max(0, text.trimEnd().length - 1))).trimStart();

export const lastChunk = (text: string): string => lastSentence(text).split(/[,;:()—–]|\s-\s/).pop() ?? '';

/**
 * The subject before a reporting verb, through an apposition: "Jane Doe, a spokesperson for the
 * ministry, said" → Jane Doe; and without a trailing "of the University of Y" → the person.
 */
export function subjectRef(text: string): SpeakerRef | null {
  // "Anna Keller (SPD) sagte": a bracketed party, age or place is no part of the subject.
  const chunks = lastSentence(text).replace(/\s*\([^()]{0,40}\)/g, '').split(/[,;:()—–]|\s-\s/).map((c) => c.trim());
  // "Lopez, 54, told", "Lopez, who lost her home, told", "Rep. Ann Lee, D-Calif., said": an age, a
  // relative clause or a party and state in apposition is not the subject.
  // (German relative clauses may open with a preposition: "…, unter deren Federführung … entstanden ist, sagt".)
  const aside = (c: string) => /^\d*$/.test(c) || RELATIVE.test(c) || /^\p{Ll}+\s+(?:deren|dessen|denen)\s/u.test(c) || /^\p{Lu}{1,3}-\p{Lu}[\p{L}.]*$/u.test(c);
  while (chunks.length > 1 && (aside(chunks[chunks.length - 1]!) || chunks[chunks.length - 1] === '')) chunks.pop();
  while (chunks.length && chunks[chunks.length - 1] === '') chunks.pop();
  const last = dropAffiliation(chunks.pop() ?? '');
  const ref = refOf(last);
  // "Franziska Kelch, Ansprechpartnerin Presse und Referentin Politische Rahmenbedingungen schreibt:":
  // capitalised words ending an apposition are no person's name; the name before its comma is.
  if (ref?.kind === 'name' && chunks.length) {
    const previous = chunks[chunks.length - 1]!;
    const named = refOf(previous);
    const person = personBeforeApposition(last, ref.name, named?.kind === 'name' && named.name === previous ? named.name : null);
    if (person) return { kind: 'name', name: person };
  }
  // "Jane Doe, a spokesperson for …, said", "Jack Garner, film critic for …, said": a description in apposition.
  // (the name inside the description, "… for the New York Times", is its affiliation, not the speaker).
  // German capitalises the role noun of such a description ("Jan Roth, Staatssekretär und Chef der
  // Staatskanzlei des Landes X, erklärte"): a role word opening the chunk, and words that are no
  // titles between it and the name found, make it a description too (the name is its complement's).
  const described = (/^\p{Ll}/u.test(last) && !PRONOUN_RE.test(last.split(/\s+/)[0] ?? '')) || roleLedDescription(last, ref?.kind === 'name' ? ref.name : ref === null || ref.kind === 'unnamed' ? null : undefined);
  if ((ref === null || ref.kind === 'unnamed' || (described && ref.kind === 'name')) && (described || /^(?:an?|the|einer?|une?|la|le)\s/i.test(last)) && chunks.length) {
    // "Doe, 45, a nurse from Dayton, said": the age between the name and the description is skipped.
    while (chunks.length > 1 && /^\d*$/.test(chunks[chunks.length - 1]!)) chunks.pop();
    const previous = chunks.pop()!;
    // The chunk before must open with the name itself ("In Paris, critics said" names no one).
    const named = NOT_NAMES.has((previous.split(/\s+/)[0] ?? '').toLowerCase()) ? null : refOf(previous);
    if (named?.kind === 'name') return named;
  }
  // "David Pearson, Co-ordinator for External Finance at the Valley Railway Society, said": a full
  // name, then a capitalised role tied to an organisation by of/for/at. The role's proper nouns are
  // the organisation's, not the speaker's.
  if (chunks.length && AFFILIATED_ROLE.test(last) && ref?.kind !== 'anaphor') {
    const previous = chunks[chunks.length - 1]!;
    const named = NOT_NAMES.has((previous.split(/\s+/)[0] ?? '').toLowerCase()) ? null : refOf(previous);
    if (named?.kind === 'name' && named.name.includes(' ')) return named;
  }
  return ref;
}

/**
 * The person a relative pronoun refers to: the name ending the words before it ("… a croisé Paul
 * Roux, qui"), or, when those words are a description in apposition ("Paul Roux, le successeur de
 * Jean Petit, qui"), the name the description follows (the name inside it is its complement).
 */
export function antecedentRef(text: string): SpeakerRef | null {
  const chunks = lastSentence(text).split(/[,;:()—–]/).map((c) => c.trim()).filter(Boolean);
  let chunk = chunks.pop() ?? '';
  if (/^(?:\p{Ll}|(?:Le|La|Les|L['’]|The|A|An|Un|Une)\s)/u.test(chunk) && !PRONOUN_RE.test(chunk.split(/\s+/)[0]!) && chunks.length) chunk = chunks.pop()!;
  const name = nameIn(chunk, true);
  // Only a name closing the words: "Paul Roux" in "… a croisé Paul Roux", not "Roux" in "Roux a vu le maire".
  if (!name || !chunk.replace(/[.,;:!?]+$/, '').endsWith(name)) return null;
  return refOf(name);
}

/** The subject a sentence opens with: a name, a pronoun, or "the <role>". */
export function subjectAtStart(sentence: string): SpeakerRef | null {
  const t = sentence
    .trim()
    .replace(/^[“"‘'(]+/, '')
    .replace(/^(?:but|and|also|however|meanwhile|still|yet|so|then|now|und|aber|doch|auch|et|mais|y|pero|e|ma),?\s+/i, '');
  const first = /^(\p{L}+)(?![\p{L}])/u.exec(t)?.[1] ?? '';
  if (PRONOUN_RE.test(first) && !/^sie$/i.test(first)) return pronoun(first);
  const the = /^(?:[Tt]he|[Hh]is|[Hh]er)\s+((?:[\p{L}’'.-]+\s+){0,3}?)(\p{Ll}[\p{L}-]*)\b/u.exec(t);
  if (the && PERSON_ROLES.test(the[2]!)) return { kind: 'anaphor' };
  // "La ministre a été catégorique :", "Der Minister blieb dabei:": a French or German article and a
  // role noun, with the gender the article gives.
  const article = /^(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]er|[Dd]ie)\s*([\p{L}-]+)(?![\p{L}])/u.exec(t);
  if (article && (ROLE_NOUNS.test(article[1]!) || GERMAN_ROLE.test(article[1]!))) return refOf(article[0]);
  // "Der 19jährige Matthias Hautmann sieht …", "The 45-year-old Ana Ruiz said …": an article and an
  // age or adjective before a person's full name; the name is the subject.
  const described = /^(?:[Dd]er|[Dd]ie|[Tt]he)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){1,2}(?=\p{Lu})/u.exec(t);
  if (described) {
    const ref = subjectAtStart(t.slice(described[0].length));
    if (ref?.kind === 'name' && ref.name.includes(' ') && isGivenName(ref.name.split(' ')[0]!)) return { kind: 'name', name: ref.name };
  }
  const words = t.split(/\s+/);
  const lead: string[] = [];
  for (const [i, w] of words.entries()) {
    const bare = bareWord(w);
    // ("Talheims Innen- und Kommunalminister Jan Roth hat …": "und" after a compound cut short is inside the office.)
    const cutShort = /^(?:und|oder)$/.test(bare) && /\p{L}-$/u.test(words[i - 1] ?? '');
    if (!isNameToken(bare) && !/^(?:of|the|for)$/.test(bare) && !cutShort) break;
    lead.push(w);
    if (/[,;:]$/.test(w)) break;
  }
  const next = words[lead.length];
  // A name at the start followed by a lowercase word (a verb): "Zelenskyy also called…".
  if (lead.length && next && /^\p{Ll}/u.test(next)) {
    const name = nameIn(lead.join(' '), true);
    // One capitalised word opening a sentence is as often "Officials" or "Allies" as "Blinken";
    // after a title ("Deputy Secretary Roe published") it is a surname.
    const titled = name !== null && lead.length > 1 && isTitle(bareWord(lead[lead.length - 2]!)) && bareWord(lead[lead.length - 1]!) === name;
    if (name) return name.includes(' ') || titled ? { kind: 'name', name } : { kind: 'name', name, weak: true };
  }
  return null;
}
