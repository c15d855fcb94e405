// Lead-ins that name who speaks without a verb of saying: a label before a colon ("Secretary of
// the Air Force Jane Roe: “…”"), a document and its author or issuer as the subject ("A report by
// the Red Cross concludes: « … »", "An email from Roe adds, saying, “…”"), and the publication a
// definite description stands for ("…, indique le quotidien", "the newspaper reported"). Apart
// from speakers.ts and subject-refs.ts, which read verbs and their subjects.
import { GERMAN_ROLE, ROLE_NOUNS, TITLES } from './attribution-words.ts';
import { bareWord, isTitle, nameIn } from './name-runs.ts';
import { nameTags } from './name-tags.ts';

/** The small words a label of title and office may hold between its capitalised words. */
const LABEL_JOINER = /^(?:of|the|and|for|to|on|at|&|de|du|des|la|le|l['’]|d['’]|der|die|das|den|dem|von|vom|für|und|et|y|del)$/;

/**
 * A list of reactions introduces each of a speaker's answers by its topic ("On Neco Roe: “…”", "On
 * chasing the record: “…”", "Asked about the fans: “…”"): the one named there is spoken about; the
 * speaker is the one before. (With a clause after a comma, "Asked about it, Roe was blunt:", the subject speaks.)
 */
const TOPIC_LEAD = /^(?:On|About|Regarding|Asked (?:about|on|whether|if))\s[^:.!?,;]{1,100}:$/u;
export const isTopicLead = (text: string): boolean => TOPIC_LEAD.test(text.trim());

/**
 * "Secretary of the Air Force Jane Roe:", "Deputy Head of Mission Ola Berg:", "Der Präsident Jan
 * Nowak:": a line made only of capitalised words and the joiners of office names, ending on a
 * person's name before a colon. The name is the speaker. A clause with any other lowercase word
 * ("The following is the exchange as recorded:") is narration, no label.
 */
export function labelName(before: string): { name: string; weak: boolean } | null {
  if (!/:\s*$/.test(before)) return null;
  // The label's own line or sentence: a stop followed by a capital ends a sentence ("Asst. to" does not).
  // So does a slash before a space: headline phrases of a release joined by " / " ("… Freistaat /
  // Wirtschaftsminister Zeil: „…“", "… helfen/ Landwirtschaftsminister Brunner: „…“").
  const starts = [...before.matchAll(/(?:^|[.!?]\s+|\n|\s*\/\s+)(?=\p{Lu})/gu)];
  const start = starts.pop();
  const clause = before.slice(start?.index ?? 0).replace(/^[.!?/\s]+/, '').replace(/\s*:\s*$/, '');
  // (After a slash a surname alone, "/ Spaenle:", is left to the phrase before it, "Kultusminister Spaenle informiert".)
  const slashed = start !== undefined && start[0].includes('/');
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 16) return null;
  if (!words.every((w) => /^[\p{Lu}(]/u.test(w) || LABEL_JOINER.test(w.toLowerCase()))) return null;
  const name = nameIn(clause, true);
  if (!name || !clause.endsWith(name) || TITLES.has(name.toLowerCase())) return null;
  // The office before the name has a title or role word ("Secretary", "Präsident"); a bare name of
  // several words must read as a person's to the lexicon: German capitalises every noun ("Thema Sicherheit:").
  const office = clause.slice(0, clause.length - name.length).split(/\s+/).filter(Boolean).map(bareWord);
  // "Augenzeuge des Mordversuchs:", "Chef der Stadtwerke:": a noun after a German article is the
  // office's complement, no one's name.
  if (/^(?:des|der|dem|den|die|das)$/u.test(office[office.length - 1] ?? '')) return null;
  if (office.length ? !office.some((w) => isTitle(w) || GERMAN_ROLE.test(w) || ROLE_NOUNS.test(w)) : name.includes(' ') && !nameTags(name).people && !nameTags(name.split(' ')[0]!).firstName) return null;
  // A single word is a name only when something before it made it one ("Secretary Roe:"); alone
  // ("Danach:", "Update:") it is trusted only as a person the article names elsewhere.
  const weak = !name.includes(' ') && words.length === 1;
  return weak && slashed ? null : { name, weak };
}

/** Nouns of documents and messages whose author or issuer speaks through them. */
const DOCUMENT =
  'report|reports|statement|study|letter|email|e-mail|memo|note|communiqué|press release|message|post|tweet|' +
  'rapport|rapports|communiqué|étude|lettre|courriel|message|note|déclaration|' +
  'Bericht|Berichte|Erklärung|Studie|Brief|Mitteilung|Pressemitteilung|Schreiben|Nachricht';

/** A determiner, adjectives, the document, then "of/by/from" and its author: the author's name. */
const DOCUMENT_SUBJECT = new RegExp(
  `^(?:(?:an?|the|one|another|this|that|un|une|le|la|les|l['’]|ce|cette|ein|eine|einem|der|die|das|dieser|diese)\\s+)?` +
  `(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOCUMENT})\\s+(?:of|by|from|de\\s+la|de\\s+l['’]|de|du|des|d['’]|der|des|von|vom)\\s*` +
  `(?:(?:the|la|le|l['’]|der|dem|den)\\s+)?((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\p{Ll}{3,}))?(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3})`,
  'u',
);

/** Words that open a verb's object: after a lowercase word they show it to be the verb. */
const OBJECT_OPENING = /^(?:the|an|another|its|his|her|their|this|that|la|le|les|l|un|une|des|du|ses|son|sa|leur|cette|ce|der|die|das|den|dem|ein|eine|einen|keine|seine|ihre)$/i;

/**
 * The author or issuer named by a sentence whose subject is a document: "A report by the Red Cross
 * …" → "Red Cross", "Un rapport de la Croix-Rouge …" → "Croix-Rouge", "Eine Studie der
 * Universität Wien …" → "Universität Wien", "An email from Roe …" → "Roe". One lowercase word may
 * follow the first capitalised one (French adjectives: "Ligue arabe"); a capitalised word that
 * is a verb of the sentence does not occur, so the name ends at the first lowercase word after that.
 */
export function documentAuthor(sentence: string): string | null {
  // The determiner opening the sentence in lowercase: the pattern cannot be case-blind (\p{Lu} would match anything).
  const t = sentence.trim();
  const m = DOCUMENT_SUBJECT.exec(t.charAt(0).toLowerCase() + t.slice(1));
  if (!m) return null;
  const words = m[1]!.split(/\s+/).map(bareWord);
  // A trailing lowercase word is the sentence's verb ("… by Roe provides", "… de la Croix-Rouge
  // apporte la …") when compromise reads it as one or a determiner follows it (its object);
  // otherwise an adjective of the name ("Ligue arabe apporte").
  const next = /^\s*(\p{L}+)/u.exec(t.slice(m.index + m[0].length))?.[1] ?? '';
  const last = words[words.length - 1]!;
  if (words.length > 1 && /^\p{Ll}/u.test(last) && (OBJECT_OPENING.test(next) || nameTags(words.join(' ')).endsOnVerb)) words.pop();
  // "A note from the President": an office alone names nobody here ("the PM said" is resolved elsewhere).
  if (words.length === 1 && TITLES.has(words[0]!.toLowerCase())) return null;
  return words.join(' ') || null;
}

/**
 * A release headed by its kind and author: "Statement from Chief Spokesperson Jane Roe:", "Statement
 * by Director Ana Ruiz on the Valley School". The quotation under it is the author's.
 */
const HEADED = /^(?:(?:joint|written|press)\s+)?(?:statement|message|remarks)\s+(?:from|by)\s/iu;
export function headedAuthor(headline: string): string | null {
  if (!HEADED.test(headline.trim())) return null;
  const author = documentAuthor(headline.trim().replace(/:$/, ''));
  const name = author ? nameIn(author, true) : null;
  return name && name.includes(' ') ? name : null;
}

/** A statement or message announced in the narration: "The following is a statement from X regarding …". */
const ANNOUNCED = /(?<![\p{L}])(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|message|letter|remarks)\s+(?:from|by|of)\s/giu;

/**
 * The person whose statement a paragraph announces ("The following is a statement from NASA
 * Administrator Sean O'Keefe regarding today's landing.", "Below is the full statement by the
 * chairman, Jane Roe."): the paragraphs of quotation after it are that person's words. The name
 * is the person's within the author's words (the office and organisation before it dropped).
 */
export function announcedAuthor(paragraph: string): string | null {
  for (const m of paragraph.matchAll(ANNOUNCED)) {
    const author = documentAuthor(paragraph.slice(m.index));
    const name = author ? nameIn(author, true) : null;
    if (name && name.includes(' ')) return name;
  }
  return null;
}

/** Nouns of publications: "le quotidien", "the newspaper", "die Zeitung" stand for the one the article named. */
const PUBLICATION_NOUNS = 'newspaper|paper|daily|weekly|magazine|tabloid|journal|quotidien|hebdomadaire|mensuel|zeitung|tageszeitung|wochenzeitung|blatt|magazin|nachrichtenmagazin';
export const PUBLICATION = new RegExp(`^(?:${PUBLICATION_NOUNS})$`, 'iu');
/** The nouns with either case of their first letter only: under the `i` flag \p{Lu} would match lowercase too. */
const EITHER_CASE = PUBLICATION_NOUNS.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const TITLE = `((?:(?:Le|La|Les|L['’]|The|Die|Der|Das)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3})`;
// (Adjectives between the noun and the title only after a lowercase noun, "le quotidien français Le
// Figaro": a capitalised German noun has its adjectives before it, and the lowercase words after
// "Das Blatt führte den Erfolg …" are a verb and an article, the capitalised word then its object.)
const LOWER_NOUNS = PUBLICATION_NOUNS.split('|').map((w) => `${w[0]}${w.slice(1)}`).join('|');
const UPPER_NOUNS = PUBLICATION_NOUNS.split('|').map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`).join('|');
const NOUN_THEN_TITLE = new RegExp(`(?<![\\p{L}])(?:(?:${LOWER_NOUNS})(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}|(?:${UPPER_NOUNS}))\\s+[«„“"]?\\s*${TITLE}`, 'gu');
const TITLE_ENDING_ON_NOUN = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,3}(?:${EITHER_CASE}))(?![\\p{L}])`, 'gu');

/**
 * The publications an article introduces, with the offset of each introduction: the noun, up to
 * two adjectives, and the capitalised title ("le quotidien français Le Figaro", "the newspaper
 * The Daily Ledger", "die Zeitung Neue Presse"), or a title ending on the noun ("Süddeutsche
 * Zeitung", "the Evening Journal").
 */
export function publicationsIn(text: string): { offset: number; name: string }[] {
  const out: { offset: number; name: string }[] = [];
  for (const m of text.matchAll(NOUN_THEN_TITLE)) out.push({ offset: m.index, name: m[1]! });
  // "The Journal", "Die Zeitung" alone: a sentence's article and the noun, no title.
  for (const m of text.matchAll(TITLE_ENDING_ON_NOUN)) if (!/^(?:The|Die|Der|Das|Le|La|Les|Eine?|A|An|Un|Une)\s+\S+$/u.test(m[1]!)) out.push({ offset: m.index, name: m[1]! });
  return out.sort((a, b) => a.offset - b.offset);
}
