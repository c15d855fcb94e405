// Transcript turns: paragraphs opened by a speaker label. See script/transcript.ts for how turns
// become quote segments; here they are found, so that the text reader never drops a turn as
// chrome, never takes one for a heading or a standfirst.
//
// What a label looks like is article/turn-labels.ts; here, which labels open turns.
// Transcript mode needs two labelled turns, or one unmistakable label (an honorific and a name,
// "QUESTION:", "Q:", an office and a name opening a first-person statement), so that one
// "Note: …" line does not start it.

import { broadcastLabel } from './broadcast-labels.ts';
import { dashedLabelsAlone } from './dash-labels.ts';
import { interviewTurns } from './interview-turns.ts';
import { stopwordsOf } from './language.ts';
import {
  ANSWER_LABEL,
  anyColonLabel,
  bareQuestion,
  bareRecordLabel,
  CAPS_DESCRIBED,
  capsLabel,
  colonLabel,
  FRENCH_HONORIFIC_LABEL,
  GERMAN_OFFICE,
  GIVEN_SURNAME,
  isRoleLabel,
  namesSomeone,
  OFFICE_LABEL,
  WRITTEN_OFFICE_LABEL,
  QUESTION_LABEL,
  recordLabel,
  singleWordLabel,
  STRONG,
  TITLE_WORD,
  type Turn,
} from './turn-labels.ts';

// English "I" only in capitals: a lowercase "i" is an Italian article.
const SPEAKS_I = /(?<![\p{L}])I(?![\p{L}’'])/u;
const SPEAKS = /(?<![\p{L}])(?:je|j['’]|nous|vous|moi|notre|nos|we|our|you|me|my|ich|wir|uns|unser|unsere|mir|mich|mein|meine|meinen|meinem|meiner)(?![\p{L}])/iu;
/** Words in the first or second person: a speaker's, not a narrator's. */
export const speaks = (text: string): boolean => SPEAKS.test(text) || SPEAKS_I.test(text);

function speechLabel(paragraphs: string[], i: number): Turn | null {
  const line = paragraphs[i]!.trim();
  const after = paragraphs.slice(i + 1, i + 3).join(' ');
  if (!GIVEN_SURNAME.test(line) || !(SPEAKS.test(after) || SPEAKS_I.test(after))) return null;
  return { label: line, rest: paragraphs[i]!.length };
}

/**
 * "Marine Le Pen : « Les Français attendaient des actes. »": a name, a colon and one whole quotation
 * is how a story lists reactions. The speaker is the label's, but the story after it is no
 * continuation of the turn (script/transcript.ts), and the marks are not the speaker's words.
 */
export function quotedWhole(rest: string): boolean {
  return /^[«“"„‹]/u.test(rest.trim()) && /[»”"“‹›][.!?…]?$/u.test(rest.trim()) && (rest.match(/[«“"„‹»”›]/gu) ?? []).length <= 2;
}

/**
 * One speaker's statement, printed as a transcript of one turn ("BK'in Merkel: Meine Damen und
 * Herren, …"): an office and a surname leave no doubt that a person speaks, when the label opens
 * the text (no sentence of prose before it, only the page's header) and the turn (or the
 * paragraph after it) speaks in the first or second person. A report does neither: "EU Kommission: Die Zahlen …" inside a story
 * follows prose and speaks of others.
 */
function statementLabel(paragraphs: string[], i: number, turn: Turn): boolean {
  if (!OFFICE_LABEL.test(turn.label) && !WRITTEN_OFFICE_LABEL.test(turn.label)) return false;
  // The turn and the paragraph after it, its continuation ("BK Lenz: Guten Tag." / "Wir beginnen …").
  const spoken = `${paragraphs[i]!.slice(turn.rest)} ${paragraphs[i + 1] ?? ''}`;
  if (!(SPEAKS.test(spoken) || SPEAKS_I.test(spoken))) return false;
  return paragraphs.slice(0, i).every((p) => !PROSE.test(p.trim()));
}
/** A sentence of prose: five words or more and a closing stop. */
const PROSE = /^(?=(?:\S+\s+){4}\S).*[.!?…][”"»’)]?$/su;

/**
 * An interview laid out with ALL-CAPS names on their own lines: two or more such labels, each
 * opening two or more turns.
 */
function interviewLayout(paragraphs: string[], caps: (Turn | null)[], counts: Map<string, number>): boolean {
  const alone = new Set(caps.flatMap((t, i) => (t && t.rest === paragraphs[i]!.length && counts.get(t.label)! >= 2 ? [t.label] : [])));
  return alone.size >= 2;
}

/**
 * In an interview layout, one of its labels after a leftover of the page and a colon, alone on the
 * line ("ti : PATRICK COHEN", "Transcription : ANNE DUPONT"): the label of the first turn, glued to
 * what the copy kept of the line above it.
 */
function prefixedLabel(paragraph: string, paragraphs: string[], caps: (Turn | null)[], counts: Map<string, number>): Turn | null {
  const m = /^(?:\S+\s+){0,2}\S+\s?:\s*(.+)$/u.exec(paragraph.trim());
  if (!m) return null;
  const label = m[1]!.trim();
  const known = caps.some((t, i) => t && t.label === label && t.rest === paragraphs[i]!.length && counts.get(label)! >= 2);
  return known ? { label, rest: paragraph.length } : null;
}

/** Function words of the corpus languages; name particles ("DE", "LA", "VON") are allowed inside a name. */
const PARTICLE = /^(?:de|du|des|la|le|von|van|der|den|d['’]|da|di|del|dos)$/iu;
let functionWords: Set<string> | null = null;

/**
 * In an interview layout, a name on its own line that labels one turn only (a second interviewer's
 * one question): a name of plain words (a heading in capitals has articles and prepositions: "LA
 * RÉFORME DES RETRAITES"), between turns, and followed by words spoken to someone (first or second
 * person, or a question).
 */
function onceLabel(paragraphs: string[], caps: (Turn | null)[], i: number): boolean {
  const turn = caps[i]!;
  if (turn.rest !== paragraphs[i]!.length || i + 1 >= paragraphs.length || caps[i + 1] || (i > 0 && caps[i - 1]?.rest === paragraphs[i - 1]!.length)) return false;
  functionWords ??= new Set(['fr', 'en', 'de'].flatMap((l) => [...stopwordsOf(l)]));
  const words = turn.label.toLowerCase().split(/\s+/);
  const plain = words.every((w, k) => (PARTICLE.test(w) ? k > 0 && k < words.length - 1 : !functionWords!.has(w)));
  const next = paragraphs[i + 1]!;
  return plain && (SPEAKS.test(next) || SPEAKS_I.test(next) || /\?/.test(next));
}

/**
 * "Peschke: …" once, answering a question: a one-word label is a person's when the text names that
 * person elsewhere, after an honorific ("Herr Peschke, …") or with an office in parentheses
 * ("Peschke (AA)"), as a press conference's list of speakers and its questions do.
 */
function namedAsPerson(word: string, texts: string[]): boolean {
  const w = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:(?<![\\p{L}])(?:Herr|Frau|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|M\\.|Mme|Monsieur|Madame)\\s+${w}(?![\\p{L}])|(?<![\\p{L}])${w}\\s*\\([^)]{1,20}\\))`, 'u');
  return texts.some((t) => re.test(t));
}

/**
 * "Ulrike Timm: …" once, then "Timm: …": radio interviews label a speaker in full at the first turn
 * and by the surname after it, so a one-word label that ends an earlier label's name is that
 * speaker's turn, however few turns the copy holds.
 */
function surnameOfEarlierLabel(word: string, earlier: (Turn | null)[]): boolean {
  return earlier.some((t) => t !== null && /\s/.test(t.label) && t.label.split(/\s+/).pop() === word);
}

/**
 * "Wikinews: Qu'avez-vous pensé … ?" once, then "Florence Devouard: …": a one-word label whose turn
 * asks a question that the next paragraph, another label's turn, answers (an interview's first
 * question, its interviewer abbreviated after it: "WN:"). A lead-in of prose ("Conclusion: …")
 * neither asks nor is answered by a labelled turn.
 */
function answeredQuestion(paragraphs: string[], i: number, turn: Turn, colon: (Turn | null)[]): boolean {
  const next = colon[i + 1];
  return /\?\s*$/u.test(paragraphs[i]!.slice(turn.rest)) && next !== null && next !== undefined && next.label !== turn.label;
}

/**
 * Labels alone on their line without a colon, as some ministries print their transcripts: a surname
 * with the speaker's office in parentheses ("Sasse (AA)") and the question's label ("Frage"). A name
 * with an office alone is as often a caption, and "Frage" alone a heading, so only two or more of
 * them, at least one a name with an office, each followed by words, make a transcript.
 */
const ALONE_OFFICE = new RegExp(`^(${TITLE_WORD}(?:\\s+${TITLE_WORD}){0,2})\\s*\\([^)]{1,40}\\)$`, 'u');
/** The labels alone on their lines that have a turn under them: words, not another label. */
function overWords<T>(found: (T | null)[]): (T | null)[] {
  return found.map((t, i) => (t && i + 1 < found.length && !found[i + 1] ? t : null));
}

// The Federal Government's transcripts since 2024 (bundesregierung.de and the press distributors
// that repost them) set each label alone on its line without a colon: the office abbreviation and
// the surname ("SRS’in Roth", "StS Seibert"), "Frage", "Zusatzfrage", and a ministry's spokesperson
// by the surname alone ("Wahl"), whom the questions address ("Herr Wahl, …") or the list of
// speakers gives with the ministry ("Wahl (BMF)"). A lone word is a heading as often, so the
// surname only as someone the text names so.
const ALONE_OFFICE_ABBREVIATION = new RegExp(`^${GERMAN_OFFICE}\\.?\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+)?$`, 'u');

function labelsAlone(paragraphs: string[], texts: string[] = paragraphs): (Turn | null)[] {
  const found = paragraphs.map((p): (Turn & { named: boolean }) | null => {
    const line = p.trim();
    const office = ALONE_OFFICE.exec(line);
    if (office) return { label: office[1]!, rest: p.length, named: true };
    // (The abbreviation's shape is an acronym's too, "USDA Logo": only a label that comes back, or a
    // surname the text names as a person.)
    if (ALONE_OFFICE_ABBREVIATION.test(line) && (paragraphs.filter((q) => q.trim() === line).length >= 2 || namedAsPerson(line.split(/\s+/).pop()!, texts))) return { label: line, rest: p.length, named: true };
    if (/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(line) && !QUESTION_LABEL.test(line) && !ANSWER_LABEL.test(line) && namedAsPerson(line, texts)) return { label: line, rest: p.length, named: true };
    if (/^\p{Lu}/u.test(line) && (QUESTION_LABEL.test(line) || ANSWER_LABEL.test(line))) return { label: line, rest: p.length, named: false };
    return null;
  });
  const real = overWords(found);
  if (real.filter(Boolean).length < 2 || !real.some((t) => t?.named)) return paragraphs.map(() => null);
  return real.map((t) => (t ? { label: t.label, rest: t.rest, sectioned: true as const } : null));
}

/**
 * "Bundeskanzlerin Jane Roe:" alone on its line over a statement in the first person: the label of
 * a one-speaker transcript. A line of capitalised words and a colon could also introduce a list
 * ("Weitere Termine:"), so the speaker must be a person the text introduces elsewhere, its last
 * word after a capitalised word ("Kanzlerin Jane Roe sagte …"), and the turn must speak.
 */
function colonAloneLabel(paragraphs: string[], i: number, texts: string[]): Turn | null {
  const line = paragraphs[i]!.trim();
  if (!/:$/.test(line) || i + 1 >= paragraphs.length) return null;
  const turn = anyColonLabel(`${line} x`);
  if (!turn || turn.rest !== line.length + 1 || !/\s/.test(turn.label) || !namesSomeone(turn.label)) return null;
  // A greeting may come first ("Guten Tag! …"): the two paragraphs under the label, as for a speech.
  const next = paragraphs.slice(i + 1, i + 3).join(' ');
  if (!(SPEAKS.test(next) || SPEAKS_I.test(next))) return null;
  const surname = turn.label.split(/\s+/).pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const introduced = new RegExp(`\\p{Lu}[\\p{L}.]*\\s+${surname}(?![\\p{L}])`, 'u');
  return texts.some((t, k) => k !== i && t.trim() !== line && introduced.test(t)) ? { label: turn.label, rest: paragraphs[i]!.length } : null;
}

/**
 * A parliamentary record laid out with each label alone on its line ("Präsident Mertes:" / "Meine
 * Damen und Herren, …", "Abg. Hering, SPD:" / "Herr Präsident! …"): two or more such labels, each
 * naming a person by an office, "Abg.", an honorific or a group after a comma, two of them over words
 * spoken to the house (first or second person). A list's field names ("Weitere Informationen:") name no one so.
 */
const PERSON_LABEL = /^(?:Abg\.|Frau|Herr|Dr\.|Prof\.)\s|,\s/u;
function recordLabelsAlone(paragraphs: string[], colon: (Turn | null)[], caps: (Turn | null)[]): (Turn | null)[] {
  const found = paragraphs.map((p, i): Turn | null => {
    const line = p.trim();
    if (colon[i] || caps[i] || !/:$/.test(line) || i + 1 >= paragraphs.length) return null;
    const turn = anyColonLabel(`${line} x`);
    if (!turn || turn.rest !== line.length + 1 || !namesSomeone(turn.label)) return null;
    if (!(WRITTEN_OFFICE_LABEL.test(turn.label) || OFFICE_LABEL.test(turn.label) || PERSON_LABEL.test(line))) return null;
    return { label: turn.label, rest: p.length };
  });
  const speaking = found.filter((t, i) => t && speaks(paragraphs[i + 1]!));
  // (Once the record is one, a label over words without "ich" or "Sie", "Vielen Dank.", is a turn too.)
  return speaking.length >= 2 ? overWords(found) : paragraphs.map(() => null);
}

/** "Operator:" alone on its line over words spoken: a part in the call, counted only beside other labels. */
function roleLabelAlone(paragraphs: string[], i: number): Turn | null {
  const line = paragraphs[i]!.trim();
  const label = line.replace(/:$/, '');
  if (i + 1 >= paragraphs.length || label === line || !isRoleLabel(label) || !speaks(paragraphs.slice(i + 1, i + 3).join(' '))) return null;
  return { label, rest: paragraphs[i]!.length };
}

/**
 * "JANE ROE: Good afternoon." opening a briefing that one speaker opens and the page's title
 * announces ("Press Briefing by Spokesperson Jane Roe"): an ALL-CAPS name of two or three words,
 * the title-case surname named before it, and the turn (or the paragraph after it) in the first or
 * second person. A capital dateline ("NEW YORK: …") names no one the text introduced.
 */
function announcedCapsLabel(paragraphs: string[], i: number, turn: Turn, intro: string[]): boolean {
  const words = turn.label.split(/\s+/);
  if (words.length < 2 || words.length > 3 || /\p{Ll}/u.test(turn.label) || QUESTION_LABEL.test(turn.label) || ANSWER_LABEL.test(turn.label)) return false;
  const spoken = `${paragraphs[i]!.slice(turn.rest)} ${paragraphs[i + 1] ?? ''}`;
  if (!(SPEAKS.test(spoken) || SPEAKS_I.test(spoken))) return false;
  const surname = words[words.length - 1]!;
  const title = surname.charAt(0) + surname.slice(1).toLowerCase();
  const given = words[0]!.charAt(0) + words[0]!.slice(1).toLowerCase();
  const re = new RegExp(`(?<![\\p{L}])${given.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s+\\S+){0,2}\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
  return [...intro, ...paragraphs.slice(0, i)].some((t) => re.test(t));
}

/**
 * The turn each paragraph opens, or null; all null when the text is not a transcript. `intro` is
 * text before the paragraphs (the headline, when the paragraphs are the body), where a speaker may
 * be announced.
 */
export function findTurns(paragraphs: string[], intro: string[] = []): (Turn | null)[] {
  const colon = paragraphs.map(colonLabel);
  const caps = paragraphs.map((p, i) => (colon[i] ? null : capsLabel(p)));
  const counts = new Map<string, number>();
  // A paper's capitals lead-in ("MAYOR JANE Roe told …") opens a teaser and the first paragraph it
  // repeats: the same words after the same label are one paragraph printed twice, not two turns.
  const openings = new Set<string>();
  caps.forEach((t, i) => {
    if (!t) return;
    const opening = `${t.label}\u0000${paragraphs[i]!.slice(t.rest, t.rest + 60)}`;
    if (t.rest < paragraphs[i]!.length && openings.has(opening)) return;
    openings.add(opening);
    counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  });
  const speech = paragraphs.map((_, i) => (colon[i] || caps[i] ? null : speechLabel(paragraphs, i)));
  // A one-word "Name:" counts when it opens two or more paragraphs of a text with other labels too.
  const single = paragraphs.map((p, i) => (colon[i] || caps[i] ? null : singleWordLabel(p)));
  const singles = new Map<string, number>();
  // "Sasse (AA):" once and "Sasse:" after it are the same speaker's turns.
  for (const t of [...single, ...colon]) if (t) singles.set(t.label, (singles.get(t.label) ?? 0) + 1);
  const repeated = new Set(single.filter((t) => t !== null && singles.get(t.label)! >= 2).map((t) => t!.label));
  const otherLabels = colon.some((t) => t !== null) || repeated.size >= 2;
  const interview = interviewLayout(paragraphs, caps, counts);
  if (interview) paragraphs.forEach((p, i) => (caps[i] ??= prefixedLabel(p, paragraphs, caps, counts)));
  const texts = [...intro, ...paragraphs];
  const alone = labelsAlone(paragraphs, [...intro, ...paragraphs]);
  const dashedAlone = dashedLabelsAlone(paragraphs);
  const recordAlone = recordLabelsAlone(paragraphs, colon, caps);
  const colonAlone = paragraphs.map((_, i) => (colon[i] || caps[i] ? null : colonAloneLabel(paragraphs, i, texts) ?? recordAlone[i]!));
  // A broadcast script's labels alone on their lines, each with words under it (broadcast-labels.ts).
  const broadcast = overWords(paragraphs.map((p, i) => (colon[i] || caps[i] ? null : broadcastLabel(p))));
  const broadcasts = broadcast.filter(Boolean).length >= 2 ? broadcast : broadcast.map(() => null);
  const roleAlone = paragraphs.map((p, i) => (colon[i] || caps[i] ? null : roleLabelAlone(paragraphs, i)));
  const labelled = paragraphs.map(
    (_, i) =>
      colon[i] ??
      (caps[i] && (counts.get(caps[i]!.label)! >= 2 || (interview && onceLabel(paragraphs, caps, i))) ? caps[i] : null) ??
      speech[i] ??
      alone[i] ??
      dashedAlone[i] ??
      colonAlone[i] ??
      broadcasts[i] ??
      roleAlone[i] ??
      (single[i] && ((otherLabels && singles.get(single[i]!.label)! >= 2) || (colon.some(Boolean) && (namedAsPerson(single[i]!.label, texts) || answeredQuestion(paragraphs, i, single[i]!, colon) || surnameOfEarlierLabel(single[i]!.label, colon.slice(0, i))))) ? single[i] : null),
  );
  // A press interview's unlabelled questions and answers (article/interview-turns.ts).
  const turns = interviewTurns(paragraphs, labelled, single, intro);
  // "HEDI, TOUCHÉ PAR UN TIR …" alone on its line, among ALL-CAPS labels alone on theirs: a one-time
  // speaker (a recorded clip, a guest) named before a comma, described after it; the name is the label.
  const aloneLabels = turns.filter((t, i) => t && caps[i] === t && t.rest === paragraphs[i]!.length).length;
  if (aloneLabels >= 2) {
    paragraphs.forEach((p, i) => {
      if (turns[i]) return;
      const m = CAPS_DESCRIBED.exec(p.trim());
      if (m) turns[i] = { label: m[1]!, rest: p.length };
    });
  }
  const n = turns.filter(Boolean).length;
  const strong =
    // (A label before a quotation mark, "M. Roy : « … »", is a story quoting him, not a record's turn.)
    // (An honorific and a stop without the dash, "M. Jean Roy. Ce nom …", may open a story's paragraph: not alone.)
    colon.some((t, i) => t !== null && STRONG.test(t.label) && !/^[«“"„‹]/u.test(paragraphs[i]!.slice(t.rest)) && bareRecordLabel(paragraphs[i]!)?.rest !== t.rest) ||
    // (an honorific, a stop and a dash: no sentence of prose opens that way)
    paragraphs.some((p, i) => colon[i] !== null && recordLabel(p) !== null) ||
    paragraphs.some((p, i) => colon[i] !== null && FRENCH_HONORIFIC_LABEL.test(p)) ||
    speech.some(Boolean) ||
    dashedAlone.some(Boolean) ||
    colonAlone.some(Boolean) ||
    colon.some((t, i) => t !== null && (statementLabel(paragraphs, i, t) || announcedCapsLabel(paragraphs, i, t, intro)));
  if (!(n >= 2 || strong)) return paragraphs.map(() => null);
  // Only now, inside a transcript, is a bare "Q …" the reporter's turn.
  return turns.map((t, i) => t ?? bareQuestion(paragraphs[i]!));
}

/** A paragraph of spoken prose: six words or more, ending on a stop (maybe inside a closing mark). */
const SPOKEN_PROSE = /^(?=(?:\S+\s+){5}\S).*[.!?…][”"»’)]?$/su;
// The licence line of a wiki's footer ("Le contenu est disponible sous licence CC BY 2.5 …") is a notice too.
const NOTICE = /©|copyright|all rights reserved|alle rechte vorbehalten|tous droits réservés|(?:disponible sous|available under|verfügbar unter)\s+(?:la\s+|the\s+|der\s+)?(?:licen[cs]e|lizenz|creative commons|cc[ -]by)/iu;

/**
 * The paragraphs that go on with a turn: prose right after a labelled paragraph (or after another
 * such paragraph), up to the next label or the first line that is not prose. A speaker's second
 * paragraph addresses the audience ("nous sommes désireux d'échanger avec vous …") as page taglines
 * do, so the chrome classifier must not judge it alone; a footer line after the transcript is no prose.
 */
export function turnContinuations(paragraphs: string[], turns: (Turn | null)[]): boolean[] {
  const out = paragraphs.map(() => false);
  let open = false;
  paragraphs.forEach((p, i) => {
    if (turns[i]) open = true;
    else if (open && SPOKEN_PROSE.test(p.trim()) && !NOTICE.test(p)) out[i] = true;
    else open = false;
  });
  return out;
}

