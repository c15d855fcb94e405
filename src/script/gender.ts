// A quoted person's gender, only where the article states it: an honorific (Mr, Mrs, Ms, Herr,
// Frau, M., Mme), a gendered title or role word (spokeswoman, chairman, Ministerin, la ministre),
// or the pronoun the article uses for them ("…, she said" resolved to them; "Smith … his" in the
// sentence that names them and no one else). Evidence is counted; a clear majority decides. This
// is what casting reads to pick a voice of the same gender; null means "the article doesn't say".
import type { Gender } from '../model.ts';
import { escapeRegExp } from './speakers.ts';

const MALE_HONORIFIC = 'Mr|Mister|Sir|Lord|Herr|Herrn|M|Monsieur|Sr|Señor|Sig|Signor';
const FEMALE_HONORIFIC = 'Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Frau|Mme|Mlle|Sra|Señora|Sig\\.ra|Signora';
/**
 * French role nouns whose form says the gender ("directrice", "président"), read in apposition after
 * the name ("Michelle Kagari, directrice adjointe du programme", "Laurent Roy, le président du
 * club"). Nouns of both genders ("ministre", "porte-parole", "juge") say nothing there.
 */
const FRENCH_FEMALE_NOUN =
  'directrice|présidente|vice-présidente|députée|sénatrice|avocate|ambassadrice|fondatrice|cofondatrice|co-fondatrice|conseillère|militante|' +
  'candidate|chercheuse|adjointe|déléguée|élue|représentante|coordinatrice|rapporteure|procureure|secrétaire générale|habitante|patronne|présentatrice|' +
  // occupations and kin, in their feminine form ("Ana Roy, une enseignante de 45 ans", "Luisa Roy, sa femme")
  'enseignante|étudiante|opposante|manifestante|dirigeante|historienne|écrivaine|actrice|chanteuse|joueuse|entraîneuse|infirmière|experte|correspondante|' +
  'chroniqueuse|commerçante|agricultrice|épouse|femme|mère|fille|sœur|veuve';
const FRENCH_MALE_NOUN =
  'directeur|président|vice-président|député|sénateur|avocat|ambassadeur|fondateur|cofondateur|co-fondateur|conseiller|militant|' +
  'candidat|chercheur|adjoint|délégué|élu|représentant|coordinateur|rapporteur|procureur|secrétaire général|habitant|patron|présentateur|' +
  'enseignant|étudiant|opposant|manifestant|dirigeant|historien|écrivain|acteur|chanteur|joueur|entraîneur|infirmier|expert|correspondant|' +
  'chroniqueur|commerçant|agriculteur|époux|mari|père|fils|frère|veuf|' +
  // offices of the Catholic clergy, men's only
  'abbé|prêtre|curé|évêque|archevêque|cardinal';
const FRENCH_FEMALE_ONE = new RegExp(`^(?:${FRENCH_FEMALE_NOUN})$`, 'u');
const FRENCH_MALE_ONE = new RegExp(`^(?:${FRENCH_MALE_NOUN})$`, 'u');
/** The gender a French person noun's own form states ("mère", "mari", "voisine"); null when it states none. */
export function frenchNounGender(noun: string): Gender | null {
  const n = noun.toLowerCase();
  return FRENCH_FEMALE_ONE.test(n) ? 'female' : FRENCH_MALE_ONE.test(n) ? 'male' : null;
}
/**
 * Nouns of both genders, whose article or determiner says which: "le juge", "la juge", "Anne Roy,
 * une journaliste", "Paul Roy, le chef du parti".
 */
const FRENCH_EPICENE_NOUN =
  'ministre|porte-parole|maire|secrétaire|chef|juge|journaliste|responsable|commissaire|capitaine|photographe|économiste|analyste|politologue|sociologue|' +
  'médecin|syndicaliste|membre|élève|artiste|athlète|interprète|cinéaste|architecte|diplomate|philosophe';
/**
 * An adjective the French article may put before the role noun, agreeing with it: "le Premier
 * ministre Paul Roy", "la nouvelle présidente Anne Roy", "l'ancien ministre" aside (the elided
 * article says no gender).
 */
// (Either case spelled out: the names' patterns are case-sensitive after the role's first letter.)
const FRENCH_MALE_BEFORE = '(?:(?:[pP]remier|[nN]ouveau|[aA]ncien|[aA]ctuel|[fF]utur|[jJ]eune|[eE]x-)\\s*)?';
const FRENCH_FEMALE_BEFORE = '(?:(?:[pP]remière|[nN]ouvelle|[aA]ncienne|[aA]ctuelle|[fF]uture|[jJ]eune|[eE]x-)\\s*)?';
const MALE_ROLE =
  'spokesman|chairman|congressman|councilman|businessman|assemblyman|alderman|king|prince|duke|emperor|father|brother|son|husband|actor|' +
  'sprecher|präsident|kanzler|bürgermeister|vorsitzender|' +
  // "le sénateur Paul Roy", "la députée Anne Roy": the article and the noun's form agree
  [...FRENCH_EPICENE_NOUN.split('|'), ...FRENCH_MALE_NOUN.split('|')].map((n) => `le ${FRENCH_MALE_BEFORE}${n}`).join('|') +
  // "son fils, Marc Roy", "son maire Paul Roy": a possessive agrees with its noun, whose gender is
  // the person's (before a vowel "son" serves feminine nouns too, "son adjointe": only consonants here)
  '|' + [...FRENCH_EPICENE_NOUN.split('|'), ...FRENCH_MALE_NOUN.split('|')].filter((n) => !/^[aeiouéèh]/u.test(n)).map((n) => `son ${n}`).join('|') +
  '|sohn|vater|bruder|ehemann';
const FEMALE_ROLE =
  'spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|assemblywoman|queen|princess|duchess|empress|mother|sister|daughter|wife|actress|' +
  'sprecherin|ministerin|präsidentin|kanzlerin|bürgermeisterin|' +
  [...FRENCH_EPICENE_NOUN.split('|'), ...FRENCH_FEMALE_NOUN.split('|')].map((n) => `la ${FRENCH_FEMALE_BEFORE}${n}`).join('|') +
  // "sa fille, Marine Roy", "son épouse Anne Roy"; German kin: "seine Tochter Lena Roth"
  '|' + [...FRENCH_EPICENE_NOUN.split('|'), ...FRENCH_FEMALE_NOUN.split('|')].map((n) => `sa ${n}`).join('|') +
  '|' + FRENCH_FEMALE_NOUN.split('|').filter((n) => /^[aeiouéèh]/u.test(n)).map((n) => `son ${n}`).join('|') +
  '|tochter|mutter|schwester|ehefrau';

/**
 * German role nouns, alone or closing a compound: the feminine "-in" names a woman
 * ("Bundeskanzlerin", "EU-Kommissionspräsidentin"); the masculine form of a compound names a man
 * ("Bundeskanzler Olaf Scholz"; the bare "Minister" is English too, so only compounds count).
 */
const GERMAN_STEMS =
  'präsident|minister|kanzler|kommissar|sprecher|bürgermeister|direktor|leiter|botschafter|sekretär|senator|vertreter|beauftragt|vorsitzend|abgeordnet|politiker|chef|richter|anwält|ärzt|professor|referent|dezernent|landrät|stadträt';
/**
 * Professions whose masculine form is no stem plus "-er" ("Meeresexpertin" / "Öl-Experte",
 * "Journalistin" / "Journalist", "Psychologin" / "Psychologe"), as NGO and agency copy puts them
 * after the name: the feminine adds "-in" to the stem, the masculine is listed whole.
 */
const GERMAN_IN_STEMS = 'expert|journalist|aktivist|wissenschaftler|forscher|ökonom|analyst|biolog|psycholog|soziolog|historiker|kolleg';
// (Not "journalist" or "analyst": English spells them alike, and "photojournalist" says no gender.)
const GERMAN_MALE_FORMS = 'experte|aktivist|wissenschaftler|forscher|ökonom|biologe|psychologe|soziologe|historiker|kollege';
const initialEitherCase = (stems: string) => stems.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
// (The "-e" nouns made from participles, "Vorsitzende", "Beauftragte", "Abgeordnete", name a woman
// only without "der"/"dem"/"des" before them and their adjectives: "der langjährige
// Aufsichtsratsvorsitzende X" is a man, GERMAN_DER_E_ROLE.)
const GERMAN_FEMALE_ROLE = `(?:[\\p{L}-]*(?:(?:${initialEitherCase(GERMAN_STEMS)})in|(?:${initialEitherCase(GERMAN_IN_STEMS)})in)|(?<!(?:[Dd]er|dem|des)\\s+(?:\\p{Ll}+\\s+){0,2})[\\p{L}-]*(?:${initialEitherCase(GERMAN_STEMS)})e)`;
const GERMAN_DER_E_ROLE = `[Dd]er\\s+(?:\\p{Ll}+\\s+){0,2}[\\p{L}-]*(?:${initialEitherCase('vorsitzend|beauftragt|abgeordnet')})e`;
const GERMAN_MALE_ROLE = `[\\p{L}-]+(?:(?:${GERMAN_STEMS})(?:er)?|${GERMAN_MALE_FORMS})`;
/** "der Minister Karl Berger", "der Präsident Jan Nowak": the bare masculine noun after "der" is German, and says a man. */
const GERMAN_DER_ROLE = `der\\s+(?:${initialEitherCase(GERMAN_STEMS)})(?:er)?`;

const apposedRole = (surname: string, nouns: string) =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)},\\s+(?:(?:le|la|l['’]|un|une|son|sa)\\s*)?(?:(?:ancien|ancienne|nouveau|nouvelle|actuel|actuelle|ex-)\\s*)?(?:${nouns})(?![\\p{L}])`, 'iu');
const FRENCH_APPOSED = new RegExp(`,\\s+(?:(?:le|la|l['’]|un|une|son|sa)\\s*)?(?:(?:ancien|ancienne|nouveau|nouvelle|actuel|actuelle|ex-)\\s*)?(?:${FRENCH_FEMALE_NOUN}|${FRENCH_MALE_NOUN}|${FRENCH_EPICENE_NOUN})(?![\\p{L}])`, 'iu');
/** "Anne Roy, la juge", "Paul Roy, un journaliste": a noun of both genders and the determiner that says which. */
const apposedEpicene = (surname: string, determiners: string) =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)},\\s+(?:${determiners})\\s+(?:(?:\\p{Ll}+)\\s+)?(?:${FRENCH_EPICENE_NOUN})(?![\\p{L}])`, 'iu');

/**
 * A German role noun in apposition after the surname ("Nathanael Liminski, Staatssekretär und Chef
 * der …", "Anna Roth, die Präsidentin des Verbands"): its form says the gender, the feminine "-in"
 * (group 2; group 1 the article) or the masculine compound. The ambiguous "-e" nouns ("Vorsitzende")
 * say nothing here.
 */
// (Adjectives may stand before the noun, "…, rechts- und innenpolitische Sprecherin", "…, langjähriger
// Bürgermeister der Stadt"; an article or pronoun there opens a clause instead, "…, dem die Ministerin …".)
const GERMAN_ADJECTIVES = `(?:(?!(?:der|die|das|dem|den|des|deren|dessen|ein|eine|einer|einem|einen|sein|seine|seiner|seinem|ihr|ihre|ihrer|ihrem|mit|von|zu|bei|für|wie|als|wo|wenn|weil|dass)\\s)(?:\\p{Ll}\\p{L}*-?|und)\\s+){0,3}`;
const germanApposedRole = (surname: string) =>
  new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)},\\s+(?:(der|die|ein|eine)\\s+)?${GERMAN_ADJECTIVES}(?:[\\p{L}-]*(?:${initialEitherCase(`${GERMAN_STEMS}|${GERMAN_IN_STEMS}`)})(in)|[\\p{L}-]+(?:(?:${GERMAN_STEMS})(?:er)?|${initialEitherCase(GERMAN_MALE_FORMS)}))(?![\\p{L}])`, 'u');

/** What every pattern of `learn` starts with: a sentence without it cannot match one. */
const MALE_WORD = new RegExp(`(?<![\\p{L}])(?:${MALE_HONORIFIC}|${MALE_ROLE}|${GERMAN_MALE_ROLE}|${GERMAN_DER_ROLE}|${GERMAN_DER_E_ROLE})\\.?,?\\s`, 'iu');
const FEMALE_WORD = new RegExp(`(?<![\\p{L}])(?:${FEMALE_HONORIFIC}|${FEMALE_ROLE}|${GERMAN_FEMALE_ROLE})\\.?,?\\s`, 'iu');

// Letter-aware edges, not \b (ASCII only): the "her" of German "früher" is no pronoun.
const MALE_PRONOUN = /(?<![\p{L}])(?:he|him|his|himself)(?![\p{L}])/giu;
const FEMALE_PRONOUN = /(?<![\p{L}])(?:she|her|hers|herself)(?![\p{L}])/giu;

type Tally = { male: number; female: number };

function decide(t: Tally | undefined): Gender | null {
  if (!t) return null;
  if (t.male > t.female) return 'male';
  if (t.female > t.male) return 'female';
  return null;
}

/** Evidence collected over an article, queried per canonical speaker name. */
export class GenderEvidence {
  private readonly tallies = new Map<string, Tally>();

  add(name: string, gender: Gender, weight = 1): void {
    const t = this.tallies.get(name) ?? { male: 0, female: 0 };
    t[gender] += weight;
    this.tallies.set(name, t);
  }

  of(name: string | null): Gender | null {
    return name === null ? null : decide(this.tallies.get(name));
  }

  /**
   * Reads honorifics, role words and same-sentence pronouns for each known person in the
   * narration. `people` maps the canonical name to the surname used to find mentions.
   */
  learn(sentences: string[], people: string[]): void {
    // Case-insensitive only for the title word ("Spokeswoman", "spokeswoman"): under the `i` flag
    // \p{Lu} matches lowercase too, and "Mr. Hansen said Lindqvist" made Lindqvist a man.
    const eitherCase = (words: string) => words.replace(/(^|\|)(\p{L})/gu, (_, sep: string, ch: string) => `${sep}[${ch.toLowerCase()}${ch.toUpperCase()}]`);
    // Given names and particles may stand between ("Bundeskanzlerin Angela Merkel", "… Ursula von der
    // Leyen"), and a comma ("la porte-parole, Anne Leroy").
    // (Not the person's own middle initial: "Gina M. Raimondo" has no French "M." before Raimondo.)
    const nearName = (surname: string, words: string, given: string | null) =>
      new RegExp(
        `(?<![\\p{L}])${given ? `(?<!${escapeRegExp(given)}\\s)` : ''}(?:${eitherCase(words)})\\.?,?\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|von|van|der|den|de|du|da|di|la|le)\\s+){0,3}${escapeRegExp(surname)}(?![\\p{L}])`,
        'u',
      );
    // "le ministre de l'Économie, Marc Blanc", "la ministre de l'Europe et des Affaires étrangères,
    // Anne Roy", "le président de la République François Roy": a French role, its complement (no
    // verb in it), maybe a comma, then the name.
    const roleOfNear = (surname: string, roles: string) =>
      new RegExp(
        `(?<![\\p{L}])(?:${eitherCase(roles)})\\s+(?:de|du|des|d['’])(?![^,]*\\s(?:a|est|ont|sont|qui|avait|était)\\s)[^,.;:!?«»“”]{1,60},?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}(?![\\p{L}])`,
        'u',
      );
    // French past participles agree with a subject of être: "s'est indignée Eva Joly", "Eva Joly s'est
    // dite …", "Interrogée par France 2, Eva Joly …" say a woman; the -é forms a man. (Only -é/-ée:
    // "parti"/"partie" and the like are nouns too.)
    const agreement = (surname: string, ending: string) => {
      const name = `(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}(?![\\p{L}])`;
      const participle = `\\p{Ll}+${ending}(?![\\p{L}])`;
      return new RegExp(
        `(?<![\\p{L}])(?:s['’](?:est|était)|est|était|a été)\\s+(?:\\p{Ll}+\\s+)?${participle}\\s+${name}|(?<![\\p{L}])${escapeRegExp(surname)}\\s+(?:s['’](?:est|était)|est|était|a été)\\s+(?:\\p{Ll}+\\s+)?${participle}|^\\p{Lu}\\p{Ll}+${ending}\\s+[^,]{1,60},\\s+${name}`,
        'u',
      );
    };
    // (A German particle stands right before the surname, after the given names: "Präsidentin Ursula
    // von der Leyen"; "Stellvertreterin von Jonas Velter" is someone else's deputy.)
    // Built once per person, not per sentence: compiling these Unicode patterns dominated --plan's time.
    const last = (name: string) => name.split(' ').pop()!;
    // "B. Obama" and "Barack Obama" are one person: an initial matches its name.
    const given = (name: string) => name.split(' ')[0]!.replace(/\.$/, '').toLowerCase();
    const samePerson = (a: string, b: string) => given(a).startsWith(given(b)) || given(b).startsWith(given(a));
    const givenOf = (name: string) => (name.includes(' ') ? name.split(' ')[0]! : null);
    const surnames = people.map((name) => {
      // Two people of one surname ("Ana Pastor", "Luis Pastor") are told apart by their full names.
      const shared = people.some((other) => other !== name && other.includes(' ') && name.includes(' ') && last(other) === last(name) && !samePerson(other, name));
      const surname = shared ? name : last(name);
      return {
        name,
        mention: new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u'),
        // One pattern per gender (honorific or role word: the same match as testing each), one scan of the sentence.
        // (Up to three words between, as for women: "Ministerpräsident Prof. Dr. Wolfgang Böhmer".)
        male: [nearName(surname, `${MALE_HONORIFIC}|${MALE_ROLE}`, givenOf(name)), roleOfNear(surname, MALE_ROLE), new RegExp(`(?<![\\p{L}])${GERMAN_MALE_ROLE}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}(?![\\p{L}])`, 'u'), new RegExp(`(?<![\\p{L}])[Dd]${GERMAN_DER_ROLE.slice(1)}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}(?![\\p{L}])`, 'u'), new RegExp(`(?<![\\p{L}])${GERMAN_DER_E_ROLE}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}(?![\\p{L}])`, 'u')],
        female: [nearName(surname, `${FEMALE_HONORIFIC}|${FEMALE_ROLE}`, givenOf(name)), roleOfNear(surname, FEMALE_ROLE), new RegExp(`(?<![\\p{L}])${GERMAN_FEMALE_ROLE},?\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|der|den|de)\\s+){0,3}(?:(?:von|van|zu)\\s+(?:(?:der|den|dem)\\s+)?)?${escapeRegExp(surname)}(?![\\p{L}])`, 'u')],
        frenchMale: apposedRole(surname, FRENCH_MALE_NOUN),
        frenchFemale: apposedRole(surname, FRENCH_FEMALE_NOUN),
        epiceneMale: apposedEpicene(surname, 'le|un|son'),
        epiceneFemale: apposedEpicene(surname, 'la|une|sa'),
        agreesMale: agreement(surname, 'é'),
        agreesFemale: agreement(surname, 'ée'),
        germanApposed: germanApposedRole(surname),
        // "Omar Roy, l'un des responsables de la marche", "Awa Roy, une des fondatrices": the pronoun of
        // "one of" agrees with the person, whatever noun follows.
        oneOf: new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)},\\s+(?:l['’]\\s*)?(un|une)\\s+des\\s+\\p{Ll}`, 'u'),
      };
    });
    let previous: (typeof surnames)[number] | null = null;
    for (const sentence of sentences) {
      const present = surnames.filter((s) => s.mention.test(sentence));
      // The shared prefixes first: each person's patterns are compiled (milliseconds each for
      // non-Latin-1 text) only for a sentence that has an honorific or role word at all.
      const maleWord = present.length > 0 && MALE_WORD.test(sentence);
      const femaleWord = present.length > 0 && FEMALE_WORD.test(sentence);
      const apposed = present.length > 0 && FRENCH_APPOSED.test(sentence);
      // (Only sentences with a French participle of -é/-ée at all: the patterns are tested per person.)
      const participle = present.length > 0 && /\p{Ll}ée?(?![\p{L}])/u.test(sentence);
      for (const { name, male, female, frenchMale, frenchFemale, epiceneMale, epiceneFemale, germanApposed, agreesMale, agreesFemale, oneOf } of present) {
        const one = oneOf.exec(sentence);
        if (one) this.add(name, one[1] === 'une' ? 'female' : 'male', 3);
        if (participle && agreesFemale.test(sentence)) this.add(name, 'female', 2);
        else if (participle && agreesMale.test(sentence)) this.add(name, 'male', 2);
        if (maleWord && male.some((re) => re.test(sentence))) this.add(name, 'male', 3);
        if (femaleWord && female.some((re) => re.test(sentence))) this.add(name, 'female', 3);
        const german = germanApposed.exec(sentence);
        // The article must agree: "Konrad Wolf, der Ministerpräsidentin Malu Dreyer … vertrat" opens a
        // relative clause (the feminine noun is its object), no apposition.
        const apposedGender = german ? (german[2] ? 'female' : 'male') : null;
        if (german && apposedGender && !(german[1] === 'der' && apposedGender === 'female') && !(german[1] === 'die' && apposedGender === 'male')) this.add(name, apposedGender, 3);
        if (apposed && (frenchFemale.test(sentence) || epiceneFemale.test(sentence))) this.add(name, 'female', 3);
        else if (apposed && (frenchMale.test(sentence) || epiceneMale.test(sentence))) this.add(name, 'male', 3);
      }
      // Pronouns say something only when one person is named in the sentence, or in the sentence
      // just before one that names no one ("… Michael Martucci traveled to Orange County. During
      // his visit, he discussed …").
      const about = present.length === 1 ? present[0]! : present.length === 0 ? previous : null;
      if (about) {
        const male = (sentence.match(MALE_PRONOUN) ?? []).length;
        const female = (sentence.match(FEMALE_PRONOUN) ?? []).length;
        if (male > 0 && female === 0) this.add(about.name, 'male');
        if (female > 0 && male === 0) this.add(about.name, 'female');
      }
      previous = present.length === 1 ? present[0]! : null;
    }
  }
}

/** The gender a pronoun states ("he", "she", "er", "sie" is ambiguous and says nothing). */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'il') return 'male';
  if (w === 'she' || w === 'elle') return 'female';
  return null;
}
