// Page chrome by its shape alone, whatever its neighbours: the context-free "bad" classes of the
// boilerplate classifier (boilerplate.ts): link density, copyright and licence notices, cookie and
// consent notices, language menus, dates and metadata, document labels, breadcrumbs, tags,
// reference numbers, release headers, reading times, asides in brackets, banner adverts, lines in
// another corpus language, interface labels, reader prompts and appeals. Apart from the classifier
// because each is a test of one line, and the headline finder (headline.ts) reuses them.
import { isDateLine, isMetadataLine, isReadingTime, isReferenceNumber, isTagLine, type LineFeatures } from './boilerplate-features.ts';
import { stopwordsOf } from './language.ts';

/** jusText's MAX_LINK_DENSITY. */
const MAX_LINK_DENSITY = 0.2;

/** Marks only a notice prints: ©, "All rights reserved", a CC licence code, "sous licence". */
const COPYRIGHT = /©|\(c\)\s|all rights reserved|alle rechte vorbehalten|tous droits réservés|\bcc[ -]by\b|inhalt ist verfügbar unter|sous licence|permission is granted to copy/i;
/**
 * Words a notice shares with stories about licensing ("the new Open Government Licence replaces
 * …", "information covered by Crown copyright"): a line with them is a notice only when it is a
 * label ("Copyright Policy", "Creative Commons Attribution 2.5") or says on what terms the page's
 * content may be used ("available under …", "unless otherwise noted", "steht unter …").
 */
const LICENCE_WORD = /\bcopyright\b|\blicen[cs]e[ds]?\b|\blizenz\b|creative commons/i;
const NOTICE_SHAPE =
  /\b(?:available|licensed|released|distributed|reproduced|re-?used)\s+under\b|\bunder the terms\b|\b(?:unless|except where) otherwise\b|\b(?:this|the) (?:text|work|document|content|article|page|site|image|photo)\b|\bverfügbar\b|\bsteht unter\b|sofern nicht anders|\bdisponible sous\b|\bsauf mention\b/i;
const LICENCE_LABEL_WORDS = 12;

function isLicenceNotice(line: string, f: LineFeatures): boolean {
  if (f.words.length > 60) return false;
  if (COPYRIGHT.test(line)) return true;
  return LICENCE_WORD.test(line) && (f.words.length <= LICENCE_LABEL_WORDS || NOTICE_SHAPE.test(line));
}
const COOKIE = /\bcookies?\b/i;
export const PERSONAL_DATA = /(?<![\p{L}])(?:personal (?:data|information)|données (?:personnelles|à caractère personnel)|personenbezogenen? daten|ihre daten)(?![\p{L}])/iu;
/** A newsletter box's terms: the reader's e-mail address, and how to unsubscribe ("Vous pouvez vous désinscrire à tout moment"). */
export const READER_EMAIL = /(?<![\p{L}])(?:votre (?:adresse )?(?:e-mail|email|courriel|mail|adresse électronique)|your e-?mail(?: address)?|ihre e-?mail(?:-adresse)?)(?![\p{L}])/iu;
export const UNSUBSCRIBE = /(?<![\p{L}])(?:(?:vous )?désinscrire|vous désabonner|unsubscribe|abmelden|abbestellen)(?![\p{L}])/iu;
export const CONSENT = /(?<![\p{L}])(?:consent|agree|accept|acceptez|consentement|consentez|einwilligung|einverstanden|stimmen sie|zustimmung)(?![\p{L}])/iu;
export const ARCHIVED = /(?<![\p{L}])(?:archived|archivée?s?|archiviert(?:e[nrs]?)?)(?![\p{L}])/iu;
const PROMPT_VERB = /(?<![\p{L}])(?:share|comment|subscribe|sign up|follow us|donate|tell us|let us know|teilen|kommentieren|diskutieren|abonnieren|melden|partagez|commentez|abonnez|réagissez|comparte|comenta|condividi|commenta)(?![\p{L}])/iu;
/**
 * The reader asked to write to the site: "Let us know!", "Email us", "Schreiben Sie uns", "Écrivez-nous".
 * Said to the reader with a question or an exclamation, it is a box's prompt, however many words it asks in.
 */
const CONTACT_US = /(?<![\p{L}])(?:let us know|e-?mail us|message us|write to us|contact us|get in touch|schreiben sie uns|kontaktieren sie uns|écrivez-nous|contactez-nous)(?![\p{L}])/iu;
/**
 * A widget with nothing in it: "Sorry, there are no recent results for popular commented articles.",
 * "There are no comments yet.", "No posts found.". What it has none of is the page's kind of item.
 */
const EMPTY_WIDGET =
  /^(?:sorry[,!.]?\s+)?(?:there (?:are|is) |we (?:could|can)(?:n['’]t| not) find (?:any )?)?no\s+(?:[\p{L}-]+\s+){0,4}(?:results?|comments?|posts?|articles?|items?|entries|stories|responses|matches)(?:\s+(?:yet|found|to (?:display|show)|available|matched your criteria))?(?:\s+(?:for|on|in|about)\s+[^.!?]{1,50})?\s*[.!]?$/iu;
/**
 * A masthead's line about the paper's age: "Established as The Valley Courier in 1891", "Serving the
 * valley since 1891", "Est. 1891", "Gegründet 1891", "Fondé en 1891". It opens on the founding and
 * ends on the year; a headline saying something was founded goes on to what happened to it.
 */
const MASTHEAD_YEAR = /^(?:established|founded|est\.|serving\s[^.!?]{1,60}?\ssince|since|gegründet|seit|fondée?|depuis)(?:\s[^.!?]{0,60})?\s(?:in\s|im\sjahr\s|en\s)?1[5-9]\d\d$/iu;
const APPEAL_VERB = /(?<![\p{L}])(?:subscribe|subscribing|sign up|signing up|donate|donating|unsubscribe|abonnieren|abonnieren sie|spenden sie|abonnez|abonner|s['’]abonner|inscrivez-vous|faites un don|suscríbete|suscribirse|iscriviti)(?![\p{L}])/iu;
const SITE_POINTER = /(?<![\p{L}])(?:see|visit|read|check out|browse) our|learn more (?:in|at|on) (?:the|our) |(?:besuchen|lesen|sehen) sie unsere?[nrs]?|(?:mehr|weitere)\s(?:[\p{L}-]+\s){0,6}lesen sie (?:hier|auf|unter|bei)|(?:consultez|visitez|lisez) (?:notre|nos)(?![\p{L}])/iu;
/** An e-mail or web address in the line (not a bare domain: "Amazon.com said" is a name). */
const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+|(?<![\p{L}])www\.\S+/u;
const LANGUAGE_NAMES = /\b(?:english|deutsch|français|francais|español|italiano|português|nederlands|polski|русский|українська|中文|日本語|한국어|العربية|türkçe|svenska|dansk|norsk|suomi|čeština|magyar|română|ελληνικά)\b/giu;

/**
 * Words that name the kind of document a page holds, as its labels print them above the text
 * ("News Transcript", "Full text", "Im Wortlaut", "Mitschrift", "Texte intégral", "Communiqué de
 * presse"), maybe after the issuer's name: a label made of them and stopwords names no topic, so it
 * is no heading of the story.
 */
const DOCUMENT_WORDS = new Set(
  (
    'transcript transcripts transcription verbatim full complete partial text excerpt excerpts news release press briefing speech ' +
    'wortlaut mitschrift abschrift volltext pressemitteilung pressemeldung presseerklärung presseinformation pressekonferenz pressestatement nachricht nachrichten rede ' +
    'texte intégral intégrale version communiqué presse conférence compte-rendu dépêche discours'
  ).split(' '),
);

/** German written without umlauts, as plain-ASCII pages print it ("Presseerklaerung"): compared folded. */
const foldUmlauts = (w: string): string => w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
const FOLDED_DOCUMENT_WORDS = new Set([...DOCUMENT_WORDS].map(foldUmlauts));
const isDocumentWord = (w: string): boolean => DOCUMENT_WORDS.has(w) || FOLDED_DOCUMENT_WORDS.has(foldUmlauts(w));

/**
 * Words (lowercase) that only name a kind of document, with stopwords: "presseerklaerung vom" of
 * "Presseerklaerung vom 19. Dezember 2007". At least one document word.
 */
export function namesOnlyDocument(words: string[], stopwords: Set<string>): boolean {
  return words.some(isDocumentWord) && words.every((w) => isDocumentWord(w) || stopwords.has(w));
}

function isDocumentLabel(line: string, f: LineFeatures, stopwords: Set<string>): boolean {
  const n = f.words.length;
  if (n === 0 || f.sentence) return false;
  const only = (words: string[]) => namesOnlyDocument(words, stopwords);
  if (n <= 4 && only(f.words)) return true;
  // Two labels copied without the space between them ("Communiqué de presseConférence de presse").
  const unglued = line.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  if (unglued.length > n && unglued.length <= 8 && only(unglued)) return true;
  // The kind of document and its issuer as a header field: "Press Release From: NASA HQ", "News release by: Northshire Council".
  const field = /^([^:]{3,40}?)\s+(?:[Ff]rom|[Bb]y|[Ii]ssued [Bb]y|[Vv]on|[Dd]e|[Pp]ar)\s*:\s*(\p{Lu}[^:.!?]*)$/u.exec(line.trim());
  if (field && only(field[1]!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) && field[2]!.split(/\s+/).length <= 6) return true;
  // The issuer and the kind of document: "European Commission - Speech", "Ministère – Communiqué".
  const parts = line.split(/\s+[-–—|·•]\s+/);
  if (parts.length !== 2 || n > 8) return false;
  const words = (part: string) => part.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  return parts.some((p) => only(words(p))) && parts.every((p) => /^\p{Lu}/u.test(p.trim()));
}

/**
 * A breadcrumb trail: "Accueil > Actualités > Conférences de presse > Point de presse de …". Three
 * parts or more between "›" / ">" / "»" separators, each but the last (the page's own title) a few
 * words, and no sentence end: a sentence writes "more than 5 > 3" with figures, not a trail of labels.
 */
const CRUMB_SEPARATOR = /\s+[>›»]\s+/u;
/**
 * A trail announced by its label, however short: "You are here: Home", "You are here: Home > News",
 * "Vous êtes ici : Accueil", "Sie sind hier: Startseite". The label names the page's place, nothing more.
 */
const HERE_LABEL = /^(?:you\s+are\s+here|vous\s+êtes\s+ici|sie\s+sind\s+hier)\s*:\s*\p{Lu}[^.!?]{0,120}$/iu;
function isBreadcrumb(line: string): boolean {
  if (HERE_LABEL.test(line.trim())) return true;
  const parts = line.trim().split(CRUMB_SEPARATOR);
  if (parts.length < 3 || /[.!?]$/.test(line.trim())) return false;
  return parts.slice(0, -1).every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 6 && !/[.!?:;]/.test(p));
}

/**
 * A banner's call to action after a separator, in capitals: "… Career Network for Defense Jobs -
 * JOIN NOW", "… | SUBSCRIBE TODAY". The capitals must hold a call word (an interface word or an
 * imperative of the trade), so a title ending in an acronym ("Talks resume – UN") is no advert.
 */
const CTA_TAIL = /\s[-–—|:]\s+(\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,}){0,2})\s*[!.]?$/u;
const CALL_WORDS = new Set('join apply register download buy shop learn click sign donate subscribe jetzt bestellen anmelden abonnieren inscrivez-vous abonnez-vous découvrez'.split(' '));

function ctaWords(line: string): boolean {
  const caps = CTA_TAIL.exec(line)![1]!.toLowerCase().split(/\s+/);
  return /\p{Ll}/u.test(line) && caps.some((w) => CALL_WORDS.has(w));
}

/**
 * A title line in another of the corpus languages than the article's ("Ministry of Health of the
 * Republic" over a French text, "Pressemitteilung des Ministeriums" over an English one): a page's
 * issuer or menu in the site's other language, no heading of the story. Told by function words that
 * only the other language has: two or more of them, and none of the article's own.
 */
const OTHER_LANGUAGES = ['en', 'de', 'fr'];
function inOtherLanguage(words: string[], own: Set<string>): boolean {
  if (words.some((w) => own.has(w))) return false;
  return OTHER_LANGUAGES.some((l) => {
    const theirs = stopwordsOf(l);
    if (theirs === own) return false;
    const others = OTHER_LANGUAGES.filter((o) => o !== l).map(stopwordsOf);
    return words.filter((w) => theirs.has(w) && !others.some((o) => o.has(w))).length >= 2;
  });
}

/**
 * A skip link, the first line a page copies ("Direkt zum Inhalt", "Zum Hauptinhalt springen", the verb first "Springe zum Inhalt",
 * "Aller au contenu principal", "Skip to main content"): its words are too common for the interface-word share alone.
 */
const SKIP_LINK = /^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|menu)$|^(?:(?:springe|gehe|wechsle)\s+)?(?:(?:direkt|sofort)\s+)?zu(?:m|r)\s+(?:haupt)?(?:inhalt|navigation|suche|hauptmenü)(?:\s+(?:springen|wechseln|gehen))?$|^(?:aller|passer|accéder)\s+(?:directement\s+)?(?:au|à la)\s+(?:contenu|navigation|recherche)(?:\s+principale?)?$/iu;

/**
 * A run of skip links on one line, as CDC pages copy theirs: "Skip directly to search Skip directly
 * to A to Z list Skip directly to navigation Skip directly to page options Skip directly to site content".
 */
const SKIP_PIECE = /^(?:skip|jump)\s+(?:directly\s+)?to\s+(?:the\s+)?(?:main\s+|site\s+|page\s+)?(?:content|navigation|search|menu|options|footer|a\s+to\s+z\s+(?:list|index))$/iu;
const isSkipRun = (line: string): boolean => line.split(/\s+(?=(?:skip|jump)\s+(?:directly\s+)?to\s)/iu).every((piece) => SKIP_PIECE.test(piece));

/**
 * A release's distribution header, whole on its line: "For Immediate Release", "FOR IMMEDIATE
 * RELEASE: Tuesday, November 3", "For News Editors:", "For Business Editors", "Embargoed until …",
 * "Sperrfrist: …", "Zur sofortigen Veröffentlichung", "Pour diffusion immédiate", "Sous embargo
 * jusqu'à …". It says who may print the release and when, none of the story.
 */
const RELEASE_HEADER =
  /^(?:for\s+(?:immediate|general|local|national|future)?\s*(?:release|distribution)\b[^!?]*|immediate\s+release\b[^!?]*|for\s+(?:[\p{L}-]+\s+){0,3}(?:editors|desks?|writers|reporters|correspondents)\s*:?|embargo(?:ed)?\b[^!?]*|sperrfrist\b[^!?]*|(?:zur\s+)?sofortigen\s+veröffentlichung\b[^!?]*|pour\s+(?:diffusion|publication)\s+immédiate\b[^!?]*|sous\s+embargo\b[^!?]*)$/iu;

/**
 * The text an embedded social post leaves when copied, signed as the embed code signs it: "… text
 * https://t.co/… — Name (@handle) September 15, 2020". The post is the page's widget; a story that
 * quotes it does so in its own sentence.
 */
export const EMBED_SIGNATURE = /[—–-]\s*[^—–()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$/u;

const TEXT_SIZE = /(?:^|\s)(?:(?:adjust|change)\s+(?:the\s+)?)?(?:font|text)\s+size\s*:?(?:\s+(?:a{1,2}|[-+]|a[-+]))*\s*$/iu;

const IMAGE_ALT = /^(?:[•·*-]\s*)?(?:head\s?shots?|photos?|photographs?|images?|pictures?|portraits?)\s+of\s+[^.!?:;]{2,60}$/iu;

/** Why a line is chrome whatever its neighbours, or null. */
const GALLERY_COUNTER = /^(?:Bild|Foto|Image|Photo|Picture|Slide)\s+\d+\s+(?:von|of|sur|de|di)\s+\d+$/iu;

export function badReason(line: string, f: LineFeatures, stopwords: Set<string>): string | null {
  if (SKIP_LINK.test(line.trim()) || isSkipRun(line.trim())) return 'interface';
  // A text-size control, alone or after the dateline it sits beside: "Text size Aa Aa", "Adjust font size:".
  if (f.words.length <= 12 && TEXT_SIZE.test(line.trim())) return 'interface';
  // A picture's alternative text copied as a line: "• Headshot of Jane Roe", "Images of the students".
  if (f.words.length <= 8 && IMAGE_ALT.test(line.trim())) return 'image description';
  // (Before the date and metadata shapes: "Embargoed until 00:01 GMT, 3 March" has a date too.)
  // (Its date may have stops, "3. März"; a sentence ending on a word's stop is no header.)
  if (f.words.length <= 12 && RELEASE_HEADER.test(line.trim()) && !/\p{Ll}{2,}\.$/u.test(line.trim())) return 'release header';
  if (f.linkDensity > MAX_LINK_DENSITY) return 'links';
  if (isLicenceNotice(line, f)) return 'copyright or licence';
  if (COOKIE.test(line) && f.words.length <= 40) return 'cookie notice';
  // A menu is mostly its language names; a French sentence says "français" of people and things
  // ("les soldats français", "les Français") as often as it likes.
  const languages = (line.match(LANGUAGE_NAMES) ?? []).length;
  if (languages >= 2 && f.words.length <= languages * 3) return 'language menu';
  if (isDateLine(line, f, stopwords)) return 'date';
  if (isMetadataLine(line)) return 'metadata';
  if (isDocumentLabel(line, f, stopwords)) return 'document label';
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (isTagLine(line)) return 'category or tag label';
  if (isReadingTime(line)) return 'reading time';
  if (EMBED_SIGNATURE.test(line)) return 'embedded post';
  if (isReferenceNumber(line)) return 'reference number';
  // A short line wholly in brackets is an aside of the page or the record, never the story's words:
  // a transcript's time stamp or stage direction ("(Onze heures trente minutes)", "(Applause)"), a
  // date under a call's title ("(February 20, 2024)"), a credit ("(Photo AFP)").
  if (/^\([^()]+\)$|^\[[^[\]]+\]$/u.test(line.trim()) && f.words.length <= 8) return 'aside in brackets';
  if (CTA_TAIL.test(line) && ctaWords(line)) return 'advert';
  // A gallery's counter: "Bild 1 von 45", "Image 3 of 12", "Photo 2 sur 9".
  if (GALLERY_COUNTER.test(line.trim())) return 'interface';
  // A template's identifier copied with the page ("header-placeholder", "main-nav"): lowercase
  // words joined by hyphens, no language's word.
  if (/^[a-z]+(?:[-_][a-z]+)+$/u.test(line.trim())) return 'interface';
  if (!f.sentence && f.words.length >= 4 && f.words.length <= 12 && inOtherLanguage(f.words, stopwords)) return 'other language';
  const n = f.words.length;
  // Interface labels: "Share to Twitter", "Newer Post Older Post Home", "Leave a Reply Cancel reply", "Tout accepter".
  if (n > 0 && n <= 8 && f.uiDensity >= 0.5 && !(f.sentence && n > 4)) return 'interface';
  if (n > 0 && n <= 3 && /:$/.test(line) && f.uiDensity > 0) return 'interface';
  // A prompt to the reader: "Have an opinion on this story? Share it!", "Diskutieren Sie mit!".
  if (n <= 12 && PROMPT_VERB.test(line) && /[?!]/.test(line)) return 'reader prompt';
  // The site pointing to its own pages: "Problems? See our help page.", "Besuchen Sie unsere Mediathek.".
  if (n <= 12 && SITE_POINTER.test(line)) return 'reader prompt';
  if (n <= 24 && CONTACT_US.test(line) && /[?!]/.test(line)) return 'reader prompt';
  if (n <= 16 && EMPTY_WIDGET.test(line.trim())) return 'interface';
  if (n <= 12 && MASTHEAD_YEAR.test(line.trim())) return 'site tagline';
  // A mailing-list or donation appeal: the verb of signing up and the address to do it at, in one
  // paragraph ("… can subscribe by sending an email to: news-request@…", "Spenden Sie unter …").
  if (n <= 80 && APPEAL_VERB.test(line) && ADDRESS.test(line)) return 'subscription or donation appeal';
  // A reader-funded site's plea: "Your contributions will help us keep telling the stories …".
  if (n <= 30 && READER_SUPPORT.test(line.trim())) return 'subscription or donation appeal';
  return null;
}
const READER_SUPPORT = /^(?:your|with your)\s+(?:contributions?|support|donations?|subscriptions?|membership)\s+(?:will\s+|can\s+|helps?\s+)?(?:help|helps|allows?|keeps?|lets?|enables?)\s+us\b/iu;
