// What the boilerplate classifier (boilerplate.ts) measures on one line: the jusText features
// (length, stopword density, link density) adapted to text copied from a page, where links are no
// longer marked: web addresses, domains, handles and item separators stand in for link text, and a
// small multilingual vocabulary of interface words (the labels of buttons, menus and widgets:
// "Share", "Teilen", "Partager", "Home", "Accueil", "Datenschutz") stands in for the DOM path of a
// widget. Each predicate here is a shape of page chrome in general, not of one site.
import { isDateOnly, isDateStub } from './junk.ts';

export interface LineFeatures {
  chars: number;
  words: string[];
  /** Share of words in the language's stopword list (jusText's main signal). */
  stopwordDensity: number;
  /** Share of words that are addresses, domains, handles, phone numbers or separators (jusText's link density). */
  linkDensity: number;
  /** Share of words that are interface labels. */
  uiDensity: number;
  /** Ends like a sentence (stop, question or exclamation mark, optionally inside quotes/brackets). */
  sentence: boolean;
}

/**
 * Words of interface labels in English, German, French, Spanish and Italian: navigation, sharing,
 * comments, subscription, accounts, legal pages, cookie consent, wiki tools. Lowercase.
 */
const UI_WORDS = new Set(
  (
    // English
    'home homepage about contact contacts search menu navigation navigate skip jump top back login logout log sign signup register ' +
    'account subscribe subscription subscriptions unsubscribe newsletter newsletters rss atom feed feeds share shares sharing shared tweet ' +
    'facebook twitter x linkedin pinterest whatsapp reddit telegram instagram youtube tiktok mastodon bluesky threads flipboard email e-mail ' +
    'mail print comment comments reply replies cancel post posts newer older archive archives tags tag categories category sitemap ' +
    'privacy policy cookie cookies terms accessibility copyright disclaimer disclaimers imprint legal faq help desktop mobile edit ' +
    'watch loading like likes follow followers donate donation support permalink trackback blogthis login-in view history source ' +
    'accept reject customise customize settings preferences manage related previous next more appearance tools password ' +
    // German
    'startseite kontakt suche suchen navigation anmelden abmelden registrieren abonnieren abonnement newsletter teilen drucken ' +
    'kommentar kommentare kommentieren antworten datenschutz datenschutzerklärung impressum nutzungsbedingungen barrierefreiheit ' +
    'bearbeiten quelltext beobachten versionsgeschichte diskussion sprache sprachen mehr weiter zurück nach oben akzeptieren ablehnen ' +
    'einstellungen spenden folgen artikelstatus wechseln hauptinhalt inhalt springen herunterladen melden downloads ansichten anhören vorlesen aussehen werkzeuge ' +
    'menü schließen kategorie kategorien schlagwörter schlagworte ' +
    // French
    'accueil recherche rechercher menu connexion déconnexion inscription abonner abonnez-vous abonnement partager imprimer commentaire ' +
    'commentaires répondre confidentialité mentions légales accessibilité cookies accepter refuser personnaliser paramètres plan ' +
    'site retour haut suivant précédent modifier historique langue langues copier lien liens discours contenu principal télécharger apparence outils catégorie catégories ' +
    // Spanish and Italian
    'inicio buscar compartir imprimir comentarios suscribirse privacidad aviso cuenta iniciar sesión cerrar siguiente anterior ' +
    'cerca condividi stampa commenti iscriviti accedi informativa impostazioni successivo precedente'
  ).split(' '),
);

export const isInterfaceWord = (word: string): boolean => UI_WORDS.has(word);

/**
 * A link back to another page, as a page prints it above or under its text: "Return to Transcripts
 * main page", "Back to all news", "Zurück zur Übersicht", "Retour à la liste". A few words, no stop.
 */
const NAVIGATION_LINK = /^(?:(?:go\s+)?back|return)\s+to\s|^zurück\s+(?:zu[rm]?|zur)\s|^retour\s+(?:à|aux?)\s/iu;
export function isNavigationLink(line: string): boolean {
  const t = line.trim();
  return NAVIGATION_LINK.test(t) && t.split(/\s+/).length <= 7 && !/[.!?]$/.test(t);
}

// A file type written as a link's text (".pdf", "[PDF]", "(DOCX)") stands for a download link.
const LINK_WORD = /^(?:\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|csv|zip|epub|mp3|mp4)|[[(](?:pdf|docx?|xlsx?|pptx?|odt|rtf|csv|zip|epub|mp3|mp4)[\])]|https?:\/\/\S*|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|de|fr|es|it|eu|ch|at|be|nl|ca|au|us|news)(?:\/\S*)?|@\w+|[\w.+-]+@[\w-]+\.[\w.]+)$/i;
const SEPARATOR_WORD = /^[|·•»›>/]$/;
/** A telephone number written as one word ("555-010-0199", "+1-202-555-0100"), not a large figure ("12.345.678"): contact data, like an address. */
const PHONE_WORD = /^(?:\+\d{1,3}[-./]?)?\(?\d{2,4}\)?[-./]\d{3}[-./]\d{4}(?:-\d{1,4})?$/;

export function lineFeatures(line: string, stopwords: Set<string>): LineFeatures {
  const raw = line.split(/\s+/).filter(Boolean);
  const words = (line.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
  const n = Math.max(1, words.length);
  const stop = words.filter((w) => stopwords.has(w)).length;
  const links = raw.filter((w) => {
    const bare = w.replace(/[),.;:]+$/, '').replace(/^\(/, '');
    return LINK_WORD.test(bare) || PHONE_WORD.test(bare) || SEPARATOR_WORD.test(w);
  }).length;
  const ui = words.filter((w) => UI_WORDS.has(w)).length;
  // French sets its closing guillemet off with a space: "… technicien. »" ends a sentence too.
  const bare = line.replace(/[\s\u00a0\u202f”’"'»«)\]*]+$/u, '');
  return {
    chars: line.length,
    words,
    stopwordDensity: stop / n,
    linkDensity: links / Math.max(1, raw.length),
    uiDensity: ui / n,
    // A line ending in a colon introduces what follows ("… Lord James Timpson said:"): prose too.
    sentence: (/[.!?…]$/.test(bare) && !/\b(?:\p{Lu}\.){1,3}$/u.test(bare)) || (/:$/.test(bare) && words.length >= 5),
  };
}

/**
 * A line about the page itself rather than the story: "This page was last edited on …", "Dieser
 * Artikel ist noch nicht fertig", "Cet article est une ébauche". Wikis, archives and blogs put such
 * notices around a story; a story rarely names its own page. Nouns that also name things in the
 * world ("this site" of a plant, "this post" of a minister, "this version" of a bill) are left out.
 */
const ABOUT_PAGE =
  /(?<![\p{L}])(?:(?:this|the present)\s+(?:article|page|web ?site|webpage|wiki|entry)|(?:dieser|diese|dieses|diesem|diesen|vorliegende[rnms]?)\s+(?:artikels?|seite|website|webseite|internetseite|beitrags?|eintrags?|wiki)|(?:cet|cette|le présent|la présente)\s+(?:article|page|billet|wiki))(?![\p{L}])/iu;

/**
 * A repost's note of where its text comes from, a noun phrase and no sentence of its own: "The press
 * release issued by the Ministry of Justice on 29 August 2025.", "This speech was delivered by … on …".
 * It names the document, not the world, so it is a note about the page (English only: reposts of
 * English releases print it; a sentence whose verb follows, "The statement issued by X said …", is not one).
 */
const PROVENANCE =
  /^(?:the|this)\s+(?:(?:press|news|media)\s+release|statement|speech|article|transcript|interview|op-ed|letter|written statement|post)\s+(?:was\s+)?(?:(?:first|originally)\s+)?(?:issued|published|made|delivered|released|given|written|posted|sent)\s+(?:by|at|in|to)\s+[^.;!?]{2,160}?\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\s+\d{4}\.?$/iu;

/**
 * A notice about the web site itself, as government and archive banners print them ("Secure
 * .example websites use HTTPS", "Please contact the webmaster …"): the site's machinery (web site,
 * webmaster, HTTPS, links that may not work) named in a line that speaks to the reader or names a
 * bare domain ending (".gov", ".org"). A story that mentions a ministry's website does neither.
 */
const SITE_MACHINERY = /(?<![\p{L}])(?:web ?sites?|webmaster|https?|links? (?:may|might|will) not (?:work|function))(?![\p{L}])/iu;
const BARE_DOMAIN_END = /(?<![\p{L}\p{N}.])\.[a-z]{2,4}(?![\p{L}\p{N}])/u;

/**
 * An archive's note on when or under whom the page was published, the page itself its subject as a
 * bare "This": "This was published under the 2010 to 2015 coalition government", "This was
 * archived on 3 May 2016". A story says what "this" is ("This report was published …").
 */
const PAGE_HISTORY = /^this (?:page )?(?:was|has been|is) (?:first |originally |last )?(?:published|archived|withdrawn|updated|posted) (?:under|during|by|on|before|in)\s[^.;!?]{2,120}\.?$/iu;

/**
 * A government site's banner naming the site itself: "An official website of the United States
 * government", "Un site web officiel du gouvernement …", "Eine offizielle Website der …". Short: a
 * story naming a ministry's official website says more around it.
 */
const OFFICIAL_SITE = /^(?:an?|un|une|eine?)\s+(?:official\s+web ?site|site\s+(?:web|internet)\s+officiel|offizielle\s+(?:web ?site|webseite|internetseite))\s+(?:of|du|de|des|der)\s[^.!?]{2,80}$/iu;

/**
 * A player's or a broadcaster's notice that the page's content cannot be shown here: "This content is
 * not available in your region", "This video is unavailable", "This content cannot be displayed". The
 * whole line is the notice (a story about withheld content says what content and goes on).
 */
const UNAVAILABLE =
  /^(?:this|the)\s+(?:content|video|audio|media|embed|player|clip|page)\s+(?:is\s+(?:(?:currently|no\s+longer)\s+)?(?:not\s+available|unavailable|not\s+supported|blocked)|(?:cannot|can['’]t|could\s+not)\s+be\s+(?:displayed|played|shown|loaded))(?:\s+(?:in|for|on|from)\s+(?:your|this)\s+[\p{L} ]{2,30})?[.!]?$/iu;

export function refersToPage(line: string, language = 'en'): boolean {
  if (OFFICIAL_SITE.test(line.trim()) || UNAVAILABLE.test(line.trim())) return true;
  if (ABOUT_PAGE.test(line) || PROVENANCE.test(line.trim()) || PAGE_HISTORY.test(line.trim())) return true;
  return SITE_MACHINERY.test(line) && (BARE_DOMAIN_END.test(line) || addressesReader(line, language));
}

/**
 * A line that speaks to the reader ("Please …", "Bitte …", "Veuillez …", "you", "Sie", "vous"):
 * notices, prompts and taglines do; outside quotations, news copy rarely does.
 */
const READER_ADDRESS: Record<string, RegExp[]> = {
  en: [/(?<![\p{L}])(?:please|you|your|yours)(?![\p{L}])/iu],
  // The formal "Sie" is told from "sie" (she, they) by its capital inside a sentence.
  de: [/(?<![\p{L}])(?:bitte|du|dich|dir|dein[emnrs]?|euch|euer|eure[mnrs]?)(?![\p{L}])/iu, /(?<=[\p{L},] )(?:Sie|Ihnen|Ihre?[mnrs]?)(?![\p{L}])/u],
  fr: [/(?<![\p{L}])(?:veuillez|vous|votre|vos)(?![\p{L}])/iu],
};
const QUOTATION = /["“”„«»‹›]/;

/**
 * `language` is the article's primary language subtag. `quoted`: count a line with quotation marks
 * too (a notice may quote its button, "By clicking “Publish”, you …"; a story's quote may not).
 */
export function addressesReader(line: string, language: string, quoted = false): boolean {
  const patterns = READER_ADDRESS[language] ?? READER_ADDRESS.en!;
  return (quoted || !QUOTATION.test(line)) && patterns.some((p) => p.test(line));
}

/** Headings that open the closing lists of a page: sources, related links, tags, share bars. */
const CLOSING_SECTION =
  /^(?:sources?|quellen|einzelnachweise|weblinks|literatur|siehe auch|références|liens externes|voir aussi|sur le même sujet|dans la même rubrique|informations complémentaires|à lire aussi|lire aussi|fuentes|enlaces externos|véase también|fonti|collegamenti esterni|voci correlate|related(?: articles| stories| content| links| posts| topics)?|read more|more on this(?: story)?|see also|external links|references|further reading|you may also like|recommended|more stories|most read|most popular|trending|mehr zum thema|mehr dazu|weitere artikel|(?:ähnliche|verwandte|themenverwandte) (?:artikel|beiträge|dokumente)|das könnte sie auch interessieren|articles (?:liés|similaires|associés)|sur le même thème|pour aller plus loin|en savoir plus|(?:weitere|weiterführende) (?:informationen|links)|links zum thema|further information|more information|useful links|liens utiles|plus d['’]informations|pour en savoir plus)\s*(?:\[[^\]]*\])?\s*:?$/i;

export function isClosingSectionHeading(line: string): boolean {
  return CLOSING_SECTION.test(line.trim());
}

/**
 * Where the readers' comments under a story begin: the comment box's heading ("Leave a Reply", "Post a
 * Comment", "3 Comments") or a blog's signature over the first comment ("Anonymous said…", "Jo Roe
 * said..."; the ellipsis is the blog's, a story's lead-in ends on a colon). Everything after it is the
 * readers', not the story's.
 */
const COMMENTS_HEADING = /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+\s+comments?|comments?|reader comments|join the (?:discussion|conversation)|kommentare|commentaires)\s*:?$/iu;
const COMMENT_SIGNATURE = /^[^.!?:;]{1,60}\s(?:said|says|wrote)\s?(?:…|\.\.\.)$/u;
export const opensComments = (line: string): boolean => COMMENTS_HEADING.test(line.trim()) || COMMENT_SIGNATURE.test(line.trim());

/**
 * A story's lead opened by its dateline and the outlet's call sign or initials in brackets
 * ("GARNER, N.C. (WNCN) — A deputy …", "DETROIT, Mich. (CBS DETROIT) – …"): the story starts there,
 * whatever chrome stands around it (a logo's line above, a picture's slug below).
 */
const CALL_SIGN_DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,\s*[\p{L}. ]{2,30})?\s*\(\p{Lu}[\p{Lu}\p{N} &.-]{1,20}\)\s*[-–—]{1,2}\s*\p{Lu}/u;
export const opensWithDateline = (line: string): boolean => CALL_SIGN_DATELINE.test(line.trim());

/** A wiki's edit links after a heading: "Quellen[Bearbeiten]", "Sources [edit]", "[modifier | modifier le code]". */
export const EDIT_LINK = /\s*\[\s*(?:edit|bearbeiten|quelltext bearbeiten|modifier|modifier le code|editar|modifica|edit source)(?:\s*\|\s*[^\]]{1,30})?\s*\]\s*$/i;

const MONTHS =
  'jan|janv|january|janvier|januar|enero|gennaio|feb|febr|févr|february|février|februar|febrero|febbraio|mar|mär|march|mars|märz|marzo|' +
  'apr|avr|april|avril|abril|aprile|may|mai|mayo|maggio|jun|june|juin|juni|junio|giugno|jul|juil|july|juillet|juli|julio|luglio|' +
  'aug|august|août|agosto|sep|sept|september|septembre|settembre|septiembre|oct|okt|october|octobre|oktober|octubre|ottobre|' +
  'nov|november|novembre|noviembre|dec|dez|déc|december|décembre|dezember|diciembre|dicembre';
const DATE_PART = new RegExp(`(?:\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}(?:\\.|er|st|nd|rd|th)?\\s+(?:${MONTHS})\\.?(?:\\s+\\d{4})?\\b|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?m\\.?|uhr|h)?\\b)`, 'giu');
const TIME_ONLY = /^(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)(?:\s*\(?[A-Z]{2,5}\)?)?$/i;

/**
 * A line that is only a date or time with a few label words around it ("Prononcé le 8 janvier
 * 2025", "Veröffentlicht: 17:06, 29. Feb. 2012 (CET)", "2:16 p.m. EDT", "Saturday, February 1, 2020").
 */
export function isDateLine(line: string, f: LineFeatures, stopwords: Set<string> = new Set()): boolean {
  if (isDateOnly(line) || isDateStub(line) || TIME_ONLY.test(line.trim())) return true;
  if (isSourceAndDate(line)) return true;
  // Counted in words with letters: the digits of "14:22, 5. März 2024" are the date itself.
  const lettered = f.words.filter((w) => /\p{L}/u.test(w)).length;
  if (lettered > 12 || (f.sentence && lettered > 6)) return false;
  const rest = line.replace(DATE_PART, ' ').replace(/\((?:[A-Z]{2,5})\)/g, ' ');
  if (rest === line) return false;
  // The label words left around the date ("Publié le …, mis à jour à …"); stopwords are no label.
  const left = (rest.match(/[\p{L}]{2,}/gu) ?? []).filter((w) => !stopwords.has(w.toLowerCase()));
  // Two sentences are not a date line; the stop after a German day or month ("29. Feb. 2012") is
  // part of the date, so the test runs on what the date leaves.
  return left.length <= 3 && !/[.!?]\s+\p{Lu}/u.test(rest);
}

/** Weekday names (English, German, French) and their short forms: a date's words, no label. */
const WEEKDAYS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim'
  ).split(' '),
);

/**
 * A date or time and nothing else but stopwords and a weekday: "13. September 2016", "22:00 Uhr",
 * "Le mardi 15 septembre 2020 à 17:40", "Monday, February 7, 2022". Unlike `isDateLine` it leaves
 * no label word ("Press Briefing – August 18, 2022" names its document): such a line names nothing,
 * so it is never a page's title.
 */
export function isBareDate(line: string, stopwords: Set<string>): boolean {
  const left = wordsBesideDate(line);
  return left !== null && left.every((w) => stopwords.has(w) || WEEKDAYS.has(w));
}

/** The words (lowercase) a line has besides its dates and times, or null when it has none. */
export function wordsBesideDate(line: string): string[] | null {
  const rest = line.replace(DATE_PART, ' ');
  return rest === line ? null : (rest.toLowerCase().match(/\p{L}+/gu) ?? []);
}

/**
 * A page's reading-time label: "Temps de lecture : ≃2 min.", "Lesezeit: 3 Minuten", "4 min read",
 * "Reading time: 5 minutes". The site's estimate, no words of the story.
 */
const READING_TIME =
  /^(?:(?:estimated\s+|geschätzte\s+)?(?:reading time|read time|lesezeit|lesedauer|temps de lecture|durée de lecture)\s*:?\s*(?:ca\.?|env\.?|environ|about|approx\.?|[~≃≈])?\s*\d+(?:[-–]\d+)?\s*(?:min(?:ute)?[ns]?|minutes?)\.?|\d+(?:[-–]\d+)?\s*(?:min(?:ute)?s?)\.?\s+(?:read|lesezeit|de lecture|lecture))$/iu;

export function isReadingTime(line: string): boolean {
  return READING_TIME.test(line.trim());
}

const wholly = (part: string, re: RegExp) => part.replace(new RegExp(re.source, re.flags), '').replace(/[\s,.]+/g, '') === '';

/**
 * An aggregator's or archive's item line: the source's name and the item's date and time, joined by
 * separators ("City Wire’s business news - May 2, 2024 - 09:15", "Radio Nord | 3 mars 2024"). One
 * part is a short name, every other part only a date or a time; a dateline opening a sentence
 * ("Paris - 3 mars 2024 - Le ministre a …") has a second part of prose and is no such line.
 */
function isSourceAndDate(line: string): boolean {
  const parts = line.trim().split(/\s+[-–—|·•]\s+/);
  if (parts.length < 2) return false;
  const dated = parts.filter((p) => isDateOnly(p) || TIME_ONLY.test(p) || wholly(p, DATE_PART));
  const rest = parts.filter((p) => !dated.includes(p));
  if (dated.length === 0 || rest.length !== 1) return false;
  const name = rest[0]!;
  return name.split(/\s+/).length <= 8 && !/[.!?…]$/.test(name) && /^\p{Lu}/u.test(name);
}

/**
 * A metadata line of a page's header, "Key: value", whose value is a date or contact data:
 * "Presenter: Secretary Jane Roe May 2, 2024", "Contact: Jane Roe, 555-010-0199, roe@example.gov",
 * "Stand: 3. März 2024". Not a heading (a heading's colon introduces words: "Erstens: Der Bericht"),
 * and no sentence of the story ("Note: the figures were revised on 3 March." ends with a stop).
 */
/** A field of a media advisory's fact block: "Who: …", "Wann: …", "Où : …" (see boilerplate.ts). */
const W_KEY = /^(?:who|what|when|where|why|wer|was|wann|wo|warum|qui|quoi|quand|où|pourquoi)\s?:\s*\S/iu;
export const isFactField = (line: string): boolean => W_KEY.test(line.trim());

const CONTACT_KEY = /^(?:(?:media|press|news)\s+)?contacts?(?:\s+(?:presse|média|médias))?\s?:|^(?:presse)?kontakt\s?:|^ansprechpartner(?:in)?\s?:/iu;

export function isMetadataLine(line: string): boolean {
  const m = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}\s?:\s+(\S.*)$/u.exec(line.trim());
  if (!m || /[.!?…]["”»’)]?$/.test(m[1]!) || m[1]!.split(/\s+/).length > 16) return false;
  const value = m[1]!;
  // A release's contact field names its press officer, the number on the next line: "Contact: Joan
  // Roe", "Media Contact: Press Office", "Pressekontakt: Amt für …", "Contact presse : Service …".
  if (CONTACT_KEY.test(line.trim()) && value.split(/\s+/).length <= 8) return true;
  return new RegExp(DATE_PART.source, 'iu').test(value) || value.split(/[\s,;]+/).some((w) => PHONE_WORD.test(w) || /^[\w.+-]+@[\w-]+\.[\w.]+$/.test(w));
}

/**
 * A page's category or tag label: "Catégorie : Politique", "Posts Tagged ‘Election’", "Tags: budget,
 * council", "Filed under: World", "Schlagwörter: Wahl". The label word (a category, a tag, a section
 * of the site) then a few words of the topic, no sentence: the site's filing, not the story's words.
 */
const TAG_LABEL =
  /^(?:(?:posts?|articles?|entries|stories|archives?|beiträge|billets?)\s+(?:tagged|filed\s+under|in\s+category|de\s+la\s+catégorie|du\s+tag|mit\s+dem\s+schlagwort)|filed\s+under|tagged(?:\s+with)?|tags?|categor(?:y|ies)|catégories?|kategorien?|rubriques?|thèmes?|topics?|étiquettes?|mots?[- ]clés?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|ressorts?)(?:\s*[:：]\s*|\s+(?=[‘'"«“„]))(.+)$/iu;

/**
 * A blog's row of category names, opened by the blogging software's default category ("Allgemein",
 * "Uncategorized", "Non classé", as WordPress names it in each language): "Allgemein Polizisten
 * helfen Retter". The story's own words never start on that label.
 */
const DEFAULT_CATEGORY_ROW = /^(?:allgemein|uncategori[sz]ed|non classé|sin categoría|senza categoria)(?:\s+[\p{L}-]+){1,9}$/u;

/**
 * A blog's label or archive page, as Blogger heads it: "Showing posts with the label Schools",
 * "Showing posts with label Council. Show all posts", "Showing posts from March, 2024".
 */
const BLOG_LABEL_PAGE = /^showing\s+posts\s+(?:with(?:\s+the)?\s+labels?|for\s+(?:the\s+)?(?:label|query)|from)\s+[^.!?]{1,90}(?:\.\s*show\s+all\s+posts)?$/iu;

/** A site's tagline led by its hashtag: "#Open journalism No news is bad news" (no sentence's stop). */
const HASHTAG_TAGLINE = /^#\p{Lu}[\p{L}\p{N}_]*(?:\s+[\p{L}\p{N}'’-]+){1,9}$/u;
export function isTagLine(line: string): boolean {
  if (HASHTAG_TAGLINE.test(line.trim())) return true;
  if (DEFAULT_CATEGORY_ROW.test(line.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) return true;
  if (BLOG_LABEL_PAGE.test(line.trim())) return true;
  const m = TAG_LABEL.exec(line.trim());
  if (!m) return false;
  const rest = m[1]!.trim();
  return rest.split(/\s+/).length <= 8 && !/[.!?…]["”’»)]*$/u.test(rest);
}

/**
 * A reference or item number on its own line: "Réf. #2-3487", "Ref. no. 2024/117", "Nr. 45/2024",
 * "No 12-345": a label of one or two short words and a code with digits, or the code alone. A
 * release's filing number, not a sentence of it.
 */
const REFERENCE = /^(?:(?:réf(?:érence)?|ref(?:erence)?|no|nr|n°|num(?:éro)?|number|item|aktenzeichen|az|dossier|release|communiqué)\.?\s*(?:no\.?|nr\.?|n°)?\s*[:#]?\s*|#\s*)[\p{L}]{0,4}[-/]?\d[\p{L}\d]*(?:[-/.]\p{L}{0,4}\d+)*$/iu;

export function isReferenceNumber(line: string): boolean {
  return REFERENCE.test(line.trim());
}
