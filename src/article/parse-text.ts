// Plain text → Article. Scraped articles put a header (headline, standfirst, repeated headline,
// caption, byline, date, player leftovers) before the story and credits after it; this module
// finds the headline, the dek, the story's sections and paragraphs, and keeps bylines, dates and
// credits aside (not spoken). Junk is recognised by shape (see junk.ts), never by site.
import { inputError } from '../errors.ts';
import type { Article, Dropped, Section } from '../model.ts';
import { classifyLines } from './boilerplate.ts';
import { overrideOf, type BoilerplateConfig } from './boilerplate-config.ts';
import { EDIT_LINK } from './boilerplate-features.ts';
import { captionHeadings, describesPicture, hasSlashCredit, isLabelRow, storyLinks } from './captions.ts';
import { cleanText } from './clean-text.ts';
import { looksLikeHeading } from './heading-shape.ts';
import { findHeadline, lineKey } from './headline.ts';
import { articleLanguage } from './language.ts';
import { ENDS_ASKING } from './interview-turns.ts';
import { findTurns, turnContinuations } from './turns.ts';
import { captionsAboveCredits, doubledLines, splitRepeats, type LineKind } from './figure-lines.ts';
import {
  bylineOf,
  bylinesUnderLabels,
  dateOf,
  isCaption,
  isCredit,
  isDateOnly,
  isDateStub,
  isEndMarker,
  isFurniture,
  isNameOnly,
  isReadOnLink,
  wireDatelineLength,
} from './junk.ts';
import { rejoinCutAttributions } from './split-quotes.ts';

/** One paragraph-sized line of the input after unwrapping. */
type Unit = { text: string };

type Kind = LineKind;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Blocks of consecutive non-empty lines. */
function blocks(lines: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Text copied from a web page has one paragraph per line; text from e-mail or a terminal is
 * hard-wrapped at a fixed width (72 or 80 columns; text taken out of a PDF, about 100). Wrapped text has no long lines, and most lines that continue a
 * block are close to the width. In wrapped text only lines near the width are joined to the next,
 * so short header lines (byline, date) stay on their own.
 */
function unwrap(parts: string[][]): Unit[] {
  const all = parts.flat();
  const width = Math.max(0, ...all.map((l) => l.length));
  const continuing = parts.flatMap((b) => b.slice(0, -1));
  const wrapped =
    width <= 120 && width >= 40 && continuing.length >= 2 && continuing.filter((l) => l.length >= 0.6 * width).length >= 0.6 * continuing.length;
  const units: Unit[] = [];
  for (const block of parts) {
    if (!wrapped) {
      for (const line of block) units.push({ text: line });
      continue;
    }
    let acc = '';
    for (const line of block) {
      acc = acc ? `${acc} ${line}` : line;
      if (line.length < 0.6 * width) {
        units.push({ text: acc });
        acc = '';
      }
    }
    if (acc) units.push({ text: acc });
  }
  return units;
}

const key = lineKey;

/**
 * The headline repeated with its kicker in front, the topic line pages print above a title
 * ("Summer press conference Calm in the face of …"): a few words, then the whole headline, no
 * closing stop. A sentence that ends with the headline's words is the story's.
 */
function isKickedHeadline(line: string, headlineKey: string): boolean {
  const k = key(line);
  if (headlineKey.split(' ').length < 3 || !k.endsWith(` ${headlineKey}`) || /[.!?…]$/.test(line.trim())) return false;
  return wordCount(k.slice(0, -headlineKey.length)) <= 6;
}

/** The headline with its date glued on, as a feed aggregator prints an item ("… to lead NOAA June 17, 2021"). */
function isDatedHeadline(line: string, headlineKey: string): boolean {
  const words = line.trim().split(/\s+/);
  for (let n = 1; n <= 5 && n < words.length; n++) {
    if (isDateOnly(words.slice(-n).join(' ')) && key(words.slice(0, -n).join(' ')) === headlineKey) return true;
  }
  return false;
}

function kindOf(line: string, headlineKey: string | null): Kind {
  return classify(line, headlineKey).kind;
}

/** The kind of a line by the junk rules alone, with the reason recorded when it is dropped. */
function classify(line: string, headlineKey: string | null): { kind: Kind; reason: string } {
  if (isEndMarker(line)) return { kind: 'end', reason: 'end marker' };
  if (!/[\p{L}\p{N}]/u.test(line)) return { kind: 'junk', reason: 'no words' };
  if (headlineKey !== null && (key(line) === headlineKey || isKickedHeadline(line, headlineKey) || isDatedHeadline(line, headlineKey))) return { kind: 'repeat', reason: 'repeated headline' };
  if (isCredit(line)) return { kind: 'credit', reason: 'credit' };
  if (isDateStub(line)) return { kind: 'date', reason: 'date' };
  if (isFurniture(line)) return { kind: 'junk', reason: 'furniture' };
  if (isCaption(line) || (hasSlashCredit(line) && wordCount(line) <= 40)) return { kind: 'junk', reason: 'caption' };
  if (isLabelRow(line)) return { kind: 'junk', reason: 'page header labels' };
  if (bylineOf(line) !== null) return { kind: 'byline', reason: 'byline' };
  return { kind: 'content', reason: '' };
}

export interface ParseOptions {
  /** The user's keep/drop patterns (config `boilerplate`). */
  boilerplate?: BoilerplateConfig;
  /** Language declared by the source; else detected, else `configuredLanguage`. */
  language?: string | null;
  configuredLanguage?: string;
}

export function parseText(text: string, source: string, options: ParseOptions = {}): Article {
  const units = rejoinCutAttributions(unwrap(blocks(cleanText(text).split('\n'))));
  const override = overrideOf(options.boilerplate);

  // The headline: the first title-like line above the story, past the page's chrome (headline.ts).
  const pageLanguage = articleLanguage(options.language, units.map((u) => u.text).join('\n'), options.configuredLanguage);
  const turnsOnPage = findTurns(units.map((u) => u.text));
  const choice = findHeadline(units.map((u) => u.text), (i) => kindOf(units[i]!.text, null) === 'content' && override(units[i]!.text) !== 'drop', pageLanguage, (i) => turnsOnPage[i] != null);
  const headlineIndex = choice.index;
  if (headlineIndex < 0) {
    throw inputError(`${source} is empty (no text after removing page furniture).`, 'Give a text file with the headline on the first line and the article below it.');
  }
  const headline = units[headlineIndex]!.text;
  const headlineKey = key(headline);
  const language = articleLanguage(options.language, units.slice(headlineIndex + 1).map((u) => u.text).join('\n'), options.configuredLanguage);

  // Every line after the headline: the junk rules first, then the boilerplate classifier over the
  // rest (it needs the junk as context), then the user's patterns.
  const kinds: Kind[] = units.map(() => 'junk');
  const reasons: string[] = units.map(() => '');
  const after = units.slice(headlineIndex + 1);
  // Transcript turns are never chrome, a heading or a standfirst, however short.
  const turns = turnsOnPage;
  const turn = new Set(turns.flatMap((t, i) => (t ? [i] : [])));
  // A turn's further paragraphs of prose are never chrome either.
  const spoken = turnContinuations(units.map((u) => u.text), turns);
  // A label alone on its line ("JEAN MOREAU", "Frage"): the line under it is that turn's words.
  const labelAlone = new Set(turns.flatMap((t, i) => (t && t.rest >= units[i]!.text.length ? [i] : [])));
  const sectioned = new Set(turns.flatMap((t, i) => (t?.sectioned ? [i] : [])));
  const byRule = after.map((u) => classify(u.text, headlineKey));
  captionsAboveCredits(after.map((u) => u.text), byRule, (i) => turn.has(headlineIndex + 1 + i));
  doubledLines(after.map((u) => u.text), byRule, (i) => turn.has(headlineIndex + 1 + i));
  bylinesUnderLabels(after.map((u) => u.text), byRule);
  splitRepeats(after.map((u) => u.text), byRule, headlineKey);
  const verdicts = classifyLines(
    after.map((u, i) => ({
      text: u.text,
      junk: byRule[i]!.kind === 'content' ? null : byRule[i]!.reason,
      protect: turn.has(headlineIndex + 1 + i) || spoken[headlineIndex + 1 + i]!,
      heading: looksLikeHeading(u.text),
    })),
    language,
  );
  after.forEach((u, i) => {
    const at = headlineIndex + 1 + i;
    let { kind, reason } = byRule[i]!;
    if (kind === 'content' && verdicts[i]) [kind, reason] = ['junk', verdicts[i]!];
    // A speaker label shaped like a byline ("Claire MOREAU" opening a speech) is a turn.
    if (kind === 'byline' && turn.has(at)) [kind, reason] = ['content', ''];
    const forced = override(u.text);
    if (forced === 'keep' && kind !== 'content' && kind !== 'end') [kind, reason] = ['content', ''];
    if (forced === 'drop') [kind, reason] = ['junk', 'user pattern'];
    kinds[at] = kind;
    reasons[at] = reason;
  });
  // A page's title first, then its menus and labels, then the story under the title again: the short
  // lines between the headline and its first repeat are the page's header ("News Transcript",
  // "Presenter: …"), not a standfirst or a chapter. Only a header of lines that are no finished
  // sentences: prose between the two means the repeat is something else (a related link). A site's
  // or show's description in the header ("X is an international news organization serving …") runs
  // longer than a label but, like a tagline, has no closing stop.
  const repeatAt = kinds.findIndex((k, i) => i > headlineIndex && k === 'repeat');
  if (repeatAt > headlineIndex + 1 && repeatAt <= headlineIndex + 16) {
    const between = units.slice(headlineIndex + 1, repeatAt);
    // A sentence between them is a standfirst ("Headline / Dek. / Headline again"), the story's own.
    if (between.every((u, j) => wordCount(u.text) <= 40 && !/[.!?…][”’"'»)]*$/u.test(u.text) && !turn.has(headlineIndex + 1 + j))) {
      between.forEach((_, j) => {
        const at = headlineIndex + 1 + j;
        if (kinds[at] === 'content') [kinds[at], reasons[at]] = ['junk', 'page header before the repeated headline'];
      });
    }
  }
  // The page's header printed twice (a hero block, then the article's own): the lines under the
  // repeat that copy, in order, the lines between the headline and the repeat (its standfirst, an
  // image's file name and caption) are the markup's second copy, not the story's words said again.
  if (repeatAt > headlineIndex + 1 && repeatAt <= headlineIndex + 16) {
    for (let j = headlineIndex + 1, at = repeatAt + 1; j < repeatAt && at < units.length && key(units[at]!.text) === key(units[j]!.text) && !turn.has(at); j++, at++) {
      if (kinds[at] === 'content') [kinds[at], reasons[at]] = ['junk', 'page header printed again'];
    }
  }
  // A teaser cut short, its link ("... Show Full Article"), then the full text: the lines right above
  // the link that come again after it (the cut one as the start of a longer line) are the teaser.
  units.forEach((u, i) => {
    if (i <= headlineIndex || !isReadOnLink(u.text)) return;
    const later = units.slice(i + 1, i + 25).map((v) => key(v.text));

    for (let k = i - 1; k > headlineIndex; k--) {
      if (kinds[k] === 'junk') continue;
      const own = key(units[k]!.text);
      if (!own || !later.some((l) => l === own || (own.split(' ').length >= 8 && l.startsWith(own)))) break;
      if (!turn.has(k)) [kinds[k], reasons[k]] = ['junk', 'teaser above its full text'];
    }
  });
  // The sentence right under the page's title repeated (its H1) is the standfirst, whatever the
  // page's labels and dates around it made of it as context: a one-sentence summary is how a
  // release or a story opens under its title. Only a line the classifier found near-good alone.
  const standfirst = repeatAt > headlineIndex && repeatAt <= headlineIndex + 16 ? repeatAt + 1 : -1;
  if (standfirst > 0 && standfirst < units.length && kinds[standfirst] === 'junk' && reasons[standfirst] === 'near-good, among boilerplate' && byRule[standfirst - headlineIndex - 1]!.kind === 'content') {
    [kinds[standfirst], reasons[standfirst]] = ['content', ''];
  }
  const used = new Set<number>([headlineIndex]);

  let byline: string | null = null;
  let dateline: string | null = null;
  const credits: string[] = [];
  const meta = (line: string, kind: Kind): void => {
    if (kind === 'byline') byline ??= bylineOf(line);
    else if (kind === 'date') dateline ??= dateOf(line);
    else if (kind === 'credit') credits.push(line);
  };

  // Header: everything up to the first story paragraph. Inside it, a bare name is a byline and
  // a bare date is the dateline; the first content line may be a dek (standfirst).
  let firstContent = -1;
  let bodyStart = -1;
  let metaAfterFirst = false;
  for (let i = headlineIndex + 1; i < units.length; i++) {
    const line = units[i]!.text;
    // Bare names and dates in the header are the byline and dateline, whatever the classifier said.
    const ruled = byRule[i - headlineIndex - 1]!.kind === 'content' && override(line) !== 'drop';
    // A label naming the document ("News Transcript") has a name's shape but names no one.
    const plain = ruled && !turn.has(i) && reasons[i] !== 'document label';
    let kind = plain && (isDateOnly(line) || isNameOnly(line)) ? 'content' : kinds[i]!;
    let headerLine = false;
    if (kind === 'content' && plain && isDateOnly(line)) {
      dateline ??= line;
      kind = kinds[i] = 'junk';
      reasons[i] = 'date';
      headerLine = true;
    // (Right under the standfirst too: headline, standfirst, author's name, story.)
    } else if (kind === 'content' && plain && isNameOnly(line) && (firstContent < 0 || metaAfterFirst || i === firstContent + 1 || nextIsDate(units[i + 1]?.text))) {
      byline ??= line;
      kind = kinds[i] = 'junk';
      reasons[i] = 'byline';
      headerLine = true;
    }
    if (kind === 'content') {
      if (firstContent < 0) firstContent = i;
      else {
        bodyStart = i;
        break;
      }
      continue;
    }
    if (kind === 'end') break;
    meta(line, kind);
    // Only header lines mark what came before as a dek: captions and adverts sit anywhere.
    if (firstContent >= 0 && (kind === 'repeat' || kind === 'byline' || kind === 'date' || headerLine)) metaAfterFirst = true;
  }
  if (firstContent < 0) {
    throw inputError(`${source} has a headline but no body.`, 'Put the article text below the headline (the first line), paragraphs separated by blank lines.', undefined, 'input.no-body');
  }

  let dek: string | null = null;
  const candidate = units[firstContent]!.text;
  if (bodyStart >= 0) {
    const subhead = !/[.!?"”’]$/.test(candidate) && wordCount(candidate) <= 40;
    const wireBody = wireDatelineLength(units[bodyStart]!.text) > 0 && wireDatelineLength(candidate) === 0;
    // A heading right before a transcript's first turn names its first section ("Flüchtlinge").
    const sectionOfTurns = turn.has(bodyStart) && looksLikeHeading(candidate);
    // One word alone under the headline ("Nachrichten", "News-Detail") is the page's section
    // label: a standfirst says something, and a section heading has its section under it.
    if (wordCount(candidate) === 1 && !/[.!?]$/.test(candidate) && !turn.has(firstContent) && !sectionOfTurns) {
      kinds[firstContent] = 'junk';
      reasons[firstContent] = 'page label';
    }
    // A line ending on a colon announces the paragraph after it ("Le Premier ministre a fait la
    // déclaration suivante :"): it opens the story, and its speaker is the next paragraph's.
    const announces = /:\s*$/.test(candidate);
    // A picture's description under the title ("Generalsekretariat von Interpol in Lyon") is its
    // caption: a standfirst summarises the story, it does not say where a photo was taken.
    if (kinds[firstContent] === 'content' && !turn.has(firstContent) && !/[.!?…:]$/.test(candidate) && wordCount(candidate) <= 12 && describesPicture(candidate)) {
      kinds[firstContent] = 'junk';
      reasons[firstContent] = 'caption';
    }
    const isDek = kinds[firstContent] === 'content' && !turn.has(firstContent) && !sectionOfTurns && !announces && wordCount(candidate) <= 60 && wireDatelineLength(candidate) === 0 && (metaAfterFirst || subhead || wireBody);
    if (isDek) {
      dek = candidate;
      used.add(firstContent);
    } else bodyStart = firstContent;
  } else bodyStart = firstContent;

  // Body: sections of paragraphs; junk dropped, credits kept aside, nothing after an end marker spoken.
  const kept: string[] = [];
  const keptTurn: boolean[] = [];
  const keptLabelAlone: boolean[] = [];
  const keptSectioned: boolean[] = [];
  const keptAt: number[] = [];
  for (let i = bodyStart; i < units.length; i++) {
    const line = units[i]!.text;
    const kind = kinds[i]!;
    if (kind === 'end') {
      for (const rest of units.slice(i + 1)) credits.push(rest.text);
      for (let j = i + 1; j < units.length; j++) reasons[j] = 'after the end marker';
      break;
    }
    if (kind === 'content') {
      kept.push(line);
      keptTurn.push(turn.has(i));
      keptLabelAlone.push(labelAlone.has(i));
      keptSectioned.push(sectioned.has(i));
      keptAt.push(i);
      used.add(i);
    } else meta(line, kind);
  }
  if (kept.length === 0) {
    throw inputError(`${source} has a headline but no body.`, 'Put the article text below the headline (the first line), paragraphs separated by blank lines.', undefined, 'input.no-body');
  }

  const first = kept[0]!;
  const wire = wireDatelineLength(first);
  if (wire > 0 && wire < first.length) {
    dateline ??= first.slice(0, wire).replace(/[\s–—-]+$/, '').trim();
    kept[0] = first.slice(wire).trim();
  }

  // A ministry's label alone on its line ("Frage") is heading-shaped, yet what it opens is the section's text.
  // Nor, in a transcript, is a question right after a turn, which goes on asking (headings are not spoken).
  const goesOnAsking = (i: number) => i > 0 && keptTurn[i - 1] === true && ENDS_ASKING.test(kept[i]!);
  const headingAt = kept.map((line, i) => !keptTurn[i] && !keptLabelAlone[i - 1] && !goesOnAsking(i) && looksLikeHeading(line) && i + 1 < kept.length && (!looksLikeHeading(kept[i + 1]!) || keptSectioned[i + 1] === true));
  // A photo's caption left between two paragraphs of the story is no chapter (captions.ts).
  const captions = captionHeadings(kept, headingAt, units.map((u) => u.text));
  // So are links to other stories set between its paragraphs (not a transcript's turns).
  const links = storyLinks(kept, kept.map((line, i) => !keptTurn[i] && !keptLabelAlone[i - 1] && looksLikeHeading(line)), (i) => Boolean(keptTurn[i]));
  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i]!;
    if (captions.has(i) || links.has(i)) {
      used.delete(keptAt[i]!);
      reasons[keptAt[i]!] = captions.has(i) ? 'caption' : 'link to another story';
      continue;
    }
    const heading = headingAt[i]!;
    // A wiki heading keeps its edit link when copied ("Reaktionen[Bearbeiten]"): not part of the title.
    if (heading) sections.push({ heading: line.replace(EDIT_LINK, '') || line, paragraphs: [] });
    else sections[sections.length - 1]!.paragraphs.push(line);
  }
  const nonEmpty = sections.filter((s) => s.paragraphs.length > 0);
  const dropped: Dropped[] = [];
  units.forEach((u, i) => {
    // Above the headline: the page's chrome, by the junk rules or by why it is no headline.
    if (i < headlineIndex) dropped.push({ text: u.text, reason: choice.above.get(i) ?? (classify(u.text, null).reason || 'header') });
    else if (i > headlineIndex && !used.has(i)) dropped.push({ text: u.text, reason: reasons[i] || 'header' });
  });
  return { source, headline, dek, byline, dateline, sections: nonEmpty, credits, language, dropped };
}

function nextIsDate(line: string | undefined): boolean {
  return line !== undefined && (isDateStub(line) || isDateOnly(line));
}
