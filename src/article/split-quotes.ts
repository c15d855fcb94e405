// Copies of a printed page (a PDF, a press-kiosk reader) break lines where the column did, and a
// blank line may then fall between a quotation and its attribution: `« … »,` / `approuve Paul Roy,
// membre de l'association`, or anywhere in a sentence (`Mayor Jo Roe said there are a` / `number of
// things …`). A paragraph never opens in lowercase, so a line that does, under one ending mid-sentence
// (a closing quotation mark and its comma, or a word or a comma of a line of three words or more),
// goes on with that sentence: the two are one paragraph, and an attribution stays beside its quote.

const QUOTE_THEN_COMMA = /[»”"]\s*,$/u;
const MID_SENTENCE = /(?:\p{L}|,)$/u;
const OPENS_LOWERCASE = /^\p{Ll}/u;
const cutMidSentence = (text: string): boolean => QUOTE_THEN_COMMA.test(text) || (MID_SENTENCE.test(text) && text.split(/\s+/).length >= 3);

/** The lines with each attribution that a line break cut from its quotation joined back to it. */
export function rejoinCutAttributions<T extends { text: string }>(units: T[]): T[] {
  const out: T[] = [];
  const goesOn = (prev: string, unit: string) => OPENS_LOWERCASE.test(unit.trimStart()) && /\s/.test(unit.trim()) && cutMidSentence(prev.trimEnd());
  // (Mid-sentence cuts only in a copy that has several: one lowercase line under a title is its subtitle, "… des Grundgesetzes" / "in Schloss Bellevue".)
  const broken = units.filter((u, i) => i > 0 && goesOn(units[i - 1]!.text, u.text)).length >= 3;
  for (const unit of units) {
    const prev = out[out.length - 1];
    if (prev && OPENS_LOWERCASE.test(unit.text.trimStart()) && (QUOTE_THEN_COMMA.test(prev.text.trimEnd()) || (broken && goesOn(prev.text, unit.text)))) prev.text = `${prev.text.trimEnd()} ${unit.text.trimStart()}`;
    else out.push({ ...unit });
  }
  return out;
}
