// Transcripts and press-release quotes: paragraphs whose speaker is given by the layout, not by
// quotation marks.
//
// - Turns: a paragraph opened by a speaker label (article/turn-labels.ts: "MR PRICE:", "QUESTION:",
//   "Q:", "A:", "SENIOR ADMINISTRATION OFFICIAL:", French "Q –" / "R :") is a quote by that speaker,
//   and so is every unlabelled paragraph after it in the same section, until the next label. The
//   label itself is not spoken: the change of voice says the speaker has changed, and each speaker
//   keeps one voice. Questions (Q, QUESTION, Frage, Question) are one "Reporter" speaker, and so is
//   an interviewer labelled with the publication's name ("Wikinews:", "Europe 1 :"; see
//   publicationLabels); answers
//   (A, R, Antwort, Réponse) are the person the piece introduces with an honorific in its
//   headline or first lines ("Entretien de M. Jean-Noël Barrot …"), else unknown. "MR PRICE" is
//   the article's fullest "… Price" ("Ned Price"); a Mr/Ms label states the gender.
// - Press-release quotes: "Environment Secretary Steve Reed said:" ending a paragraph, and the
//   paragraphs after it without any quotation mark, are that person's words (the GOV.UK and
//   agency convention), up to a paragraph with quotation marks, a list item or the section's end.
//   The first such paragraph is always the speaker's; a further one only while it keeps the
//   speaker's voice, a first- or second-person word ("we", "our", "ich", "nous", "you"): a
//   paragraph with none is the narrator resuming between two statements ("Developed by the
//   archive, the new licence …" before the next "X said:").
import { ANSWER_LABEL as ANSWER, GERMAN_OFFICE, GERMAN_OFFICE_WORD, NUMBERED_SPEAKER, QUESTION_LABEL as QUESTION, type Turn } from '../article/turn-labels.ts';
import { ENDS_ASKING } from '../article/interview-turns.ts';
import { findTurns, quotedWhole, speaks } from '../article/turns.ts';
import type { Gender } from '../model.ts';
import { isGivenName, nameTags } from './name-tags.ts';
import { personInRole, roleGender, roleOf } from './roles.ts';
import { headlineLabel } from './sentence-subjects.ts';
import { attributionBefore, escapeRegExp, nameIn, VERB_RE } from './speakers.ts';
import type { SpeakerRef } from './subject-refs.ts';

export interface LaidOutQuote {
  /** The words spoken (label removed). */
  text: string;
  /** Offset of `text` in the paragraph. */
  start: number;
  ref: SpeakerRef;
}

const MALE = /^(?:MR|MISTER|HERR|M|MONSIEUR|SIR|LORD)\.?\s/i;
const FEMALE = /^(?:MRS|MS|MISS|FRAU|MME|MADAME|MLLE|DAME|LADY)\.?\s/i;
const OFFICE = new RegExp(`^${GERMAN_OFFICE}\\.?\\s+`, 'u');
// "Vizepräsidentin Petra Pau", "Präsident Dr. Roe": the office written out says the gender, as "Bundeskanzlerin" does in prose.
const WRITTEN_OFFICE = new RegExp(`^(${GERMAN_OFFICE_WORD})\\s+(?=(?:(?:Dr|Prof)\\.\\s+)*\\p{Lu}\\p{Ll})`, 'u');
const QUOTE_MARKS = /[“”„‟"«»‹›]/;
/** First and second person in the five languages: a statement's voice, seldom the narrator's. */
const PERSONAL = [
  // "I" in capitals only (a lowercase "i" is Italian's article), "us" in lower case only ("US" is a country).
  /(?<![\p{L}])(?:I(?:['’](?:m|ve|d|ll))?|[Uu]s)(?![\p{L}])/u,
  /(?<![\p{L}])(?:we|we['’](?:re|ve|d|ll)|our|ours|my|me|you|your|ich|wir|uns|unser\p{L}*|mein\p{L}*|mir|mich|je|j['’]|nous|notre|nos|mon|ma|mes|moi|vous|votre|vos|nosotros|nuestr[oa]s?|noi|nostr[oaie])(?![\p{L}])/iu,
];
/**
 * A paragraph ending on "X said:", with any reporting verb of the five languages and up to six words
 * between it and the colon ("said in a statement:", "erklärte dazu:", "a déclaré à cette occasion :").
 */
const REPORTED_COLON = new RegExp(`${VERB_RE.source}(?:\\s+[^\\s:.!?]+){0,6}\\s*:\\s*$`, 'iu');

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/** The fullest name in `texts` ending in `surname` ("Ned Price" for "PRICE"), or null. */
function fullName(surname: string, texts: string[]): string | null {
  // The surname matches in any case (labels are often capitals: "PRICE"), the given names only
  // capitalised: under an `i` flag \p{Lu} would match any letter, so the case-blind part is spelled out.
  const anyCase = [...surname].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegExp(ch))).join('');
  // A given name starts a word: the "S." of "MS. HOLT" is not one.
  // A hyphenated given name is one word ("Jean-François Rapin").
  const re = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{Ll}\\p{M}'’.-]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’.-]+)*\\s+){1,3})${anyCase}(?![\\p{L}])`, 'gu');
  let best: string | null = null;
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      const name = nameIn(m[0], true);
      if (name && name.includes(' ') && name.toLowerCase().endsWith(surname.toLowerCase()) && (!best || name.length > best.length)) best = name;
    }
  }
  return best;
}

/**
 * The person a Q&A piece introduces: an honorific and a name in its first lines ("M. Jean-Noël
 * Barrot"); else, as a press interview without labels names its guest ("Le ministre Cissé Ibrahim
 * Bacongo : …", "… avec Lucia Sillig qui écrit dans « Le Temps »"), the first given name and surname
 * of the headline, the standfirst, the lines above the first turn, or the name the first question
 * addresses ("Bürgermeister Georg Willi, wie klingt das?").
 */
function interviewee(intro: string[], lead: string[], firstQuestion: string | null): { name: string; gender?: Gender } | null {
  // A profile box's "Name: Zivko Nikolov" / "Nom : Anne Roux" (any name, known to the lexicon or not).
  for (const text of [...intro, ...lead]) {
    const field = /^(?:Name|Nom|Nombre|Nome)\s?:\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3})\s*$/mu.exec(text);
    if (field) return { name: field[1]! };
  }
  for (const text of [...intro, ...lead]) {
    const m = /(?:^|[\s(])(M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s?){1,3})/u.exec(text);
    // The honorific states the gender ("Mme Michèle Alliot-Marie").
    const gender: Gender | undefined = m ? (MALE.test(`${m[1]} `) ? 'male' : FEMALE.test(`${m[1]} `) ? 'female' : undefined) : undefined;
    if (m) return { name: m[2]!.trim(), ...(gender ? { gender } : {}) };
  }
  // The headline that quotes the guest names them by its label, "Verlindo : « … »", a surname no
  // lexicon need know (intro[0] is the headline).
  const label = intro[0] ? headlineLabel(intro[0]) : null;
  if (label) return { name: label };
  for (const text of [...intro, ...lead]) {
    const named = givenAndSurname(text);
    if (named) return { name: named };
  }
  const vocative = firstQuestion ? /^(?:\p{L}+\s+)?([^,]{3,60}),/u.exec(firstQuestion.trim())?.[1] : undefined;
  const named = vocative ? givenAndSurname(vocative) : null;
  return named ? { name: named } : null;
}

/**
 * A person's name in running text: a run of two to four capitalised words, from its first given
 * name on ("Lucia Sillig"; "Ibrahim Bacongo" in "Cissé Ibrahim Bacongo"), or null. The given name is
 * never the run's last word: a surname follows it.
 */
function givenAndSurname(text: string): string | null {
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}(?![\p{L}])/gu)) {
    const words = m[0].split(/\s+/);
    const k = words.findIndex((w, i) => i < words.length - 1 && isGivenName(w));
    if (k >= 0) return words.slice(k).join(' ');
  }
  return null;
}

function labelRef(label: string, context: string[], intro: string[], lead: string[] = [], firstQuestion: string | null = null): SpeakerRef {
  const bare = label.replace(/\s+/g, ' ').trim();
  // "Frage Jung", "Zusatzfrage Jung": the question and the reporter asking it; one Reporter voice.
  if (QUESTION.test(bare) || QUESTION.test(bare.split(' ')[0]!)) return { kind: 'fixed', name: 'Reporter' };
  // A podcast's or a show's "Guest:" is the interviewee the introduction names, as an "A:" is.
  if (ANSWER.test(bare) || /^(?:Guest|Gast|Invitée?|Interviewee)$/iu.test(bare)) {
    const who = interviewee(intro, lead, firstQuestion);
    return who ? { kind: 'fixed', ...who } : { kind: 'unnamed' };
  }
  // "LE PRESIDENT", "LA MINISTRE": the person the article introduces in that role ("le président
  // François Hollande"), with the gender the article states; else the role itself.
  // "M. le président", "Mme la ministre" (parliamentary records): the honorific before a role.
  const roleLabel = bare.replace(/^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+(?=(?:le|la|l['’])\s*\p{L})/iu, '');
  const role = roleOf(roleLabel);
  if (role) {
    const holder = personInRole(role, context) ?? presiding(role.words, context);
    const full = holder ? fullName(holder.name.split(' ').pop()!, context) ?? holder.name : titleCase(roleLabel);
    const gender = roleGender(role);
    return { kind: 'fixed', name: full.replace(/\p{Lu}{2,}[\p{Lu}\p{M}'’-]*/gu, (caps) => titleCase(caps)), ...(gender ? { gender } : {}) };
  }
  // German offices ("StS Hebestreit", "SRS’in Büchner") are dropped so each person keeps one name and voice; "-in" is a woman's.
  const office = OFFICE.exec(bare);
  const person = office ? bare.slice(office[0].length) : bare;
  const written = WRITTEN_OFFICE.exec(bare);
  const gender: Gender | undefined =
    MALE.test(`${person} `) ? 'male' : FEMALE.test(`${person} `) || (office && /in\.?\s*$/.test(office[0])) ? 'female'
      : written ? (/in$/.test(written[1]!) ? 'female' : 'male') : undefined;
  const words = person.replace(/^(?:MR|MRS|MS|MISS|DR|M|MME|MLLE|HERR|FRAU|PROF|SEN|REP|GEN|AMB|SEC|SECY|GOV|ADM|COL|CAPT|COACH)\.?\s+/i, '').trim();
  const surname = words.split(' ').pop() ?? words;
  const honorific = words !== person;
  // An office's abbreviation ("SEC. JOHANNS", "SEN. ROE") or a coach's title is no part of the name: without a fuller
  // name in the text the speaker is the surname; a courtesy title ("MR PRICE") stays, as printed.
  const abbreviatedOffice = /^(?:SEN|REP|GEN|AMB|SEC|SECY|GOV|ADM|COL|CAPT|COACH)\.?\s/i.test(person);
  // "Claire MOREAU" → "Claire Moreau": the capitals are typography, not the name.
  const mixed = (w: string) => w.replace(/\p{Lu}{2,}[\p{Lu}\p{M}'’-]*/gu, (caps) => titleCase(caps));
  // "Spokesperson Jane Doe", "Deputy Spokesperson Vedant Patel", "Secretary Blinken": an office
  // before the name (Title Case labels only: an ALL-CAPS label such as "SENIOR ADMINISTRATION
  // OFFICIAL" is a role, not a name). The speaker is the person, "Blinken" at their fullest name.
  const titled = !honorific && /\p{Ll}/u.test(words) ? nameIn(words, true) : null;
  if (titled && titled !== words && words.endsWith(` ${titled}`)) {
    const full = titled.includes(' ') ? titled : fullName(titled, context) ?? titled;
    return { kind: 'fixed', name: full, ...(gender ? { gender } : {}) };
  }
  // A surname alone ("ELKABBACH :", "Mabrouk:") is the person the article names in full ("Jean-Pierre Elkabbach").
  // An office alone ("Mayor:") after the turn that labelled it with the name ("Mayor Jo de Roe:") is that person.
  const alone = !words.includes(' ') ? fullName(words, context) ?? officeHolderLabel(words, context) : null;
  const name = honorific
    ? fullName(surname, context) ?? titleCase(abbreviatedOffice ? words : person)
    : alone ?? (/\p{Ll}/u.test(words) ? mixed(words) : titleCase(words));
  return { kind: 'fixed', name, ...(gender ? { gender } : {}) };
}

/** The name after an office in a turn's label ("Mayor Jo de Roe: …" → "Jo de Roe"), for a later bare "Mayor:". */
function officeHolderLabel(office: string, context: string[]): string | null {
  const re = new RegExp(`^${office.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:de|van|von|da|di|le|la)?\\s*\\p{Lu}[\\p{L}\\p{M}'’-]*){1,3})\\s?:\\s`, 'u');
  for (const text of context) {
    const m = re.exec(text.trim());
    if (m) return m[1]!;
  }
  return null;
}

/**
 * "M. le président." in a French parliamentary record is whoever presides over the sitting, whom the
 * record's header names: "Présidence de M. Guy Fischer" (a vice-president, often, so no text calls
 * him "le président Guy Fischer").
 */
function presiding(roleWords: string[], context: string[]): { name: string } | null {
  if (roleWords.length !== 1 || !/^presidente?$/u.test(roleWords[0]!)) return null;
  for (const text of context) {
    const m = /Présidence de (?:M\.|Mme)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s?){1,3})/u.exec(text);
    if (m) return { name: m[1]!.trim() };
  }
  return null;
}

/** Definite articles of the five languages: a person's name never opens with one ("Le Monde", "Der Spiegel"). */
const ARTICLE = /^(?:the|le|la|les|l['’]|der|die|das|el|los|las|il|lo|gli)\s+\p{Lu}/iu;

/** The label names a person: an honorific or office, a given name, compromise's person, or the article's fuller name of it. */
function personLabel(label: string, texts: string[]): boolean {
  if (MALE.test(`${label} `) || FEMALE.test(`${label} `) || OFFICE.test(label)) return true;
  const name = /\p{Ll}/u.test(label) ? label : titleCase(label);
  const words = name.split(' ');
  if (words.length > 1 && isGivenName(words[0]!)) return true;
  if (nameTags(name).people) return true;
  // "ELKABBACH" and "Jean-Pierre Elkabbach" in the introduction: the one person.
  const last = words[words.length - 1]!;
  const full = fullName(last, texts);
  if (full !== null && full.split(' ').length > words.length) return true;
  // "Hebestreit" that the text addresses or names with an honorific ("Herr Hebestreit, …").
  const honorific = new RegExp(`(?<![\\p{L}])(?:Herr|Frau|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|M\\.|Mme|Monsieur|Madame)\\s+${escapeRegExp(last)}(?![\\p{L}])`, 'iu');
  return texts.some((t) => honorific.test(t));
}

/**
 * The labels of an interviewer who is a publication ("Wikinews:", "Le Monde :", "Europe 1 :",
 * "tagesschau.de:"): its questions are the one unnamed Reporter, as "Q:" and "Frage:" are. A label
 * that names a person (personLabel) is never one. Else it is a publication by its shape (a number or
 * a web address in it, an article opening it, compromise's organisation), or, one word ("Wikinews",
 * "SPIEGEL", "WN"), by its part in the interview: every turn it opens asks a question while another
 * label's turns answer.
 */
function publicationLabels(paragraphs: string[], labels: (Turn | null)[], sectionStarts: Set<number>, texts: string[]): Set<string> {
  // Each label's turns: its paragraph's words and the unlabelled paragraphs after it in the section.
  const turns = new Map<string, string[][]>();
  let current: string[] | null = null;
  paragraphs.forEach((text, i) => {
    if (sectionStarts.has(i)) current = null;
    const label = labels[i];
    if (label) {
      current = [text.slice(label.rest)];
      const key = label.label;
      turns.set(key, [...(turns.get(key) ?? []), current]);
    } else if (current) current.push(text);
  });
  const asks = (turn: string[]) => /\?/.test(turn.join(' '));
  const out = new Set<string>();
  for (const [label, own] of turns) {
    const bare = label.replace(/\s+/g, ' ').trim();
    if (QUESTION.test(bare) || ANSWER.test(bare) || NUMBERED_SPEAKER.test(bare) || roleOf(bare) || personLabel(bare, texts)) continue;
    const shaped = /\d/.test(bare) || /\.\p{Ll}{2,3}$/u.test(bare) || ARTICLE.test(bare) || nameTags(bare).organizations;
    const answered = [...turns].some(([other, theirs]) => other !== label && theirs.some((t) => !asks(t)));
    const interviewer = !bare.includes(' ') && own.every(asks) && answered;
    if (shaped || interviewer) out.add(label);
  }
  return out;
}

/** A turn quoted whole without its marks: "« Oui. »" → "Oui.". */
const unquoted = (words: string): string => words.trim().replace(/^[«“"„‹]\s*/u, '').replace(/\s*[»”"“‹›]([.!?…]?)$/u, '$1');

/**
 * The laid-out quote of each paragraph (a turn, a turn's continuation, or a press-release quote),
 * or null where ordinary quotation marks decide. `sectionStarts` holds the index of each section's
 * first paragraph; `context` is other text of the article (headline, dek, dropped header lines)
 * where full names and the interviewee are found.
 */
export function laidOutQuotes(paragraphs: string[], sectionStarts: Set<number>, context: string[], authors: string[] = []): (LaidOutQuote | null)[] {
  const out: (LaidOutQuote | null)[] = paragraphs.map(() => null);
  const labels = findTurns(paragraphs, context);
  const all = [...context, ...paragraphs];
  // Where the interviewee is looked for: not the byline, which names who wrote the interview.
  const intro = context.filter((t) => !authors.includes(t));
  const publications = publicationLabels(paragraphs, labels, sectionStarts, all);
  // The lines above the first turn and the first question, where an interview names its guest.
  const first = labels.findIndex(Boolean);
  const lead = first > 0 ? paragraphs.slice(0, first) : [];
  const firstQuestionAt = labels.findIndex((t) => t !== null && QUESTION.test(t.label));
  const firstQuestion = firstQuestionAt >= 0 ? paragraphs[firstQuestionAt]!.slice(labels[firstQuestionAt]!.rest) : null;
  // "SARAH JESTER (HOST): …", then "HOST: …": the part a label gave in brackets is that speaker's
  // label later on ("Paul Fulton (Moderator):", then "Moderator:").
  const partOf = new Map<string, string>();
  labels.forEach((t, i) => {
    const part = t && new RegExp(`^\\s*${escapeRegExp(t.label)}\\s*\\(([^)]{2,30})\\)`, 'u').exec(paragraphs[i]!)?.[1];
    if (part && !partOf.has(part.toLowerCase())) partOf.set(part.toLowerCase(), t!.label);
  });
  let current: SpeakerRef | null = null;
  // An interview that labels only its questions ("Frage:", "Q:") leaves the answers unlabelled: the
  // paragraph under a question that asks no question itself is the interviewee's answer, not more
  // of the question (the "A:" the layout left out).
  const questionsOnly = labels.some(Boolean) && labels.every((t) => !t || QUESTION.test(t.label));
  let asked = false;
  // After a turn quoted whole, the paragraphs after it go on with it only in its first or second person.
  let quotedTurn = false;
  // After a turn of dialogue typography, only paragraphs opened by a dash go on with it.
  let dashedTurn = false;
  paragraphs.forEach((text, i) => {
    if (sectionStarts.has(i)) current = null;
    const label = labels[i];
    if (label) {
      const named = partOf.get(label.label.toLowerCase());
      current = publications.has(label.label) ? { kind: 'fixed', name: 'Reporter' } : labelRef(named ?? label.label, all, intro, lead, firstQuestion);
      const words = text.slice(label.rest);
      quotedTurn = quotedWhole(words);
      dashedTurn = label.dashed === true;
      // "Name : « … »", a reaction quoted whole: that quotation, its marks left out; the story after
      // it ("Le discours sera suivi …") is the narrator's, a statement read on ("We also …") the speaker's.
      const spoken = quotedTurn ? unquoted(words) : words;
      out[i] = { text: spoken, start: label.rest, ref: current };
      asked = questionsOnly && ENDS_ASKING.test(words.trim());
    } else if (asked && !ENDS_ASKING.test(text.trim())) {
      asked = false;
      current = labelRef('A', all, intro, lead, firstQuestion);
      quotedTurn = quotedWhole(text);
      out[i] = { text: quotedTurn ? unquoted(text) : text, start: 0, ref: current };
    } else if (current && ((quotedTurn && !speaks(text)) || (dashedTurn && !/^[–—-]\s/u.test(text.trim())))) current = null;
    else if (current) {
      // A turn's paragraph opened by a dialogue dash ("- Je suis adhérent …"): the dash is typography, not read.
      const dash = /^[–—-]\s+/u.exec(text)?.[0].length ?? 0;
      out[i] = { text: text.slice(dash), start: dash, ref: current };
      // A question of two paragraphs asks in its last ("Frage: Sie haben … angekündigt." / "Wann kommen sie?").
      if (questionsOnly && current.kind === 'fixed' && current.name === 'Reporter' && ENDS_ASKING.test(text.trim())) asked = true;
    }
  });
  // Press-release quotes: "X said:" closing a paragraph, then unmarked paragraphs.
  for (let i = 0; i < paragraphs.length; i++) {
    const intro = paragraphs[i]!;
    if (out[i] || !REPORTED_COLON.test(intro) || QUOTE_MARKS.test(intro.slice(-3))) continue;
    const ref = attributionBefore(intro.replace(/\s*:\s*$/, ''));
    if (!ref || ref.kind === 'unnamed') continue;
    const first = i + 1;
    for (let j = first; j < paragraphs.length && !sectionStarts.has(j) && !out[j]; j++) {
      const p = paragraphs[j]!;
      if (QUOTE_MARKS.test(p) || /^[•·*–-]\s/.test(p) || REPORTED_COLON.test(p)) break;
      if (j > first && !PERSONAL.some((re) => re.test(p))) break;
      out[j] = { text: p, start: 0, ref };
      i = j;
    }
  }
  return out;
}
