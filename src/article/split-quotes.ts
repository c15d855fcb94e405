// Copies of a printed page (a PDF, a press-kiosk reader) break lines where the column did, and a
// blank line may then fall between a quotation and its attribution: `« … »,` / `approuve Paul Roy,
// membre de l'association`. A paragraph never opens in lowercase, so a line that does, under one
// ending on a closing quotation mark and its comma, goes on with that sentence: the two are one
// paragraph, and the attribution stays beside its quote.

const QUOTE_THEN_COMMA = /[»”"]\s*,$/u;
const OPENS_LOWERCASE = /^\p{Ll}/u;

/** The lines with each attribution that a line break cut from its quotation joined back to it. */
export function rejoinCutAttributions<T extends { text: string }>(units: T[]): T[] {
  const out: T[] = [];
  for (const unit of units) {
    const prev = out[out.length - 1];
    if (prev && QUOTE_THEN_COMMA.test(prev.text.trimEnd()) && OPENS_LOWERCASE.test(unit.text.trimStart())) prev.text = `${prev.text.trimEnd()} ${unit.text.trimStart()}`;
    else out.push({ ...unit });
  }
  return out;
}
