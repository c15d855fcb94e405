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
  'whispered|recounted|testified|vowed|pledged|boasted|exclaimed|mused|opined|pointed out|went on|wrote on|' +
  'answered|answers|asserted|asserts|alleged|contended|elaborated|echoed|summed up|conceded|concedes|recalled|remembers|remembered|' +
  // what newspapers and reports do ("…,” the newspaper reported)
  'reported|' +
  // the passive of a quoted source ("…,” Wiegman was quoted by FIFA.com)
  'was quoted|is quoted';
const GERMAN =
  'sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|erläuterte|warnte|warnt|forderte|fordert|kritisierte|' +
  'schrieb|schreibt|berichtete|schimpfte|schimpft|befand|behauptete|behauptet|monierte|moniert|bemängelte|bekräftigte|unterstrich|ergänzte|ergänzt|versicherte|äußerte|fügte hinzu|teilte mit|sagte gegenüber|hieß es|heißt es|' +
  'entgegnete|antwortete|antwortet|fragte|fragt|mahnte|mahnt|beklagte|beklagt|lobte|lobt|kommentierte|bilanzierte|resümierte|verkündete|' +
  'bestätigte|bestätigt|räumte ein|gab zu|kündigte an|stellte klar|rief|schilderte|schildert|berichtet|erinnerte|erinnert|argumentierte|' +
  'appellierte|bekannte|beteuerte|erwiderte|folgerte|klagte|prophezeite|sagte weiter|zitierte|twitterte|postete|kritisiert|betonten|forderten|warnten|' +
  'erläutert|unterstreicht|bekräftigt|versichert|äußert|freut sich|freute sich|zeigt sich|zeigte sich|erklärt weiter|' +
  // reportage tells and admits: "„…“, erzählt er im Laufen", "wie Kapitän X gesteht:", "„…“, weiß er", "analysiert Trainer X"
  'erzählt|erzählte|gesteht|gestand|weiß|wusste|analysiert|analysierte|begründet|begründete|' +
  'hofft|hoffte|resümiert|verspricht|versprach|beschreibt|beschrieb|schwärmt|schwärmte|lacht|lachte|' +
  // the present of reportage for the past forms above ("…, kommentiert Roth das kurze Fest.")
  'kommentiert|bilanziert|verkündet';
// French compound tenses: an auxiliary (with an object pronoun before it, "lui avait dit", and the
// inverted "-t-il" after it), then the participle; and the simple tenses news copy uses.
const FRENCH_PARTICIPLES =
  'déclaré|dit|affirmé|expliqué|ajouté|souligné|indiqué|estimé|assuré|annoncé|précisé|rappelé|insisté|répondu|confié|martelé|lancé|' +
  'averti|jugé|regretté|dénoncé|salué|poursuivi|conclu|reconnu|admis|réagi|tweeté|écrit|prévenu|plaidé|promis|fait valoir|fait savoir|fait observer|fait remarquer|' +
  'commenté|résumé|tranché|raconté|témoigné|relevé|noté|observé|confirmé|réaffirmé|répété|interrogé|demandé|déploré|fustigé|mis en garde|' +
  'lâché|glissé|avancé|soutenu|laissé entendre|contesté|analysé|détaillé|objecté|rétorqué|répliqué|protesté|ironisé|' +
  'constaté|renchéri|nuancé|concédé|signalé|rapporté|prédit|souhaité|considéré|énuméré|exhorté|' +
  'soufflé|asséné|taclé|raillé|soupiré|plaisanté|juré|garanti|complété|tempéré|enchaîné|repris|argumenté|martelé|murmuré|avoué|crié|hurlé|' +
  // sport copy's openings and reassurances ("a entamé Faes", "a rassuré le capitaine")
  'entamé|rassuré|embrayé|positivé|savouré';
// The imperfect of reportage ("», notait Paul Roy", "», racontait-elle"), for every -er verb above:
// the participle's stem and -ait, with the spelling that keeps its sound ("lancé" → "lançait",
// "jugé" → "jugeait"). The irregular ones ("disait") are listed with the present below.
const FRENCH_IMPERFECT = FRENCH_PARTICIPLES.split('|')
  .filter((p) => /^\p{L}+é$/u.test(p))
  .map((p) => `${p.slice(0, -1).replace(/c$/, 'ç').replace(/g$/, 'ge')}ait`)
  .join('|');
// French puts an adverb between the auxiliary and the participle ("a ensuite précisé", "a
// notamment déclaré", "avait en effet martelé"): any -ment adverb, or one of the short adverbs that do not end in -ment.
export const FRENCH_ADVERB = "(?:\\p{Ll}{3,}ment|ensuite|aussi|ainsi|encore|déjà|alors|enfin|pourtant|toutefois|cependant|bien|même|aussitôt|plus tard|d['’]ailleurs|de nouveau|à nouveau|en effet|pour sa part|de son côté|pour autant|par ailleurs|quant à lui|quant à elle)";
// The passé simple of written narrative ("déclara", "répondit", "écrivit"), which Wikinews and agency copy use.
const FRENCH_SIMPLE_PAST =
  'déclara|affirma|expliqua|ajouta|souligna|indiqua|estima|assura|annonça|précisa|rappela|insista|répondit|confia|lança|' +
  'écrivit|poursuivit|conclut|reconnut|admit|avertit|rétorqua|répliqua|raconta|confirma|demanda|déplora|dénonça|nuança|s’exclama|s\'exclama|' +
  'reprit|murmura|souffla|répéta|observa|avoua|lâcha|cria|hurla|soupira|ironisa|martela|promit|jura|s’écria|s\'écria';
// A modal before the infinitive of saying ("a tenu à rappeler la ministre", "a voulu rassurer Anne Roy", "tient à préciser X"; not "veut dire", which means).
const FRENCH_INFINITIVES = 'rappeler|rassurer|préciser|souligner|dire|déclarer|affirmer|expliquer|insister|nuancer|prévenir|avertir|saluer|dénoncer|répondre|ajouter|assurer|redire|répéter|marteler';
const FRENCH_MODAL = `(?:(?:a|avait)(?:-t-(?:il|elle|on))?\\s+(?:tenu\\s+à|voulu|souhaité|cru\\s+bon\\s+de)|tient\\s+à)\\s+(?:${FRENCH_INFINITIVES})`;
const FRENCH =
  `${FRENCH_MODAL}|(?:(?:lui|leur|nous|vous|me|te|l['’]|m['’]|t['’])\\s*)?(?:a|avait|aurait|ont|avaient|auraient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?(?:\\s+${FRENCH_ADVERB})?\\s+(?:${FRENCH_PARTICIPLES})|` +
  `${FRENCH_SIMPLE_PAST}|${FRENCH_IMPERFECT}|` +
  's’est félicité|s\'est félicité|s’est félicitée|s\'est félicitée|s’est interrogé|s\'est interrogé|' +
  'déclare|affirme|explique|ajoute|souligne|indique|estime|assure|précise|rappelle|' +
  'dit|poursuit|conclut|juge|confie|tranche|résume|martèle|regrette|dénonce|reconnaît|raconte|témoigne|insiste|prévient|plaide|relève|' +
  'déclarait|affirmait|expliquait|ajoutait|disait|soulignait|estimait|indiquait|précisait|rétorque|réplique|ironise|lâche|glisse|' +
  // the present of news copy and reportage ("lance Paul Roy"; the passé simple is above)
  // (not those that are nouns too: "note", "annonce", "demande", "analyse")
  'lance|observe|commente|détaille|avertit|admet|concède|constate|renchérit|déplore|fustige|rapporte|' +
  'répond|réagit|signale|confirme|promet|interroge|considère|conteste|' +
  // the colloquial present of Swiss and Belgian copy ("», balance le rédacteur en chef")
  'balance|' +
  'souffle|assène|tacle|raille|soupire|sourit|plaisante|jure|garantit|tempère|abonde|cingle|enchaîne|reprend|argumente|réaffirme|murmure|avoue|prédit';
// Reflexive verbs of reaction that report words ("s’est réjoui le président", "s’est indignée Anne Roy").
const FRENCH_REFLEXIVE =
  `s['’]est\\s+(?:${FRENCH_ADVERB}\\s+)?(?:réjoui|exclamé|indigné|étonné|inquiété|emporté|écrié|insurgé|alarmé|amusé|offusqué|moqué|défendu|justifié|agacé|dit)e?`;
// …and their present, the tense of reportage ("se félicite la CGT", "s’inquiète Anne Roy", "se demande-t-il").
const FRENCH_REFLEXIVE_PRESENT =
  `(?:se|s['’])\\s*(?:félicite|réjouit|indigne|inquiète|étonne|insurge|alarme|emporte|exclame|écrie|défend|justifie|désole|interroge|demande|souvient|amuse|agace|offusque)`;
const SPANISH_ITALIAN =
  'dijo|afirmó|declaró|explicó|añadió|aseguró|señaló|indicó|subrayó|ha dicho|ha afirmado|ha detto|ha dichiarato|ha affermato|ha spiegato|ha aggiunto|ha sottolineato';

/** The French reporting verbs alone: the incise inside guillemets is French typography. */
export const FRENCH_VERBS = [FRENCH_REFLEXIVE, FRENCH_REFLEXIVE_PRESENT, FRENCH].join('|');

/** Every reporting verb, as a regex alternation (longest forms first where they share a start). */
export const VERBS = [FRENCH_REFLEXIVE, FRENCH_REFLEXIVE_PRESENT, FRENCH, GERMAN, SPANISH_ITALIAN, ENGLISH].join('|');
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
// A whole word and a space ("Lopez", "Desai", "Lewis" open with "lo", "des", "le"); only the elided l’ is glued.
export const DEFINITE = /^(?:(?:the|his|her|der|die|das|den|dem|des|le|la|les|el|los|las|il|lo|gli)\s+|l['’]\s*)/i;
export const INDEFINITE = /^(?:an?|ein|eine|einen|einem|einer|un|une|uno|una)\s+/i;

/**
 * Nouns of organisations: a capitalised name right after one ("l'association France Assos Santé",
 * "le syndicat Force ouvrière", "the charity Open Door", "der Verband Bitkom") names the
 * organisation, never a person nor a speaker, whatever a given-name lexicon says of its first word ("France").
 */
export const ORGANISATION_NOUNS =
  'association|ong|organisation|syndicat|société|entreprise|groupe|fédération|fondation|agence|banque|compagnie|institut|parti|collectif|mouvement|' +
  'ministère|club|firme|coalition|alliance|confédération|organization|company|group|firm|charity|union|party|agency|foundation|institute|federation|' +
  'verband|firma|gewerkschaft|partei|konzern|stiftung|verein|unternehmen|bündnis';
export const ORGANISATION_NOUN = new RegExp(`^(?:${ORGANISATION_NOUNS})$`, 'iu');

/** Nouns of places and institutions French names after a person ("le stade Marie Valbert", "le lycée Jean Moulin"). */
export const NAMED_PLACE = /^(?:stade|lycée|collège|école|hôpital|clinique|rue|avenue|boulevard|place|quai|pont|aéroport|université|gare|musée|centre|complexe|palais|salle|gymnase|piscine|parc|prix|institut|cité|caserne|mosquée|église|cathédrale|bibliothèque|médiathèque|théâtre)$/iu;

/** Role nouns of other languages that refer back to a person already named ("der Kommissionschef"). */
export const ROLE_NOUNS = new RegExp(
  '^(?:sprecher(?:in)?|minister(?:in)?|kanzler(?:in)?|präsident(?:in)?|chef(?:in)?|vorsitzende[r]?|bürgermeister(?:in)?|kommissar(?:in)?|politiker(?:in)?|ministre|président(?:e)?|porte-parole|dirigeant(?:e)?|maire|chef|directeur|directrice|ministro|ministra|presidente|portavoz|portavoce|' +
    // French offices and occupations news copy names its speakers by ("a poursuivi l'élue", "a répondu la députée")
    'élue?|député(?:e)?|sénat(?:eur|rice)|secrétaire|ambassad(?:eur|rice)|avocat(?:e)?|juge|procureur(?:e)?|commissaire|conseill(?:er|ère)|' +
    'responsable|militant(?:e)?|syndicaliste|chercheu(?:r|se)|professeur(?:e)?|médecin|expert(?:e)?|économiste|candidat(?:e)?|patron(?:ne)?|' +
    'gouverneur(?:e)?|général|colonel|capitaine|journaliste|écrivain(?:e)?|aut(?:eur|rice)|entraîneu(?:r|se)|sélectionneur|chancelière?|premier|première|ancien(?:ne)?|' +
    'co-?fondat(?:eur|rice)|fondat(?:eur|rice)|coordinat(?:eur|rice)|représentant(?:e)?|membre|délégué(?:e)?|adjoint(?:e)?|rapporteur(?:e)?|' +
    'analyste|spécialiste|politologue|sociologue|historien(?:ne)?|opposant(?:e)?|leader|' +
    // a party's member, as Belgian and Swiss copy names a politician after giving the party's initials
    // ("Paul Roy (MR) …", then "a souligné le libéral", "a écrit le socialiste valbourgeois")
    'libéral(?:e)?|socialiste|écologiste|communiste|centriste|démocrate-chrétien(?:ne)?|humaniste|nationaliste|souverainiste|indépendantiste|insoumise?|' +
    // the people of broadcast and press who put the questions ("demande la présentatrice", "relance le chroniqueur")
    'présentat(?:eur|rice)|animat(?:eur|rice)|reporter|chroniqueu(?:r|se)|éditorialiste|intervieweu(?:r|se)|' +
    // the clergy, whom agency copy from dioceses and missions names by title and surname ("a expliqué l'abbé Roy")
    'abbé|prêtre|curé|pasteure?|imam|rabbin|évêque|archevêque|cardinal|aumônier|' +
    // a person by their age, as accident and court copy names them ("a expliqué le sexagénaire",
    // "raconte la trentenaire"); of both genders, the article says which
    '(?:quadra|quinqua|sexa|septua|octo|nona)génaire|(?:trent|quarant|cent)enaire|' +
    // the State's officers in a département or region, and sport's and culture's people, whom regional
    // papers, agency sport copy and culture pages name by their role ("explique le préfet", "a admis
    // le sélectionneur", "a confié la joueuse", "a témoigné l'ex-ministre")
    '(?:sous-)?préf(?:et|ète)|bourgmestre|ma[ïy]eur|édile|échevine?|mairesse|cheffe|gérante?|pdg|ceo|technicien(?:ne)?|joueu(?:r|se)|coureu(?:r|se)|cycliste|athlète|' +
    'attaquante?|défenseu(?:r|se)|gardien(?:ne)?|pilote|nageu(?:r|se)|skieu(?:r|se)|boxeu(?:r|se)|tenniswoman|tennisman|' +
    'artiste|chanteu(?:r|se)|comédien(?:ne)?|act(?:eur|rice)|réalisat(?:eur|rice)|cinéaste|musicien(?:ne)?|romanci(?:er|ère)|' +
    // scholars and scientists, whom science and health copy names by their field ("résume l'universitaire", "a ajouté l'épidémiologiste")
    'universitaire|scientifique|enseignant(?:e)?|ingénieur(?:e)?|biologiste|physicien(?:ne)?|chimiste|généticien(?:ne)?|mathématicien(?:ne)?|' +
    'épidémiologiste|infectiologue|virologue|climatologue|psychologue|psychiatre|philosophe|juriste|archéologue|astronome|astrophysicien(?:ne)?|' +
    'démographe|géographe|linguiste|vétérinaire|pharmacien(?:ne)?|chirurgien(?:ne)?|infirmi(?:er|ère)|architecte|urbaniste|' +
    // "l'ex-ministre", "la vice-présidente": the office with its prefix
    '(?:ex|vice)-(?:ministre|président(?:e)?|maire|député(?:e)?|sénat(?:eur|rice)|premier ministre|secrétaire|directeur|directrice|chef|cheffe|sélectionneur|entraîneu(?:r|se)))$',
  'i',
);

/**
 * German role nouns, alone or as the end of a compound ("Sprecher", "Oberbürgermeisterin",
 * "EU-Haushaltskommissar", "Verkehrsdezernent", "Wehrführer", "Ortsbrandmeister"), with the
 * feminine -in: German writes the role before the name without an article, capitalised like the
 * name itself. (Not "-meister" alone: it ends surnames too, "Hofmeister".)
 */
export const GERMAN_ROLE =
  /^[\p{L}-]*(?:präsident|minister|kommissar|sprecher|chef|vertreter|gründer|direktor|leiter|vorsitzende|kanzler|botschafter|beauftragte|experte|forscher|sekretär|bürgermeister|dezernent|senator|abgeordnete|politiker|anwalt|anwält|richter|staatsanwalt|gutachter|ökonom|analyst|wissenschaftler|professor|autor|trainer|manager|führer|brandmeister|intendant|referent|berater|kandidat|generalsekretär|vizekanzler|bischof|pfarrer|polizist|ermittler|anwohner|augenzeuge|zeuge|bewohner|besucher|mitarbeiter|unternehmer|aktivist|historiker|mediziner|arzt|ärzt|soziologe|jurist|diplomat|general|kommandeur|rektor|dekan|landrat|landrät|rät(?=in))(?:in|innen|e|en|r|s)?$/iu;

/** German offices written as their initials after an article ("der OB", "die LH"), spelled out. */
export const GERMAN_ABBREVIATED_ROLES: Record<string, string> = { OB: 'oberbürgermeister', LH: 'landeshauptmann', BM: 'bürgermeister' };

/** The gender a German or French article states for the role noun after it ("die Ministerin", "le ministre"). */
export function articleGender(article: string, noun: string): Gender | undefined {
  const a = article.toLowerCase();
  if (a === 'der' || a === 'le') return 'male';
  // "die Ministerin"; and the nouns made from adjectives, "die 45-Jährige", "die Vorsitzende".
  if (a === 'die' && /(?:in|\p{Ll}e)$/iu.test(noun)) return 'female';
  if (a === 'la') return 'female';
  return undefined;
}

/** Capitalised function words of German and French that open sentences and are never names. */
export const FUNCTION_WORDS =
  'er sie es wir ihr sein seine seiner seinem seinen ihre ihrem ihren ihrer der die das dem den des ein eine einer einem einen und aber auch doch ' +
  'noch nun dann so laut nach zufolge mit für von bei im am zum zur wie als wenn dass denn il elle ils elles nous on le la les un une et mais ' +
  'selon pour avec dans sur chez puis alors ainsi donc ce cette ces son sa ses leur leurs ' +
  // German prepositions, alone or fused with the article, that open a sentence ("Beim Besuch sagte …")
  'beim vom ins ans aufs auf aus vor seit durch gegen ohne unter über während wegen statt anstatt trotz dank gemäß samt ' +
  // German quantifiers before a plural noun ("Viele Bürger kamen", "Andere Gäste blieben fern"): a
  // capitalised pair opening a sentence, never a given name and a surname
  'viele andere anderen einige alle manche mehrere beide wenige weitere zahlreiche sämtliche';

/** Words that introduce a name but are not part of it (titles, roles, honorifics). */
export const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father president vice prime minister secretary state ' +
    'senator sen rep representative congressman congresswoman gov governor mayor chancellor general gen col colonel lt lieutenant ' +
    'captain capt major maj chief executive ceo cfo coo cto chair chairman chairwoman chairperson director minister ambassador judge ' +
    'justice spokesman spokeswoman spokesperson commissioner councillor councilor councilman councilwoman king queen prince princess ' +
    'pope sheikh sheriff constable officer sergeant sgt detective inspector superintendent deputy assistant attorney leader founder head mp mep hon ' +
    'foreign defence defense interior finance health home education economy trade speaker premier president-elect chairman-elect ' +
    'analyst economist strategist manager coach pastor rabbi imam bishop archbishop cardinal dean provost principal officer agent ' +
    'correspondent editor author researcher scientist professor doctor nurse general secretary-general undersecretary admiral adm ' +
    'commander cmdr marshal emir ayatollah crown acting interim former late then new incoming outgoing senior junior ' +
    // French and German honorifics ("Mme Dupont", "M. Girard", "Frau Roth"): the name is what follows
    'm mme mlle madame monsieur herr frau ' +
    // Austrian and South Tyrolean heads of a Land ("sagte Landeshauptmann Kompatscher"), and their abbreviation
    'landeshauptmann landeshauptfrau lh'
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
