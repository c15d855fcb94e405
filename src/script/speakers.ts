// Who is speaking. News copy attributes quotes in a handful of shapes: “…,” Blinken said /
// “…,” said Mayor Ana Ruiz / Mr Durkan said: “…” / … he said / the Ukrainian leader said. This
// module reads the attribution next to a quote, and resolves names to one canonical form per
// person (the fullest form the article uses: "Blinken" → "Antony Blinken"). Pronouns and
// definite descriptions ("the Ukrainian leader") resolve to the person mentioned most recently,
// which is how news copy uses them; with no such person the speaker stays unknown (null).

import type { Gender } from '../model.ts';
import {
  ACCORDING, articleGender, dropAffiliation, GERMAN_ROLE, TITLES, DEFINITE, INDEFINITE, PARTICIPLES, pronounOf, PRONOUN_RE, ROLE_NOUNS, VERBS, WB, WE,
} from './attribution-words.ts';
import { isGivenName } from './name-tags.ts';
import { bareWord, isNameToken, isTitle, nameIn, NOT_NAMES } from './name-runs.ts';
import { sentenceStart } from './sentences.ts';

export { nameIn };

const pronoun = (word: string): { kind: 'anaphor'; gender?: Gender } => {
  const gender = pronounOf(word);
  return gender ? { kind: 'anaphor', gender } : { kind: 'anaphor' };
};

export type SpeakerRef =
  /** `weak`: only guessed from a sentence's first word; trusted when the article names that person elsewhere. */
  | { kind: 'name'; name: string; weak?: boolean }
  /** "he", "she", "the president": the most recently mentioned person (of the pronoun's gender). */
  | { kind: 'anaphor'; gender?: Gender; role?: string }
  /** Someone unnamed ("a spokesperson", "officials"): unknown speaker. */
  | { kind: 'unnamed' }
  /** Given by the layout (a transcript label): used as it is, with the gender the label states. */
  | { kind: 'fixed'; name: string; gender?: Gender };

export const VERB_RE = new RegExp(`${WB}(?:${VERBS})${WE}`, 'gu');
const VERB_ONE = new RegExp(VERB_RE.source, 'u');
const PARTICIPLE_RE = new RegExp(`${WB}(?:${PARTICIPLES})${WE}`, 'gu');
const ACCORDING_LEAD = new RegExp(`^(?:${ACCORDING})\\s+(.+)`, 'iu'); // these 4: built once, not per quote (--plan profile)
const ACCORDING_TAIL = new RegExp(`(?:${ACCORDING})\\s+([^,;:]+)[,;:]?\\s*$`, 'iu');
const ACCORDING_APPOSITION = new RegExp(`(?:${ACCORDING})\\s+([^,;:]+),\\s*([^,;:]+)[,;:]?\\s*$`, 'iu');
const VIEW_OF = /(?:^|[.!?]\s+)(?:Pour|Für|Para|Per)\s+([^;:.!?]{1,80}?),?\s*$/u;
const VERB_LEAD = new RegExp(`^(?:${VERBS})${WE}\\s*(.+)`, 'iu');
const SUBJECT_VERB = new RegExp(`^(.{1,120}?)\\s+(?:\\w+ly\\s+)?(?:${VERBS})${WE}`, 'iu');

/** Role nouns: "the <…> leader said" refers to a person already in the story. */
const PERSON_ROLES = new RegExp(
  String.raw`^(?:leader|president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|senator|governor|mayor|chief|executive|ceo|founder|chair(?:man|woman|person)?|director|ambassador|official|commander|general|king|queen|prince|pope|envoy|diplomat|lawmaker|congress(?:man|woman)|politician|candidate|nominee|actor|actress|singer|star|player|coach|manager|author|writer|scientist|researcher|professor|doctor|lawyer|attorney|judge|man|woman|father|mother|son|daughter|officer|analyst|economist|head|boss|activist|owner|victim|witness|resident|teacher|student|billionaire|entrepreneur|former|` +
    // "the 45-year-old said", "der 45-Jährige sagte", "the nurse said": an age or an occupation, singular
    `\\d+-year-old|\\d+-jährige[rn]?|nurse|farmer|worker|pilot|soldier|priest|journalist|engineer|artist|musician|athlete|driver|veteran|survivor|` +
    `grandmother|grandfather|wife|husband|sister|brother|legislator|councillor|councilor|democrat|republican)$`,
  'i',
);

/** A German or French preposition and its article, and nothing else: "In der Erklärung", "dans un communiqué". */
const PREPOSITION_LEAD =
  /^(?:in|an|auf|aus|bei|mit|nach|seit|vor|über|unter|für|gegen|durch|während|dans|sur|avec|par|lors|pendant|après|avant)\s+(?:der|dem|den|des|einem|einer|eines|un|une|le|la|les|l['’])\s*[^,;:]*$/iu;

/** A lowercase description (up to four words), then a preposition and a capitalised organisation or place. */
const DESCRIBED_AFFILIATION =
  /^((?:(?:the|an?|his|her|le|la|l['’]|un|une)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Ll}[\p{L}'’-]*)\s+(?:of|with|at|for|from|in|du|de\s+la|de|des|d['’]|chez)\s*(?:(?:the|la|le|l['’])\s*)?[\p{Lu}\p{N}]/u;

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
  if (affiliated) return refOf(affiliated[1]!);
  const words = s.split(/\s+/);
  const head = bareWord(words[words.length - 1]!);
  if (PRONOUN_RE.test(head) && words.length <= 3) return pronoun(head);
  // "der Sprecher", "la ministre", "ein Interpol-Sprecher": descriptions, whatever their capitals.
  if (INDEFINITE.test(s)) return { kind: 'unnamed' };
  if (DEFINITE.test(s) && !/^(?:the|his|her)\s/i.test(s) && words.length <= 8) {
    // "le ministre Jean Dupont", "der Minister Hans Müller": a role word, then the name.
    const name = nameIn(s, true);
    const before = name ? s.slice(0, s.lastIndexOf(name)).trim().split(/\s+/).pop() : undefined;
    if (name && name.includes(' ') && before && (isTitle(before) || GERMAN_ROLE.test(before) || ROLE_NOUNS.test(before) || /^\p{Ll}/u.test(before) || isGivenName(name.split(' ')[0]!))) return { kind: 'name', name };
    // The role is the first noun ("der Sprecher des Ministeriums", "la ministre des Armées"), and
    // the article says the gender ("die Oberbürgermeisterin", "le porte-parole").
    // "der aus München stammende Wojahn", "la très discrète Dupont": an adjective, then a capitalised
    // word that is no role noun, is a surname; weak, so only a person the article names.
    const last = bareWord(words[words.length - 1]!);
    if (words.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(last) && !isTitle(last) && !GERMAN_ROLE.test(last) && !ROLE_NOUNS.test(last) && /^\p{Ll}{3,}e[nrs]?$/u.test(bareWord(words[words.length - 2]!))) {
      return { kind: 'name', name: last, weak: true };
    }
    const role = words.slice(1, 4).map(bareWord).find((w) => ROLE_NOUNS.test(w) || GERMAN_ROLE.test(w) || PERSON_ROLES.test(w));
    // "die Experten", "die Sprecherinnen": several people, none of them the speaker.
    if (!role || /(?:innen|[^i]en)$/i.test(role)) return { kind: 'unnamed' };
    const gender = articleGender(words[0]!.replace(/['’]$/, ''), role);
    return gender ? { kind: 'anaphor', gender } : { kind: 'anaphor' };
  }
  if (!/^\p{Lu}/u.test(head)) {
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
  const described = /^\p{Ll}/u.test(last) && !PRONOUN_RE.test(last.split(/\s+/)[0] ?? '');
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

/** A role and its organisation: a word, then of/for/at/with and a capitalised name ("Director of the Trust"). */
const AFFILIATED_ROLE = /^(?:(?:the|an?)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:of|for|at|with)\s+(?:the\s+)?\p{Lu}/u;

const PARTICLE = /^(?:von|van|de|du|da|di|del|della|dos|la|le|ter|bin|ibn|al|el|zu)$/;

/**
 * The name that opens the words after an inverted reporting verb, without what follows it:
 * "Katrin Albers nach der Abstimmung" → "Katrin Albers", "Hoffmann dem Radiosender WDR" →
 * "Hoffmann" (German puts the subject right after the verb, then objects and adverbials;
 * English "said Ana Ruiz in a statement" alike). Name particles ("Ursula von der Leyen") and
 * "Secretary of State" stay.
 */
function leadingName(head: string): string {
  const words = head.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1] ?? '';
    // A particle, or "of", joins when a capitalised word follows, directly or after an article.
    const capitalAhead = /^\p{Lu}/u.test(next) || (/^(?:der|den|the|la|le)$/.test(next) && /^\p{Lu}/u.test(words[i + 2] ?? ''));
    const joins =
      /^\p{Lu}/u.test(w) ||
      ((PARTICLE.test(w) || w === 'of') && capitalAhead) ||
      (/^(?:der|den|the|la|le)$/.test(w) && /^(?:von|van|of|de)$/.test(words[i - 1] ?? '') && /^\p{Lu}/u.test(next));
    if (!joins || kept.length >= 6) break;
    kept.push(w);
  }
  return kept.length ? kept.join(' ') : head;
}

const HONORIFIC_STOP = /(?<![\p{L}])(Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Fr|St|Jr|Sr|M|Mme|Mlle)\./gu;

/** The first word of a German sentence that opens with an adverbial rather than its subject. */
const ADVERBIAL_OPENING =
  /^(?:in|im|am|an|auf|aus|bei|beim|mit|nach|seit|von|vom|vor|zu|zum|zur|über|unter|für|gegen|ohne|um|durch|während|wegen|angesichts|dazu|dann|daher|deshalb|später|zudem|außerdem|auch|so|heute|gestern|morgen|damals|danach|anschließend|zuvor|weiter|jetzt|nun|hier|dort|darauf|dabei|darüber|bereits|schon)(?![\p{L}])/iu;

export const RELATIVE = /^(?:who|whose|which|der|die|das|dem|den|qui|dont|lequel|laquelle)\s/i;

/** "Hoffmann zufolge": the German postposition after its name. */
const ZUFOLGE = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)\s+zufolge(?![\p{L}])/u;

/**
 * Attribution after a closing quote mark: `, he said`, `, Blinken said, noting…`,
 * `, said Mayor Ana Ruiz.`, `, according to Jane Doe.` `after` is the text up to the sentence end.
 */
export function attributionAfter(after: string): SpeakerRef | null {
  const t = after.replace(/^[\s,;:—–-]+/, '');
  if (t === '') return null;
  const according = ACCORDING_LEAD.exec(t);
  if (according) return refOf(according[1]!.split(/[,.;:!?]/)[0]!);
  // German "…“, so Juncker." and French "…», a-t-il déclaré."
  const so = /^so\s+((?:(?:der|die)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s*(?:[.,;]|$)/u.exec(t);
  if (so) return refOf(so[1]!);
  // German separable verbs put their particle at the end: "teilte das Ministerium mit", "fügte Kugler hinzu".
  // "hob Roth hervor", "wies Roth darauf hin", "führte Roth aus", "machte Roth deutlich", "stellte Roth fest".
  const separable =
    /^(?:teilte|teilten|teilt|fügte|fügten|fügt|räumte|räumt|gab|gibt|kündigte|kündigt|stellte|stellt|hob|hebt|wies|weist|führte|führt|machte|macht|hielt|hält)\s+(.{1,80}?)\s+(?:darauf\s+)?(?:mit|hinzu|ein|zu|an|klar|hervor|hin|aus|deutlich|fest|entgegen|fort)\s*(?:[.,;]|$)/u.exec(t);
  if (separable) return refOf(leadingName(separable[1]!));
  const inverse = /^\p{L}+-t-(il|elle)\b|^\p{L}+-(il|elle)\b/iu.exec(t);
  if (inverse) return pronoun((inverse[1] ?? inverse[2])!);
  const inverted = VERB_LEAD.exec(t);
  if (inverted) {
    // "said Dr. Alan Cho": an honorific's stop ends no clause.
    // A middle initial's stop ends no clause either ("said Lisa F. Garcia").
    const chunks = inverted[1]!.replace(HONORIFIC_STOP, '$1').split(/(?<!(?:^|\s)\p{Lu})[.](?=\s)|[,;:!?]\s|[,.;:!?]$/u).map((c) => c.trim()).filter(Boolean);
    const head = dropAffiliation(chunks[0] ?? '');
    // "said in a statement" / "said on Monday": not a subject.
    if (/^(?:in|on|at|during|after|before|to|of|from|via|through|last|this|when|while|that|earlier|later)\b/i.test(head)) return null;
    // "sagte er gegenüber …", "said he": a pronoun right after the verb.
    const firstWord = head.split(/\s+/)[0] ?? '';
    if (PRONOUN_RE.test(firstWord)) return pronoun(firstWord);
    // "erklärte von der Leyen und fügte hinzu": a name may open with its particle.
    const particle = PARTICLE.test(firstWord);
    const lead = refOf(/^\p{Lu}/u.test(head) || particle ? leadingName(head) : head);
    // Trusted only as a person the article names elsewhere (weak): "von der Brücke" may be no one.
    const ref = particle && lead?.kind === 'name' ? { ...lead, weak: true } : lead;
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
  const view = VIEW_OF.exec(t);
  if (view) {
    const named = view[1]!.split(',').map((c) => refOf(c.trim())).reverse().find((r) => r?.kind === 'name');
    if (named) return named;
  }
  const zufolge = ZUFOLGE.exec(t);
  if (zufolge && !VERB_ONE.test(t.slice(zufolge.index))) return refOf(zufolge[1]!);
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
        const ref = /^\p{Lu}/u.test(first) ? refOf(leadingName(afterVerb)) : null;
        if (ref?.kind === 'name') return ref;
      }
    }
    // "Anne Leroy l’assure :", "Roth s’est félicitée": an object pronoun stands between subject and verb.
    const subject = t.slice(0, verbAt).replace(/\s+\w+ly\s*$/, '').replace(/\s+(?:l['’]|s['’]|lui|leur)\s*$/iu, '');
    const ref = subjectRef(subject.split(/\s+/).slice(-24).join(' '));
    if (ref) return ref;
  }
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
    if (ref?.kind === 'name') return ref.name.includes(' ') ? ref : { ...ref, weak: true };
  }
  return subjectAtStart(t);
}

/**
 * The person narration reports ("Smith said the plan had failed.", "…, erläutert Honé."): the
 * subject of its last reporting verb, before it or (inverted) right after it; null when none is a
 * person or pronoun. A quote that follows such a sentence without an attribution of its own is
 * usually that person's words.
 */
export function reportedSpeaker(text: string): SpeakerRef | null {
  let found: SpeakerRef | null = null;
  for (const m of text.matchAll(VERB_RE)) {
    const after = text.slice(m.index + m[0].length);
    const pronounAfter = /^\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
    const inverted = /^\s+(\p{Lu}[^,.;:!?]*)/u.exec(after);
    let ref: SpeakerRef | null = null;
    if (PRONOUN_RE.test(pronounAfter)) ref = pronoun(pronounAfter);
    else if (inverted && /[.!?]\s*$|^\s+\S+\s*[.!?]/u.test(after.slice(0, inverted[0].length + 2))) ref = refOf(leadingName(inverted[1]!));
    if (ref?.kind !== 'name' && ref?.kind !== 'anaphor') ref = subjectRef(text.slice(Math.max(0, m.index - 120), m.index));
    if (ref?.kind === 'name' || ref?.kind === 'anaphor') found = ref;
  }
  return found;
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
  const words = t.split(/\s+/);
  const lead: string[] = [];
  for (const w of words) {
    const bare = bareWord(w);
    if (!isNameToken(bare) && !/^(?:of|the)$/.test(bare)) break;
    lead.push(w);
    if (/[,;:]$/.test(w)) break;
  }
  const next = words[lead.length];
  // A name at the start followed by a lowercase word (a verb): "Zelenskyy also called…".
  if (lead.length && next && /^\p{Ll}/u.test(next)) {
    const name = nameIn(lead.join(' '), true);
    // One capitalised word opening a sentence is as often "Officials" or "Allies" as "Blinken".
    if (name) return name.includes(' ') ? { kind: 'name', name } : { kind: 'name', name, weak: true };
  }
  return null;
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
