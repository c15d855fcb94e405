// One canonical name per person in an article: the fullest form it uses ("Blinken" → "Antony
// Blinken"), so that every mention and quote of a person shares one speaker and one voice.
import { escapeRegExp, nameIn } from './speakers.ts';
import { isGivenName, nameTags } from './name-tags.ts';

/**
 * Whether `candidate` is a better full form than `best`: one that opens with a given name beats one
 * that does not, whatever their lengths ("Wolfgang Böhmer" over "Regierung Böhmer", the German
 * "the Böhmer government", whose capitalised noun no role list has); otherwise the longer one.
 */
function fuller(candidate: string, best: string): boolean {
  const given = (name: string) => name.includes(' ') && isGivenName(name.split(' ')[0]!);
  if (given(candidate) !== given(best)) return given(candidate);
  return candidate.length > best.length;
}

/**
 * A hyphenated compound of common nouns opening the words before a surname ("Cluster-Offensive
 * Bayern", "CDU-Chefin Kramp-Karrenbauer"): a programme's or a role's name, no fuller form of the
 * person. A double given name ("Karl-Theodor zu Guttenberg", "Hans-Peter Roth") has a given name in it.
 */
function programmeName(name: string): boolean {
  const first = name.split(' ')[0]!;
  if (!first.includes('-')) return false;
  return !first.split('-').some((part) => isGivenName(part)) && !nameTags(name).people;
}

/**
 * One canonical name per person: the fullest form seen whose last word is the surname.
 * "Blinken" → "Antony Blinken"; "Mr Durkan" → "Mark Durkan" when the article names him in full.
 */
/** A German article or possessive right before a position in a text. */
const GERMAN_DETERMINER_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)\s+$/u;

export class NameRegistry {
  private readonly names: string[] = [];
  private readonly fullFormPatterns = new Map<string, RegExp>(); // learnFullForms' per surname, compiled once

  add(name: string): void {
    if (!this.names.includes(name)) this.names.push(name);
  }

  canonical(name: string): string {
    const parts = name.split(' ');
    const last = parts[parts.length - 1]!.toLowerCase();
    const first = parts[0]!.toLowerCase();
    let best = name;
    // (An initial with or without its stop is one initial: "James M Cole" is "James M. Cole".)
    const plain = (p: string) => p.toLowerCase().replace(/^(\p{L})\.$/u, '$1');
    for (const candidate of this.names) {
      const written = candidate.split(' ').map(plain);
      // (A hyphenated surname is written with a space too, "Benali-Kader" and "M. Benali Kader": its
      // halves count as the candidate's words. Only the surname's: "Jean-Pierre" stays one given name.)
      const halves = parts.length > 1 && written.length > 1 ? written[written.length - 1]!.split('-') : [];
      const byHalves = halves.length > 1 && halves[halves.length - 1] === last && plain(parts[parts.length - 2]!) === halves[halves.length - 2];
      const cParts = byHalves ? [...written.slice(0, -1), ...halves] : written;
      const sameSurname = written[written.length - 1] === last || byHalves;
      // A single given name can also refer to a known person ("Antony" rarely; "Ana" in features).
      const sameGiven = parts.length === 1 && cParts.length > 1 && cParts[0] === first && !this.names.some((n) => n.toLowerCase().endsWith(` ${first}`));
      // (An initial stands for a given name it opens: "V. Sapounov" is "Valentine Sapounov".)
      const initialOf = (p: string) => /^\p{L}\.?$/u.test(p) && cParts.some((c) => c.length > 1 && c.startsWith(plain(p)));
      const compatible = parts.length === 1 || parts.every((p) => cParts.includes(plain(p)) || initialOf(p));
      if ((sameSurname && compatible) || sameGiven) {
        if (fuller(candidate, best)) best = candidate;
      }
    }
    return best;
  }

  /**
   * Learns full forms of the surnames already known from the article text: "Council member
   * Terrence Hall" makes "Hall" → "Terrence Hall"; a nickname in brackets after the given name is
   * passed over ("Richard (Rick) W. Spinrad").
   */
  learnFullForms(text: string): void {
    for (const surname of this.knownSurnames()) {
      if (!text.includes(surname)) continue; // the pattern needs it verbatim: no regex to compile and run
      const re = this.fullFormPatterns.get(surname) ?? new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+)(?:\\(\\p{Lu}\\p{Ll}+\\)\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,2})${escapeRegExp(surname)}(?![\\p{L}-])`, 'gu');
      this.fullFormPatterns.set(surname, re);
      for (const m of text.matchAll(re)) {
        // After a German article or possessive the capitalised words open a noun phrase ("sein
        // Talheimer Kollege Jarko Hallwig", "der Berliner Peter Wahl"): its adjective and noun are no
        // part of the name, which starts at a given name or keeps the last two words.
        const words = m[0].trim().split(/\s+/);
        if (GERMAN_DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && words.length > 2) {
          words.shift();
          while (words.length > 2 && !isGivenName(words[0]!)) words.shift();
        }
        const name = nameIn(words.join(' '), true);
        // Three words or more only when the lexicon reads them as a person's name, or the first is a given
        // name: "… for Acquisition Jane Roe" is an office's words before "Jane Roe", no longer name.
        const long = name !== null && name.split(' ').length > 2 && !nameTags(name).people && !nameTags(name.split(' ')[0]!).firstName;
        // (Nor after a French preposition: "le maire de Lyon Zoltan Kovacs", "le sélectionneur des
        // Bleus Didier Deschamps" — the first capitalised word is the complement's place or team.)
        if (name && name.split(' ').length > 2 && m[0].startsWith(name) && /(?:^|\s)(?:de|du|des|d['’])\s*$/u.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
        if (name && !long && !programmeName(name) && name.includes(' ') && name.endsWith(surname) && /\p{Ll}/u.test(name)) this.add(name);
      }
    }
  }

  /** Every name registered, in order of first registration. */
  all(): string[] {
    return [...this.names];
  }

  /** Whether a name (or its surname) was seen elsewhere in the article as a person. */
  knows(name: string): boolean {
    const last = name.split(' ').pop()!;
    return this.names.some((n) => n !== name && n.split(' ').pop() === last) || this.names.includes(name) && this.canonical(name) !== name;
  }

  /** Whether a word is the surname of a known person (a mention anywhere in narration). */
  knownSurnames(): Set<string> {
    return new Set(this.names.map((n) => n.split(' ').pop()!));
  }
}
