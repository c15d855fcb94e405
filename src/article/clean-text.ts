// Normalises the invisible differences between copies of the same article (line endings, BOM,
// non-breaking and zero-width characters) so the parser sees one shape. Quote marks, apostrophes
// and dashes are kept exactly as written: they carry meaning for segmentation and for display.
// One exception: two single marks side by side standing for one double mark (‘’…’’, ''…'', the
// typewriter habit of agency copy, Senegal's APS among others) become the double mark they stand
// for, or the quotation they open would be read as apostrophes and its words as narration.
// So do two commas typed for the German low opening mark (",,…“", regional copy): „.
// Another: a guillemet typed twice (« … »», « « … ») where only one quotation is open; the stray
// mark was read aloud in the narration after it and hid the attribution there ("»», a déclaré X").

/** Space-like characters that browsers paste: NBSP, narrow NBSP, figure space, thin spaces, etc. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
/** Characters with no width that split words for a TTS engine or a word count. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** C0/C1 control characters other than newline: they break TTS requests. */
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/** A doubled single mark opening a quotation (before a word) or closing one (after a word or a stop). */
const DOUBLED_OPEN = /(^|[\s(\[«—–-])(?:‘’|’’|‘‘|'')(?=[\p{L}\p{N}«“"…])/gmu;
const DOUBLED_CLOSE = /(?<=[\p{L}\p{N}.,;:!?…)\]])(?:‘’|’’|'')(?=[\s.,;:!?)\]»—–-]|$)/gmu;

/**
 * Two commas typed for the German low opening mark (",,Wir …“", ",,Wir …''"), before a word, or
 * before a space and a capital where a paragraph or a colon comes first (",, Nein, …''", "Frage 3:,, Wächst …").
 */
const TYPEWRITER_LOW_OPEN = /(^|[\s(\[—–-])(?:,,|‚‚)(?=\p{L}|…)|(^|:)[ ]?(?:,,|‚‚)[ ](?=\p{Lu})/gmu;

/**
 * A doubled « or » becomes one where the quotation marks of its line are unbalanced by exactly that
 * mark: a quotation nested in another closes or opens its own pair, and stays as written.
 */
function undoubleGuillemets(line: string): string {
  if (!/««|»»|«\s+«|»\s+»/u.test(line)) return line;
  // French order only: German sets »…« the other way round, where « closes.
  if (/[«»]/u.exec(line)?.[0] !== '«') return line;
  const count = (re: RegExp) => (line.match(re) ?? []).length;
  const opens = count(/«/g);
  const closes = count(/»/g);
  if (closes === opens + 1) return line.replace(/»\s*»/u, '»');
  if (opens === closes + 1) return line.replace(/«\s*«/u, '«');
  return line;
}

/**
 * A transcript service's speaker label with the turn's time stamp: "Jane Roe: (00:00)", "Audience:
 * (01:02:03)", the words on the next line or after it. The stamp is the recording's, no one's words;
 * the label stays (a few words before the colon, no sentence).
 */
// (The label and the turn's first line become one line, "Jane Roe: Good afternoon.", as transcripts set them.)
const LABEL_TIME_STAMP = /^([\p{Lu}][^:()\[\].!?\n]{0,60}?)[ \t]*:[ \t]*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]][ \t]*(?:\r?\n)?(?=\S)/gmu;
/** The stamp before the label: "[00:01:12] Speaker 1: …", "(12:05) Jane Roe: …". */
const TIME_STAMP_LABEL = /^[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]][ \t]+(?=\p{Lu}[^:\n]{0,60}:[ \t])/gmu;

/**
 * A briefing's turns run into one paragraph, as a repost flattens them: "MS. ROE: Good afternoon. …
 * All right, Jo. MR. BELL: Thank you …". A paragraph opened by an honorific and a name in capitals
 * and a colon, with another such label after a sentence's end, is that many paragraphs, one a turn.
 * (Honorific labels only: a capitalised word and a colon inside prose is as often a heading's kicker.)
 */
const HONORIFIC_LABEL = String.raw`(?:MR|MRS|MS|DR|SEN|REP|GEN|AMB|ADM|COL|SECRETARY|AMBASSADOR)\.?\s+\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}\s?:\s`;
const OPENING_LABEL = new RegExp(`^${HONORIFIC_LABEL}`, 'u');
const INNER_LABEL = new RegExp(`(?<=[.!?…]["”’)]?)\\s+(?=${HONORIFIC_LABEL})`, 'gu');
function splitRunTurns(line: string): string {
  return OPENING_LABEL.test(line) ? line.replace(INNER_LABEL, '\n\n') : line;
}

/** Returns the text with LF line endings, single spaces, trimmed lines, and no invisible characters. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(TYPEWRITER_LOW_OPEN, (_, before: string | undefined, colon: string | undefined) => `${before ?? colon ?? ''}„`)
    .replace(DOUBLED_OPEN, '$1“')
    .replace(DOUBLED_CLOSE, '”')
    .replace(LABEL_TIME_STAMP, '$1: ')
    .replace(TIME_STAMP_LABEL, '')
    .split('\n')
    .map((line) => splitRunTurns(undoubleGuillemets(line.replace(/ {2,}/g, ' ').trim())))
    .join('\n');
}
