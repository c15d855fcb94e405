// Names in running text: the capitalised run that names a person, without the titles before it
// ("U.S. Secretary of State Antony Blinken" → "Antony Blinken") and without the words that open
// sentences or name days. Read by the speaker attribution (speakers.ts) and the transcript labels.
import { FUNCTION_WORDS, GERMAN_ROLE, TITLES } from './attribution-words.ts';
import { isGivenName, nameTags } from './name-tags.ts';
import { particleSurname } from './particle-names.ts';
import { OFFICE_ABBREVIATIONS } from './sentences.ts';

/** Capitalised words that start sentences or name days and places rather than people. */
export const NOT_NAMES = new Set(
  (
    'he she they it we i you the a an this that these those but and or so yet also however meanwhile still then there here in on at ' +
    'for with by from after before during according while when as if his her their its our my your monday tuesday wednesday thursday ' +
    `friday saturday sunday january february march april may june july august september october november december last next earlier later ${FUNCTION_WORDS}`
  ).split(' '),
);

/** German articles and possessives, lowercase: what comes after one is a noun phrase. */
const GERMAN_DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|unserem|unserer)$/u;

// ("d’Estaing", "d’Orval": the elided particle glued to a capitalised surname is one token of the name.)
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|d['’]\p{Lu}[\p{L}\p{M}'’-]*|(?:al|el|bin|ibn|de|del|della|der|den|di|da|dos|du|la|le|van|von|ter|st\.?)|(?:al|el|ad|ed|as|ash|at|az|an|ar|ul)-\p{Lu}[\p{L}'’-]*|Mc\p{Lu}[\p{L}]*|O['’]\p{Lu}[\p{L}]*)$/u;

/** A word without surrounding quotes and punctuation; the stop of an initial ("J.B.") stays. */
export const bareWord = (w: string): string => {
  const inner = w.replace(/^[“"‘'(\[]+|[”"’')\],;:!?]+$/g, '');
  return /^(?:\p{Lu}\.)+$/u.test(inner) ? inner : inner.replace(/\.+$/, '');
};

/** German compound role nouns before a name: "EU-Haushaltskommissar", "Wikinews-Mitbegründer", "Kommissionsvertreter". */
// The three letters as a lookbehind: `\p{L}{3,}` cost V8 ~12 ms to compile for text with any non-Latin-1 character.
const ROLE_COMPOUND = /(?<=\p{L}{3})(?:präsident|minister|kommissar|sprecher|chef|vertreter|gründer|direktor|leiter|vorsitzende|kanzler|botschafter|beauftragte|experte|forscher|sekretär)(?:in|r)?$/iu;

/**
 * A council member's title before the name ("Stadtrat Jarko Hallwig"): a title only there, since
 * "der Stadtrat" alone is as often the council itself.
 */
/** An office abbreviated with a stop before the name ("Bürgermeister-Stv. Anna Roth", "Vors. Jan Roth"): no end of the run. */
const ABBREVIATED_OFFICE = new RegExp(`^(?:[\\p{L}-]+-)?(?:${OFFICE_ABBREVIATIONS.map((a) => a[0]!.toUpperCase() + a.slice(1)).join('|')})\\.$`, 'u');
const COUNCIL_TITLE = /^(?:Stadt|Gemeinde|Landes|Bezirks|Kreis|Orts|Regierungs|Bundes|National|Stände|Kantons)rat$/u;

export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, '')) || ROLE_COMPOUND.test(word);
}

/** Whether a token is part of a capitalised run that could be a name. */
// (Not an elided French word opening a sentence, a capital, an apostrophe and a lowercase letter:
// "D’après V. Sapounov", "L’émotion", "Qu’il"; names keep the capital after it, "D’Alema", "O’Neill".)
export function isNameToken(word: string): boolean {
  return NAME_TOKEN.test(word) && /\p{L}/u.test(word) && !/^\p{Lu}['’]\p{Ll}/u.test(word);
}

/**
 * The person named by a run of words: the capitalised words after the last title or possessive
 * ("U.S. Secretary of State Antony Blinken" → "Antony Blinken", "Ukraine’s President Volodymyr
 * Zelenskyy" → "Volodymyr Zelenskyy"). `fromEnd` takes the run nearest the end of the text.
 */
export function nameIn(text: string, fromEnd: boolean): string | null {
  const raw = text.split(/\s+/).filter(Boolean);
  const runs: string[][] = [];
  let run: string[] = [];
  // Runs opened right after a German article or possessive ("seinen Kollegen Hallwig", "der
  // Berliner Anna Roth"): German capitalises nouns, and a noun, not a name, follows the article; its
  // first word is that noun (or an adjective of place), no part of the name. (A lone word after one,
  // "die Beamtin", stays: a person's noun that later pronouns may point to.)
  const afterDeterminer = new Set<string[]>();
  let determiner = false;
  // Runs opened right after "TITLE of" ("Chief of Police Jane Roe", "Director of Communications
  // Jane Roe"): their first word names the office's domain, not the person.
  const afterTitleOf = new Set<string[]>();
  let titleOf = false;
  // Runs opened right after French "les" ("des Relations avec les Institutions Tamsir Dakoro"): the plural
  // article introduces a noun, never a person's name; its first word is that noun.
  const afterPlural = new Set<string[]>();
  let plural = false;
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (const token of raw) {
    if (token === 'of' && run.length > 0 && isTitle(run[run.length - 1]!)) {
      flush();
      titleOf = true;
      continue;
    }
    if (run.length === 0 && titleOf) afterTitleOf.add(run);
    titleOf = false;
    // (Not the particle inside a name: "von der Leyen", "Joop den Uyl".)
    // (A possessive opening the sentence too: "Sein Kapitän Jan Hallwig wünscht sich …".)
    const possessiveOpening = run.length === 0 && /^(?:Sein|Ihr|Unser)(?:e|en|em|er)?$/u.test(token);
    // (Capitalised too when it opens the text, a sentence's first word: "Der Rat von Talheim hat …".)
    const openingDeterminer = run.length === 0 && runs.length === 0 && GERMAN_DETERMINER.test(token.charAt(0).toLowerCase() + token.slice(1));
    if (possessiveOpening || openingDeterminer || (GERMAN_DETERMINER.test(token) && (run.length === 0 || (token !== 'den' && !/^(?:von|van)$/.test(run[run.length - 1]!))))) {
      flush();
      determiner = true;
      continue;
    }
    if (run.length === 0 && determiner) afterDeterminer.add(run);
    determiner = false;
    if (run.length === 0 && plural) afterPlural.add(run);
    plural = run.length === 0 && /^les$/iu.test(token);
    // "Lionel Roy (UMP)", "Anna Keller (SPD)": a bracketed party or place is no part of the name.
    // "Richard (Rick) W. Spinrad": a nickname in brackets after the given name is skipped, the name goes on.
    if (run.length === 1 && /^\(\p{Lu}\p{Ll}+\)$/u.test(token)) continue;
    if (/^[(\[]/.test(token)) {
      flush();
      continue;
    }
    const w = bareWord(token);
    // "Talheims Innen- und Kommunalminister Jan Roth": a compound cut short before "und" belongs to
    // the office after it, and so does all before it; no name.
    if (/\p{L}-$/u.test(w) && run.length < 3) {
      run = [];
      continue;
    }
    // German "der" joins a name only after "von"/"van" ("Ursula von der Leyen"); after a capitalised
    // noun it is the genitive article ("Welchem Zweck der Neubau dient"), and ends the run.
    if (w === 'der' && run.length > 0 && !/^(?:von|van)$/.test(run[run.length - 1]!)) {
      flush();
      continue;
    }
    const possessive = /['’]s?$/.test(w) && /\p{Lu}/u.test(w[0] ?? '');
    if (w && isNameToken(w) && !possessive) {
      run.push(w);
      // Punctuation after a token ends the run ("Doe, the CEO").
      if (/[,;:.!?)”"]$/.test(token) && !/^(?:\p{Lu}\.)+$/u.test(token) && !/^\p{Lu}\.$/u.test(token) && !ABBREVIATED_OFFICE.test(token)) flush();
    } else {
      flush();
    }
  }
  flush();
  // (An adjective, then the noun: "sein Talheimer Kollege Jarko Hallwig"; the name keeps two words at least.)
  const afterNoun = (r: string[]): string[] => {
    let rest = r.slice(1);
    while (rest.length > 2 && !isGivenName(rest[0]!) && !isTitle(rest[0]!) && !GERMAN_ROLE.test(rest[0]!)) rest = rest.slice(1);
    return rest;
  };
  const ordered = (fromEnd ? [...runs].reverse() : runs)
    .map((r) => (afterDeterminer.has(r) && r.length >= 2 && !isGivenName(r[0]!) && !isTitle(r[0]!) && !GERMAN_ROLE.test(r[0]!) ? afterNoun(r) : r))
    .map((r) => (afterPlural.has(r) && r.length >= 3 && !isGivenName(r[0]!) ? r.slice(1) : r))
    .filter((r) => r.length > 0);
  for (const r of ordered) {
    let lastTitle = -1;
    r.forEach((w, i) => {
      // Titles, and all-capital abbreviations like "U.S." or "NATO" before the name.
      // A German role noun only before a name: "Richter" alone is as often a surname.
      if (isTitle(w) || (i < r.length - 1 && (GERMAN_ROLE.test(w) || ABBREVIATED_OFFICE.test(`${w.replace(/\.$/, '')}.`) || COUNCIL_TITLE.test(w) || /^(?:U\.S|U\.K|U\.N|E\.U|U\.S\.A)\.?$/.test(w) || /^\p{Lu}{2,}$/u.test(w)))) lastTitle = i;
    });
    // A title word right after a known given name is a surname ("Ana Pastor", "Tom King", "Ana
    // Pastor García"): a title stands before the name it introduces, and a given name never
    // introduces a title. compromise's lexicon says which words are given names.
    while (lastTitle > 0 && isTitle(r[lastTitle]!) && !isTitle(r[lastTitle - 1]!) && nameTags(r[lastTitle - 1]!).firstName) {
      const surname = lastTitle;
      lastTitle = -1;
      r.forEach((w, i) => {
        if (i < surname - 1 && (isTitle(w) || GERMAN_ROLE.test(w) || /^\p{Lu}{2,}$/u.test(w))) lastTitle = i;
      });
    }
    let name = givenNameStart(r.slice(lastTitle + 1));
    // "Brodtkes Gegenüber Jarko Hallwig": a German genitive without an apostrophe (a surname and -s,
    // no given name), then the noun it qualifies; the name is the two words after them.
    if (name.length === 4 && /\p{Ll}s$/u.test(name[0]!) && !isCompoundGiven(name[0]!) && !isCompoundGiven(name[1]!)) name = name.slice(2);
    // After "TITLE of", the domain word goes when nothing else cut the run: not after a title word
    // ("Secretary of State"), a given name inside it, or a long run's last two words; nor when a
    // known given name opens the run.
    if (lastTitle < 0 && afterTitleOf.has(r) && name.length === r.length && r.length >= 3 && !isGivenName(r[0]!)) name = name.slice(1);
    // French "du" and "des" are "de" fused with an article: opening a run ("du Parti populaire",
    // "des Verts") they introduce an organisation's noun, not a surname.
    if (name.length && /^(?:du|des)$/.test(name[0]!)) continue;
    // "EU-Kommissionspräsidentin von der Leyen", "Innenminister de Maizière": after a title the rest
    // is a particle surname, whole (the particle is a function word, and would be cut off below).
    // ("von" without an article is left out: "der Bürgermeister von Berlin" names a place.)
    const particled = lastTitle >= 0 && name.length >= 2 && !(name[0] === 'von' && name.length === 2) ? particleSurname(name.join(' ')) : null;
    if (particled) return particled;
    while (name.length && NOT_NAMES.has(name[0]!.toLowerCase())) name = name.slice(1);
    // "EPA Administrator Sarah Jones", "der Bäcker Peter Lehmann": a role no list has, then a known
    // given name and a surname; the name starts at the given name.
    if (name.length >= 3) {
      const given = name.findIndex((w, i) => i > 0 && i < name.length - 1 && isGivenName(w));
      if (given > 0 && !isGivenName(name[0]!)) name = name.slice(given);
    }
    while (name.length && /^(?:al|el|bin|ibn|de|del|della|der|den|di|da|dos|du|la|le|van|von|ter|st\.?)$/.test(name[name.length - 1]!)) name = name.slice(0, -1);
    if (name.length === 0 || name.length > 4) continue;
    // Particles around an acronym ("de la RTBF") name a body; a person's name has a word in mixed case.
    if (!name.some((w) => /^\p{Lu}.*\p{Ll}/u.test(w))) continue;
    if (name.length === 1 && NOT_NAMES.has(name[0]!.toLowerCase())) continue;
    return name.join(' ');
  }
  return null;
}


/**
 * A run longer than a name ("Office of Rail Operations Maria Lindgren", "Acquisition Marvin Sambur",
 * capitalised office words that are no titles) starts its name at its first given name, as
 * compromise's lexicon knows them; a run that opens with a given name ("Mary Jane Smith") stays.
 */
function givenNameStart(run: string[]): string[] {
  if (run.length < 3) return run;
  for (let i = 1; i <= run.length - 2; i++) {
    const w = run[i]!;
    // (A compound given name too, "Jean-Paul", "Jean-Yves", known whole or by a half: else "la
    // Défense Jean-Yves Le Drian" keeps the ministry in the name.)
    if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && isCompoundGiven(w)) return isCompoundGiven(run[0]!) ? run : run.slice(i);
  }
  // No given name the lexicon knows, but a compound one's shape before the surname ("Défense
  // Jean-Yves Le Drian": the English lexicon knows neither "Jean" nor "Yves"): French hyphenates given
  // names, and a double surname comes last, so a hyphenated word before the last starts the name.
  if (!isCompoundGiven(run[0]!)) {
    const compound = run.findIndex((w, i) => i > 0 && i <= run.length - 2 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w));
    if (compound > 0) return run.slice(compound);
  }
  // Longer than any name, and no given name the lexicon knows alone ("Bill" is a noun to it): the
  // last two words, when it reads them as a person's name.
  const lastTwo = run.slice(-2);
  if (run.length > 4 && nameTags(lastTwo.join(' ')).people) return lastTwo;
  return run;
}

/**
 * Whether the lexicon knows a word as a given name, remembered: nameIn reads the same runs many
 * times per article, and each question to compromise is a round trip to its worker. A pure function
 * of the word (the lexicon is fixed), so the memory may outlive an article; it is bounded.
 */
const givenMemory = new Map<string, boolean>();
/** A given name, or a compound one ("Jean-Yves": the lexicon takes "Jean" for cloth, knows "Yves"). */
const isCompoundGiven = (word: string): boolean => isGiven(word) || (word.includes('-') && word.split('-').some((half) => /^\p{Lu}\p{Ll}+$/u.test(half) && isGiven(half)));
function isGiven(word: string): boolean {
  let known = givenMemory.get(word);
  if (known === undefined) {
    if (givenMemory.size > 4096) givenMemory.clear();
    known = nameTags(word).firstName;
    givenMemory.set(word, known);
  }
  return known;
}
