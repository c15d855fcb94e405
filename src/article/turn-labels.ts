// Speaker labels: what a label opening a transcript paragraph looks like, read one paragraph at a
// time. The shapes are a grammar of their own, kept apart from article/turns.ts, which decides from
// the whole text which of these labels open turns (a label's shape alone is as often a heading, a
// dateline or a field of the page's header); script/transcript.ts reads the same grammar to name
// the speakers.
//
// Label shapes:
//  - a label and a colon: "MR PRICE:", "MR. DEERE:", "SENIOR ADMINISTRATION OFFICIAL:",
//    "QUESTION:", "Q:", "A:", Title Case "Ned Price:", "Spokesperson Jane Doe:" (two to six words), French spacing
//    "M. LE DRIAN :", French given name and SURNAME "Jean-Pierre ELKABBACH :", and French Q&R
//    dashes "Q –", "R -"; French parliamentary records' "M. Jean Roy, rapporteur. – …"; inside a transcript, a bare "Q" and a space ("Q Happy Friday.", the
//    White House's reporter label);
//  - an ALL-CAPS name alone on its line, or opening the paragraph without a colon ("CAROLINE ROUX
//    Alors …"), as French interview transcripts print them: only when the same label opens two or
//    more paragraphs, since a capitalised line alone is as often a heading (or, in an interview laid
//    out that way, once, when it is a plain name before words spoken to someone: a second interviewer);
//  - "Claire MOREAU" alone on its line before first-person paragraphs (a speech's one label).
// German government transcripts also write "Frage Jung:", "Sasse (AA):", "StS Hebestreit:", and a
// bare "Hebestreit:" once the name opens several turns.

export interface Turn {
  label: string;
  /** Offset where the spoken words start (the paragraph length for a label alone on its line). */
  rest: number;
  /**
   * A label of the ministry layout ("Sasse (AA)", "Frage" alone on their lines), whose transcripts
   * put a topic heading above a turn; in other layouts a short line above a label is a turn's words.
   */
  sectioned?: true;
  /**
   * A turn of dialogue typography, opened by a dash ("– Vous pensez … ?"): the paragraphs that go
   * on with it open with a dash too; one without is the narrator's.
   */
  dashed?: true;
}

// (Sports transcripts, post-game quotes, print the coach's title before the name the same way: "COACH JANE ROE:".)
const HONORIFIC = '(?:MR|MRS|MS|DR|M|MME|MLLE|PROF|SEN|REP|GEN|AMB|SECRETARY|PRESIDENT|AMBASSADOR|ADM|COL|COACH)';
const CAPS_WORD = "[\\p{Lu}][\\p{Lu}\\p{M}.'’-]*";
// German press conferences add the speaker's office: "SEIBERT (Bundesregierung):", "FRAGE (zur Lage):".
// (A colon spaced before and glued to the words, "PRIEBUS :Well", as hasty transcripts type it, too.)
const COLON_CAPS = new RegExp(`^((?:${HONORIFIC}\\.?\\s+)?${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,5})(?:\\s*\\([^)]{1,60}\\))?(?:\\s?:\\s+(?=\\S)|\\s:(?=\\p{Lu}\\p{Ll}))`, 'u');
/**
 * A broadcast transcript names a speaker the first time with the office after a comma, all in
 * capitals: "JANE ROE, COUNTY COUNCIL LEADER: …" (later turns say "ROE: …"). The label is the name.
 */
const COLON_CAPS_DESCRIBED = /^((?:\p{Lu}[\p{Lu}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{Lu}\p{M}'’-]+),\s+\p{Lu}[\p{Lu}\p{M}\p{N}'’ ,.&/-]{2,100}?\s?:\s+(?=\S)/u;
const COLON_QA = /^([QAR])\s?(?::|[-–—])\s+(?=\S)|^(Q)\s+(?=\()/;
/** A transcription service's speaker: "Speaker 1", "Sprecher 2", "Intervenant 3" (its own voice; no publication's name). */
export const NUMBERED_SPEAKER = /^(?:Speaker|Sprecher(?:in)?|Intervenant(?:e)?|Locuteur|Locutrice)\s\d{1,2}$/iu;
/** A numbered question or answer ("Frage 1:", "Question 3 :", "Q1:", "Q. 2 –"): the label is the word, its number not read. */
const NUMBERED_QA = /^(\p{L}+)\.?\s?\d{1,2}\s?(?::|[-–—]\s)\s*(?=\S)/u;
// German government transcripts abbreviate the office before the name: "StS Hebestreit", "SRS’in
// Büchner", "BK'in Merkel", "BK Scholz", "Vors. Wefers" (Staatssekretär, stellvertretende
// Regierungssprecherin, Bundeskanzlerin, Vorsitzende; "-in": a woman). Not a list of offices but
// their shape: an initialism of two to five letters with at least two capitals ("BK", "StS", "MdB"),
// or a capitalised word clipped by a full stop ("Vors.", "Präs."), maybe with the feminine "in", and
// then a capitalised surname in Title case ("MR PRICE" is an honorific and a name in capitals, and
// "JEAN MOREAU" a name in capitals, not offices; honorifics and "St.", as in "St. Louis", have the
// shape and are none). One grammar, read by the speaker labels (script/transcript.ts) too.
export const GERMAN_OFFICE =
  "(?!(?:MRS?|MS|DR|MME|MLLE|Mrs?|Ms|Dr|Prof|Mme|Mlle|St)\\.?\\s)(?:\\p{Lu}\\p{Ll}?\\p{Lu}[\\p{Lu}\\p{Ll}]{0,2}(?:['’]?in)?|\\p{Lu}\\p{Ll}{1,4}\\.)(?=\\.?\\s+\\p{Lu}\\p{Ll})";
// A Title-case word, hyphenated parts capitalised too ("Jean-Pierre"); an office may come before the
// name, joined by "of"/"for" ("Press Secretary Karine Jean-Pierre:", "Minister of State Hans Lee:").
// One capital inside is still one name: "McCann", "MacLeod", "LeBlanc", "O’Brien".
export const TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:\\p{Lu}[\\p{Ll}\\p{M}'’]+)?(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*";
// German parliamentary records put academic titles between the office and the name ("Präsident Prof.
// Dr. Norbert Lammert:", "Alterspräsident Dr. Hermann Otto Solms:") and a member's constituency before
// the group ("Carsten Schneider (Erfurt) (SPD):"): titles count as words, two brackets as one.
const COLON_TITLE = new RegExp(`^((?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|M|Mme|${GERMAN_OFFICE})\\.?\\s+)?${TITLE_WORD}(?:\\s+(?:de|von|van|le|la|du|(?:Dr|Prof)\\.|(?:(?:of|for)\\s+)?${TITLE_WORD})){0,6})((?:\\s*\\([^)]{1,60}\\)){1,2})?\\s?:\\s+(?=\\S)`, 'u');
/**
 * The labels of a question from the floor: German press conferences write a follow-up as a compound
 * of "Frage" (Zusatzfrage, Nachfrage, Anschlussfrage, Rückfrage, Folgefrage, Gegenfrage) and an
 * interjection as "Zuruf". One list, read by the speaker labels (script/transcript.ts) too.
 */
export const QUESTION_LABEL =
  /^(?:Q|QUESTION|QUESTIONS|FOLLOW-UP|(?:ZUSATZ|NACH|ANSCHLUSS|RÜCK|FOLGE|GEGEN)?FRAGE|ZUSATZ|ZURUF|QUESTIONER|PREGUNTA|DOMANDA|REPORTER|JOURNALIST|JOURNALISTE|INTERVIEWER|MEMBER OF THE (?:MEDIA|PRESS))$/iu;
export const ANSWER_LABEL = /^(?:A|R|ANSWER|ANTWORT|RÉPONSE|REPONSE|RESPUESTA|RISPOSTA)$/iu;
// (The operator of a telephone briefing opens and closes the call: "Operator: Welcome and thank you …";
// a transcript service labels the room's answer "Audience: Good afternoon.".)
const ROLE_WORD = /^(?:Moderator|Interviewer|Host|Operator|Audience)$/i;
/** A one-word label that names a part in the conversation rather than a person ("Moderator", "Operator"). */
export const isRoleLabel = (label: string): boolean => ROLE_WORD.test(label);
// "Frage: …" as German transcripts print it is as unmistakable as "FRAGE: …": the question words in any case.
export const STRONG = new RegExp(`^${HONORIFIC}\\.?\\s|^(?:QUESTION|Q|FRAGE)$|^(?:Question|Frage)$`, 'u');
/**
 * A French honorific, a surname and the French spaced colon opening a paragraph ("Mme McCann : Bonjour,
 * tout le monde."): the label of a press-conference record (the Québec National Assembly's points de
 * presse), unmistakable alone, as prose opens no paragraph that way.
 */
// (Not before a quotation mark: "M. Roy : « … »" inside a story quotes him, it opens no transcript.)
export const FRENCH_HONORIFIC_LABEL = /^(?:M\.|Mme|Mlle)\s+\p{Lu}[^:.!?]{0,60}\s:\s+(?![«“"„‹])/u;
// French transcripts print the speaker as given name and SURNAME before a spaced colon: "Jean-Pierre ELKABBACH :".
const COLON_GIVEN_SURNAME =
  /^((?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?\s+){1,3}(?:(?:de|du|le|la|van|von|d['’])\s*)?\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]+)?)\s?:\s+(?=\S)/u;
/** An ALL-CAPS name of two to five words (particles such as DE, LE allowed). */
const CAPS_NAME = /^((?:\p{Lu}[\p{Lu}\p{M}'’-]+\s+){1,4}\p{Lu}[\p{Lu}\p{M}'’-]+)(?=\s+\S*\p{Ll}|$)/u;

/** An ALL-CAPS name, a comma and an ALL-CAPS description, alone on the line. */
export const CAPS_DESCRIBED = /^((?:\p{Lu}[\p{Lu}\p{M}'’-]+\s+){0,3}\p{Lu}[\p{Lu}\p{M}'’-]+),\s+[\p{Lu}\p{M}\p{N}'’ ,.-]{3,120}$/u;

/**
 * A name alone on its line in French transcript typography, given name then SURNAME in capitals
 * ("Claire MOREAU", "Jean-Paul de LA TOUR"): the label of a single long turn (a speech, a press
 * statement), so one is enough when the paragraphs after it speak in the first or second person
 * (a byline of the same shape is followed by reporting in the third person).
 */
export const GIVEN_SURNAME = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?\s+){1,3}(?:(?:de|du|le|la|van|von|d['’])\s*)?\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]+)?$/u;

/**
 * A label names someone: not a possessive ("Mr Zelenskyy’s: …" opens a sentence about his plan) and
 * not honorifics alone ("Mr Mr:").
 */
export function namesSomeone(label: string): boolean {
  const words = label.split(/\s+/);
  if (/['’]s$/iu.test(words[words.length - 1]!)) return false;
  // A field of the page's header ("Press Release From:", "Posted By:", "Erklärung von:"): a label
  // ending on a preposition leaves the one it names after the colon; a speaker's label names them.
  if (words.length > 1 && LABEL_PREPOSITION.test(words[words.length - 1]!)) return false;
  // A listing page's field ("Blog Category:", "Topics:", "Filed:") names the section, no one.
  if (PAGE_FIELD.test(words[words.length - 1]!)) return false;
  return !(words.length > 1 && words.every((w) => HONORIFIC_WORD.test(w)));
}
const HONORIFIC_WORD = new RegExp(`^${HONORIFIC}\\.?$`, 'iu');
const PAGE_FIELD = /^(?:category|categories|tags?|topics?|archives?|filed|kategorie|rubrik|catégorie|rubrique)$/iu;
const LABEL_PREPOSITION = /^(?:from|by|of|for|to|with|at|on|in|von|vom|für|mit|durch|de|du|des|par|pour|avec)$/iu;

/** A label with a colon (or a Q&R dash) opening the paragraph, or null. */
export function colonLabel(paragraph: string): Turn | null {
  const turn = anyColonLabel(paragraph);
  if (turn && /\p{Ll}/u.test(turn.label) && titleShaped(paragraph.slice(turn.rest))) return null;
  return turn && namesSomeone(turn.label) ? turn : null;
}

/**
 * A headline's second half after its colon ("El Niño Arrives: Expected to Persist Through Winter
 * 2009-2010"): a few words, each of four letters or more capitalised, no closing stop. No one's turn
 * reads so; a Title-case label before it is the headline's first half, not a speaker.
 */
function titleShaped(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  if (words.length < 2 || words.length > 14 || /[.!?…:;,"”»]$/u.test(rest.trim())) return false;
  return words.every((w) => !/^\p{Ll}[\p{L}'’-]{3,}/u.test(w));
}

export function anyColonLabel(paragraph: string): Turn | null {
  const record = recordLabel(paragraph) ?? bareRecordLabel(paragraph);
  if (record) return record;
  const landtag = LANDTAG_LABEL.exec(paragraph);
  if (landtag) return { label: landtag[1]!, rest: landtag[0].length };
  const dotDash = DOT_DASH.exec(paragraph);
  if (dotDash) return { label: dotDash[1]!, rest: dotDash[0].length };
  const described = COLON_CAPS_DESCRIBED.exec(paragraph);
  if (described) return { label: described[1]!, rest: described[0].length };
  const caps = COLON_CAPS.exec(paragraph);
  if (caps && (/\p{Lu}{2}/u.test(caps[1]!) || /^[QAR]$/.test(caps[1]!))) return { label: caps[1]!, rest: caps[0].length };
  const given = COLON_GIVEN_SURNAME.exec(paragraph);
  if (given) return { label: given[1]!, rest: given[0].length };
  const qa = COLON_QA.exec(paragraph);
  if (qa) return { label: (qa[1] ?? qa[2])!, rest: qa[0].length };
  // A briefing's unnamed questioner: "Member of the Media:", "Member of the Press:" (the Reporter).
  const press = /^(Member of the (?:Media|Press))\s?:\s+(?=\S)/iu.exec(paragraph);
  if (press) return { label: press[1]!, rest: press[0].length };
  const numbered = NUMBERED_QA.exec(paragraph);
  if (numbered && (QUESTION_LABEL.test(numbered[1]!) || ANSWER_LABEL.test(numbered[1]!))) return { label: numbered[1]!, rest: numbered[0].length };
  // A transcription service's "Speaker 1:", "Sprecher 2:": one speaker per number, the number kept.
  const speaker = /^([^:]{3,16})\s?:\s+(?=\S)/u.exec(paragraph);
  if (speaker && NUMBERED_SPEAKER.test(speaker[1]!)) return { label: speaker[1]!, rest: speaker[0].length };
  const title = COLON_TITLE.exec(paragraph);
  // One Title-case word is a label with the speaker's office after it ("Sasse (AA):"), else see findTurns (article/turns.ts).
  if (title && (/\s/.test(title[1]!) || QUESTION_LABEL.test(title[1]!) || ANSWER_LABEL.test(title[1]!) || ROLE_WORD.test(title[1]!) || title[2])) return { label: title[1]!, rest: title[0].length };
  return null;
}

/**
 * German Land parliaments' records put the member's group or the office after the name and a comma:
 * "Abg. Hering, SPD:", "Abg. Frau Schellhammer, BÜNDNIS 90/DIE GRÜNEN:", "Frau Dreyer,
 * Ministerpräsidentin:", "Keller, Ministerin für Infrastruktur und Landwirtschaft:". The label is
 * the name with its honorific or "Abg." (the description dropped, as the record's French cousins' is).
 */
const LANDTAG_LABEL =
  /^((?:Abg\.\s+)?(?:(?:Frau|Herr)\s+)?(?:(?:Dr|Prof)\.\s+)*\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}),\s+(?:[\p{Lu}\d][\p{Lu}\d /.-]{1,28}|AfD|fraktionslos|(?:\p{Lu}\p{Ll}*-?)?(?:[Mm]inister|[Pp]räsident|[Ss]ekretär|[Ss]enator|[Kk]anzler|[Bb]ürgermeister)(?:in)?(?:\s+[^:.!?]{1,90})?)\s?:\s+(?=\S)/u;

/**
 * French parliamentary records (Sénat, Assemblée nationale) open a turn with an honorific, the name
 * or the office, maybe a description after a comma, a stop and a dash: "M. Jean Roy, rapporteur. –
 * …", "Mme la ministre. - …". The label is the name or office, without the description.
 */
const RECORD_LABEL = /^((?:M\.|Mme|Mlle)\s+(?:\p{Lu}|(?:le|la|l['’])\s*\p{L})[^.,:;!?()]{0,60}?)(?:,\s+[^.:;!?]{1,100}?)?\.\s+[-–—]\s+(?=\S)/u;
export function recordLabel(paragraph: string): Turn | null {
  const m = RECORD_LABEL.exec(paragraph);
  return m ? { label: m[1]!.trim(), rest: m[0].length } : null;
}

/**
 * The Sénat's full record (compte rendu intégral) prints the same label without the dash: "M. le
 * président. La parole est à …", "Mme Bernadette Bourzai. Monsieur le secrétaire d'État, …", "M. Jean
 * Roy, rapporteur. Je …". Without the dash a stop also closes a sentence, so the label is held to a
 * name's shape (an honorific and capitalised words, particles allowed) or an office's ("le
 * président", "la ministre déléguée", "le secrétaire d'État"), and like any label it opens turns
 * only with a second one (article/turns.ts).
 */
const BARE_RECORD_LABEL = new RegExp(
  "^((?:M\\.|Mme|Mlle)\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:de|du|des|d['’]|le|la)?\\s*\\p{Lu}[\\p{L}\\p{M}'’-]+){0,3}|(?:le|la|l['’])\\s*\\p{Ll}[\\p{L}\\p{M}'’-]+(?:\\s+(?:\\p{Ll}[\\p{L}\\p{M}'’-]+|d['’]\\p{Lu}[\\p{L}\\p{M}'’-]+|\\p{Lu}[\\p{L}\\p{M}'’-]+)){0,3}))(?:,\\s+[^.:;!?]{1,100}?)?\\.\\s+(?=[\\p{Lu}«“])",
  'u',
);
export function bareRecordLabel(paragraph: string): Turn | null {
  const m = BARE_RECORD_LABEL.exec(paragraph);
  return m ? { label: m[1]!.trim(), rest: m[0].length } : null;
}

/**
 * French transcripts of the presidency's archives and older press reviews close the label with a stop
 * glued to a dash, and may open a turn with a dash too: "LE PRESIDENT.- Mesdames et messieurs, …",
 * "- QUESTION.- Vous avez …", "J.-P. Elkabbach.- La Russie …". The label is ALL-CAPS words (an
 * honorific allowed: "M. LE DRIAN.-") or a Title-case name, maybe after initials. A wire dateline has
 * the shape too ("PARIS.- …"), so like every label it makes a transcript only with a second turn.
 */
const DOT_DASH = /^(?:[-–—]\s*)?((?:\p{Lu}[\p{Lu}\p{M}'’-]*\.?\s+){0,4}\p{Lu}[\p{Lu}\p{M}'’-]*|(?:\p{Lu}\.(?:-\p{Lu}\.)?\s*)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})\.[-–—]\s+(?=\S)/u;

/**
 * "Hebestreit: …": one Title-case word and a colon, a label only when it opens several paragraphs.
 * The same holds for a publication's name used as the interviewer's label, which no person's name
 * has the shape of: a word and a number ("Europe 1 :", "FRANCE 24 :") or a web address
 * ("tagesschau.de:"); script/transcript.ts reads those as the Reporter.
 */
const NUMBERED_OR_DOMAIN = /^(\p{Lu}[\p{L}\p{M}'’-]+\s\d{1,3}|\p{L}[\p{L}\p{N}-]*\.(?:[a-z]{2,3}))\s?:\s+(?=\S)/u;
export function singleWordLabel(paragraph: string): Turn | null {
  const m = /^(\p{Lu}[\p{Ll}\p{M}'’-]+)\s?:\s+(?=\S)/u.exec(paragraph) ?? NUMBERED_OR_DOMAIN.exec(paragraph);
  return m && namesSomeone(m[1]!) ? { label: m[1]!, rest: m[0].length } : null;
}

/** An ALL-CAPS name alone on the line or opening it without a colon. */
export function capsLabel(paragraph: string): Turn | null {
  const m = CAPS_NAME.exec(paragraph);
  if (!m || /\d/.test(m[1]!)) return null;
  const rest = paragraph.length === m[1]!.length ? paragraph.length : m[1]!.length + (/^\s+/.exec(paragraph.slice(m[1]!.length))?.[0].length ?? 0);
  return { label: m[1]!, rest };
}

/**
 * "Q Happy Friday.": a bare Q and a space, as White House transcripts print the reporter's label
 * (spaces after it, no colon), or "Q. Coach, …", as sports transcripts do. A sentence rarely opens
 * with a lone capital Q, but "Q Street" does: a label only in a text that has labelled turns of its own.
 */
export function bareQuestion(paragraph: string): Turn | null {
  const m = /^Q\.?\s+(?=[\p{Lu}\p{N}“"‘'(¿¡])/u.exec(paragraph);
  return m ? { label: 'Q', rest: m[0].length } : null;
}

/** An office abbreviation and a Title-case surname: "BK'in Merkel", "StS Lindner". */
export const OFFICE_LABEL = new RegExp(`^${GERMAN_OFFICE}\\.?\\s+\\p{Lu}\\p{Ll}`, 'u');

/**
 * A German office written out before a name, academic titles allowed: "Präsident Prof. Dr. Norbert
 * Lammert", "Vizepräsidentin Petra Pau", "Bundesminister Dr. Max Roe", "Staatssekretärin Eva Lee"
 * (parliamentary records and single-speaker statements; "-in": a woman). The office nouns of
 * government and parliament, any compound of them ("Alterspräsident", "Landwirtschaftsminister").
 */
export const GERMAN_OFFICE_WORD =
  '(?:\\p{Lu}\\p{Ll}*(?:präsident|minister|kanzler|senator|bürgermeister|sekretär)|Präsident|Minister|Kanzler|Senator|Bürgermeister|Staatssekretär)(?:in)?';
export const WRITTEN_OFFICE_LABEL = new RegExp(`^${GERMAN_OFFICE_WORD}\\s+(?:(?:Dr|Prof)\\.\\s+)*\\p{Lu}\\p{Ll}`, 'u');

