// Attributions a quote without its own finds in the narration right beside it, in its paragraph:
// the text shapes (each giving the SpeakerRef an incise there would give) and the pass that asks
// them. attribute.ts walks the whole article and lends this pass its resolver, which knows the
// article's people; here only the neighbouring sentences are read.
import type { Gender } from '../model.ts';
import { attributionAfter } from './speakers.ts';
import type { SpeakerRef } from './subject-refs.ts';
import { VERBS, WE } from './attribution-words.ts';
import type { Piece } from './segment.ts';
import type { NameRegistry } from './name-registry.ts';
import { splitSentences } from './sentences.ts';
import { leadInPerson, quotedPaperSubject } from './article-people.ts';
import { isTopicLead } from './lead-ins.ts';
import { reportedSpeaker } from './reported-speaker.ts';
import { namedSubject, pointedBackSubject, roleSubject } from './sentence-subjects.ts';

export interface ResolvedPiece extends Piece {
  speaker: string | null;
  /** The speaker's gender when the article states it (quotes only), else null. */
  speakerGender: Gender | null;
}

/** What the article's walk (attribute.ts) knows that a paragraph's neighbours are read with. */
export interface NeighbourContext {
  /** The paragraph's place in reading order. */
  base: number;
  language?: string;
  /** A ref to the person it points to, seen from a place in reading order. */
  resolve: (ref: SpeakerRef, order: number) => string | null;
  /** Whether a text names a person other than `except`. */
  namesSomeone: (text: string, except: string | null) => boolean;
  registry: NameRegistry;
  surnames: Map<string, RegExp>;
  isPerson: (name: string) => boolean;
  /** Papers quoted in a press review, collected for the walk: sources, never a later pronoun's person. */
  papers: Set<string>;
}

/** A reporting verb opening an inverted attribution, German separable verbs too ("stellte … klar"). */
const INVERTED_VERB = new RegExp(`^(?:${VERBS}|teilte|fügte|räumte|gab|kündigte|stellte|hob|wies|führte|machte)${WE}`, 'iu');

/** A noun of speech, "de" and a role, ending on a colon: "Réplique du maire :", "Réponse de la ministre :". */
const SPEECH_NOUN_ROLE = /(?:^|[.!?]\s+)(?:Réplique|Réponse|Réaction|Riposte|Commentaire|Verdict|Explication|Constat)\s+(du|de\s+la|de\s+l['’])\s*(\p{Ll}[\p{L}-]*)\s*:$/u;

/** A speech's label before its text: "Die Rede im Wortlaut:", "Auszug aus der Neujahrsansprache:", "Das Statement:". */
const SPEECH_LABEL = /(?:[Ww]ortlaut|[Aa]uszug|[Aa]uszüge|[Rr]ede|[Aa]nsprache|[Gg]rußwort|[Ee]rklärung|[Ss]tatement|[Bb]otschaft)(?:\s+(?:im\s+Wortlaut|aus\s+(?:der|dem)\s+[\p{L}-]+|in\s+Auszügen))?\s*:$/u;

/**
 * A sentence's own inverted attribution at its end ("Die Pläne seien „kaum bezahlbar“, so Brandt.",
 * "Das sei ein Skandal, schimpfte Brandt."): who spoke the reported speech, which a quote after it
 * goes on with.
 */
export function endingAttribution(sentence: string): SpeakerRef | null {
  const tail = /,\s*([^,„“”"»«]+)[.!]$/u.exec(sentence)?.[1];
  return tail && (INVERTED_VERB.test(tail) || /^so\s/u.test(tail)) ? attributionAfter(`, ${tail}.`) : null;
}

/** German reported speech: a verb of the first subjunctive. */
export const SUBJUNCTIVE = /(?<![\p{L}])(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|stehe|liege|komme|bleibe|fehle|brauche)(?![\p{L}])/u;

/**
 * "Bürgermeister Peter Wahl zog Bilanz. Die Jahre seien gut gewesen, die Schulden aber hoch: „…“":
 * the sentence before the quote reports someone's speech in the subjunctive and names no one; the
 * person the sentence before it opens on (its named subject) is the one speaking.
 */
function reportedBySubject(text: string, last: string, namesSomeone: (text: string, except: string | null) => boolean): SpeakerRef | null {
  if (!SUBJUNCTIVE.test(last) || namesSomeone(last, null)) return null;
  const sentences = splitSentences(text);
  const before = sentences[sentences.length - 2];
  const ref = before ? namedSubject(before) : null;
  return ref?.kind === 'name' && !ref.weak ? ref : null;
}

/** "Réplique du maire :", "Réaction de la ministre :": the role of whoever speaks, as "dit le maire" gives it. */
export function speechNounRef(text: string): SpeakerRef | null {
  const noun = SPEECH_NOUN_ROLE.exec(text);
  if (!noun) return null;
  const article = noun[1] === 'du' ? 'le ' : noun[1]!.startsWith('de la') ? 'la ' : 'l’';
  return attributionAfter(`dit ${article}${noun[2]!}`);
}

/**
 * The narrator's report of the same speech after a quote, attributed at its end ("Der Urlaub sei
 * damit sicher, stellte der Bundeskanzler klar."), or a sentence pointing back to the words (pointsBack).
 */
export function reportAfterRef(sentence: string): SpeakerRef | null {
  const back = pointsBack(sentence);
  if (back) return back;
  const tail = /,\s*([^,]+)[.!?]$/.exec(sentence)?.[1];
  return tail && INVERTED_VERB.test(tail) ? attributionAfter(`, ${tail}.`) : null;
}

/**
 * "« … », y compris les amendes, commente Anne Roux, analyste …": the narrator completes the quoted
 * sentence, then inverts the attribution at a later comma; the chunk opening on a verb of saying
 * there names who said it.
 */
export function laterCommaRef(sentence: string): SpeakerRef | null {
  const chunks = sentence.split(/,\s+/).slice(2);
  const at = chunks.findIndex((c) => INVERTED_VERB.test(c));
  return at >= 0 ? attributionAfter(`, ${chunks.slice(at).join(', ')}`) : null;
}

/** A noun of speech opening a sentence, then whose it was: "Première prise de parole du ministre …, X,", "Réaction d'Anne Roux". */
const SPEECH_NOUN_OF =
  /^(?:(?:Première|Dernière|Nouvelle)\s+)?(?:prise de parole|déclaration|réaction|réponse|réplique|confidence|aveu|avertissement|mise en garde|message|propos|paroles|mots)\s+(du|des|de\s+la|de\s+l['’]|de|d['’])\s*(\S.*)$/iu;
/** "Tels sont les propos tenus par la maire, X", "Telle fut la réponse du ministre X", "Ce sont les mots de X". */
const SUCH_WERE =
  /^(?:Tel(?:le)?s?\s+(?:sont|étaient|furent|est|était|fut|a été)|Ce\s+sont|C['’]étaient|C['’]est)\s+(?:les|la|le|l['’])\s*(?:propos|paroles|mots|termes|réaction|réponse|message|déclaration|confidences?)(?:\s+(?:tenus|prononcés|employés|choisis|lâchés|rapportés|livrés)e?s?)?\s+(par\s+(?:le|la|les|l['’])|du|des|de\s+la|de\s+l['’]|de|d['’]|par)\s*(\S.*)$/iu;
/** "Those were the words of Mayor Jo Bell", "Such was the reply of X". */
const ENGLISH_SUCH_WERE = /^(?:Those|These|Such)\s+(?:were|are|was|is)\s+the\s+(?:words|remarks|reply|response|message)\s+of\s+(\S.*)$/iu;
/** "C'est par ces mots que X a ouvert …", "C'est en ces termes qu'a réagi X": the words just quoted, and who said them. */
const THESE_WORDS = /^C['’]est\s+(?:par|avec|en|sur)\s+ces\s+(?:mots|termes|paroles|propos)\s+qu(?:e\s+|['’]\s*)(\S.*)$/iu;
/** "Mit diesen Worten eröffnete Anna Roth die Sitzung.", "Das sagte Roth am Montag.": German points back with the verb second. */
const GERMAN_BACK = /^(?:(?:Mit|Mit\s+diesen|Mit\s+den)\s+Worten|Das|Dies|So)\s+(\p{Ll}+\s+.+)[.!?]$/u;

/** "de la" → "la ", "du" → "le ": the article a French "of" contracts, for reading the rest as a subject. */
function articleOf(of: string): string {
  const o = of.toLowerCase().replace(/^par\s+/, '');
  return o === 'du' || o === 'le' ? 'le ' : o === 'des' || o === 'les' ? 'les ' : o === 'la' || o.startsWith('de la') ? 'la ' : /^(?:de\s+)?l['’]$/.test(o) ? 'l’' : '';
}

/**
 * The speaker of the words just quoted, named by a sentence that points back to them — after the
 * quote in its paragraph, or opening the paragraph after a quotation standing alone (the quotation as
 * a story's lead): "Voilà comment X a décrit …", "C'est par ces mots que X …", "Tels sont les propos
 * tenus par X", a noun of speech and its owner ("Première prise de parole du ministre …, X,"), "Those
 * were the words of X", "Mit diesen Worten eröffnete X …", "Das sagte X am Montag.".
 */
export function pointsBack(sentence: string): SpeakerRef | null {
  const t = sentence.trim();
  const pointed = pointedBackSubject(t);
  if (pointed) return pointed;
  const owned = SPEECH_NOUN_OF.exec(t) ?? SUCH_WERE.exec(t);
  if (owned) return attributionAfter(`, a dit ${articleOf(owned[1]!)}${owned[2]!}`);
  const english = ENGLISH_SUCH_WERE.exec(t);
  if (english) return attributionAfter(`, said ${english[1]!}`);
  const german = GERMAN_BACK.exec(t)?.[1];
  if (german && (/^Mit/.test(t) || INVERTED_VERB.test(german))) return attributionAfter(`, sagte ${german.replace(/^\p{Ll}+\s+/u, '')}.`);
  const words = THESE_WORDS.exec(t)?.[1];
  if (!words) return null;
  // (Inverted, "qu'a réagi X", or in order, "que la secrétaire du syndicat, X, a ouvert …".)
  const inverted = /^(?:a|avait)\s+\p{Ll}/u.test(words) ? attributionAfter(`, ${words}`) : null;
  return inverted ?? namedSubject(words.charAt(0).toUpperCase() + words.slice(1));
}

/** A short label of the speech that follows, naming no one ("Das Grußwort im Wortlaut:", "Hier ein Auszug aus der Neujahrsansprache:"). */
export function isSpeechLabel(text: string): boolean {
  const t = text.trim();
  return SPEECH_LABEL.test(t) && t.split(/\s+/).length <= 8;
}

/**
 * Quotes of one paragraph with no attribution of their own take one from the narration right before
 * or after them (the shapes above, a reported subject, a lead-in on a colon). Fills `speaker` and
 * `ref` in place, as the walk does for every other evidence.
 */
export function borrowFromNeighbours(resolved: ResolvedPiece[], ctx: NeighbourContext): void {
  const { base, language, resolve, namesSomeone, registry, surnames, isPerson, papers } = ctx;
  // “…” after a sentence that reports someone ("Smith said the plan had failed. “…”"): that person.
  resolved.forEach((q, i) => {
    const body = resolved[i - 1];
    if (q.role !== 'quote' || q.ref || q.continued || !body || body.role !== 'body' || !/[.!?:]$/.test(body.text)) return;
    // The sentence right before the quote (an earlier one only when that names nobody else), or
    // the person that sentence is about ("Jane Doe welcomed the deal. “…”", "Anne Leroy s’est
    // félicitée de l’accord. « … »"): a named subject opening the sentence right before the quote.
    const last = splitSentences(body.text).pop() ?? '';
    // A press review's 'Die "Zeitung X" über Kanzlerin Y:': the paper in quotation marks speaks,
    // not the person it writes about (article-people.ts).
    const paper = /:$/.test(last) ? quotedPaperSubject(last) : null;
    if (paper) {
      q.ref = { kind: 'name', name: paper };
      q.speaker = paper;
      papers.add(paper);
      return;
    }
    // That sentence's own inverted attribution at its end ("Die Pläne seien „kaum bezahlbar“, so
    // Brandt. „…“", "Das sei ein Skandal, schimpfte Brandt. „…“"): it names who spoke the reported
    // speech, and the quote after it goes on with it. It comes before the sentence's subject or
    // the people it names, which are what was said about ("Die Pläne", "ihre Vorgängerin Maria Senft").
    const own = endingAttribution(last) ?? reportedSpeaker(last);
    // …or the incise after a quotation the narrator kept in that sentence ("la question est de
    // savoir « si … » affirme-t-il. « … »"): whoever it names says the quote after it too.
    const tail = /[»”"]\s*([^«»“”"]*)$/.exec(last)?.[1];
    const incise = own ?? (tail ? attributionAfter(tail) : null) ?? vocativeRef(last);
    // (French: "la joueuse est revenue sur le match :", a role subject, when nobody is named.)
    // (A weak guess that is nobody, "Malgré" of "Malgré cet élan, le maire a …", gives way to the role.)
    const named = namedSubject(last);
    const guessed = named?.kind === 'name' && named.weak === true && resolve(named, base + body.start) === null;
    const reported = !namesSomeone(last, null) ? reportedSpeaker(body.text) : null;
    const ref = incise ?? reported ?? (guessed ? null : named) ?? (language === 'fr' && !namesSomeone(last, null) ? roleSubject(last) : null) ?? (language === 'de' ? reportedBySubject(body.text, last, namesSomeone) : null);
    if (ref) {
      q.ref = ref;
      // A pronoun in that last sentence looks back from where the sentence starts, past the
      // people named earlier in the same narration ("… par la voix de Claire Vidal. Elle a demandé la parole. « … »").
      // (So does the pronoun of reported speech earlier in the narration, "Wie er sagte, wolle er …":
      // from its own sentence, past the people named before it in the paragraph.)
      const at = ref === incise ? Math.max(0, body.text.lastIndexOf(last)) : ref === reported ? reportedAt(body.text, ref) : 0;
      q.speaker = resolve(ref, base + body.start + at);
    }
  });
  // « … » Paul Roy, 57 ans, maire de … / « … » À l'instar de Paul Roy, 57 ans, …: French features
  // introduce the person they quoted right after the quotation, by name and age, opening the
  // sentence; the quote opening the paragraph is theirs.
  const [opening, after] = resolved;
  if (language === 'fr' && opening?.role === 'quote' && !opening.ref && !opening.continued && after?.role === 'body') {
    const first = splitSentences(after.text.trim())[0] ?? '';
    const aged = /^(?:(?:À|A)\s+l['’]instar\s+de\s+|Comme\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+),\s+\d{2}\s+ans(?![\p{L}])/u.exec(first);
    if (aged) {
      opening.ref = { kind: 'name', name: aged[1]! };
      opening.speaker = resolve(opening.ref, base + after.start);
    }
  }
  // German reported speech ending on a colon before the quote ("Die Jahre seien gut gewesen, die
  // Schulden aber hoch: „…“"): its first noun read as a weak name that is no one ("Jahre") gives way
  // to the person the sentence before opens on.
  resolved.forEach((q, i) => {
    const body = resolved[i - 1];
    if (language !== 'de' || q.role !== 'quote' || q.speaker !== null || !(q.ref?.kind === 'name' && q.ref.weak) || q.continued || body?.role !== 'body' || !/:$/.test(body.text)) return;
    const ref = reportedBySubject(body.text, splitSentences(body.text).pop() ?? '', namesSomeone);
    if (ref) {
      q.ref = ref;
      q.speaker = resolve(ref, base + body.start);
    }
  });
  // “…” after a lead-in ending on a colon that names one person and no verb of saying ("Then came
  // the famous words:", "…, convinced his widow, Ana Roy, to ask for an inquiry:"): that person.
  resolved.forEach((q, i) => {
    const body = resolved[i - 1];
    if (q.role !== 'quote' || q.speaker !== null || q.continued || !body || body.role !== 'body' || !/:$/.test(body.text)) return;
    // Not over an attribution of its own after the quote ("“…,” it said", "…, a spokesperson said").
    const next = resolved[i + 1];
    if (next?.role === 'body' && attributionAfter(next.text.split(/(?<=[.!?])\s/)[0]!) !== null) return;
    // ("On Neco Roe:" names what the speaker before talks about: see isTopicLead.)
    if (isTopicLead(body.text)) return;
    const who = leadInPerson(body.text, registry, surnames, isPerson);
    if (who) {
      q.ref = { kind: 'name', name: who };
      q.speaker = who;
      return;
    }
    // "Réplique du maire :", "Réaction de la ministre :": a noun of speech and the role of whoever
    // speaks, resolved as the role after a verb of saying would be ("dit le maire").
    const ref = speechNounRef(body.text);
    if (ref?.kind === 'anaphor') {
      q.ref = ref;
      q.speaker = resolve(ref, base + body.start + body.text.length);
    }
  });
  // “…” followed by the narrator's report of the same speech, attributed at its end ("„Wir werden
  // investieren.“ Der Urlaub sei damit sicher, stellte der Bundeskanzler klar."): whoever that
  // sentence's inverted attribution names said the quote too.
  resolved.forEach((q, i) => {
    const next = resolved[i + 1];
    // (A weak guess that named no one the article knows, "Am Montag …", is no attribution.)
    if (q.role !== 'quote' || q.speaker !== null || (q.ref && !(q.ref.kind === 'name' && q.ref.weak)) || q.continues || q.continued || !/[.!?]$/.test(q.text) || next?.role !== 'body') return;
    // (…or a sentence that points back to the words with the verb second: „…“ Das sagte Roth am Montag.)
    const ref = reportAfterRef(next.text.split(/(?<=[.!?])\s/)[0]!);
    if (ref && ref.kind !== 'unnamed') {
      q.ref = ref;
      q.speaker = resolve(ref, base + next.start);
    }
  });
  // "« … », y compris les amendes, commente Anne Roux, analyste …": the narrator completes the
  // quoted sentence, then inverts the attribution at a later comma of the same sentence; a chunk
  // opening on a verb of saying there names who said it. (The completing phrase may have read as
  // someone unnamed, "les amendes" after "y compris", or as a name that is nobody, "imposées à
  // Samsung": the later verb's subject is the one.)
  resolved.forEach((q, i) => {
    const next = resolved[i + 1];
    if (q.role !== 'quote' || q.speaker !== null || (q.ref && q.ref.kind !== 'unnamed' && q.ref.kind !== 'name') || q.continues || q.continued || /[.!?]$/.test(q.text) || next?.role !== 'body' || !/^\s*,/.test(next.text)) return;
    const ref = laterCommaRef(next.text.split(/(?<=[.!?])\s/)[0]!);
    if (ref && ref.kind !== 'unnamed') {
      q.ref = ref;
      q.speaker = resolve(ref, base + next.start);
    }
  });
}

/**
 * The attribution a paragraph opens on, for the quotation of the paragraph before: ", erklärt X die
 * Hintergründe." after a paragraph that is only a quote (a line break copied before the comma).
 */
export function openingAttribution(next: Piece[] | undefined): SpeakerRef | null {
  const first = next?.[0];
  if (!first || first.role !== 'body' || !/^[,–—]\s*\p{Ll}/u.test(first.text)) return null;
  return attributionAfter(splitSentences(first.text)[0] ?? first.text);
}

/**
 * A question put to someone by name at its end ("Wie findet man da die richtigen Worte, Trainer Jan
 * Roth?", "Und nun, Frau Roth?"): the quote right after it is that person's answer.
 */
function vocativeRef(sentence: string): SpeakerRef | null {
  const m = /,\s+(?:(?:Herr|Frau)\s+(\p{Lu}[\p{Ll}'’-]+)|(?:\p{Lu}[\p{L}-]*\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{Ll}'’-]+))\?$/u.exec(sentence.trim());
  return m ? { kind: 'name', name: (m[1] ?? m[2])! } : null;
}

/** Where in a narration the sentence stands that reports the speech `ref` reads ("Wie er sagte, …"), 0 if none alone does. */
function reportedAt(text: string, ref: SpeakerRef): number {
  const key = JSON.stringify(ref);
  const sentence = splitSentences(text).reverse().find((s) => JSON.stringify(reportedSpeaker(s)) === key);
  return sentence ? Math.max(0, text.lastIndexOf(sentence)) : 0;
}

/**
 * Whether a later quote's own lead-in brings its speaker in after `q` ("„A.“ Sein Kapitän X sagt:
 * „B.“"): the colon introduces B only, so X's name is not lent back to A, unless the narration
 * before A named X already ("X hat gemahnt. Das gelte …: „A.“ X appellierte: „B.“").
 */
export function introducedAfter(resolved: ResolvedPiece[], q: ResolvedPiece, later: ResolvedPiece): boolean {
  const leadIn = resolved[resolved.indexOf(later) - 1];
  const before = resolved.slice(0, resolved.indexOf(q)).filter((r) => r.role === 'body').map((r) => r.text).join(' ');
  return leadIn?.role === 'body' && /:\s*$/.test(leadIn.text) && !(later.speaker && before.includes(later.speaker.split(' ').pop()!));
}

const plainWords = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A pull quote: a paragraph that is only a short quotation whose words come again inside a later
 * quote ("„Talheimer haben eine gute Mannschaft" as a subheading, then "…, dass die Talheimer eine
 * gute Mannschaft haben."): the words of that later quote's speaker, whoever spoke before it.
 */
export function pullQuoteOwners(paragraphs: ResolvedPiece[][]): void {
  paragraphs.forEach((pieces, p) => {
    if (pieces.length !== 1 || pieces[0]!.role !== 'quote' || pieces[0]!.ref) return;
    // (Every word of it again, in any order: a subheading puts them in a clause of its own.)
    const words = plainWords(pieces[0]!.text).split(' ');
    if (words.length < 5 || words.length > 15) return;
    const later = paragraphs.slice(p + 1).flat().find((r) => {
      const theirs = new Set(plainWords(r.text).split(' '));
      return r.role === 'quote' && r.speaker && words.every((w) => theirs.has(w));
    });
    if (later) pieces[0]!.speaker = later.speaker;
  });
}
