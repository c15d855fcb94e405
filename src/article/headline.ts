// Which line of a copied page is the headline. A person copying an article from a page takes the
// page's chrome with it: a skip link, a menu, a breadcrumb, a category label, a section name ("Latest
// news"), a site's tagline, a ticker of other headlines, a reference number. jusText's view of a
// page's top applies: the headline is a short block right before the good blocks (the story), so
// the lines above the story's first paragraph are classified with the body's boilerplate features
// (boilerplate.ts), and the headline is the first of them that is title-like and not chrome, with a
// line the page prints twice (its <title> and its <h1>) preferred. Nothing here names a site.
import { chromeReason, QUOTED_TITLE } from './boilerplate.ts';
import { namesOnlyDocument } from './boilerplate-shapes.ts';
import { isBareDate, isDateLine, isInterfaceWord as UI_WORD, isNavigationLink, lineFeatures, refersToPage, wordsBesideDate } from './boilerplate-features.ts';
import { isDateOnly } from './junk.ts';
import { stopwordsOf } from './language.ts';

/** How far down the page the story's first paragraph is looked for. */
const TOP_LINES = 30;
/** A prose paragraph: jusText's LENGTH_LOW, and a sentence with a fair share of stopwords. */
const PROSE_CHARS = 70;
const PROSE_STOPWORDS = 0.2;
/** A headline is a line, not a paragraph: longer lines without a closing stop are runs of other headlines or links. */
const MAX_TITLE_WORDS = 30;
/** A section label is shorter than a title. */
const MAX_LABEL_WORDS = 4;

/**
 * Words naming a page's section or genre rather than a story ("Latest news", "Dernières nouvelles",
 * "Aktuelle Nachrichten", "Press Releases", "L'info c'est ici"): a short line of them above a title
 * is the section's label. Lowercase.
 */
const SECTION_WORDS = new Set(
  (
    'news latest breaking headlines top stories story releases newsroom blog updates magazine ' +
    'nachrichten nachricht aktuelles aktuell aktuelle meldungen meldung pressemitteilungen presseerklärungen presserklärungen pressemeldungen schlagzeilen neuigkeiten ' +
    'actualités actualité actu actus nouvelles dernières info infos communiqués dépêches une'
  ).split(' '),
);

/**
 * Reasons of the body's classifier that make a line chrome wherever it stands, the top of the page
 * included. The others say little against a title: a title may carry a date ("Press Briefing –
 * August 18, 2022"), name the kind of document ("Regierungspressekonferenz vom …"), be in another
 * language than its text, or ask the reader a question.
 */
const CHROME_FOR_TITLES = new Set([
  'interface',
  'links',
  'breadcrumb',
  'category or tag label',
  'reference number',
  'cookie notice',
  'copyright or licence',
  'language menu',
  'advert',
  'subscription or donation appeal',
  'release header',
  'reading time',
  'privacy notice',
  'embedded post',
  // A picture's alternative text ("Headshot of Jane Roe"): the picture's, never the story's title.
  'image description',
  // A header field ("Contact: Joan Roe", "Stand: 3. März 2024"): the page's data, never its title.
  'metadata',
  // A masthead's "Established as The Valley Courier in 1891": the paper's, not the story's.
  'site tagline',
]);
/**
 * A header field whose value is only a date: "Publié le : 12.10.2026", "Stand: 3. März 2024, 14:00
 * Uhr", "Updated: March 2, 2026". The boilerplate shapes call it a date line, which may otherwise be a
 * title ("Press Briefing – August 18, 2022" names its document); a label and its colon never are.
 */
const FIELD = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}\s?:\s+(\S.*)$/u;
function isDateField(line: string, stopwords: Set<string>): boolean {
  const value = FIELD.exec(line.trim())?.[1];
  return value !== undefined && isBareDate(value, stopwords);
}

/** Reasons that make a line the site's navigation (menus, link rows, a ticker, a breadcrumb). */
const NAVIGATION = new Set(['run of headlines or links', 'breadcrumb', 'links', 'interface', 'language menu']);

/** A title is a line of some words: a label above it is shorter. */
const MIN_TITLE_WORDS = 4;

/**
 * A browser's title bar copied with the page: "Headline - Section - example.com"; or a site's banner
 * with its domain among its parts: "Office of the Secretary - www.example.gov - Media Advisory".
 */
const TITLE_BAR = /\s[-–—|·•:]\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:\s+[-–—|·•]\s+[^.!?]{2,40})?\s*$/iu;

export interface HeadlineChoice {
  /** Index of the headline line, or -1 when no line is content. */
  index: number;
  /** Lines above the headline that are content by the junk rules, with the reason they are not the headline. */
  above: Map<number, string>;
}

/** Comparable form of a line (case, quotes and punctuation aside). */
export function lineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[‘’'“”"«»„]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A line closed by a full stop (past closing quotes and brackets): a sentence, no title. */
const FULL_STOP_END = /\.["”’»)]*$/u;

const words = (key: string): number => (key ? key.split(' ').length : 0);

/**
 * The page prints this line again further down (its <title> then its <h1>, maybe in capitals, cut
 * in two lines, or with a photo credit run on): the whole line, or a long start of it.
 */
function repeatedLater(key: string, laterKeys: string[]): boolean {
  if (words(key) < 3) return false;
  // The very next line the same is a figure's alternative text and caption, or a name printed in
  // two lengths, not the title printed twice: the page's <h1> comes after some of its header.
  return laterKeys.slice(1).some((k) => k === key || (words(key) >= 6 && k.startsWith(`${key} `)) || (words(k) >= 6 && key.startsWith(`${k} `)));
}

/**
 * `isContent(i)`: the line is content by the junk rules and the user's patterns; `isTurn(i)`: it
 * opens a transcript's turn (the story itself). `language` picks the stopword list the features use.
 */
export function findHeadline(lines: string[], isContent: (i: number) => boolean, language: string, isTurn: (i: number) => boolean = () => false): HeadlineChoice {
  const above = new Map<number, string>();
  const stopwords = stopwordsOf(language);
  const first = lines.findIndex((_, i) => isContent(i));
  if (first < 0) return { index: -1, above };
  // The page's top: content lines down to the story's first prose paragraph.
  const candidates: number[] = [];
  const chrome = new Map<number, string>();
  let prose = -1;
  for (let i = first; i < lines.length && i < first + TOP_LINES; i++) {
    if (!isContent(i)) continue;
    const line = lines[i]!;
    const f = lineFeatures(line, stopwords);
    const byShape = chromeReason(line, language);
    const reason = (byShape && CHROME_FOR_TITLES.has(byShape) ? byShape : null) ?? (isDateOnly(line) || isBareDate(line, stopwords) || isDateField(line, stopwords) || isPlacedDate(line, stopwords) ? 'date' : null) ?? (isFormField(line) || (i + 1 < lines.length && isFormPrompt(line, lines.slice(i + 1, i + 4))) ? 'search form' : null) ?? (refersToPage(line, language) ? 'about the page' : null) ?? (f.words.length > MAX_TITLE_WORDS && !f.sentence ? 'run of headlines or links' : null);
    if (reason) {
      chrome.set(i, reason);
      continue;
    }
    // The story starts at its first paragraph of prose, or at a transcript's first turn.
    if ((f.chars >= PROSE_CHARS && f.sentence && f.stopwordDensity >= PROSE_STOPWORDS) || isTurn(i)) {
      prose = i;
      break;
    }
    candidates.push(i);
  }
  const pick = (index: number): HeadlineChoice => {
    for (const [i, reason] of chrome) if (i < index) above.set(i, reason);
    for (const i of candidates) if (i < index && !above.has(i)) above.set(i, 'page header above the headline');
    return { index, above };
  };
  if (candidates.length === 0) {
    // No title above the story: its first line (or the first line at all) is the headline, as before.
    // (A teaser of one paragraph under a date has nothing else to be read: its first line stays the headline.)
    const more = prose >= 0 && lines.some((_, i) => i > prose && isContent(i) && chromeReason(lines[i]!, language) === null);
    return more ? pick(prose) : { index: first, above };
  }
  // The line the page prints twice is its title.
  const keys = lines.map(lineKey);
  // Printed twice above the story, that is: a site's name or menu label comes back in its footer.
  const top = prose >= 0 ? prose : first + TOP_LINES;
  // (Not a line closed by a full stop: a title has none, and a sentence said again is a refrain or a
  // pull quote, "The meeting was adjourned." thirty times in a row.)
  const repeated = candidates.find((i) => words(keys[i]!) >= MIN_TITLE_WORDS && !FULL_STOP_END.test(lines[i]!.trim()) && repeatedLater(keys[i]!, keys.slice(i + 1, top)));
  if (repeated !== undefined) return pick(repeated);
  // The site's name or a kicker on the very first line, the story's title under it.
  // (The title may be long enough to pass for the story's first paragraph: it has no closing stop.)
  const tops = prose >= 0 && !isTurn(prose) ? [...candidates, prose] : candidates;
  const underMasthead = titleUnderMasthead(tops.map((i) => lines[i]!), stopwords, language === 'de');
  if (candidates[0] === first && underMasthead > 0) {
    for (let c = 0; c < underMasthead; c++) above.set(tops[c]!, labelReason(lines[tops[c]!]!, stopwords) ?? (c === 0 ? 'site name or kicker above the headline' : 'page header above the headline'));
    return pick(tops[underMasthead]!);
  }
  // A kicker or a site's name over a quoted title ("Sport" / "Stimmen vom Samstag: „…“"), maybe with
  // a byline's name between them, the title maybe long enough to pass for the story's first paragraph.
  const quoted = tops.findIndex((i, c) => c > 0 && c <= 2 && isKickerOverQuote(lines[tops[0]!]!, lines[i]!) && tops.slice(1, c).every((j) => BYLINE_NAME.test(lines[j]!.trim())));
  if (quoted > 0) {
    above.set(tops[0]!, 'kicker above a quoted title');
    return pick(tops[quoted]!);
  }
  // A label gives way only to a title: a longer line of some words under it (a listing page's
  // "Presse" over the issuer's name "Europäische Kommission" is the page's own title).
  const labels = candidates.map((i, c): string | null => {
    const next = candidates[c + 1];
    const reason = labelReason(lines[i]!, stopwords) ?? (next !== undefined && isKickerOverQuote(lines[i]!, lines[next]!) ? 'kicker above a quoted title' : null);
    if (!reason || next === undefined) return null;
    const nextWords = words(keys[next]!);
    // A title has no closing full stop; a line with one is the story's first sentence.
    const title = nextWords >= MIN_TITLE_WORDS && !FULL_STOP_END.test(lines[next]!.trim());
    return title && (reason === 'page title bar' || nextWords > words(keys[i]!)) ? reason : null;
  });
  // A section's label stands between the site's header (its name, its banner) and the story's
  // title: the title is the line under the label, whatever title-like lines the header has. Only
  // on a page copied from its very top (chrome on its first line): a text that opens on a
  // title-like line opens on its title (the page's <title>, or the headline pasted first).
  const section = labels.findIndex((r) => r === 'section label above the headline');
  if (section > 0 && candidates[0] !== first) {
    for (let c = 0; c <= section; c++) above.set(candidates[c]!, c === section ? labels[c]! : 'page header above the headline');
    return pick(candidates[section + 1]!);
  }
  // A site's banner closed by a stop and its call to a page ("The Review welcomes its new editor." /
  // "Find out more."), a breadcrumb's item ("2. Regional"), a label: the page's header. When only
  // such lines stand above the first title-like line (some words, no closing stop), that is the title.
  const header = candidates.map((i, c) => labels[c] !== null || labelReason(lines[i]!, stopwords) !== null || isCallToPage(lines[i]!) || isBreadcrumbItem(lines[i]!) || (FULL_STOP_END.test(lines[i]!.trim()) && c + 1 < candidates.length && isCallToPage(lines[candidates[c + 1]!]!)));
  const title = candidates.findIndex((i, c) => !header[c] && words(keys[i]!) >= MIN_TITLE_WORDS && !FULL_STOP_END.test(lines[i]!.trim()));
  // On a page copied from its top (chrome-shaped first line), a line of a few words under the chrome
  // is the header's too: a programme's or a site's name ("Evening Desk").
  // So is a short first line with the site's menus under it (a ticker of other headlines, a
  // breadcrumb, links) before the title: a title pasted first has the story under it, not menus.
  const menusUnder = title > 0 && [...chrome].some(([i, reason]) => i > first && i < candidates[title]! && NAVIGATION.has(reason));
  const fromTop = header[0] === true || candidates[0] !== first || menusUnder;
  if (title > 0 && candidates.slice(0, title).every((i, c) => header[c] || (fromTop && words(keys[i]!) < MIN_TITLE_WORDS))) {
    for (let c = 0; c < title; c++) above.set(candidates[c]!, labels[c] ?? labelReason(lines[candidates[c]!]!, stopwords) ?? 'page header above the headline');
    return pick(candidates[title]!);
  }
  // Nothing but a site's labels above the story (a lone "Breaking News", "Search This Blog"): no
  // title was copied, and the story's first line is the headline, as when nothing stands above it.
  // (A label naming the document, "Press Briefing" over a transcript, stays its title.)
  const labelled = candidates.map((i) => labelReason(lines[i]!, stopwords));
  if (prose >= 0 && labelled.every((r, c) => (r === 'section label above the headline' || r === 'interface') && onlyLabelWords(lines[candidates[c]!]!, stopwords))) {
    candidates.forEach((i, c) => above.set(i, labelled[c]!));
    return pick(prose);
  }
  // Else the first line, past labels that only stand above a title.
  for (let c = 0; c < candidates.length; c++) {
    if (!labels[c]) return pick(candidates[c]!);
    above.set(candidates[c]!, labels[c]!);
  }
  return pick(candidates[0]!);
}

const SUBSCRIBE_CALL = /^(?:s['’]abonner|abonnez-vous|abonne-toi|subscribe|abonnieren\s+sie|jetzt\s+abonnieren)(?![\p{L}])/iu;

/**
 * Why a title-shaped line at the top is a label standing above the headline, or null: the browser's
 * title bar; a short line of section or genre
 * words ("Dernières nouvelles", "Press Releases", "L'info c'est ici"); a link's words ("View More In
 * This Section": most of its words, stopwords aside, are interface words).
 */
function labelReason(line: string, stopwords: Set<string>): string | null {
  if (TITLE_BAR.test(line)) return 'page title bar';
  if (isNavigationLink(line)) return 'interface';
  const f = lineFeatures(line, stopwords);
  // Elided articles apart ("l'info" → "info"), as the vocabulary lists bare words.
  const bare = f.words.map((w) => w.replace(/^\p{L}{1,2}'/u, ''));
  if (f.sentence) return null;
  // A product's name written in one word ("NewsFocus", "InfoDienst") splits at its inner capitals.
  const parts = f.words.length === 1 ? line.trim().replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/\s+/) : bare;
  if (f.words.length <= MAX_LABEL_WORDS && parts.some((w) => SECTION_WORDS.has(w))) return 'section label above the headline';
  const content = f.words.filter((w) => !stopwords.has(w));
  const ui = content.filter((w) => UI_WORD(w)).length / Math.max(1, content.length);
  if (content.length >= 2 && ui > 0.5) return 'interface';
  // "S'abonner au mag", "Abonnez-vous au journal": a call to subscribe, a button's or a link's words.
  if (f.words.length <= 5 && SUBSCRIBE_CALL.test(line.trim())) return 'interface';
  // A button's verb, then a few capitalised words, as a link or a box prints its label: "View More
  // In This Section", "Search The Valley Echo" (a site's search box and its name). A title that opens
  // on such a word goes on in lowercase ("Share prices fall as …").
  const raw = line.trim().split(/\s+/);
  if (raw.length >= 3 && raw.length <= 6 && UI_WORD(f.words[0]!) && raw.every((w) => /^\p{Lu}/u.test(w))) return 'interface';
  // The kind of document and its date, no topic: "Presseerklaerung vom 19. Dezember 2007",
  // "Communiqué du 3 mars 2024". The release's title stands under it.
  const left = isDateLine(line, f, stopwords) ? wordsBesideDate(line) : null;
  if (left && namesOnlyDocument(left, stopwords)) return 'document label';
  // The kind of document alone ("News Release", "Transcript"): a label above a title, the title of
  // what follows when no title does (a transcript's turns).
  if (f.words.length <= MAX_LABEL_WORDS && namesOnlyDocument(f.words, stopwords)) return 'document label';
  return null;
}

/** A byline's name on its own line: two or three capitalised words ("Jonas Brenner"). */
const BYLINE_NAME = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}.-]*){1,2}$/u;

/**
 * German pages print a kicker (Dachzeile) of one or two words over a title that is a quotation:
 * "Landtag" / "„Wir wollen eine Bürgerregierung sein“", "Regierungserklärung" / "„Gemeinsam
 * Verantwortung übernehmen“". The quotation is the title; the kicker is its topic label.
 */
function isKickerOverQuote(line: string, next: string): boolean {
  const kicker = line.trim();
  const title = next.trim();
  // (The title may name its subject before the quotation: "Stimmen vom Samstag: „…“" under "Sport".)
  // (The kicker may join its two words by a particle: "Castors de Valbourg", "Union de Montfort".)
  return /^\p{Lu}[\p{L}-]*(?:\s(?:(?:de|du|des|d['’]|von|of)\s?)?\p{Lu}[\p{L}-]*)?$/u.test(kicker) && (/^[„"“»«][^„"“”»«]{3,}[“"”«»]$/u.test(title) || QUOTED_TITLE.test(title)) && words(lineKey(title)) >= MIN_TITLE_WORDS;
}

/**
 * A link's call to another page, on a line of its own: "Find out more.", "Read more", "Learn more",
 * "Mehr erfahren", "En savoir plus". A few words ending on the word for "more", or opening on it.
 */
function isCallToPage(line: string): boolean {
  const t = line.trim().replace(/[.!…»›>]+$/u, '').trim();
  const n = t.split(/\s+/).length;
  return n <= 4 && /(?:^|\s)(?:more|plus)$|^mehr(?:\s|$)/iu.test(t);
}

/** One item of a breadcrumb copied as a numbered list ("1. Home", "2. Regional"): a number and a word or two. */
function isBreadcrumbItem(line: string): boolean {
  return /^\d{1,2}\.\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+)?$/u.test(line.trim());
}

/**
 * The line is a section's or an interface's words, with one short word at most besides ("Breaking
 * News", "Search This Blog"): it names no story. ("A Very Long Story" names one.)
 */
function onlyLabelWords(line: string, stopwords: Set<string>): boolean {
  const all = lineFeatures(line, stopwords).words;
  const others = all.filter((w) => !SECTION_WORDS.has(w) && !UI_WORD(w));
  return others.length < all.length && others.length <= 1 && others.every((w) => stopwords.has(w));
}

/**
 * A place and a date, a release's dateline on its own line: "Talheim, 04.12.2026", "Valmont, le 3
 * mars 2024". One or two capitalised words, a comma, then nothing but a date.
 */
function isPlacedDate(line: string, stopwords: Set<string>): boolean {
  const m = /^\p{Lu}[\p{L}.-]*(?:[\s-]\p{Lu}[\p{L}.-]*)?\s*,\s*(\S.*)$/u.exec(line.trim());
  return m !== null && isBareDate(m[1]!, stopwords);
}

/** A form's field label and its format hint: "First Day of Range: (mm/dd/yyyy)", "Datum (TT.MM.JJJJ):". */
const FORM_HINT = /\((?:[a-zA-Z]{1,4}[/.-]){1,3}[a-zA-Z]{1,4}\)/u;
function isFormField(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && FORM_HINT.test(t) && /:/.test(t) && t.replace(FORM_HINT, '').replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/).length <= 6;
}

/** A short question right above a form's fields ("Need Anything Else?"): the form's prompt, the page's interface. */
function isFormPrompt(line: string, next: string[]): boolean {
  const t = line.trim();
  return /\?$/u.test(t) && t.split(/\s+/).length <= 8 && next.some(isFormField);
}

/** A trail of sections ("Dossiers > Budget municipal"): where the page sits, not what it says. */
const TRAIL = /\s[>›»/|]\s/u;

/**
 * A site's name or a kicker, as a page prints it above the title: a word or two ("Hallenbad",
 * "Newsblog"), or a name of capitalised words and a few stopwords ("Le Courrier de Valmont", "VALMONT
 * MATIN"), no sentence. A short headline says something with a
 * verb or a lowercase word ("Valmont vote son budget").
 */
function isMastheadOrKicker(line: string, stopwords: Set<string>, capitalNouns: boolean): boolean {
  // (An edition in brackets after the name, "Nice-Matin (Cannes)", is the name's: read without them.)
  const t = line.trim().replace(/\s+\((\p{Lu}[\p{L}'’ -]{1,30})\)$/u, ' $1');
  if (/[.!?:;,]["”’»)]*$/u.test(t) || /\d{3,}/u.test(t.replace(/^\S+\s*/u, ''))) return false;
  const raw = t.split(/\s+/);
  // In German every noun is capitalised, and a title of one noun over its subtitle ("Gipfelstürmer" /
  // "Wie ein Talheimer den Berg bezwang") has the shape of a kicker over a title: capitals there tell
  // a name from a title only in a line written wholly in them ("TALHEIMER BOTE").
  // (Nor does a brand's word with a capital inside it, "MagentaSport": no German noun is spelled so.)
  if (capitalNouns) return (raw.length <= 6 && t === t.toUpperCase() && /\p{Lu}{2}/u.test(t)) || (raw.length <= 2 && raw.some((w) => /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(w)));
  // A name of a word or two, each capitalised ("Newsblog", "Region Talheim"): a two-word title has
  // its verb or participle in lowercase ("Haushalt beschlossen").
  if (raw.length <= 2 && raw.every((w) => /^[\p{Lu}\d]/u.test(w))) return true;
  // Longer, a name opens on its article, as a paper's does ("Le Courrier de Valmont", "The Valley
  // Echo"); a title in capitals opens on its subject ("Quay Opens Late").
  const stop = (w: string) => stopwords.has(w.toLowerCase().replace(/^\p{L}{1,2}['’]/u, ''));
  const content = raw.filter((w) => !stop(w));
  const capital = (w: string) => /^[\p{Lu}\d]/u.test(w);
  return raw.length <= 6 && stop(raw[0]!) && capital(raw[0]!) && content.length >= 1 && content.length <= 3 && content.every(capital);
}

/**
 * Index (among the top's candidate lines) of the title under a site's name or kicker on the first
 * line, or -1: the first line is masthead-shaped, a line or two more such lines, labels or a trail
 * of sections stand under it, and then comes a title-like line (some words, more than the name's, no closing
 * stop).
 */
function titleUnderMasthead(top: string[], stopwords: Set<string>, capitalNouns: boolean): number {
  if (top.length < 2 || !isMastheadOrKicker(top[0]!, stopwords, capitalNouns)) return -1;
  const key0 = words(lineKey(top[0]!));
  for (let c = 1; c < Math.min(top.length, 4); c++) {
    const line = top[c]!;
    const n = words(lineKey(line));
    // A label or a link between them ("View More In This Section") is the header's too.
    if (labelReason(line, stopwords) !== null) continue;
    if (n >= MIN_TITLE_WORDS && n > key0 && !FULL_STOP_END.test(line.trim()) && !/[,;:]$/u.test(line.trim()) && !TRAIL.test(line)) return sharesMostWords(top[0]!, line, stopwords) ? -1 : c;
    if (!(isMastheadOrKicker(line, stopwords, capitalNouns) || TRAIL.test(line))) return -1;
  }
  return -1;
}

/**
 * Most of the first line's words come back in the title under it: it is the title said short (a
 * page's <title>, "The Mayor’s Address" over "“…” – The Mayor’s Address on the Budget"), not a site's name or a kicker, which name something
 * else. (A one-word kicker often is the title's topic word: it stays a kicker.)
 */
function sharesMostWords(line: string, title: string, stopwords: Set<string>): boolean {
  const own = lineKey(line).split(' ').filter((w) => w && !stopwords.has(w));
  if (own.length < 2) return false;
  const theirs = new Set(lineKey(title).split(' '));
  return own.filter((w) => theirs.has(w)).length * 2 > own.length;
}
