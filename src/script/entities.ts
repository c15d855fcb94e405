// Which names are people. A reporting verb's subject is not always a person: "the University of
// Oxford said", "Microsoft said", "Copyright Reuters". compromise (an offline English NLP library
// with lexicons of organisations, places and given names) tags each candidate; an organisation or
// a place is never a speaker, nor is a credit word. Names it does not know (most surnames) stay
// candidates: being unknown is not evidence against a person.
import { ORGANISATION_NOUNS } from './attribution-words.ts';
import { nameTags } from './name-tags.ts';

/** Words of credits and captions that scrapers leave next to quotes. */
const CREDIT_WORDS = /^(?:copyright|getty|getty images|reuters|ap|afp|epa|photo|photos|image|images|source|credit|credits|file|handout|pool)$/i;

/** English words that end an institution's name ("… Chess Federation", "… Ministry"). */
const INSTITUTION_WORDS =
  'Federation|Association|University|Ministry|Department|Commission|Agency|Council|Committee|Institute|Foundation|Party|Union|Court|Parliament|' +
  'Government|Police|League|Club|Society|Fund|Trust|Centre|Center|Coalition|Alliance|Academy|Hospital|Museum|Office|Authority|Board|Corporation|' +
  'Company|Organi[sz]ation|International|Watch|Street|Square|Palace|Amt|Ministerium|Behörde|Institut|Kommission|UK|US|USA|EU';

/**
 * Names shaped like institutions whatever a lexicon says: an English institution word last ("… Chess
 * Federation"), a German compound ending in one ("Landratsamt", "Bundesministerium"), a French one
 * first ("Ministère de …", "Commission européenne").
 */
const INSTITUTION = new RegExp(
  `(?:^|\\s)(?:${INSTITUTION_WORDS})$|\\p{L}(?:ministerium|verband|amt|behörde|gericht|stiftung|institut|partei|kommission|regierung|polizei|zeitung|agentur|konzern|gewerkschaft|verein|gesellschaft|universität)$|^(?:Ministère|Commission|Conseil|Gouvernement|Assemblée|Parti|Fédération|Association|Université|Tribunal|Agence|Banque|Cour|Syndicat|Mairie|Préfecture)(?:\\s|$)`,
  'u',
);

/**
 * When compromise calls a name of several words an organisation, it is one only when shaped like one:
 * "of"/"for"/"and" inside, or an institution or company word last (its lexicon holds surnames too).
 */
const ORGANISATION_WORD = new RegExp(
  `(?:^|\\s)(?:of|for|and|&)\\s|\\b(?:${INSTITUTION_WORDS}|College|Corp|Inc|Ltd|LLC|Group|Bank|Energy|Times|News|Post|Press|Television|Radio|Services?|Army|Navy|Forces?|Network|Systems|Technologies|Airlines|Motors|Holdings|Partners)\\.?$`,
);

// The nouns in either case of their first letter only: under the `i` flag \p{Lu} would match lowercase too.
const EITHER_CASE = ORGANISATION_NOUNS.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const NOUN_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:${EITHER_CASE}|ONG)\\s+(\\p{Lu}[\\p{L}\\p{M}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.&-]*){0,4})`, 'gu');

/** The names the texts give organisations by an organisation noun before them ("l'association France Assos Santé"). */
export function organisationsNamed(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(NOUN_THEN_NAME)) out.add(m[1]!);
  return out;
}

/**
 * A fresh checker with its own cache (one per article: no state outlives a run). `organisations`:
 * names the article gives organisations (see organisationsNamed), never people.
 */
export function personCheck(organisations: Set<string> = new Set()): (name: string) => boolean {
  const cache = new Map<string, boolean>();
  return (name) => {
    const known = cache.get(name);
    if (known !== undefined) return known;
    // (A lone capitalised word in -ment is an adverb opening a sentence, "Heureusement précise la
    // Commission …", or a noun, "Parliament", "Argument": no language here spells a surname so.)
    let person = !CREDIT_WORDS.test(name.trim()) && !INSTITUTION.test(name.trim()) && !organisations.has(name.trim()) && !/^\p{Lu}\p{Ll}{4,}ment$/u.test(name.trim());
    if (person) {
      const tags = nameTags(name);
      // compromise's organisation lexicon holds surnames too (Dupont, Renault): a name of several
      // words is an organisation only when it is shaped like one ("Northwind Energy", "… University").
      const organisation = tags.organizations && (!name.includes(' ') || ORGANISATION_WORD.test(name));
      // A known given name ("Tom Hall") is evidence of a person, whatever the rest looks like.
      // Likewise a place of several words only when it is a known country, city or region ("Tom
      // Hall" is tagged a place by its second word).
      const place = tags.places && (!name.includes(' ') || tags.knownPlace);
      person = tags.people || tags.firstName || (!organisation && !place);
    }
    cache.set(name, person);
    return person;
  };
}
