// Content or page chrome, line by line: the jusText method (Pomikálek, "Removing Boilerplate and
// Duplicate Content from Web Corpora", 2011; github.com/miso-belica/jusText) adapted to text that
// was copied from a page, so that it generalises to sites we have never seen instead of growing a
// list of their strings.
//
// 1. Context-free class of each line, with jusText's thresholds (LENGTH_LOW 70, LENGTH_HIGH 200,
//    STOPWORDS_LOW 0.30, STOPWORDS_HIGH 0.32, MAX_LINK_DENSITY 0.2):
//    - bad: link density over 0.2 (addresses, domains, handles, separators stand in for links);
//      a copyright or licence notice; interface labels (share, menu, comment, subscribe, cookie,
//      language and wiki-tool words make up most of the line); a bare date or time line, or a
//      source's name with a date and time; a "Key: value" metadata line whose value is a date or
//      contact data; a label naming the kind of document ("News Transcript", "Texte intégral");
//      a banner ending in a call to action in capitals ("… - JOIN NOW"); a breadcrumb trail
//      ("Accueil > Actualités > …"); a short line wholly in brackets (a time stamp, a stage
//      direction); an archive's banner speaking to the reader, however long;
//    - soft bad: a notice about the page itself ("This page was last edited …", "Dieser Artikel
//      …"): bad as context, but kept when good text stands on both sides of it;
//    - short: under 70 characters. A short line that is a complete sentence with stopwords is
//      near-good instead: news copy has one-sentence paragraphs ("“No,” she said.") that jusText,
//      written for whole pages, would otherwise leave to its neighbours; unless it speaks to the
//      reader ("Please …", "Bitte …", "Veuillez …"), as notices and prompts do;
//    - good: stopword density ≥ 0.32 and over 200 characters; near-good: density ≥ 0.30; else bad.
//    Stopwords per language come from stopwords-iso.
//    A line ending in a colon that is followed by chrome introduces a player or a download: bad.
// 2. Context (jusText's revision): a short line between good ones is good, between bad ones bad;
//    a near-good line is bad only when both nearest good/bad neighbours are bad; a short heading
//    followed within 200 characters by good text, before the next heading or chrome, is kept. The start and end of the text count as
//    bad, as in jusText, so chrome before and after the story goes.
// 3. Closing sections: a heading such as "Sources", "Quellen", "Related", "Read more", "Voir
//    aussi" drops itself and what follows it up to the next good paragraph; after the story's
//    last good paragraph, a line that is chrome by itself opens the page footer, which runs to
//    the next line of prose.
// Callers protect lines that must never be dropped (a transcript turn, the headline) and the user's
// `boilerplate.keep` / `boilerplate.drop` patterns override everything.
import { addressesReader, isClosingSectionHeading, isDateLine, isMetadataLine, lineFeatures, refersToPage, type LineFeatures } from './boilerplate-features.ts';
import { stopwordsOf } from './language.ts';

const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.32;
const MAX_LINK_DENSITY = 0.2;
const MAX_HEADING_DISTANCE = 200;

type Class = 'good' | 'neargood' | 'short' | 'bad' | 'neutral';

export interface LineInput {
  text: string;
  /**
   * Already removed by a junk rule, with its reason. Such lines (captions, adverts, bylines, date
   * stubs) sit inside stories as often as around them, so they are no context either way.
   */
  junk?: string | null;
  /** Never dropped (a transcript turn, the headline); counts as good context. */
  protect?: boolean;
  /** A heading-shaped line (short, no closing stop). */
  heading?: boolean;
}

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
const ARCHIVED = /(?<![\p{L}])(?:archived|archivée?s?|archiviert(?:e[nrs]?)?)(?![\p{L}])/iu;
const PROMPT_VERB = /(?<![\p{L}])(?:share|comment|subscribe|sign up|follow us|donate|tell us|let us know|teilen|kommentieren|diskutieren|abonnieren|partagez|commentez|abonnez|réagissez|comparte|comenta|condividi|commenta)(?![\p{L}])/iu;
const APPEAL_VERB = /(?<![\p{L}])(?:subscribe|subscribing|sign up|signing up|donate|donating|unsubscribe|abonnieren|abonnieren sie|spenden sie|abonnez|abonner|s['’]abonner|inscrivez-vous|faites un don|suscríbete|suscribirse|iscriviti)(?![\p{L}])/iu;
const SITE_POINTER = /(?<![\p{L}])(?:see|visit|read|check out|browse) our|(?:besuchen|lesen|sehen) sie unsere?[nrs]?|(?:consultez|visitez|lisez) (?:notre|nos)(?![\p{L}])/iu;
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
    'transcript transcripts transcription verbatim full complete text news release press briefing speech ' +
    'wortlaut mitschrift abschrift volltext pressemitteilung pressemeldung pressekonferenz pressestatement nachricht nachrichten rede ' +
    'texte intégral intégrale version communiqué presse compte-rendu dépêche discours'
  ).split(' '),
);

function isDocumentLabel(line: string, f: LineFeatures, stopwords: Set<string>): boolean {
  const n = f.words.length;
  if (n === 0 || f.sentence) return false;
  const only = (words: string[]) => words.some((w) => DOCUMENT_WORDS.has(w)) && words.every((w) => DOCUMENT_WORDS.has(w) || stopwords.has(w));
  if (n <= 4 && only(f.words)) return true;
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
function isBreadcrumb(line: string): boolean {
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
 * A skip link, the first line a page copies ("Direkt zum Inhalt", "Zum Hauptinhalt springen",
 * "Aller au contenu principal"): its words are too common for the interface-word share alone.
 */
const SKIP_LINK = /^(?:(?:direkt|sofort)\s+)?zu(?:m|r)\s+(?:haupt)?(?:inhalt|navigation|suche|hauptmenü)(?:\s+(?:springen|wechseln|gehen))?$|^(?:aller|passer|accéder)\s+(?:directement\s+)?(?:au|à la)\s+(?:contenu|navigation|recherche)(?:\s+principal)?$/iu;

/** Why a line is chrome whatever its neighbours, or null. */
function badReason(line: string, f: LineFeatures, stopwords: Set<string>): string | null {
  if (SKIP_LINK.test(line.trim())) return 'interface';
  if (f.linkDensity > MAX_LINK_DENSITY) return 'links';
  if (isLicenceNotice(line, f)) return 'copyright or licence';
  if (COOKIE.test(line) && f.words.length <= 40) return 'cookie notice';
  if ((line.match(LANGUAGE_NAMES) ?? []).length >= 2) return 'language menu';
  if (isDateLine(line, f, stopwords)) return 'date';
  if (isMetadataLine(line)) return 'metadata';
  if (isDocumentLabel(line, f, stopwords)) return 'document label';
  if (isBreadcrumb(line)) return 'breadcrumb';
  // A short line wholly in brackets is an aside of the page or the record, never the story's words:
  // a transcript's time stamp or stage direction ("(Onze heures trente minutes)", "(Applause)"), a
  // date under a call's title ("(February 20, 2024)"), a credit ("(Photo AFP)").
  if (/^\([^()]+\)$|^\[[^[\]]+\]$/u.test(line.trim()) && f.words.length <= 8) return 'aside in brackets';
  if (CTA_TAIL.test(line) && ctaWords(line)) return 'advert';
  if (!f.sentence && f.words.length >= 4 && f.words.length <= 12 && inOtherLanguage(f.words, stopwords)) return 'other language';
  const n = f.words.length;
  // Interface labels: "Share to Twitter", "Newer Post Older Post Home", "Leave a Reply Cancel reply", "Tout accepter".
  if (n > 0 && n <= 8 && f.uiDensity >= 0.5 && !(f.sentence && n > 4)) return 'interface';
  if (n > 0 && n <= 3 && /:$/.test(line) && f.uiDensity > 0) return 'interface';
  // A prompt to the reader: "Have an opinion on this story? Share it!", "Diskutieren Sie mit!".
  if (n <= 12 && PROMPT_VERB.test(line) && /[?!]/.test(line)) return 'reader prompt';
  // The site pointing to its own pages: "Problems? See our help page.", "Besuchen Sie unsere Mediathek.".
  if (n <= 12 && SITE_POINTER.test(line)) return 'reader prompt';
  // A mailing-list or donation appeal: the verb of signing up and the address to do it at, in one
  // paragraph ("… can subscribe by sending an email to: news-request@…", "Spenden Sie unter …").
  if (n <= 80 && APPEAL_VERB.test(line) && ADDRESS.test(line)) return 'subscription or donation appeal';
  return null;
}

interface FirstClass {
  cls: Class;
  reason: string | null;
  /** Bad as context for others, but kept when good text stands on both sides of it. */
  soft?: boolean;
}

function contextFree(line: string, f: LineFeatures, language: string): FirstClass {
  const reason = badReason(line, f, stopwordsOf(language));
  if (reason) return { cls: 'bad', reason };
  // A notice about the page ("This page was last edited …", "Dieser Artikel ist noch nicht
  // fertig"): chrome unless the story goes on around it.
  if (f.chars <= LENGTH_HIGH && refersToPage(line, language)) return { cls: 'bad', reason: 'about the page', soft: true };
  // An archive's banner, however long: what was archived and how to ask for it, spoken to the reader
  // ("Information identified as archived is provided for reference … Please contact us …",
  // "L’information dont il est indiqué qu’elle est archivée … veuillez communiquer avec nous.").
  if (f.words.length <= 80 && ARCHIVED.test(line) && addressesReader(line, language)) return { cls: 'bad', reason: 'archive notice' };
  if (f.chars < LENGTH_LOW) {
    // A short sentence that speaks to the reader ("Bitte keine Änderungen vornehmen.") is left to
    // its neighbours like any short line, not kept as a one-sentence paragraph of the story.
    const sentence = f.sentence && f.words.length >= 2 && f.stopwordDensity > 0 && !addressesReader(line, language);
    return { cls: sentence ? 'neargood' : 'short', reason: null };
  }
  // So is a one-sentence line under LENGTH_HIGH that speaks to the reader: a site's tagline ("Une
  // nouvelle de Wikinews, la source d'informations que vous pouvez écrire.") runs past LENGTH_LOW in
  // the wordier languages. Inside the story its neighbours keep it; the opening line stays a standfirst.
  if (f.chars < LENGTH_HIGH && !/[.!?…].*[.!?…]/u.test(line.slice(0, -1)) && addressesReader(line, language)) return { cls: 'short', reason: null };
  if (f.stopwordDensity >= STOPWORDS_HIGH) return { cls: f.chars > LENGTH_HIGH ? 'good' : 'neargood', reason: null };
  if (f.stopwordDensity >= STOPWORDS_LOW) return { cls: 'neargood', reason: null };
  // A long sentence with few stopwords is still prose in news copy (names, figures); jusText
  // would call it bad on a whole page, here it waits for its neighbours.
  if (f.sentence) return { cls: 'neargood', reason: null };
  // A list of names or figures ("Sprecher: StS Seibert, Flosdorff (BMAS), …", a row of results) is
  // chrome before or after a story but the story's own inside it: soft, as a notice about the page.
  return { cls: 'bad', reason: 'low stopword density', soft: true };
}

function neighbour(classes: Class[], i: number, step: 1 | -1, ignoreNeargood: boolean): Class {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j]!;
    if (c === 'good' || c === 'bad') return c;
    if (c === 'neargood' && !ignoreNeargood) return c;
  }
  return 'bad';
}

/**
 * The reason each line is page chrome, or null for content. `language` picks the stopword list.
 * Lines marked `junk` keep their own reason; `protect`ed lines are never dropped.
 */
export function classifyLines(lines: LineInput[], language: string, options: { context?: boolean } = {}): (string | null)[] {
  const stopwords = stopwordsOf(language);
  const features = lines.map((l) => lineFeatures(l.text, stopwords));
  const first = lines.map((l, i): FirstClass => {
    if (l.protect) return { cls: 'good', reason: null };
    if (l.junk) return { cls: 'neutral', reason: l.junk };
    return contextFree(l.text, features[i]!, language);
  });
  // A line that introduces what follows ("Watch the statement:", "Revoir la déclaration :") but
  // is followed by chrome introduces a player or a download, not the story.
  first.forEach((c, i) => {
    if (lines[i]!.protect || (c.cls !== 'short' && c.cls !== 'neargood') || !/:\s*$/.test(lines[i]!.text)) return;
    let j = i + 1;
    while (j < lines.length && first[j]!.cls === 'neutral') j++;
    if (j < lines.length && first[j]!.cls === 'bad' && !first[j]!.soft) first[i] = { cls: 'bad', reason: 'introduces chrome' };
    // Followed by another introduction ("Key points:" / "Read the transcript here:"), it introduces
    // nothing: what it announced (a list, a box) was lost in the copy. Like a junk line it is no
    // context for its neighbours: the story may stand right above it.
    else if (j < lines.length && !lines[j]!.protect && /:\s*$/.test(lines[j]!.text) && (first[j]!.cls === 'short' || first[j]!.cls === 'neargood') && features[i]!.words.length <= 8) {
      first[i] = { cls: 'neutral', reason: 'introduces nothing' };
    }
  });
  const classes = first.map((c) => c.cls);
  // Without one good paragraph (a short note, a test snippet) neighbours say nothing: only lines
  // that are chrome by themselves go.
  // (A protected line counts by its own measures here: a transcript's long turns are good text.)
  const judged = lines.map((l, i) => (l.protect ? contextFree(l.text, features[i]!, language).cls : classes[i]));
  if (!judged.includes('good')) {
    // Press releases and agency copy write short paragraphs: then the longest prose sentences
    // (twice LENGTH_LOW, stopword-rich) are the good text the neighbours are judged by.
    classes.forEach((c, i) => {
      const f = features[i]!;
      if (c === 'neargood' && f.sentence && f.chars >= 2 * LENGTH_LOW && f.stopwordDensity >= STOPWORDS_HIGH) classes[i] = judged[i] = 'good';
    });
  }
  if (options.context === false || !judged.includes('good')) {
    return closingSections(lines, features, first, first.map((c) => ((c.cls === 'bad' && !c.soft) || c.cls === 'neutral' ? c.reason : null)));
  }

  // Short headings just before good text are near-good (jusText's "good headings"). Here a
  // heading is any short unpunctuated line, not an <h1>–<h6>, so the good text must come before
  // the next heading-shaped line or chrome: a menu label above a cookie banner is not the
  // heading of the story under the banner. Junk lines (captions) may sit in between.
  lines.forEach((l, i) => {
    if (!l.heading || classes[i] !== 'short') return;
    let distance = 0;
    for (let j = i + 1; j < lines.length && distance <= MAX_HEADING_DISTANCE; j++) {
      if (classes[j] === 'good') {
        classes[i] = 'neargood';
        break;
      }
      // A date line under a title of four or more words is the title's own (a release's title, its
      // date, its text); under a one-word label ("News") it is a listing's chrome. English only for
      // now: German and French listing pages put dated teasers under short headings that are chrome.
      if (language === 'en' && first[j]!.reason === 'date' && features[i]!.words.length >= 4) continue;
      if (classes[j] === 'bad' || (lines[j]!.heading && !lines[j]!.protect && classes[j] !== 'neutral')) break;
      distance += lines[j]!.text.length;
    }
  });
  // A page that repeats the headline above the story starts the story's own header there: the
  // first line after the repeat that runs straight into the story is a lead too (a subtitle: "in
  // the Rose Garden"), as below. Header lines (bylines, dates) between them do not count.
  const firstGood = classes.indexOf('good');
  const repeat = lines.findIndex((l, i) => l.junk === 'repeated headline' && (firstGood < 0 || i < firstGood));
  if (repeat >= 0) {
    const inHeader = (i: number) => classes[i] === 'neutral' || first[i]!.reason === 'date';
    const subtitle = classes.findIndex((_, i) => i > repeat && !inHeader(i));
    const next = classes.find((_, i) => i > subtitle && !inHeader(i));
    if (subtitle >= 0 && (classes[subtitle] === 'short' || classes[subtitle] === 'neargood') && (next === 'good' || next === 'neargood')) classes[subtitle] = 'good';
  }
  // Position: the first line after the headline that runs straight into the story is its
  // standfirst, not chrome (chrome before a story is followed by more chrome).
  // Bylines and date lines between them are the story's header, not chrome.
  const header = (i: number) => classes[i] === 'neutral' || first[i]!.reason === 'date';
  const lead = classes.findIndex((_, i) => !header(i));
  // A line ending in a comma is a letter's salutation ("Dear readers,", "Liebe Leserinnen und Leser,"), no standfirst.
  if (lead >= 0 && (classes[lead] === 'short' || classes[lead] === 'neargood') && !/,$/.test(lines[lead]!.text.trim())) {
    // A standfirst that is a whole sentence may have a short leftover between it and the story (an
    // image's file type or alt text, "JPEG"): look past short lines for the story then.
    const skip = (i: number) => header(i) || (classes[lead] === 'neargood' && features[lead]!.sentence && classes[i] === 'short');
    const next = classes.find((_, i) => i > lead && !skip(i));
    if (next === 'good' || next === 'neargood') classes[lead] = 'good';
  }
  // Short lines take the class of their neighbours.
  const revised = [...classes];
  classes.forEach((c, i) => {
    if (c !== 'short') return;
    const prev = neighbour(classes, i, -1, true);
    const next = neighbour(classes, i, 1, true);
    if (prev === 'good' && next === 'good') revised[i] = 'good';
    else if (prev === 'bad' && next === 'bad') revised[i] = 'bad';
    else if ((prev === 'bad' && neighbour(classes, i, -1, false) === 'neargood') || (next === 'bad' && neighbour(classes, i, 1, false) === 'neargood')) revised[i] = 'good';
    else revised[i] = 'bad';
  });
  // Near-good lines are bad only between bad ones.
  revised.forEach((c, i) => {
    if (c !== 'neargood') return;
    const both = neighbour(revised, i, -1, true) === 'bad' && neighbour(revised, i, 1, true) === 'bad';
    revised[i] = both ? 'bad' : 'good';
  });
  // Soft chrome (a notice about the page) inside the story is the story's.
  revised.forEach((c, i) => {
    if (first[i]!.soft && neighbour(revised, i, -1, true) === 'good' && neighbour(revised, i, 1, true) === 'good') revised[i] = 'good';
  });

  const reasons: (string | null)[] = revised.map((c, i) => {
    if (c === 'neutral') return first[i]!.reason;
    if (c !== 'bad') return null;
    if (first[i]!.reason) return first[i]!.reason;
    return first[i]!.cls === 'short' ? 'short, among boilerplate' : 'near-good, among boilerplate';
  });
  return closingSections(lines, features, first, reasons);
}

/**
 * Closing sections: from a "Sources"/"Related" heading to the next line of prose; and the page's
 * footer: after the story's last good paragraph, from the first line that is chrome by itself (a
 * licence, a share bar, a prompt) to the end, every line that is not prose. The second matters
 * where neighbours are not consulted (extracted HTML and Markdown): "Terms of Use" is no
 * interface word by itself, but it is one in a footer.
 */
function closingSections(lines: LineInput[], features: LineFeatures[], first: FirstClass[], reasons: (string | null)[]): (string | null)[] {
  const prose = (j: number) => (first[j]!.cls === 'good' || first[j]!.cls === 'neargood') && features[j]!.sentence;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.protect || !isClosingSectionHeading(lines[i]!.text)) continue;
    reasons[i] ??= 'closing section';
    for (let j = i + 1; j < lines.length && !lines[j]!.protect && !prose(j); j++) {
      reasons[j] ??= 'closing section';
      i = j;
    }
  }
  let lastGood = -1;
  first.forEach((c, i) => {
    if (c.cls === 'good' || lines[i]!.protect) lastGood = i;
  });
  if (lastGood < 0) return reasons;
  let footer = false;
  for (let i = lastGood + 1; i < lines.length; i++) {
    if (lines[i]!.protect || prose(i)) footer = false;
    else if (first[i]!.cls === 'bad' && !first[i]!.soft) footer = true;
    else if (footer) reasons[i] ??= 'page footer';
  }
  return reasons;
}
