// Corrections to the kinds parse-text.ts gave the lines of a text article, made with each line's
// neighbours in view: what a figure leaves in a copied page (a caption above its bare credit, a
// caption printed twice as alternative text and caption) and a headline broken over two lines. Apart
// from parse-text.ts because each looks at a line's neighbours, not at the line alone.
import { lineKey } from './headline.ts';
import { isBareCredit } from './junk.ts';
import { quotedWhole } from './turns.ts';

/** What parse-text.ts makes of a line. */
export type LineKind = 'content' | 'junk' | 'date' | 'byline' | 'repeat' | 'credit' | 'end';
/** A line's kind and why (the reason the plan's `dropped` gives). */
type Marked = { kind: LineKind; reason: string };

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * A photo's caption printed above its bare credit ("… am 14. Juli 2023." / "Foto: Agentur/Name", or a
 * bare copyright holder, "© Agentur", where the story goes on below it):
 * the line right above the credit, when short, and the image's description above that when the
 * figure follows page chrome (a figure inside the story has a story paragraph above it instead).
 * Marked as captions in `kinds`, in place.
 */
export function captionsAboveCredits(lines: string[], kinds: Marked[], isTurn: (i: number) => boolean): void {
  // (Not a line wholly in quotation marks, someone's words: a round-up of statements sets each
  // person's photo credit between one statement and the next, "„…“" / "Foto: APA" / "Name (Party)".)
  const short = (i: number) => i >= 0 && kinds[i]!.kind === 'content' && !isTurn(i) && wordCount(lines[i]!) <= 30 && !quotedWhole(lines[i]!);
  lines.forEach((line, i) => {
    const credit = isBareCredit(line);
    if (!(credit || (isBareCopyright(line) && storyFollows(lines, kinds, i))) || !short(i - 1)) return;
    kinds[i - 1] = { kind: 'junk', reason: 'caption' };
    // (Under a copyright holder, only the caption: the line above it is as often a heading or the
    // story's paragraph as the picture's description.)
    if (credit && short(i - 2) && i - 3 >= 0 && kinds[i - 3]!.kind !== 'content') kinds[i - 2] = { kind: 'junk', reason: 'caption' };
  });
}

/**
 * A picture's copyright holder and nothing else: "© Staatskanzlei", "© AFP", "© Jane Roe / Agency".
 * The site's own notice says more: a year ("© 2026 …") or the rights ("All rights reserved").
 */
function isBareCopyright(line: string): boolean {
  const m = /^©\s*(.+)$/u.exec(line.trim());
  if (!m) return false;
  const holder = m[1]!;
  return wordCount(holder) <= 5 && !/\b(?:1[89]|20)\d\d\b|rights|rechte|droits|licen[cs]e|lizenz/iu.test(holder) && !/[.!?]$/u.test(holder);
}

/**
 * The story goes on below line `i`: a paragraph-long content line before the page's end. A bare
 * copyright line with nothing of the story after it is the site's notice at its foot, not a
 * picture's credit, and the line above it is the story's last paragraph.
 */
function storyFollows(lines: string[], kinds: Marked[], i: number): boolean {
  return lines.some((line, k) => k > i && kinds[k]!.kind === 'content' && wordCount(line) >= 12);
}

/**
 * The same short line twice in a row ("Jane Roe, the council's leader" / "Jane Roe, the council's
 * leader"): a figure's alternative text and its caption, or a speaker box printed twice. A writer
 * does not repeat a line; a page's markup does. Marked as captions in `kinds`, in place.
 */
export function doubledLines(lines: string[], kinds: Marked[], isTurn: (i: number) => boolean): void {
  // Beside another figure's caption or credit (already dropped), a doubled line is that gallery's next
  // caption even when it ends with a stop ("Das Bürgergespräch … wird eröffnet." twice after "…; © Staatskanzlei").
  const besideFigure = (i: number) => [i - 2, i + 1].some((k) => kinds[k]?.kind === 'credit' || kinds[k]?.reason === 'caption');
  lines.forEach((line, i) => {
    // The caption again with its credit run on ("… Laura Reynaud." / "… Laura Reynaud. | Julien
    // Belaud / Ouest-France"), the second already a caption by its credit: the first is its alt text.
    if (i > 0 && kinds[i]!.reason === 'caption' && kinds[i - 1]!.kind === 'content' && !isTurn(i - 1) && line.length > lines[i - 1]!.length && line.startsWith(lines[i - 1]!) && /^\s*[|/©–—-]/u.test(line.slice(lines[i - 1]!.length))) {
      kinds[i - 1] = { kind: 'junk', reason: 'caption' };
      return;
    }
    // A box or caption has no closing stop; a paragraph pasted twice is the writer's, and a run of
    // three or more is a list (a test's filler, a chorus), not a figure.
    if (i === 0 || line !== lines[i - 1] || lines[i - 2] === line || lines[i + 1] === line) return;
    if (wordCount(line) > 20 || (/[.!?…]["”’»)]*$/u.test(line) && !besideFigure(i)) || isTurn(i) || isTurn(i - 1)) return;
    for (const k of [i - 1, i]) if (kinds[k]!.kind === 'content') kinds[k] = { kind: 'junk', reason: 'caption' };
  });
}

/**
 * The headline repeated over two lines ("CONFÉRENCE DE PRESSE SUR … POUR LA" / "PROTECTION DES
 * …"): a page's H1 broken where the layout ran out of width. Marked as repeats in `kinds`, in place.
 */
export function splitRepeats(lines: string[], kinds: Marked[], headlineKey: string): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next === undefined || kinds[i]!.kind !== 'content' || kinds[i + 1]!.kind !== 'content') return;
    if (lineKey(`${line} ${next}`) !== headlineKey) return;
    kinds[i] = kinds[i + 1] = { kind: 'repeat', reason: 'repeated headline' };
  });
}
