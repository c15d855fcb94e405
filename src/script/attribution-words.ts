// The words of attribution in English, German, French, Spanish and Italian: reporting verbs (in the
// forms news copy uses: "said", "sagte", "erklärte", "a déclaré", "dijo", "ha detto"), the
// prepositions of "according to X" ("laut", "zufolge", "selon", "según", "secondo"), pronouns
// that point back to the last person of their gender, and the articles that open a description
// ("der Sprecher", "la ministre") rather than a name. German capitalises every noun, so a
// capitalised word after an article is a description there, not a name.
import type { Gender } from '../model.ts';

const ENGLISH =
  'said|says|say|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|stated|states|noted|notes|continued|continues|' +
  'declared|declares|insisted|insists|argued|argues|warned|warns|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|remarked|replied|replies|' +
  'responded|recalled|recalls|acknowledged|admitted|announced|claimed|claims|commented|concluded|confirmed|posted|tweeted|urged|urges|' +
  'reiterated|observed|predicted|cautioned|suggested|maintained|quipped|joked|lamented|complained|conceded|countered|shouted|cried|' +
  'whispered|recounted|testified|vowed|pledged|boasted|exclaimed|mused|opined|pointed out|went on|wrote on';
const GERMAN =
  'sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|erläuterte|warnte|warnt|forderte|fordert|kritisierte|' +
  'schrieb|schreibt|berichtete|bekräftigte|unterstrich|ergänzte|versicherte|äußerte|fügte hinzu|teilte mit|sagte gegenüber|hieß es';
const FRENCH =
  'a déclaré|a dit|a affirmé|a expliqué|a ajouté|a souligné|a indiqué|a estimé|a assuré|a annoncé|a précisé|a rappelé|a insisté|' +
  'a répondu|a confié|a martelé|a lancé|a averti|déclare|affirme|explique|ajoute|souligne|indique|estime|assure|précise|rappelle|' +
  'avait déclaré|a-t-il déclaré|a-t-elle déclaré|a-t-il dit|a-t-elle dit|a-t-il ajouté|a-t-elle ajouté|a-t-il expliqué|a-t-elle expliqué';
const SPANISH_ITALIAN =
  'dijo|afirmó|declaró|explicó|añadió|aseguró|señaló|indicó|subrayó|ha dicho|ha afirmado|ha detto|ha dichiarato|ha affermato|ha spiegato|ha aggiunto|ha sottolineato';

/** Every reporting verb, as a regex alternation (longest forms first where they share a start). */
export const VERBS = [FRENCH, GERMAN, SPANISH_ITALIAN, ENGLISH].join('|');
export const PARTICIPLES = 'saying|adding|telling|writing|noting|warning|explaining|declaring|insisting|arguing|stressing|urging|calling|describing|asking';

/** "according to X" and its equivalents, before the name; "X zufolge" comes after it. */
export const ACCORDING = 'according to|laut|nach Angaben von|nach Angaben|selon|d’après|d\'après|según|secondo';

/** Lookarounds that make a Unicode word boundary (JavaScript's \b knows only ASCII letters). */
export const WB = '(?<![\\p{L}\\p{N}])';
export const WE = '(?![\\p{L}\\p{N}])';

const PRONOUNS: Record<string, Gender | null> = {
  he: 'male', she: 'female', er: 'male', sie: 'female', il: 'male', elle: 'female', él: 'male', ella: 'female', lui: 'male', lei: 'female',
};

/** The gender a subject pronoun states, or undefined when the word is not one. */
export function pronounOf(word: string): Gender | null | undefined {
  return PRONOUNS[word.toLowerCase()];
}

export const PRONOUN_RE = /^(?:he|she|er|sie|il|elle|él|ella|lui|lei)$/i;

/** Articles and possessives that open a description: "the leader", "der Sprecher", "la ministre". */
export const DEFINITE = /^(?:the|his|her|der|die|das|den|dem|des|le|la|les|l['’]|el|los|las|il|lo|gli)\s*/i;
export const INDEFINITE = /^(?:an?|ein|eine|einen|einem|einer|un|une|uno|una)\s+/i;

/** Role nouns of other languages that refer back to a person already named ("der Kommissionschef"). */
export const ROLE_NOUNS =
  /^(?:sprecher(?:in)?|minister(?:in)?|kanzler(?:in)?|präsident(?:in)?|chef(?:in)?|vorsitzende[r]?|bürgermeister(?:in)?|kommissar(?:in)?|politiker(?:in)?|ministre|président(?:e)?|porte-parole|dirigeant(?:e)?|maire|chef|directeur|directrice|ministro|ministra|presidente|portavoz|portavoce)$/i;

/** Words that introduce a name but are not part of it (titles, roles, honorifics). */
export const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father president vice prime minister secretary state ' +
    'senator sen rep representative congressman congresswoman gov governor mayor chancellor general gen col colonel lt lieutenant ' +
    'captain capt major maj chief executive ceo cfo coo cto chair chairman chairwoman chairperson director minister ambassador judge ' +
    'justice spokesman spokeswoman spokesperson commissioner councillor councilor councilman councilwoman king queen prince princess ' +
    'pope sheikh officer sergeant sgt detective inspector superintendent deputy assistant attorney leader founder head mp mep hon ' +
    'foreign defence defense interior finance health home education economy trade speaker premier president-elect chairman-elect ' +
    'analyst economist strategist manager coach pastor rabbi imam bishop archbishop cardinal dean provost principal officer agent ' +
    'correspondent editor author researcher scientist professor doctor nurse general secretary-general undersecretary admiral adm ' +
    'commander cmdr marshal emir ayatollah crown acting interim former late then new incoming outgoing senior junior'
  ).split(' '),
);


/**
 * A name without the affiliation after it: "Jane Doe of the University of Oxford" → "Jane Doe".
 * Only after a name of two or more words, so "Secretary of State Antony Blinken" stays whole.
 */
export function dropAffiliation(subject: string): string {
  const m = /^(.*?)\s+(?:of|at|from|for|with)\s+(?:the\s+)?\p{Lu}.*$/u.exec(subject);
  if (!m) return subject;
  const caps = m[1]!.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const lastWord = m[1]!.split(/\s+/).pop()!.toLowerCase();
  return caps.length >= 2 && !TITLES.has(lastWord) ? m[1]! : subject;
}
