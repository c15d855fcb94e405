// Photo captions and header labels that plain text gives the shape of a heading or a standfirst.
// A copied page loses the markup that told a figure's caption from a section heading; what is left
// is the line's shape and where it stands. All rules here are by shape and position, never by site.
import { EDIT_LINK } from './boilerplate-features.ts';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** "[Bearbeiten]" opening the line under a heading: a wiki's edit link copied after its heading. */
const EDIT_LINK_LEAD = /^\s*\[\s*(?:edit|bearbeiten|quelltext bearbeiten|modifier|modifier le code|editar|modifica|edit source)\s*\]/i;

/**
 * A picture's description ends on where it was taken: "… in Ottawa", "… auf dem Münchner
 * Oktoberfest", "… à Dakar". A preposition of place, an optional article, then a capitalised name.
 */
const PLACE_TAIL =
  /\s(?:in|at|on|near|auf|im|am|vor|bei|à|au|aux|en|près de|devant|sur)\s+(?:(?:the|dem|der|den|des|la|le|les|l’|l')\s*)?(?:\p{Lu}[\p{L}.’'-]*\s*){1,3}$/u;

/** True when the line is all capitals (a typeset heading: "EINLEITUNG – WIND IN UNSEREN SEGELN"). */
const shouting = (line: string): boolean => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * Describes a picture by shape: it ends on the place it was taken. An apposition ("X – what it
 * stands for") is how captions run too, but also how headings do ("Valley School – the speech that
 * moved the council"), so it decides nothing alone.
 */
export function describesPicture(line: string): boolean {
  return !shouting(line) && words(line).length >= 4 && PLACE_TAIL.test(line);
}

/**
 * Which heading-shaped body lines are figure captions, not section headings. `lines` are the
 * story's kept paragraphs in order, `heading[i]` says which ones the parser would make headings,
 * `page` is every line of the page (dropped ones too).
 *
 * - A wiki page marks its section headings with an edit link ("Quellen[Bearbeiten]"); on such a
 *   page a heading-shaped line without one is no section of the wiki's: a figure's caption.
 * - Elsewhere a caption is the one heading-like line in the middle of a story (a story with several
 *   sections has several headings of like shape), and it ends on where its picture was taken.
 *   A heading with nothing before it, or one of several, stays a heading.
 * - A person's name alone over a paragraph about that person is who the picture shows (namesWhoIsShown).
 */
export function captionHeadings(lines: string[], heading: boolean[], page: string[]): Set<number> {
  const out = new Set<number>();
  const headed = heading.flatMap((h, i) => (h ? [i] : []));
  if (headed.length === 0) return out;
  const editLinked = (i: number): boolean => EDIT_LINK.test(lines[i]!) || EDIT_LINK_LEAD.test(lines[i + 1] ?? '');
  const wiki = page.some((l, i) => (EDIT_LINK.test(l) && words(l.replace(EDIT_LINK, '')).length > 0) || (i > 0 && EDIT_LINK_LEAD.test(l)));
  for (const i of headed) {
    if (i === 0 || i === lines.length - 1) continue;
    if (wiki && !editLinked(i) && !shouting(lines[i]!)) out.add(i);
    else if (headed.length === 1 && describesPicture(lines[i]!)) out.add(i);
    else if (namesWhoIsShown(lines[i]!, lines[i + 1]!)) out.add(i);
  }
  return out;
}

/**
 * A person's name alone ("Dara Quill") over a paragraph that speaks of that person by an honorific
 * and the surname ("Ms Quill said …"): a picture's caption saying who is shown, not a section of the story.
 */
function namesWhoIsShown(line: string, next: string): boolean {
  const m = /^(?:\p{Lu}[\p{Ll}'’.-]+\s+){1,2}(\p{Lu}[\p{Ll}'’-]+)$/u.exec(line.trim());
  // (By an honorific, "Ms Quill": a company's name over its boilerplate, "About Northwind Energy", has none.)
  return m !== null && new RegExp(`(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+${m[1]!}(?![\\p{L}])`, 'u').test(next);
}

/**
 * A masthead of labels: "Département de l’information • Service des informations • New York". Three
 * or more short parts joined by spaced bullets or bars, no closing stop: a page's header, never a
 * standfirst (a standfirst is a sentence) nor a paragraph. A list's own bullet opens its line instead.
 */
export function isLabelRow(line: string): boolean {
  const t = line.trim();
  if (/[.!?…:]$/.test(t)) return false;
  const parts = t.split(/\s+[•·|]\s+/);
  return parts.length >= 3 && parts.every((p) => words(p).length >= 1 && words(p).length <= 8 && !/^[•·|]/.test(p));
}

/**
 * A caption that ends with its photo credit after a slash: "… lors de la cérémonie / DR",
 * "… in Kyiv / AFP". A sentence does not end on " / " and a capitalised tag; a heading like
 * "Israel / Gaza" is short, so only a line of some length before the slash counts.
 */
export function hasSlashCredit(line: string): boolean {
  const m = /^(.*\S)\s+\/\s*((?:[\p{Lu}][\p{L}.&’'-]*)(?:\s+[\p{Lu}&][\p{L}.&’'-]*){0,2})\s*$/u.exec(line.trim());
  if (m !== null && words(m[1]!).length >= 4 && m[2]!.length <= 30) return true;
  // "… devant la mairie. | ARCHIVES LE COURRIER DE VALBOURG": a pipe and a credit all in capitals (a regional
  // paper's picture from its archives); a sentence never ends on a pipe and a capitals-only tag.
  const piped = /^(.*\S)\s+\|\s*([\p{Lu}][\p{Lu}\s.&’'-]{2,40})$/u.exec(line.trim());
  return piped !== null && words(piped[1]!).length >= 4 && !/\p{Ll}/u.test(piped[2]!);
}

/** A link's title is as long as a headline. */
const MIN_LINK_WORDS = 4;

/**
 * Which title-shaped lines in the middle of a story are links to other stories, as a page sets them
 * between its paragraphs ("3 officers wounded in shooting", "Terror outside the window"): `shaped[i]`
 * says which of the story's kept `lines` have a heading's shape. A run of two or more such lines of a
 * headline's length between paragraphs is a list of links (a section heading opens prose, not another
 * title). A lone one is left alone (a heading may name something the story's words do not) unless it
 * has a headline's own grammar (relatedTitle).
 */
export function storyLinks(lines: string[], shaped: boolean[], turn: (i: number) => boolean = () => false): Set<number> {
  const out = new Set<number>();
  const prose = (i: number) => i >= 0 && i < lines.length && !shaped[i];
  // A lone line in a headline's own grammar is another story's title (relatedTitle).
  for (let i = 1; i < lines.length - 1; i++) if (!turn(i) && prose(i - 1) && prose(i + 1) && !turn(i - 1) && relatedTitle(lines[i]!)) out.add(i);
  for (let i = 1; i < lines.length - 1; i++) {
    if (!shaped[i] || !prose(i - 1)) continue;
    let end = i;
    while (end + 1 < lines.length && shaped[end + 1]) end++;
    if (!prose(end + 1)) {
      i = end;
      continue;
    }
    // (Titles of a headline's length: a short line over another, "Bilanz" over "Die Zahlen des Jahres", is a kicker and its heading.)
    if (end > i && lines.slice(i, end + 1).every((l) => words(l).length >= MIN_LINK_WORDS)) {
      for (let k = i; k <= end; k++) out.add(k);
    }
    i = end;
  }
  return out;
}

/**
 * A headline's grammar, which no sentence or crosshead of the story has: no closing stop, and a
 * quotation and a colon before the title ("‘We will not back down’: Council rejects the levy") or the
 * source's present-tense attribution after a comma at its end ("…, mayor says", "…, engineers say").
 * A story's sentence ends on its stop; a crosshead is a short phrase.
 */
const QUOTE_COLON_TITLE = /^[‘'“"][^‘’'“”"]{3,120}[’'”"]:\s+\p{Lu}/u;
const SAYS_TAIL = /,\s+(?:[\p{L}'’-]+\s+){0,3}(?:says|say)$/u;
export function relatedTitle(line: string): boolean {
  const t = line.trim();
  if (/[.!?…:;,]$/u.test(t) || words(t).length < 6 || words(t).length > 30) return false;
  return QUOTE_COLON_TITLE.test(t) || SAYS_TAIL.test(t);
}
