// The edition's date, written the way a newsreader says it. Hand-rolled rather than Intl so the words
// never depend on the ICU data Node was built with. The calendar day is the local one: "today's
// edition" is today where the user runs it, not in UTC.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface EditionDate {
  /** "Friday, November 27, 2026": title, intro and tags. */
  long: string;
  /** "Friday, November 27": the closing line, where the year would be noise. */
  short: string;
  /** "2026-11-27": file names and the ID3 date. */
  iso: string;
}

export function editionDate(date: Date): EditionDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('editionDate: invalid Date');
  const year = date.getFullYear();
  const month = date.getMonth();
  const day = date.getDate();
  const short = `${WEEKDAYS[date.getDay()]!}, ${MONTHS[month]!} ${day}`;
  const iso = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { long: `${short}, ${year}`, short, iso };
}
