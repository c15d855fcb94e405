// Where the narration mentions a person, with offsets: the people pronouns and "the PM" can point
// back to, and the names a later bare surname expands to. Apart from speakers.ts, which reads the
// attribution next to one quote; this scans a whole paragraph, with the same subject and name readers.

import { NAMED_PLACE, TITLES } from './attribution-words.ts';
import { isGivenName } from './name-tags.ts';
import { isRoleWord } from './roles.ts';
import { AFFILIATED_ROLE } from './attribution-shapes.ts';
import { nameIn, RELATIVE, VERB_RE } from './speakers.ts';
import { NOT_NAMES } from './name-runs.ts';
import { lastChunk, refOf, subjectAtStart, subjectRef } from './subject-refs.ts';

/**
 * A run of two to four capitalised words, lowercase name particles inside ("Ursula von der Leyen",
 * "Jean-Pierre Morel", a double surname "Petra Grimm-Benne"), with the word before it (a role: "le maire", "die Bäckerin"); after French
 * elision too ("la réponse d'Anne Leroy", "qu'Emmanuel Macron").
 */
const NAME_RUN =
  /(?:(\p{L}[\p{L}'’-]*),?\s+)?(?:(?<=(?:^|[\s(«“"])(?:[dDlL]|[qQ]u|[jJ]usqu)['’])|(?<![\p{L}\p{M}'’.-]))(\p{Lu}[\p{Ll}\p{M}'’-]+(?:(?<=-)\p{Lu}[\p{Ll}\p{M}'’-]+)*(?:\s+(?:(?:von|van|de|du|da|di|der|den|la|le)\s+)*(?:(?:al|el|ad|ed|as|ash|at|az|an|ar|ul)-)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:(?<=-)\p{Lu}[\p{Ll}\p{M}'’-]+)*){1,3})(?![\p{L}])/gu;


/** A title or role word directly before a name ("President Volodymyr Zelenskyy", "chief executive, John Kelpie"). */
const TITLED = new RegExp(
  `(?<![\\p{L}])(?:${[...TITLES, 'member', 'spokesperson', 'official', 'fellow', 'host', 'lawmaker', 'candidate', 'actor', 'singer', 'player']
    .filter((t) => t.length > 1)
    .map((t) => `${t[0]!.toUpperCase()}${t.slice(1)}|${t}`)
    .join('|')})\\.?,?\\s+((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s?){1,4})`,
  'gu',
);

/** A name of one to four capitalised words in apposition to a role. */
// (the joined Arabic article, "Essam el-Erian", inside the name)
const APPOSED = `((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s?)(?:(?:(?:al|el|ad|ed|as|ash|at|az|an|ar|ul)-)?\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s?){0,3})`;
/**
 * A role noun right before a name, tried at every word ("die Oberbürgermeisterin Anna Roth",
 * "Fraktionschef Jan Nowak"): a capitalised run may open with the role itself.
 */
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}-])([\\p{L}-]{4,})(?=\\s+${APPOSED})`, 'gu');
/** "Jean Roy, président du groupe", "Anna Roth, die Präsidentin des Verbands": a name, then its role in apposition. */
const NAME_THEN_ROLE = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}\\p{M}'’-]*),\\s+(?:(?:der|die|the|le|la|l['’]|an?|un|une|eine?)\\s*)?([\\p{L}-]+)`, 'gu');
/**
 * "Der Präsident des Verbands, Jan Nowak,", "la veuve du directeur de l’usine, Anne Roy,": a role, then
 * the name in apposition (a lookahead, so that every word is tried as the role).
 */
const ROLE_THEN_NAME = new RegExp(`(?<![\\p{L}-])([\\p{L}-]{4,})(?=(?:\\s+[^,.;:!?«»“”„"]{1,60}?)?,\\s+${APPOSED}(?:[,(]|\\s+\\())`, 'gu');

/** The finite verb of a reported clause right after its subject's name: "… had resigned", "… would speak". */
const REPORTED_CLAUSE_VERB = /^\s*(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|can|did|does)(?![\p{L}])/u;

const ENGLISH_SAYING = /(?<![\p{L}])(?:said|says|told|tells|added|adds|noted|stated|explained|wrote|announced|argued|warned|insisted|claimed)\s*$/iu;
/** What follows an inverted subject ("said Ana Ruiz in a statement", "said Ana Ruiz, who …", "told Ana Ruiz on Monday"). */
const AFTER_INVERTED_SUBJECT =
  /^\s*(?:in|on|at|during|after|before|to|of|from|via|who|whose|and|or|but|as|for|with|when|while|about|over|last|this|earlier|later|yesterday|today|tonight|recently|afterwards?|adding|noting|according|than|because|told|said|says|added|wrote|explained|\p{Ll}+ly)(?![\p{L}])/u;

/**
 * Person mentions in narration, with their offsets: names after a title or role word
 * ("President Volodymyr Zelenskyy", "spokesperson Sean Savett"), subjects of reporting verbs
 * ("Blinken said") and names after them ("said Ana Ruiz").
 */
export function mentionsIn(text: string): { offset: number; name: string }[] {
  const out: { offset: number; name: string }[] = [];
  for (const m of text.matchAll(TITLED)) {
    const name = nameIn(m[1]!, false);
    // ("the New Dunmore RCMP": after "the", capitalised words closed by an acronym name an
    // organisation; "New" is a title only before a person, "new Prime Minister Jo Bell".)
    if (name && /\s\p{Lu}{2,}$/u.test(name) && /(?<![\p{L}])the\s+$/iu.test(text.slice(0, m.index))) continue;
    if (name && /\p{Ll}/u.test(name)) out.push({ offset: m.index + m[0].indexOf(m[1]!), name });
  }
  for (const m of text.matchAll(VERB_RE)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    // "Der Vorsitzende des Verbands, Georg Feldmann, sagte": the name sits in the apposition.
    const chunk = lastChunk(before);
    // (A capitalised role tied to its organisation, "Justin Forsyth, Chief Executive of Save the
    // Children responded", is an apposition: the subject is the name before it, never "Children".)
    const ref = chunk.trim() === '' || RELATIVE.test(chunk.trim()) || AFFILIATED_ROLE.test(chunk.trim()) ? subjectRef(before) : refOf(chunk.split(/\s+/).length <= 12 ? chunk : chunk.split(/\s+/).slice(-6).join(' '));
    if (ref?.kind === 'name') out.push({ offset: m.index - 1, name: ref.name });
    // (Up to six capitalised words: an agency's initials, an office and a middle initial before the
    // surname, "said EPA Administrator Lisa F. Garcia".)
    // (French sets a word of time between the inverted verb and its subject: "a annoncé hier Anne
    // Roy", "a indiqué lundi soir Paul Roy"; the name after it is the subject all the same.)
    const after = /^\s+(?:(?:hier|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|midi|soir|après-midi))?\s+)?((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s?){2,6})/u.exec(text.slice(m.index + m[0].length));
    // ("The mayor said Jo Bell had …", "Tom Roy said Jo Bell was …": a person said it, and the name
    // after the verb opens the reported clause, its verb right after it. The sayer is the one a later
    // "he said" points back to, not the person spoken about; after "Police said" the named person is.)
    const rest = after ? text.slice(m.index + m[0].length + after[0].length) : '';
    const reported = after !== null && (ref?.kind === 'name' || (ref?.kind === 'anaphor' && chunk.trim() !== '')) && REPORTED_CLAUSE_VERB.test(rest);
    // ("said Velani Muslim refugees are …": capitalised words before a lowercase noun qualify it; an
    // inverted subject is followed by a stop, a comma, or an adverbial's preposition.)
    // (English verbs only: German and French set many other words after an inverted subject.)
    const modifier = ENGLISH_SAYING.test(m[0]) && /^\s*\p{Ll}/u.test(rest) && !AFTER_INVERTED_SUBJECT.test(rest);
    if (after && !reported && !modifier) {
      const name = nameIn(after[1]!, false);
      if (name) out.push({ offset: m.index + m[0].length + after[0].indexOf(after[1]!), name });
    }
  }
  // A full name anywhere: a known given name first ("Anne Leroy", "Jean-Pierre Morel"), or a role word
  // before it ("le maire Paul Girard", "La ministre de la Santé, Anne Leroy"); so "il"/"she" in the
  // next paragraph has someone to point back to, in any sentence shape and language.
  for (const m of text.matchAll(NAME_RUN)) {
    const run = m[2]!;
    const before = m[1];
    const name = nameIn(run, false);
    // A capitalised noun before a given name is no part of the name: "Die Ministerin für Soziales
    // Petra Roth" (a German office's portfolio, capitalised like the name after it).
    const inner = name !== null && name.includes(' ') && !run.startsWith(name) && run.endsWith(name) && isGivenName(name.split(' ')[0]!);
    if (!inner && !isGivenName(run.split(/\s+/)[0]!) && !(before && isRoleWord(before))) continue;
    if (name && name.includes(' ') && (run.startsWith(name) || inner)) out.push({ offset: m.index + m[0].indexOf(run) + run.indexOf(name), name });
  }
  for (const m of text.matchAll(ROLE_BEFORE)) {
    if (!isRoleWord(m[1]!)) continue;
    const name = nameIn(m[2]!, false);
    if (name && name.includes(' ') && m[2]!.startsWith(name)) out.push({ offset: m.index + m[0].length + 1, name });
  }
  // A name in apposition to its role, on either side (a name of two words or more).
  for (const m of text.matchAll(NAME_THEN_ROLE)) {
    if (!isRoleWord(m[2]!)) continue;
    const name = nameIn(m[1]!, true);
    if (name && name.includes(' ') && m[1]!.trimEnd().endsWith(name)) out.push({ offset: m.index + m[1]!.lastIndexOf(name), name });
  }
  for (const m of text.matchAll(ROLE_THEN_NAME)) {
    if (!isRoleWord(m[1]!)) continue;
    const name = nameIn(m[2]!, false);
    if (name && name.includes(' ') && m[2]!.startsWith(name)) out.push({ offset: text.indexOf(name, m.index), name });
  }
  // A full name opening a sentence is its subject ("Wikinews-Mitbegründer Erik Möller zeigte sich …").
  // (After a dateline's dash too: "2 mai 2012. - Anne Roy et …".)
  for (const m of text.matchAll(/(?:^|[.!?]\s+)(?:[-–—]\s+)?(?=\p{Lu})/gu)) {
    const start = m.index + m[0].length;
    const ref = subjectAtStart(text.slice(start, start + 120));
    if (ref?.kind === 'name' && !ref.weak) out.push({ offset: start, name: ref.name });
    // A given name alone, the lexicon's and no place's, as the subject: features and vox pops name
    // people so ("Marc, 34 ans, habite le quartier", "Sophie travaille à la boulangerie").
    const given = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:,\s+(?:\d|une?\s|an?\s|eine?\s)|\s+\p{Ll})/u.exec(text.slice(start, start + 60));
    if (given && isGivenName(given[1]!) && !NOT_NAMES.has(given[1]!.toLowerCase())) out.push({ offset: start, name: given[1]! });
  }
  // ("le stade Marie Valbert", "du lycée Jean Moulin": the person a place is named after is not mentioned.)
  const namesPlace = (offset: number) => NAMED_PLACE.test(/(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, offset - 30), offset))?.[1] ?? '');
  return out.filter((m) => !namesPlace(m.offset)).sort((a, b) => a.offset - b.offset);
}
