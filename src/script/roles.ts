// A role named instead of a person: the transcript label "LE PRESIDENT :", "LA MINISTRE :", "THE
// PRESIDENT:". Articles introduce the person holding the role once, as the role and the name side
// by side ("le président François Hollande", "Prime Minister Keir Starmer", "die Ministerin, Eva
// Roth"); the role then stands for that person. This finds that introduction: the same role words
// (case and accents aside) followed by a capitalised name. With no such introduction the role stays
// the speaker's name ("Senior Administration Official"): guessing a person would put words in the
// wrong mouth.
import type { Gender } from '../model.ts';
import { articleGender, GERMAN_ROLE, ROLE_NOUNS, TITLES } from './attribution-words.ts';
import { frenchOfficeSynonyms } from './french-offices.ts';
import { escapeRegExp, nameIn } from './speakers.ts';

export interface Role {
  /** The article before the role as written ("LE"), or null. */
  article: string | null;
  /** The role's words, lowercase without accents. */
  words: string[];
}

/** The gender the role's article states: "le président" male, "la ministre" female, "the president" none. */
export function roleGender(role: Role): Gender | undefined {
  return role.article ? articleGender(role.article.replace(/['’]$/, ''), role.words[role.words.length - 1]!) : undefined;
}

export interface RoleHolder {
  name: string;
  gender?: Gender;
}

const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const ARTICLE = /^(?:the|le|la|l['’]|der|die)$/i;
const PLAIN_ROLE_NOUNS = new RegExp(plain(ROLE_NOUNS.source), 'iu');

/** A word that names an office or a role: "president", "ministre", "Ministerin", "porte-parole". */
export function isRoleWord(word: string): boolean {
  const w = plain(word);
  return TITLES.has(w) || PLAIN_ROLE_NOUNS.test(w) || GERMAN_ROLE.test(word.toLowerCase());
}

/**
 * The role a label or a subject names, as its words after the article ("LE PRESIDENT" → article
 * "le", words ["president"]), or null when the last word is no role noun (then it is a name).
 */
export function roleOf(text: string): Role | null {
  const words = text.trim().replace(/\s+/g, ' ').split(' ');
  if (words.length === 0) return null;
  // "L’ADJOINTE": the elided article is glued to the noun.
  const elided = /^(l['’])(.+)$/iu.exec(words[0]!);
  if (elided) words.splice(0, 1, elided[1]!, elided[2]!);
  const article = ARTICLE.test(words[0]!) ? words.shift()! : null;
  if (words.length === 0 || words.length > 4 || !isRoleWord(words[words.length - 1]!)) return null;
  // Without an article only an all-capital or lowercase role counts: "Prime Minister Starmer" is a name.
  if (!article && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  return { article, words: words.map(plain) };
}

/**
 * The person the texts introduce in the role `words` (plain lowercase words), with the gender the
 * label's article states (le/la, der/die …-in), or null. The first introduction wins: callers pass
 * the narration (headline, standfirst) before the turns, where others' roles are mentioned too.
 */
export function personInRole(role: Role, texts: string[]): RoleHolder | null {
  const pattern = new RegExp(`(?<![\\p{L}])${role.words.map(escapeRegExp).join('\\s+')}(?![\\p{L}])\\s*,?\\s+`, 'gu');
  const gender = roleGender(role);
  for (const raw of texts) {
    const text = raw.normalize('NFC');
    const flat = plain(text);
    // Stripping the accents of NFC text keeps one character per letter, so offsets in `flat` are
    // offsets in `text`; a script where it does not (a ligature, a dotted İ) is skipped.
    if (flat.length !== text.length) continue;
    for (const m of flat.matchAll(pattern)) {
      const after = text.slice(m.index + m[0].length).split(/[,.;:!?()«»“”"]/)[0]!;
      if (/^\p{Lu}/u.test(after)) {
        const name = nameIn(after, false);
        if (name && after.startsWith(name)) return gender ? { name, gender } : { name };
      }
      // The name before the role, in apposition: "M. Gérard Larcher, président du Sénat".
      const before = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*),\s+(?:(?:le|la|l['’])\s*)?$/u.exec(text.slice(Math.max(0, m.index - 80), m.index));
      const name = before ? nameIn(before[1]!, true) : null;
      if (name && before![1]!.endsWith(name)) return gender ? { name, gender } : { name };
    }
  }
  return null;
}

/**
 * The person the texts introduce by a description with its complement ("ministre de l'Économie"):
 * "le ministre de l'Économie, Pierre Moscovici" or "Pierre Moscovici, ministre de l'Économie". The
 * first text that does wins (callers pass the most recent first), among the people that `fits`.
 */
export function personDescribed(description: string, texts: string[], fits: (name: string) => boolean = () => true): string | null {
  const words = plain(description.normalize('NFC')).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // "la ministre" alone: the latest text that introduces someone in that role, bare or with its
  // complement ("la Première ministre Claire Roy" … "la ministre du Commerce Anne Roux" … "a
  // poursuivi la ministre" is Roux), so an older bare introduction does not win over a newer one.
  if (words.length === 1) {
    for (const text of texts) {
      const exact = personInRole({ article: null, words }, [text])?.name ?? null;
      if (exact && fits(exact)) return exact;
      for (const other of frenchOfficeSynonyms(words[0]!)) {
        const holder = personInRole({ article: null, words: other.split(' ') }, [text])?.name ?? null;
        if (holder && fits(holder)) return holder;
      }
      const described = personsWithComplement(words[0]!, [text]).find(fits);
      if (described) return described;
    }
    return null;
  }
  const exact = personInRole({ article: null, words }, texts)?.name ?? null;
  if (exact && fits(exact)) return exact;
  // "le premier ministre" when the article introduced "le chef du gouvernement, Jean Roy".
  for (const other of frenchOfficeSynonyms(words.join(' '))) {
    const holder = personInRole({ article: null, words: other.split(' ') }, texts)?.name ?? null;
    if (holder && fits(holder)) return holder;
  }
  return null;
}

/** Words that join a complement's nouns ("du Commerce et de l’Artisanat"): a capital after one is the complement's. */
const COMPLEMENT_LINK = /^(?:de|du|des|d['’]|la|le|les|l['’]|et|à|au|aux|en|pour|chargée?|déléguée?)$/iu;

/**
 * "la ministre" alone, when no one was introduced as "la ministre X": the people introduced by that
 * role and a complement ("La ministre de la Culture, Aurélie Filippetti", "Aurélie Filippetti,
 * ministre de la Culture"), most recent text first.
 */
function personsWithComplement(word: string, texts: string[]): string[] {
  const out: string[] = [];
  const w = escapeRegExp(word);
  const after = new RegExp(`(?<![\\p{L}])${w}\\s+(?:de|du|des|d['’])[^,.;:!?()«»“”]{1,60},\\s+`, 'gu');
  const before = new RegExp(`,\\s+(?:(?:le|la|l['’])\\s*)?${w}\\s+(?:de|du|des|d['’])`, 'gu');
  // "la ministre du Commerce et de l’Artisanat Anne Roux", no comma: the name starts at the first
  // capital that follows no preposition or article (each noun of the complement follows one).
  const run = new RegExp(`(?<![\\p{L}])${w}\\s+(?:(?:chargee?|deleguee?)\\s+)?(?=(?:de|du|des|d['’])(?![\\p{L}]))`, 'gu');
  for (const raw of texts) {
    const text = raw.normalize('NFC');
    const flat = plain(text);
    if (flat.length !== text.length) continue;
    for (const m of flat.matchAll(after)) {
      const rest = text.slice(m.index + m[0].length);
      const name = /^\p{Lu}/u.test(rest) ? nameIn(rest.split(/[,.;:!?()«»“”"]/)[0]!, false) : null;
      if (name && rest.startsWith(name) && name.includes(' ')) out.push(name);
    }
    for (const m of flat.matchAll(run)) {
      const tokens = text.slice(m.index + m[0].length).split(/[,.;:!?()«»“”"]/)[0]!.split(/\s+/).filter(Boolean);
      const at = tokens.findIndex((t, i) => i > 0 && /^\p{Lu}/u.test(t) && !COMPLEMENT_LINK.test(tokens[i - 1]!));
      const rest = at > 0 ? tokens.slice(at).join(' ') : '';
      const name = rest ? nameIn(rest, false) : null;
      if (name && rest.startsWith(name) && name.includes(' ')) out.push(name);
    }
    // (Found in the accentless text, read in the original: one character per letter in both.)
    for (const m of flat.matchAll(before)) {
      const run = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
      const name = run ? nameIn(run, true) : null;
      if (name && run!.endsWith(name) && name.includes(' ')) out.push(name);
    }
  }
  return out;
}
