// The shapes of attribution that speakers.ts and subject-refs.ts read: role nouns, prepositional
// leads, affiliations, name particles and the name opening an inverted subject, honorific stops,
// German adverbial openings and "X zufolge". Plain patterns with no state, apart so that those two
// stay readable.
import { stopwordsOf } from '../article/language.ts';
import { GERMAN_ROLE, ROLE_NOUNS, TITLES, VERBS, WE } from './attribution-words.ts';
import { bareWord, isTitle, nameIn } from './name-runs.ts';
import { isGivenName } from './name-tags.ts';
import { PUBLICATION } from './lead-ins.ts';

/** "c'est ce qu'a", "c'est ce que", "comme l'a", "ainsi que l'a" before an inverted reporting verb. */
export const FRENCH_CLEFT = new RegExp(`^(?:c['’]est\\s+(?:ce\\s+)?(?:qu['’]|que\\s+)|(?:comme|ainsi\\s+que)\\s+l['’]\\s*)(?=(?:${VERBS})${WE})`, 'iu');

/** What French sets between an inverted verb and its subject: a place, a medium, a day ("déclare dans un communiqué X"). */
export const FRENCH_ADVERBIAL = /^(?:à|au|aux|dans|sur|lors|devant|auprès|en|pendant|après|avant|depuis|par|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|ce\s|cette\s)(?![\p{L}])/iu;

/** "Pour Sarah Jones, « … »", "Für Roth „…“": the French and German "in X's view". */
export const VIEW_OF = /(?:^|[.!?]\s+)(?:Pour|Für|Para|Per)\s+([^;:.!?]{1,80}?),?\s*$/u;

/** Role nouns: "the <…> leader said" refers to a person already in the story. */
export const PERSON_ROLES = new RegExp(
  String.raw`^(?:leader|president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|senator|governor|mayor|chief|executive|ceo|founder|chair(?:man|woman|person)?|director|ambassador|official|commander|general|king|queen|prince|pope|envoy|diplomat|lawmaker|congress(?:man|woman)|politician|candidate|nominee|actor|actress|singer|star|player|coach|manager|author|writer|scientist|researcher|professor|doctor|lawyer|attorney|judge|man|woman|father|mother|son|daughter|officer|analyst|economist|head|boss|activist|owner|victim|witness|resident|teacher|student|billionaire|entrepreneur|former|` +
    // "the 45-year-old said", "der 45-Jährige sagte", "the nurse said": an age or an occupation, singular
    `\\d+-year-old|\\d+-jährige[rn]?|nurse|farmer|worker|pilot|soldier|priest|journalist|engineer|artist|musician|athlete|driver|veteran|survivor|` +
    `grandmother|grandfather|wife|husband|sister|brother|legislator|councillor|councilor|democrat|republican|` +
    // law enforcement and park offices ("the lawman said", "the superintendent said")
    `sheriff|lawman|deputy|trooper|ranger|superintendent|detective|inspector|constable)$`,
  'i',
);

/** A German or French preposition and its article, and nothing else: "In der Erklärung", "dans un communiqué". */
// (German fuses some prepositions with the article: "Beim Besuch", "Im Landtag", "Zur Eröffnung".)
export const PREPOSITION_LEAD =
  /^(?:(?:in|an|auf|aus|bei|mit|nach|seit|vor|über|unter|für|gegen|durch|während|dans|sur|avec|par|lors|pendant|après|avant)\s+(?:der|dem|den|des|einem|einer|eines|un|une|le|la|les|l['’])\s*|(?:im|am|beim|vom|zum|zur|ins|ans|aufs|übers|fürs|ums)\s+)[^,;:]*$/iu;

/** A lowercase description (up to four words), then a preposition and a capitalised organisation or place. */
export const DESCRIBED_AFFILIATION =
  /^((?:(?:the|an?|his|her|le|la|l['’]|un|une)\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Ll}[\p{L}'’-]*)\s+(?:of|with|at|for|from|in|du|de\s+la|de|des|d['’]|chez)\s*(?:(?:the|la|le|l['’])\s*)?[\p{Lu}\p{N}]/u;


/** A role and its organisation: a word, then of/for/at/with and a capitalised name ("Director of the Trust"). */
export const AFFILIATED_ROLE = /^(?:(?:the|an?)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:of|for|at|with)\s+(?:the\s+)?\p{Lu}/u;

export const PARTICLE = /^(?:von|van|de|du|da|di|del|della|dos|la|le|ter|bin|ibn|al|el|zu)$/;
/** The Arabic article joined to a surname by a hyphen ("Essam el-Erian", "Saad al-Katatni"): part of the name. */
export const JOINED_PARTICLE = /^(?:al|el|ad|ed|as|ash|at|az|an|ar|ul)-\p{Lu}/u;

/**
 * "von"/"van" after a whole name, a given name and a surname ("Lena Brodtke von der Bauverwaltung"),
 * opens where the person works; a name's own particle follows its given names ("Ursula von der Leyen").
 */
const officeAfterName = (w: string, kept: string[]): boolean =>
  /^(?:von|van)$/.test(w) && kept.length >= 2 && isGivenName(kept[kept.length - 2]!) && !isGivenName(kept[kept.length - 1]!);

/**
 * The name that opens the words after an inverted reporting verb, without what follows it:
 * "Katrin Albers nach der Abstimmung" → "Katrin Albers", "Hoffmann dem Radiosender WDR" →
 * "Hoffmann" (German puts the subject right after the verb, then objects and adverbials;
 * English "said Ana Ruiz in a statement" alike). Name particles ("Ursula von der Leyen") and
 * "Secretary of State" stay.
 */
export function leadingName(head: string): string {
  const words = head.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1] ?? '';
    // A particle, or "of", joins when a capitalised word follows, directly or after an article.
    const capitalAhead = /^\p{Lu}/u.test(next) || (/^(?:der|den|the|la|le)$/.test(next) && /^\p{Lu}/u.test(words[i + 2] ?? ''));
    const joins =
      /^\p{Lu}/u.test(w) ||
      (kept.length > 0 && JOINED_PARTICLE.test(w)) ||
      // (German "zu" is a name's particle right after the given name, "Karl-Theodor zu Guttenberg";
      // after a full name it is the preposition: "betonte Malu Dreyer zu Beginn der Veranstaltung".)
      ((PARTICLE.test(w) || w === 'of') && capitalAhead && !(w === 'zu' && kept.length > 1) && !officeAfterName(w, kept)) ||
      (/^(?:der|den|the|la|le)$/.test(w) && /^(?:von|van|of|de)$/.test(words[i - 1] ?? '') && /^\p{Lu}/u.test(next)) ||
      // "said U.S. Health and Human Services Secretary Kathleen Sebelius": "and" inside an office's
      // name, a title ahead closing it (not "said Smith and Jones", two people).
      ((w === 'and' || w === '&') && kept.length > 0 && /^\p{Lu}/u.test(next) && words.slice(i + 1, i + 5).some((x) => isTitle(x.replace(/[.,;:]+$/, ''))));
    if (!joins || kept.length >= 8) break;
    kept.push(w);
  }
  return kept.length ? kept.join(' ') : head;
}

/** A description up to its first name, then a preposition ("le président Obama à Hilliard"): the description. */
// (German verb-second puts the object after the subject: "lobte der Hochschulleiter Prof. Dr. Ralf
// Roth die beteiligten Unternehmen", so an accusative or dative article after the name ends it too.)
export const DESCRIPTION_THEN_PLACE =
  /^(.*?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)(?=\s+(?:à|au|aux|en|dans|devant|lors|sur|depuis|in|im|am|an|bei|beim|vor|nach|auf|aus|at|on|during|after|before|die|den|dem|das|einen|einem)\s)/u;

export const HONORIFIC_STOP = /(?<![\p{L}])(Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Fr|St|Jr|Sr|M|Mme|Mlle)\./gu;

/** The first word of a German sentence that opens with an adverbial rather than its subject. */
export const ADVERBIAL_OPENING =
  /^(?:in|im|am|an|auf|aus|bei|beim|mit|nach|seit|von|vom|vor|zu|zum|zur|über|unter|für|gegen|ohne|um|durch|während|wegen|angesichts|dazu|dann|daher|deshalb|später|zudem|außerdem|auch|so|heute|gestern|morgen|damals|danach|anschließend|zuvor|weiter|jetzt|nun|hier|dort|darauf|dabei|darüber|bereits|schon|ähnlich|ebenso|genauso|anders)(?![\p{L}])/iu;

export const RELATIVE = /^(?:who|whose|which|der|die|das|dem|den|qui|dont|lequel|laquelle)\s/i;

/** "Hoffmann zufolge": the German postposition after its name. */
export const ZUFOLGE = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)\s+zufolge(?![\p{L}])/u;

/**
 * Whether a capitalised chunk in apposition is a role description rather than a titled name: it
 * opens with a role word, and the name read in it (`name`; null when none, undefined when the chunk
 * is no name at all) is not the one the role introduces. "Bundeskanzler Olaf Scholz" and
 * "Ministerpräsident Prof. Dr. Wolfgang Böhmer" are titled names; "Staatssekretär und Chef der
 * Staatskanzlei des Landes Nordrhein-Westfalen" is a description ending on its organisation.
 */
export function roleLedDescription(chunk: string, name: string | null | undefined): boolean {
  const words = chunk.split(/\s+/).filter(Boolean);
  const first = bareWord(words[0] ?? '');
  if (words.length < 3 || !(isTitle(first) || GERMAN_ROLE.test(first))) return false;
  if (name === undefined) return false;
  if (name === null) return true;
  const at = chunk.lastIndexOf(name);
  if (at <= 0) return false;
  return chunk.slice(0, at).split(/\s+/).filter(Boolean).some((w) => !isTitle(bareWord(w)) && !GERMAN_ROLE.test(bareWord(w)));
}

/** Participles of saying in the German perfect ("hat … gesagt", "hat … betont"). */
const GERMAN_PARTICIPLES =
  'gesagt|erklärt|betont|unterstrichen|hervorgehoben|bekräftigt|erläutert|ergänzt|hinzugefügt|angekündigt|gewarnt|gefordert|kritisiert|gemahnt|' +
  'geschrieben|versichert|geäußert|bilanziert|gelobt|geantwortet|entgegnet|gefragt|festgestellt|klargestellt|mitgeteilt|kommentiert|bestätigt|eingeräumt|appelliert|berichtet';
/**
 * A German lead-in in the perfect, the auxiliary and the participle around what stands between
 * ("Dazu hat Ministerin Anna Roth gesagt:", "Die Ministerin hat am Montag betont:"): group 1 is the
 * text between them, the subject when an adverbial opens the sentence (verb-second order).
 */
export const GERMAN_PERFECT = new RegExp(`(?<![\\p{L}])(?:hat|haben|hatte|hatten)\\s+((?:[^.!?:;]{0,100}?\\s)?)(?:${GERMAN_PARTICIPLES})\\s*:?\\s*$`, 'u');

/**
 * Words that join a phrase rather than describe a person, in any of the corpus languages: "said
 * NASA in Washington", "a affirmé Paul Girard sur France Inter" name no one after them.
 */
const isFunctionWord = (word: string): boolean => ['en', 'de', 'fr'].some((l) => stopwordsOf(l).has(word.toLowerCase()));

/**
 * The subject of an inverted verb as an organisation's name, a lowercase description, then the
 * person's full name closing it: "USGS hydrologist Ryan Jackson", "Northwind Energy spokeswoman
 * Jane Roe" → the person. The capitals before the description are the organisation's, never the
 * speaker, even when they read as a name. Null for any other shape.
 */
export function nameAfterDescription(head: string): string | null {
  const closing = nameIn(head, true);
  if (!closing || !closing.includes(' ') || !head.endsWith(closing)) return null;
  const before = head.slice(0, -closing.length).trim().split(/\s+/).pop() ?? '';
  return /^\p{Ll}[\p{L}-]{2,}$/u.test(before) && !isFunctionWord(before) ? closing : null;
}

/** What a publication does: "schrieb", "berichtete", "meldete", "titelte". */
const WRITES = /^(?:schrieb|schreibt|berichtete|berichtet|meldete|meldet|titelte|titelt)$/u;

/**
 * "Der Landbote schrieb: „…“", "„…“, berichtete die Abendpost.": a paper named by its article and a
 * capitalised name, no role or office, writes; its name (a publication speaking is the quote's
 * source). Null for any other verb or subject ("Der Minister schrieb:" is a person's role).
 */
export function publicationWriting(verb: string, subject: string): string | null {
  if (!WRITES.test(verb)) return null;
  const m = /^(?:[Dd]er|[Dd]ie|[Dd]as)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})$/u.exec(subject.trim().replace(/[.,;:]+$/u, ''));
  if (!m) return null;
  const head = m[1]!.split(/\s+/).pop()!;
  // (A publication's common noun, "schrieb die Zeitung", "das Blatt", points back to the paper the
  // article named: subject-refs.ts reads it.)
  return GERMAN_ROLE.test(head) || ROLE_NOUNS.test(head) || TITLES.has(head.toLowerCase()) || PUBLICATION.test(head) || /innen$/u.test(head) ? null : m[1]!;
}
