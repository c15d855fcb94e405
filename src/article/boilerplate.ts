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
//      direction); an archive's banner speaking to the reader, however long; a release's
//      distribution header ("For Immediate Release", "For News Editors:", "Sperrfrist: …"); a reading
//      time; a consent notice on personal data spoken to the reader; an embedded social post's
//      signed line (and, by context, its lines above that repeat the story's quotation). (These shapes of one line are
//      in boilerplate-shapes.ts.)
//    - soft bad: a notice about the page itself ("This page was last edited …", "Dieser Artikel
//      …"): bad as context, but kept when good text stands on both sides of it;
//    - short: under 70 characters. A short line that is a complete sentence with stopwords is
//      near-good instead: news copy has one-sentence paragraphs ("“No,” she said.") that jusText,
//      written for whole pages, would otherwise leave to its neighbours; unless it speaks to the
//      reader ("Please …", "Bitte …", "Veuillez …"), as notices and prompts do;
//    - good: stopword density ≥ 0.32 and over 200 characters; near-good: density ≥ 0.30; else bad.
//    Stopwords per language come from stopwords-iso.
//    A line ending in a colon that is followed by chrome introduces a player or a download: bad.
//    A numbered list ("1. …", "2. …") with one good item is the story's, every item of it; so is
//    an advisory's block of "Who: / What: / When: / Where:" lines.
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
import { addressesReader, isClosingSectionHeading, isFactField, lineFeatures, opensComments, opensWithDateline, refersToPage, type LineFeatures } from './boilerplate-features.ts';
import { ARCHIVED, badReason, CONSENT, EMBED_SIGNATURE, PERSONAL_DATA, READER_EMAIL, UNSUBSCRIBE } from './boilerplate-shapes.ts';
import { stopwordsOf } from './language.ts';

const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.32;
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

/** Why a line is page chrome by itself (whatever its neighbours), or null: the first test of `classifyLines`. */
export function chromeReason(line: string, language: string): string | null {
  const stopwords = stopwordsOf(language);
  return badReason(line, lineFeatures(line, stopwords), stopwords);
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
  // A consent notice on personal data, spoken to the reader, however long ("En cliquant sur
  // « Publier », vous acceptez que les données personnelles de votre compte … soient utilisées …"):
  // a comment box's or a cookie banner's terms. It may quote its button, so quotes do not excuse it.
  if (f.words.length <= 80 && PERSONAL_DATA.test(line) && CONSENT.test(line) && addressesReader(line, language, true)) return { cls: 'bad', reason: 'privacy notice' };
  // (A newsletter box's terms likewise: "… utilise votre adresse e-mail afin de vous envoyer la
  // newsletter … Vous pouvez vous désinscrire à tout moment …".)
  if (f.words.length <= 80 && READER_EMAIL.test(line) && UNSUBSCRIBE.test(line)) return { cls: 'bad', reason: 'privacy notice' };
  if (f.chars < LENGTH_LOW) {
    // A short sentence that speaks to the reader ("Bitte keine Änderungen vornehmen.") is left to
    // its neighbours like any short line, not kept as a one-sentence paragraph of the story.
    const sentence = f.sentence && f.words.length >= 2 && f.stopwordDensity > 0 && !addressesReader(line, language);
    return { cls: sentence ? 'neargood' : 'short', reason: null };
  }
  // So is a one-sentence line under LENGTH_HIGH that speaks to the reader: a site's tagline ("Une
  // nouvelle de Wikinews, la source d'informations que vous pouvez écrire.") runs past LENGTH_LOW in
  // the wordier languages. Inside the story its neighbours keep it; the opening line stays a standfirst.
  // (Of two sentences, the first must speak to the reader too: "Your email address will not be
  // published. Required fields …" does; a story's "The office gets top billing today. If anything
  // comes of it, you'll read about it here." is the story's.)
  if (f.chars < LENGTH_HIGH && !/[.!?…].*[.!?…]/u.test(line.slice(0, -1)) && addressesReader(firstSentence(line), language)) return { cls: 'short', reason: null };
  if (f.stopwordDensity >= STOPWORDS_HIGH) return { cls: f.chars > LENGTH_HIGH ? 'good' : 'neargood', reason: null };
  if (f.stopwordDensity >= STOPWORDS_LOW) return { cls: 'neargood', reason: null };
  // A long sentence with few stopwords is still prose in news copy (names, figures); jusText
  // would call it bad on a whole page, here it waits for its neighbours.
  if (f.sentence) return { cls: 'neargood', reason: null };
  // A list of names or figures ("Sprecher: StS Seibert, Flosdorff (BMAS), …", a row of results) is
  // chrome before or after a story but the story's own inside it: soft, as a notice about the page.
  return { cls: 'bad', reason: 'low stopword density', soft: true };
}

/** The line up to its first sentence boundary (a stop, then a capital), or the whole line. */
function firstSentence(line: string): string {
  const m = /[.!?…]["”’»)]*\s+(?=["“„«(]?\p{Lu})/u.exec(line);
  return m ? line.slice(0, m.index + 1) : line;
}

/**
 * Runs of numbered items, "1. …", "2. …", "3. …" on consecutive lines: one list. A list with one
 * good item is the story's (a cabinet report's telegraphic points: names, figures, slashes, few
 * stopwords); the others are its items too, unless chrome by themselves. Returns the runs' indexes.
 */
const ITEM_NUMBER = /^(\d{1,2})[.)]\s+\S/u;
function numberedRuns(lines: LineInput[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  lines.forEach((l, i) => {
    const m = ITEM_NUMBER.exec(l.text.trim());
    const n = m ? Number(m[1]) : -1;
    const prev = run.length ? Number(ITEM_NUMBER.exec(lines[run[run.length - 1]!]!.text.trim())![1]) : -1;
    if (n >= 0 && run.length && n === prev + 1 && run[run.length - 1] === i - 1) run.push(i);
    else {
      if (run.length >= 2) runs.push(run);
      run = n >= 0 ? [i] : [];
    }
  });
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * A media advisory's fact block: "Who: …", "What: …", "When: …", "Where: …" ("Wer/Was/Wann/Wo",
 * "Qui/Quoi/Quand/Où"). Three keys or more within a few lines are the advisory's substance, not
 * header metadata, even when a value is a date or a telephone number. Returns the keyed lines.
 */
function factBlock(lines: LineInput[]): number[] {
  const keyed = lines.flatMap((l, i) => (isFactField(l.text) ? [i] : []));
  const key = (i: number) => lines[i]!.text.trim().split(/\s?:/)[0]!.toLowerCase();
  return keyed.filter((i) => new Set(keyed.filter((j) => Math.abs(j - i) <= 4).map(key)).size >= 3);
}

/**
 * The lines of an embedded post above its signature ("Refuser l’autorité, voilà le mal de la
 * société." / "Mes pensées … à #Alès." / "… — Name (@handle) September 15, 2020"): up to three short
 * lines that repeat words the story already quoted (hashtags aside). The story's own lines say new things.
 * The line right above the signature that ends on the post's short link ("… https://t.co/x1") is the
 * post's text whatever it says: no sentence of the story ends on a bare link.
 */
const POST_LINK_TAIL = /\s(?:https?:\/\/t\.co\/\w+|pic\.twitter\.com\/\w+)\s*$/u;
const comparable = (t: string): string => t.toLowerCase().replace(/#/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
function embeddedPostLines(lines: LineInput[], first: FirstClass[]): number[] {
  const out: number[] = [];
  first.forEach((c, i) => {
    if (c.reason !== 'embedded post') return;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const own = comparable(lines[j]!.text);
      if (lines[j]!.protect || lines[j]!.text.length > 280 || own.length < 20) break;
      if (!lines.slice(0, j).some((l) => comparable(l.text).includes(own))) break;
      out.push(j);
    }
  });
  return out;
}

/**
 * The post's text ending on its short link and its signature under it: the story's paragraphs around
 * them are judged by each other, as if the post were not there (it is no chrome of the story's page).
 */
function linkedPostLines(lines: LineInput[], first: FirstClass[]): number[] {
  return first.flatMap((c, i) => {
    // (A signature may already be dropped as a date line before it is read as a post's.)
    if ((c.reason !== 'embedded post' && !EMBED_SIGNATURE.test(lines[i]!.text)) || i === 0) return [];
    const text = lines[i - 1]!;
    return !text.protect && text.text.length <= 400 && POST_LINK_TAIL.test(text.text) ? [i - 1, i] : [];
  });
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
  for (const run of numberedRuns(lines)) {
    if (!run.some((i) => first[i]!.cls === 'good')) continue;
    for (const i of run) if (first[i]!.cls !== 'neutral' && !(first[i]!.cls === 'bad' && !first[i]!.soft)) first[i] = { cls: 'good', reason: null };
  }
  for (const i of factBlock(lines)) if (first[i]!.cls !== 'neutral') first[i] = { cls: 'good', reason: null };
  for (const i of embeddedPostLines(lines, first)) first[i] = { cls: 'bad', reason: 'embedded post' };
  for (const i of linkedPostLines(lines, first)) first[i] = { cls: 'neutral', reason: 'embedded post' };
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
    // A short closing line that quotes someone after the story ("Lenz zeigte sich zufrieden: „Endlich
    // bewegt sich etwas.“") is the story's last word, whatever follows it.
    else if (prev === 'good' && reportsQuotation(lines[i]!.text)) revised[i] = 'good';
    // Above the story, a title that is someone's words after its subject and a colon ("Augenzeuge:
    // „Es ist schrecklich“", "Stimmen vom Samstag: „Es war ein geiles Spiel“") is the headline, not
    // a link or a label: chrome has no quotation closing the line.
    else if ((firstGood < 0 || i < firstGood) && QUOTED_TITLE.test(lines[i]!.text.trim())) revised[i] = 'good';
    else if (prev === 'bad' && next === 'bad') revised[i] = 'bad';
    else if ((prev === 'bad' && neighbour(classes, i, -1, false) === 'neargood') || (next === 'bad' && neighbour(classes, i, 1, false) === 'neargood')) revised[i] = 'good';
    else revised[i] = 'bad';
  });
  // A lone chrome line right after good text (a sign-up box inside the story) followed by near-good
  // lines, one of which is a sentence quoting someone: those lines are the story's last paragraphs,
  // though chrome and the end of the text stand around them. A footer's link titles end in no stop.
  const afterWidget = new Set<number>();
  revised.forEach((c, i) => {
    if (c !== 'bad' || first[i]!.cls !== 'bad' || neighbour(revised, i, -1, true) !== 'good') return;
    const run: number[] = [];
    for (let j = i + 1; j < revised.length && (revised[j] === 'neargood' || revised[j] === 'neutral'); j++) if (revised[j] === 'neargood') run.push(j);
    if (run.some((j) => reportsQuotation(lines[j]!.text) && /[.!?][”"’]?$/u.test(lines[j]!.text.trim()))) run.forEach((j) => afterWidget.add(j));
  });
  // Near-good lines are bad only between bad ones.
  revised.forEach((c, i) => {
    if (c !== 'neargood') return;
    const both = neighbour(revised, i, -1, true) === 'bad' && neighbour(revised, i, 1, true) === 'bad';
    revised[i] = both && !afterWidget.has(i) ? 'bad' : 'good';
  });
  // Soft chrome (a notice about the page) inside the story is the story's.
  revised.forEach((c, i) => {
    if (first[i]!.soft && neighbour(revised, i, -1, true) === 'good' && neighbour(revised, i, 1, true) === 'good') revised[i] = 'good';
  });

  const reasons: (string | null)[] = revised.map((c, i) => {
    if (c === 'neutral') return first[i]!.reason;
    if (c !== 'bad') return null;
    if (first[i]!.reason) return first[i]!.reason;
    // (A lead opened by its dateline is the story's start, whatever chrome stands around it.)
    if (first[i]!.cls === 'neargood' && features[i]!.words.length >= 10 && opensWithDateline(lines[i]!.text)) return null;
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
  // The readers' comments run to the end of the page (boilerplate-features.ts).
  const comments = lines.findIndex((l, i) => i > 0 && !l.protect && opensComments(l.text) && lines.slice(0, i).some((_, k) => prose(k)));
  if (comments > 0) for (let j = comments; j < lines.length; j++) if (!lines[j]!.protect) reasons[j] ??= 'comments';
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

/** A title of a subject, a colon and a quotation closing the line: "X: „…“", "Y: "…"". */
export const QUOTED_TITLE = /^[^„“”"«»:]{3,80}:\s*[„“"«»][^„“”"«»]{3,}[“”"«»]$/u;

/**
 * A line of narration around a whole quotation: a few words of the narrator's (a lead-in or an
 * attribution) and a closed quotation of some words. A pull quote alone has no narrator's words.
 */
function reportsQuotation(text: string): boolean {
  const m = /[„“"«»‹›]([^„“”"«»]{12,})[“”"«»‹›]/u.exec(text);
  if (!m) return false;
  const outside = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).trim();
  return outside.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 2;
}

