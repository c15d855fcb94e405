// What the edition's host says around the stories: the introduction, the turns between stories and
// the closing line. Pure wording, English only (like the rest of the spoken scaffolding); the texts are
// deterministic so that re-building the same edition hits the clip cache for them too.

/** Up to this many stories the introduction names every headline. */
export const MAX_LISTED = 8;
/** Above MAX_LISTED, the introduction names this many and counts the rest ("and 7 more"). */
export const LISTED_WHEN_LONG = 5;

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** AP style: one to nine in words, 10 and up in figures (speakable() spells figures out for Flite). */
export function countWords(n: number): string {
  return n >= 0 && n < 10 ? SMALL[n]! : String(n);
}

/** A headline as an item of a spoken list: one line, without its own closing punctuation. */
export function listHeadline(headline: string): string {
  return headline.replace(/\s+/g, ' ').trim().replace(/[\s.,;:!?…]+$/u, '');
}

/** "This is {show} for {date}." */
export function greetingLine(show: string, longDate: string): string {
  return `This is ${show} for ${longDate}.`;
}

/**
 * "Today: three stories. First, A; then, B; and finally, C." A long edition names the first few
 * and counts the rest, so the introduction stays short whatever the number of stories.
 */
export function rundownLine(headlines: readonly string[]): string {
  const n = headlines.length;
  if (n === 0) throw new RangeError('rundownLine: no headlines');
  const items = headlines.map(listHeadline);
  const count = `Today: ${countWords(n)} ${n === 1 ? 'story' : 'stories'}.`;
  if (n === 1) return `${count} ${items[0]!}.`;
  if (n === 2) return `${count} First, ${items[0]!}; and then, ${items[1]!}.`;
  if (n <= MAX_LISTED) {
    const middle = items.slice(1, -1).map((h) => `then, ${h}`);
    return `${count} ${[`First, ${items[0]!}`, ...middle, `and finally, ${items[n - 1]!}`].join('; ')}.`;
  }
  const named = items.slice(0, LISTED_WHEN_LONG);
  const rest = n - LISTED_WHEN_LONG;
  return `${count} ${[`First, ${named[0]!}`, ...named.slice(1).map((h) => `then, ${h}`), `and ${countWords(rest)} more`].join('; ')}.`;
}

const TRANSITIONS = ['Next story.', 'Our next story.', 'In other news.', 'Moving on.', 'Now, another story.'];

/**
 * The line spoken before story `next` (1-based, 2..total). Varied so a long edition does not sound
 * like a loop; the last of three or more is announced as the final one.
 */
export function transitionLine(next: number, total: number): string {
  if (!(Number.isInteger(next) && next >= 2 && next <= total)) throw new RangeError(`transitionLine: story ${next} of ${total}`);
  if (next === total && total >= 3) return 'And our final story.';
  return TRANSITIONS[(next - 2) % TRANSITIONS.length]!;
}

/** "That's the edition for Friday, November 27. Thanks for listening to {show}." */
export function closingLine(show: string, shortDate: string): string {
  return `That's the edition for ${shortDate}. Thanks for listening to ${show}.`;
}
