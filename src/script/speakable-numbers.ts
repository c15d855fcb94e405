// Numbers to English words, for engines whose own text normalisation misreads them (Flite).
// Every function takes the digits as written (a string, so long figures never lose precision)
// and never throws: anything it cannot read as a quantity is read digit by digit.

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion'];

/** 0-99, with the tens hyphenated ("forty-nine") as style guides write them. */
function underHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`;
}

/** 1-999 ("two hundred thirty-four"; no "and", which is how US newsreaders and Flite say it). */
function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return underHundred(rest);
  return rest === 0 ? `${ONES[hundreds]} hundred` : `${ONES[hundreds]} hundred ${underHundred(rest)}`;
}

/** "0 0 7" → "zero zero seven": for digit strings that are codes rather than quantities. */
export function digitWords(digits: string): string {
  return [...digits].filter((d) => d >= '0' && d <= '9').map((d) => ONES[Number(d)]).join(' ');
}

/** Whole number, commas allowed ("1,234,567" → "one million two hundred thirty-four thousand …"). */
export function cardinalWords(written: string): string {
  const digits = written.replace(/,/g, '');
  if (!/^\d+$/.test(digits)) return digitWords(digits);
  // A leading zero marks a code ("007"), not a quantity.
  if (digits.length > 1 && digits.startsWith('0')) return digitWords(digits);
  if (digits === '0') return 'zero';
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  if (groups.length > SCALES.length) return digitWords(digits);
  const words: string[] = [];
  groups.forEach((group, i) => {
    if (group === 0) return;
    const scale = SCALES[groups.length - 1 - i]!;
    words.push(scale ? `${underThousand(group)} ${scale}` : underThousand(group));
  });
  return words.join(' ');
}

/** "3.14" → "three point one four"; "0.5" → "zero point five"; whole numbers as cardinals. */
export function decimalWords(written: string): string {
  const [whole = '', fraction] = written.split('.');
  const head = whole === '' ? 'zero' : cardinalWords(whole);
  return fraction === undefined || fraction === '' ? head : `${head} point ${digitWords(fraction)}`;
}

const IRREGULAR_ORDINALS: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** Turns the last word of a cardinal into its ordinal ("twenty-one" → "twenty-first"). */
export function toOrdinal(cardinal: string): string {
  const match = /([a-z]+)$/.exec(cardinal);
  if (!match) return cardinal;
  const last = match[1]!;
  const ordinal = IRREGULAR_ORDINALS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return cardinal.slice(0, match.index) + ordinal;
}

/** "31" → "thirty-first", "2" → "second", "1,000" → "one thousandth". */
export function ordinalWords(written: string): string {
  return toOrdinal(cardinalWords(written));
}

/**
 * A year as it is said: 2024 → "twenty twenty-four", 1905 → "nineteen oh five", 2000 → "two thousand",
 * 2009 → "two thousand nine", 1900 → "nineteen hundred". Outside 1000-2999 it is a plain cardinal.
 */
export function yearWords(written: string): string {
  const n = Number(written);
  if (!/^\d{4}$/.test(written) || n < 1000 || n > 2999) return cardinalWords(written);
  const century = Math.floor(n / 100);
  const rest = n % 100;
  if (n % 1000 === 0 || (n > 2000 && n < 2010) || (n > 1000 && n < 1010)) return cardinalWords(written);
  if (rest === 0) return `${underHundred(century)} hundred`;
  return `${underHundred(century)} ${rest < 10 ? `oh ${ONES[rest]}` : underHundred(rest)}`;
}

/** Makes a number's words plural, as in decades: "nineteen ninety" → "nineteen nineties". */
export function pluralWords(words: string): string {
  if (words.endsWith('y')) return `${words.slice(0, -1)}ies`;
  if (words.endsWith('x')) return `${words}es`;
  return `${words}s`;
}

/** "1990" → "nineteen nineties", "2000" → "two thousands", "90" → "nineties". */
export function decadeWords(written: string): string {
  return pluralWords(written.length === 4 ? yearWords(written) : cardinalWords(written));
}
