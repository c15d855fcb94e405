// The people an article names, as attribution sees them: one registry of names (short forms mapped
// to the fullest), the mentions of people in each paragraph's narration in reading order, and the one
// person a lead-in ending on a colon names. attribute.ts walks these to resolve every quote's speaker.
import type { Gender } from '../model.ts';
import type { Piece } from './segment.ts';
import { splitSentences } from './sentences.ts';
import { NameRegistry } from './name-registry.ts';
import { mentionsIn } from './mentions.ts';
import type { Mention } from './sentence-subjects.ts';
import { givenNameGender } from '../voices/name-gender.ts';
import { isRoleWord } from './roles.ts';

/** Registers every person the article names, so short forms map to the fullest one. */
export function buildRegistry(paragraphs: Piece[][], isPerson: (name: string) => boolean): NameRegistry {
  const registry = new NameRegistry();
  for (const pieces of paragraphs) {
    for (const piece of pieces) {
      if (piece.role === 'body') for (const m of mentionsIn(piece.text)) if (isPerson(m.name)) registry.add(m.name);
      if (piece.ref?.kind === 'name' && !piece.ref.weak && isPerson(piece.ref.name)) registry.add(piece.ref.name);
    }
  }
  for (const pieces of paragraphs) for (const piece of pieces) if (piece.role === 'body') registry.learnFullForms(piece.text);
  return registry;
}

/** Mentions of people in a paragraph's narration, ordered by position (quotes excluded). */
// (`knownSurname`: whether a known surname's mention counts; a surname may read as a place, "Jimmy Wales".)
export function paragraphMentions(pieces: Piece[], registry: NameRegistry, surnames: Map<string, RegExp>, base: number, isPerson: (name: string) => boolean, knownSurname: (surname: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const piece of pieces) {
    if (piece.role !== 'body') continue;
    // An organisation is never "she" or "he": only people enter the timeline pronouns look back on.
    const local = mentionsIn(piece.text).filter((m) => isPerson(m.name)).map((m) => ({ offset: m.offset, end: m.offset + m.name.length, name: registry.canonical(m.name) }));
    for (const m of local) out.push({ order: base + piece.start + m.offset, name: m.name });
    for (const [surname, re] of surnames) {
      if (!knownSurname(surname)) continue;
      for (const m of piece.text.matchAll(re)) {
        // The surname of a name just mentioned in full is that person ("Peter Brodtke"), not whichever
        // Brodtke the registry holds as the surname's fullest form ("Jochen Brodtke", named before).
        if (local.some((l) => l.offset <= m.index && m.index < l.end)) continue;
        const name = registry.canonical(surname);
        // "Daniels said Bloomberg's contribution will …": a possessor after another person in its
        // sentence (its subject) is no antecedent for the "he said" after it; the subject is.
        if (possessorAfterAnother(piece.text, m.index + m[0].length, m.index, name, local)) continue;
        out.push({ order: base + piece.start + m.index, name });
      }
    }
  }
  return out.sort((a, b) => a.order - b.order);
}

/** A name written as a possessor ("Bloomberg's") with another person mentioned before it in its sentence. */
function possessorAfterAnother(text: string, end: number, at: number, name: string, mentions: { offset: number; name: string }[]): boolean {
  if (!/^['’]s?(?![\p{L}])/u.test(text.slice(end))) return false;
  const sentenceStart = Math.max(0, ...[...text.slice(0, at).matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((s) => s.index + s[0].length));
  return mentions.some((m) => m.name !== name && m.offset >= sentenceStart && m.offset < at);
}

/** The people a text names, one canonical name each: mentions, and known surnames outside them. */
export function peopleIn(text: string, registry: NameRegistry, surnames: Map<string, RegExp>, isPerson: (name: string) => boolean): Set<string> {
  // A lone word ("Minister", "Officials") counts only as a person the article names in full elsewhere.
  const mentions = mentionsIn(text).filter((m) => isPerson(m.name) && (m.name.includes(' ') || registry.knows(m.name)));
  const out = new Set(mentions.map((m) => registry.canonical(m.name)));
  for (const [surname, re] of surnames) {
    // "Ana Roy" mentioned is not also every other Roy of the article.
    if (mentions.some((m) => m.name.endsWith(surname))) continue;
    re.lastIndex = 0;
    const name = registry.canonical(surname);
    if (re.test(text) && (name.includes(' ') || registry.knows(surname))) out.add(name);
  }
  return out;
}

/**
 * A press review's lead-in: an article, a title in quotation marks and maybe its town in brackets,
 * then what it writes about ('Die "Augsburger Allgemeine" über Kanzlerin X:', 'Der „Landbote“
 * (Lindau) zur Wahl:', 'Das „Abendecho“ meint zu X:'). German sets a paper's title in quotation
 * marks after its article; the paper is the quotation's source, the person after "über"/"zu" its
 * topic. Capitalised words only inside the marks (a quoted phrase is lowercase or a sentence).
 */
const QUOTED_PAPER = /^(?:Die|Der|Das)\s+[„"“»]((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:[\s-]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})[“"”«](?:\s+\([^()]+\))?\s+(?:über|zu|zum|zur|meint|meinte|schreibt|schrieb|kommentiert|kommentierte)(?![\p{L}])/u;
export function quotedPaperSubject(sentence: string): string | null {
  return QUOTED_PAPER.exec(sentence.trim())?.[1] ?? null;
}

/**
 * The one person a lead-in ending on a colon names: in its own sentence, or, when that sentence is a
 * few words without a person ("Danach die bekannten Worte:", "His answer:"), in the sentence before.
 * Two people named, or none: nobody (a guess would put words in the wrong mouth).
 */
export function leadInPerson(body: string, registry: NameRegistry, surnames: Map<string, RegExp>, isPerson: (name: string) => boolean): string | null {
  const sentences = splitSentences(body);
  const last = sentences.pop() ?? '';
  const paper = quotedPaperSubject(last);
  if (paper) return paper;
  let people = peopleIn(last, registry, surnames, isPerson);
  if (people.size === 0 && last.split(/\s+/).length <= 6 && sentences.length) people = peopleIn(sentences.pop()!, registry, surnames, isPerson);
  return people.size === 1 ? [...people][0]! : null;
}



/**
 * French given names the English lexicon genders but French gives to both (Dominique, Claude,
 * Camille, Sacha, Alix) or to the other sex (Jules): no prior for them.
 */
const FRENCH_UNGENDERED = /^(?:dominique|claude|camille|sacha|alix|jules)$/i;
export const frenchGivenGender = (name: string): Gender | null => (FRENCH_UNGENDERED.test(name.split(/[\s-]/)[0]!) ? null : givenNameGender(name));

const HONOURED = /(?<![\p{L}])(?:M\.|MM\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau)\s+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
/** A capitalised German title, then one capitalised word, then a lowercase word or a stop: "Bundespräsidentin Brodtke zeigte". */
const RANKED = /(?<![\p{L}-])(\p{Lu}[\p{Ll}-]{3,})\s+(\p{Lu}[\p{Ll}'’-]+)(?=\s+\p{Ll}|[,.;:!?])/gu;
/** Endings of German common nouns, which no surname after a title has ("Trainer Mannschaft"). */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ität|ismus|nis)$/u;

/**
 * The surnames the narration writes after an honorific ("M. Keita a annoncé", "Frau Roth"): a
 * person's, though the full name it stands for ("Ousmane Dalein Keita") is none the lexicon reads.
 * In German also after a title of office with no given name ("Auch Bundespräsidentin Brodtke zeigte
 * sich erfreut. Sie sagte:"): German writes a person's rank before the surname alone.
 */
export function honouredSurnames(texts: string[], language?: string): Set<string> {
  return new Set(
    texts.flatMap((text) => [
      ...[...text.matchAll(HONOURED)].map((m) => m[1]!),
      ...(language === 'de' ? [...text.matchAll(RANKED)].filter((m) => isRoleWord(m[1]!) && !NOUN_ENDING.test(m[2]!)).map((m) => m[2]!) : []),
    ]),
  );
}
