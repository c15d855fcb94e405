// Who is speaking. News copy attributes quotes in a handful of shapes: “…,” Blinken said /
// “…,” said Mayor Ana Ruiz / Mr Durkan said: “…” / … he said / the Ukrainian leader said. This
// module reads the attribution next to a quote, and resolves names to one canonical form per
// person (the fullest form the article uses: "Blinken" → "Antony Blinken"). Pronouns and
// definite descriptions ("the Ukrainian leader") resolve to the person mentioned most recently,
// which is how news copy uses them; with no such person the speaker stays unknown (null).

import type { Gender } from '../model.ts';
import {
  ACCORDING, articleGender, dropAffiliation, GERMAN_ROLE, TITLES, DEFINITE, INDEFINITE, ORGANISATION_NOUN, PARTICIPLES, pronounOf, PRONOUN_RE, ROLE_NOUNS, VERBS, WB, WE,
} from './attribution-words.ts';
import { isGivenName, nameTags } from './name-tags.ts';
import { frenchDescription, personAfterOrganisation } from './french-descriptions.ts';
import { bareWord, isNameToken, isTitle, nameIn, NOT_NAMES } from './name-runs.ts';
import { documentAuthor, labelName, PUBLICATION } from './lead-ins.ts';
import {
  ADVERBIAL_OPENING, AFFILIATED_ROLE, DESCRIBED_AFFILIATION, DESCRIPTION_THEN_PLACE, FRENCH_ADVERBIAL, FRENCH_CLEFT, GERMAN_PERFECT, HONORIFIC_STOP, JOINED_PARTICLE, leadingName, nameAfterDescription, PARTICLE, PERSON_ROLES, PREPOSITION_LEAD, RELATIVE, roleLedDescription, VIEW_OF, ZUFOLGE,
} from './attribution-shapes.ts';
import { sentenceStart } from './sentences.ts';

export { RELATIVE };

export { nameIn };

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
  | { kind: 'anaphor'; gender?: Gender; role?: string; description?: string }
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


export const VERB_RE = new RegExp(`${WB}(?:${VERBS})${WE}`, 'gu');
export { FRENCH_CLEFT };
const VERB_ONE = new RegExp(VERB_RE.source, 'u');
const PARTICIPLE_RE = new RegExp(`${WB}(?:${PARTICIPLES})${WE}`, 'gu');
const ACCORDING_LEAD = new RegExp(`^(?:${ACCORDING})\\s+(.+)`, 'iu'); // these 4: built once, not per quote (--plan profile)
const ACCORDING_TAIL = new RegExp(`(?:${ACCORDING})\\s+([^,;:]+)[,;:]?\\s*$`, 'iu');
const ACCORDING_APPOSITION = new RegExp(`(?:${ACCORDING})\\s+([^,;:]+),\\s*([^,;:]+)[,;:]?\\s*$`, 'iu');
// After a quotation French also inverts the subject behind:
//  - an object pronoun before a simple tense ("», lui répond le ministre", "», leur lance Anne Roy"):
//    the pronoun is who is spoken to, the subject follows the verb;
//  - the narrative infinitive ("», de lancer M. Fisher", "», d'ajouter la mairesse", "», et de
//    conclure X"), the written narrative's "and then X said", common in agency and regional copy.
const NARRATIVE_INFINITIVE =
  "(?:et\\s+)?d(?:e\\s+|['’]\\s*)(?:lancer|ajouter|préciser|conclure|souligner|poursuivre|expliquer|déclarer|affirmer|renchérir|rappeler|insister|répondre|rétorquer|répliquer|commenter|marteler|résumer|noter|indiquer|estimer|observer|enchaîner|nuancer|avertir|trancher|s['’]exclamer|s['’]interroger|ironiser|déplorer|regretter|dénoncer)";
// The third person plural of the present ("», ajoutent les mêmes sources", "», concluent les
// enquêteurs"): a group speaks, so no one person is named.
const FRENCH_PLURAL_PRESENT =
  'ajoutent|affirment|expliquent|indiquent|précisent|soulignent|estiment|déclarent|assurent|rappellent|concluent|notent|observent|poursuivent|répondent|insistent|dénoncent|déplorent|regrettent|préviennent|reconnaissent|racontent|témoignent|confient|jugent|constatent|relèvent|commentent|détaillent|martèlent|renchérissent';
const VERB_LEAD = new RegExp(`^(?:${NARRATIVE_INFINITIVE}|${FRENCH_PLURAL_PRESENT}|(?:(?:lui|leur|me|te|nous|vous)\\s+)?(?:${VERBS}))${WE}\\s*(.+)`, 'iu');
/** "comme le dit X", "comme l'a souligné X" ending the text before a quote (X captured). */
export const COMME_SAYS = new RegExp(`${WB}comme\\s+(?:le|l['’])\\s*(?:${VERBS})${WE}\\s+([^,;:«»“”"]{2,60}?)\\s*,?$`, 'iu');
const SUBJECT_VERB = new RegExp(`^(.{1,120}?)\\s+(?:\\w+ly\\s+)?(?:${VERBS})${WE}`, 'iu');

/**
 * What the subject of a reporting verb refers to. The word right before the verb is the head:
 * a capitalised head is a name ("Antony Blinken said"); a lowercase head is a description, which
 * points back to a person already in the story only when it is definite, singular and names a
 * person's role ("the Ukrainian leader said"); "officials said", "a spokesperson said" are unnamed.
 */
export function refOf(subject: string): SpeakerRef | null {
  const s = subject.trim().replace(/^[,;:—–-]+\s*/, '').replace(/[,;:]+$/, '');
  if (s === '') return null;
  if (PRONOUN_RE.test(s)) return pronoun(s);
  // "In der Erklärung", "dans un communiqué": a prepositional phrase is no subject.
  if (PREPOSITION_LEAD.test(s)) return { kind: 'unnamed' };
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
    // "le ministre Jean Dupont", "der Minister Hans Müller": a role word, then the name.
    const name = nameIn(s, true);
    // (A party's initials between the role and the name are the role's: "le député UMP Jean Dupont".)
    const before = name ? s.slice(0, s.lastIndexOf(name)).trim().split(/\s+/).filter((w, i, all) => i === 0 || i < all.length - 1 || !/^\p{Lu}{2,}$/u.test(w)).pop() : undefined;
    // "l'association France Assos Santé", "le syndicat Force ouvrière": an organisation, never a speaker (nor anyone's "she").
    if (name && before && ORGANISATION_NOUN.test(bareWord(before).replace(/^l['’]/iu, ''))) return { kind: 'unnamed' };
    if (name && name.includes(' ') && before && (isTitle(before) || GERMAN_ROLE.test(before) || ROLE_NOUNS.test(before) || /^\p{Ll}/u.test(before) || isGivenName(name.split(' ')[0]!))) return { kind: 'name', name };
    // "le président Obama", "le maire Girard": a role word (or an adjective) and one word closing the
    // description make a surname only if the article names that person elsewhere (German capitalises
    // every noun; not after an article or a preposition: "der Sprecher des Ministeriums", "die Experten").
    const describes = before !== undefined && (isTitle(before) || ROLE_NOUNS.test(before) || (/^\p{Ll}{4,}$/u.test(before) && !NOT_NAMES.has(before)));
    if (name && describes && name === bareWord(words[words.length - 1]!) && !ROLE_NOUNS.test(name) && !GERMAN_ROLE.test(name) && !isTitle(name)) return { kind: 'name', name, weak: true };
    // "der aus München stammende Wojahn", "la très discrète Dupont": an adjective, then a capitalised
    // word that is no role noun, is a surname; weak, so only a person the article names.
    const last = bareWord(words[words.length - 1]!);
    if (words.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(last) && !isTitle(last) && !GERMAN_ROLE.test(last) && !ROLE_NOUNS.test(last) && /^\p{Ll}{3,}e[nrs]?$/u.test(bareWord(words[words.length - 2]!))) {
      return { kind: 'name', name: last, weak: true };
    }
    // The role is the first noun ("der Sprecher des Ministeriums", "la ministre des Armées"), and
    // the article says the gender ("die Oberbürgermeisterin", "le porte-parole").
    // A compound of roles counts by its first ("le Président-candidat", "die Ministerin-Präsidentin").
    const isRole = (w: string) => ROLE_NOUNS.test(w) || GERMAN_ROLE.test(w) || PERSON_ROLES.test(w);
    // (The elided article is glued to its noun: "l'élue", "l'ancien ministre".)
    const nouns = /^l['’]\p{L}/iu.test(words[0]!) ? [words[0]!.slice(2), ...words.slice(1, 3)] : words.slice(1, 4);
    const role = nouns.map(bareWord).map((w) => (isRole(w) ? w : w.split('-')[0]!)).find(isRole);
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
const lastSentence = (text: string): string => text.slice(sentenceStart(text, Math.max(0, text.trimEnd().length - 1))).trimStart();

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
  const aside = (c: string) => /^\d*$/.test(c) || RELATIVE.test(c) || /^\p{Lu}{1,3}-\p{Lu}[\p{L}.]*$/u.test(c);
  while (chunks.length > 1 && (aside(chunks[chunks.length - 1]!) || chunks[chunks.length - 1] === '')) chunks.pop();
  while (chunks.length && chunks[chunks.length - 1] === '') chunks.pop();
  const last = dropAffiliation(chunks.pop() ?? '');
  const ref = refOf(last);
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
 * Attribution after a closing quote mark: `, he said`, `, Blinken said, noting…`,
 * `, said Mayor Ana Ruiz.`, `, according to Jane Doe.` `after` is the text up to the sentence end.
 */
export function attributionAfter(after: string): SpeakerRef | null {
  // "», c'est ce qu'a rappelé Anne Roy", "», comme l'a souligné le ministre": a cleft or a "comme"
  // clause puts the reporting verb and its subject after the quote as an incise does.
  const t = after.replace(/^[\s,;:—–-]+/, '').replace(FRENCH_CLEFT, '');
  if (t === '') return null;
  const according = ACCORDING_LEAD.exec(t);
  if (according) {
    // "…», selon le gouverneur de la banque, Anne Roy.": a description, then the name in apposition.
    const [first = '', second = ''] = according[1]!.replace(HONORIFIC_STOP, '$1').split(/[,;:!?]|[.](?=\s|$)/).map((c) => c.trim());
    const ref = refOf(first);
    if (ref?.kind !== 'name' && second && second.split(/\s+/).length <= 5) {
      const named = refOf(second);
      if (named?.kind === 'name') return named;
    }
    return ref;
  }
  // German "…“, so Juncker." and French "…», a-t-il déclaré."
  // (Up to six words: a role and academic titles before the name, "so Wissenschaftsminister Prof. Dr. Konrad Wolf, der …".)
  const so = /^so\s+((?:(?:der|die)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,5})\s*(?:[.,;]|$)/u.exec(t);
  if (so) return refOf(so[1]!);
  // German separable verbs put their particle at the end: "teilte das Ministerium mit", "fügte Kugler hinzu".
  // "hob Roth hervor", "wies Roth darauf hin", "führte Roth aus", "machte Roth deutlich", "stellte Roth fest".
  const separable =
    /^(?:teilte|teilten|teilt|fügte|fügten|fügt|räumte|räumt|gab|gibt|kündigte|kündigt|stellte|stellt|hob|hebt|wies|weist|führte|führt|machte|macht|hielt|hält)\s+(.{1,80}?)\s+(?:darauf\s+)?(?:mit|hinzu|ein|zu|an|klar|hervor|hin|aus|deutlich|fest|entgegen|fort)\s*(?:[.,;]|$)/u.exec(t);
  if (separable) return refOf(leadingName(separable[1]!));
  // "», peut-on lire dans le communiqué": words read in a document, no one's voice.
  if (/^(?:peut-on|pouvait-on|pourra-t-on|lit-on|on peut|on pouvait)\s+(?:y\s+)?lire(?![\p{L}])|^lit-on(?![\p{L}])/iu.test(t)) return { kind: 'unnamed' };
  const inverse = /^\p{L}+-t-(il|elle)\b|^\p{L}+-(il|elle)\b/iu.exec(t);
  if (inverse) return pronoun((inverse[1] ?? inverse[2])!);
  const inverted = VERB_LEAD.exec(t);
  if (inverted) {
    // "said Dr. Alan Cho": an honorific's stop ends no clause.
    // A middle initial's stop ends no clause either ("said Lisa F. Garcia").
    const chunks = inverted[1]!.replace(HONORIFIC_STOP, '$1').split(/(?<!(?:^|\s)\p{Lu})[.](?=\s)|[,;:!?]\s|[,.;:!?]$/u).map((c) => c.trim()).filter(Boolean);
    // "le président Obama à Hilliard", "der Minister Roth in Berlin": a description ends with its
    // name; the lowercase word after it opens an adverbial.
    const subject = dropAffiliation(chunks[0] ?? '');
    const head = DEFINITE.test(subject) ? (DESCRIPTION_THEN_PLACE.exec(subject)?.[1] ?? subject) : subject;
    // "said in a statement" / "said on Monday": not a subject.
    // (A whole word: "Inès Sala" opens with "In" before an accented letter, which \b takes for a word's end.)
    if (/^(?:in|on|at|during|after|before|to|of|from|via|through|last|this|when|while|that|earlier|later)(?![\p{L}\p{N}])/iu.test(head)) return null;
    // French puts adverbials between the verb and its subject: "déclare dans un communiqué Marine Le
    // Pen", "a lancé dimanche le chef de l'État". The subject is what ends the chunk: a name, or a
    // description with its article.
    if (FRENCH_ADVERBIAL.test(head)) {
      const chunk = chunks[0] ?? '';
      const named = nameIn(chunk, true);
      if (named && named.includes(' ') && chunk.endsWith(named)) return { kind: 'name', name: named };
      const described = /\s((?:le|la|l['’])\s*[^\s].*)$/iu.exec(chunk);
      // "a lancé dimanche le secrétaire général du syndicat, Luc Vert, devant la foule": the
      // description's name follows it in apposition.
      const apposed = described && chunks[1] ? nameIn(chunks[1], false) : null;
      if (apposed && apposed.includes(' ') && chunks[1]!.split(/\s+/).length <= 4 && refOf(described![1]!)?.kind !== 'name') return { kind: 'name', name: apposed };
      // ("a précisé à Reuters un responsable du ministère": someone unnamed speaks.)
      return described ? refOf(described[1]!) : /\s(?:un|une|des)\s/iu.test(chunk) ? { kind: 'unnamed' } : null;
    }
    // "sagte er gegenüber …", "said he": a pronoun right after the verb.
    const firstWord = head.split(/\s+/)[0] ?? '';
    if (PRONOUN_RE.test(firstWord)) return pronoun(firstWord);
    // "erklärte von der Leyen und fügte hinzu": a name may open with its particle.
    // (Only before a capitalised word, directly or after an article: "la maire Anne Roy" opens with an article.)
    const [, second = '', third = ''] = head.split(/\s+/);
    const particle = PARTICLE.test(firstWord) && (/^\p{Lu}/u.test(second) || (/^(?:der|den|la|le)$/.test(second) && /^\p{Lu}/u.test(third)));
    let lead = refOf(/^\p{Lu}/u.test(head) || particle ? leadingName(head) : head);
    // "a affirmé le ministre de l'Économie": the place cut off above ("de l'Économie") completes the
    // description, which names the one person introduced by it.
    if (lead?.kind === 'anaphor' && head !== subject) {
      const whole = refOf(subject);
      if (whole?.kind === 'anaphor' && whole.description) lead = { ...lead, description: whole.description };
    }
    // Trusted only as a person the article names elsewhere (weak): "von der Brücke" may be no one.
    let ref = particle && lead?.kind === 'name' ? { ...lead, weak: true } : lead;
    // "said USGS hydrologist Ryan Jackson": the person after the organisation and a description.
    const afterDescription = /^\p{Lu}/u.test(head) && !particle ? nameAfterDescription(head) : null;
    if (afterDescription) ref = { kind: 'name', name: afterDescription };
    // "said the company's CEO, Jane Doe", "said co-owner of R & G Produce, Gary Lamb": the name is in
    // the appositive; a capitalised name inside a lowercase description is its organisation's.
    const described = /^\p{Ll}/u.test(head) && !particle;
    if ((ref?.kind !== 'name' || described) && chunks[1]) {
      const name = nameIn(chunks[1], false);
      if (name && chunks[1].split(/\s+/).length <= 4) return { kind: 'name', name };
    }
    return ref;
  }
  const m = SUBJECT_VERB.exec(t);
  if (m && m[1]!.split(/\s+/).length <= 12) return subjectRef(m[1]!);
  return null;
}

/**
 * The person a relative pronoun refers to: the name ending the words before it ("… a croisé Paul
 * Roux, qui"), or, when those words are a description in apposition ("Paul Roux, le successeur de
 * Jean Petit, qui"), the name the description follows (the name inside it is its complement).
 */
function antecedentRef(text: string): SpeakerRef | null {
  const chunks = lastSentence(text).split(/[,;:()—–]/).map((c) => c.trim()).filter(Boolean);
  let chunk = chunks.pop() ?? '';
  if (/^(?:\p{Ll}|(?:Le|La|Les|L['’]|The|A|An|Un|Une)\s)/u.test(chunk) && !PRONOUN_RE.test(chunk.split(/\s+/)[0]!) && chunks.length) chunk = chunks.pop()!;
  const name = nameIn(chunk, true);
  // Only a name closing the words: "Paul Roux" in "… a croisé Paul Roux", not "Roux" in "Roux a vu le maire".
  if (!name || !chunk.replace(/[.,;:!?]+$/, '').endsWith(name)) return null;
  return refOf(name);
}

/**
 * Attribution before an opening quote mark, inside the same sentence: `Mr Durkan said: “…”`,
 * `Savett said that … the launch marked … “…”`, `…, saying “…”` (the sentence's subject).
 */
export function attributionBefore(before: string): SpeakerRef | null {
  const t = before.trim();
  if (t === '') return null;
  const according = ACCORDING_TAIL.exec(t);
  if (according) return refOf(according[1]!);
  // "Selon la fédération des banques, Febelfin, « … »", "According to the ministry's spokesman, Tom
  // Hall, “…”": a description, then the name in apposition.
  const apposed = ACCORDING_APPOSITION.exec(t);
  if (apposed) {
    const named = refOf(apposed[2]!);
    if (named?.kind === 'name') return named;
    const described = refOf(apposed[1]!);
    if (described) return described;
  }
  // "Pour Sarah Jones, « … »", "Für Roth „…“": the French and German "in X's view" names the speaker
  // too, when it names a person.
  // "car comme le dit Madame Boustani « … »", "comme l'a rappelé X, « … »": the clause of comparison
  // names who says the words that follow it.
  const comme = COMME_SAYS.exec(t);
  if (comme) {
    const ref = refOf(comme[1]!.trim());
    if (ref) return ref;
  }
  const view = VIEW_OF.exec(t);
  if (view) {
    const named = view[1]!.split(',').map((c) => refOf(c.trim())).reverse().find((r) => r?.kind === 'name');
    if (named) return named;
  }
  const zufolge = ZUFOLGE.exec(t);
  if (zufolge && !VERB_ONE.test(t.slice(zufolge.index))) return refOf(zufolge[1]!);
  // "Dazu hat Ministerin Anna Roth gesagt:", "Die Ministerin hat am Montag betont:": the German
  // perfect sets the subject between auxiliary and participle after an adverbial, before them otherwise.
  const perfect = GERMAN_PERFECT.exec(t);
  if (perfect) {
    const opening = lastSentence(t.slice(0, perfect.index)).trim();
    const ref = opening === '' || ADVERBIAL_OPENING.test(opening) ? attributionAfter(`sagte ${perfect[1]!.trim()}`) : subjectRef(opening);
    if (ref) return ref;
  }
  let verbAt = -1;
  for (const m of t.matchAll(VERB_RE)) verbAt = m.index;
  let participleAt = -1;
  for (const m of t.matchAll(PARTICIPLE_RE)) participleAt = m.index;
  if (verbAt >= 0 && verbAt > participleAt) {
    // "…“, erklärte von der Leyen und fügte hinzu: „…“", "Doe said X and added:": the second verb of
    // a coordination shares the first one's subject.
    const coordinated = /^(.*\S)\s+(?:und|and|et|y|e)\s*$/su.exec(t.slice(0, verbAt));
    if (coordinated) {
      const prior = coordinated[1]!;
      let priorVerb = -1;
      for (const m of prior.matchAll(VERB_RE)) priorVerb = m.index;
      if (priorVerb >= 0 && sentenceStart(prior, priorVerb) === sentenceStart(t, verbAt)) {
        // Inverted ("erklärte von der Leyen und") or in order ("Doe said the plan had failed and").
        for (const shared of [attributionAfter(prior.slice(priorVerb)), attributionBefore(prior)]) if (shared && shared.kind !== 'unnamed') return shared;
      }
    }
    // "“…”, erklärte Roth": the verb right after a closing mark is an inverted attribution.
    // (The text before may start right after the quote: then only its comma is left.)
    if (/(?:^|[”“"»«’])\s*,?\s*$/u.test(t.slice(0, verbAt))) {
      const inverted = attributionAfter(t.slice(verbAt));
      if (inverted) return inverted;
    }
    // German word order puts the subject after the verb: "In einem Interview sagt Kommissar Günther Oettinger:".
    const afterVerb = t.slice(verbAt).replace(/^\S+/, '').replace(/[,;:]\s*$/, '').trim();
    // "In der Erklärung heißt es:", "Dann hieß es": impersonal, nobody speaks.
    if (/^es(?![\p{L}])/u.test(afterVerb)) return { kind: 'unnamed' };
    if (afterVerb && afterVerb.split(/\s+/).length <= 6) {
      const name = nameIn(afterVerb, true);
      if (name && name.includes(' ') && /\p{Ll}/u.test(name)) return { kind: 'name', name };
      // "In Bezug auf die Pandemie sagte Wojahn weiter:", "Dann sagte er:": a sentence opened by an
      // adverbial puts the subject right after the verb (German verb-second order).
      if (ADVERBIAL_OPENING.test(lastSentence(t.slice(0, verbAt)).trim())) {
        const first = afterVerb.split(/\s+/)[0]!;
        if (PRONOUN_RE.test(first)) return pronoun(first);
        // "Beim Besuch sagte der Ministerpräsident:": a definite description after the verb is the subject.
        if (DEFINITE.test(afterVerb)) return refOf(afterVerb);
        const ref = /^\p{Lu}/u.test(first) ? refOf(leadingName(afterVerb)) : null;
        if (ref?.kind === 'name') return ref;
      }
    }
    // "A report by the Red Cross said": the document's issuer.
    const sentence = lastSentence(t.slice(0, verbAt));
    const issuer = /,/.test(sentence) ? null : documentAuthor(sentence);
    if (issuer) return { kind: 'source', name: issuer };
    // "Anne Leroy l’assure :", "Roth s’est félicitée": an object pronoun stands between subject and verb.
    const subject = t.slice(0, verbAt).replace(/\s+\w+ly\s*$/, '').replace(/\s+(?:l['’]|s['’]|lui|leur)\s*$/iu, '');
    // "…avec Paul Roux, le successeur de Jean Petit, qui lui avait rétorqué :": the subject of the
    // relative is its antecedent, the person right before "qui", never the sentence's subject.
    const relative = /^(.*\S),\s*(?:qui|who)\s*$/su.exec(subject);
    if (relative) return antecedentRef(relative[1]!);
    const ref = subjectRef(subject.split(/\s+/).slice(-24).join(' '));
    if (ref) return ref;
  }
  // "A report by the Red Cross concludes: « … »", "An email from Roe adds, saying “…”": a document's
  // author or issuer speaks through it.
  const author = documentAuthor(lastSentence(t));
  if (author) return { kind: 'source', name: author };
  // "Secretary of the Air Force Jane Roe: “…”": a label of office and name before the colon.
  const label = labelName(t);
  if (label) return label.weak ? { kind: 'name', name: label.name, weak: true } : { kind: 'name', name: label.name };
  // "Asked about the delay, Tanaka was blunt: “…”": the subject of the clause the colon ends.
  if (/:$/.test(t)) {
    const clause = lastChunk(t.replace(/\s*:$/, ''));
    const ref = clause.trim() !== t ? subjectAtStart(clause) : null;
    if (ref) return ref;
  }
  // "Keller: „…“", "Anne Leroy : « … »": a name and a colon introduce the person's words.
  const labelled = /(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*:$/u.exec(t);
  if (labelled) {
    const ref = refOf(labelled[1]!);
    // (Two capitalised German nouns, "Thema Sicherheit:", are no name: several words only as the lexicon's person.)
    if (ref?.kind === 'name' && !ref.name.includes(' ')) return { ...ref, weak: true };
    if (ref?.kind === 'name' && (isGivenName(ref.name.split(' ')[0]!) || nameTags(ref.name).people)) return ref;
  }
  return subjectAtStart(t);
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
  const words = t.split(/\s+/);
  const lead: string[] = [];
  for (const w of words) {
    const bare = bareWord(w);
    if (!isNameToken(bare) && !/^(?:of|the|for)$/.test(bare)) break;
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

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
