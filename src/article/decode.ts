// The one byte decoder for article text, wherever the bytes came from (a file, a web page, a feed):
// a byte-order mark wins, then the declared charset (Content-Type, then `<meta>` for HTML), then
// UTF-8. What happens to undeclared bytes that are not valid UTF-8 depends on the source: a web page
// or an HTML file is read as windows-1252, which is what browsers do for old Western pages; a plain
// text or Markdown file (which cannot declare a charset) is refused rather than read as mojibake.
// Labels follow the Encoding standard, so latin1 and iso-8859-1 mean windows-1252, as in every
// browser. Binary data (NUL bytes, or many control characters) is an input error, never speech.
import { inputError } from '../errors.ts';

export interface DecodeOptions {
  /** For messages: the file or address. */
  source: string;
  /** Charset declared outside the bytes (HTTP Content-Type, an XML declaration). */
  charset?: string | null;
  /** Look for a `<meta charset>` in the first bytes. */
  html?: boolean;
  /** Undeclared bytes that are not UTF-8: read as windows-1252 (web pages, HTML) or refuse (default). */
  undeclared?: 'windows-1252' | 'refuse';
  /** What to suggest when the bytes are binary. Default: give a plain-text article. */
  binaryHint?: string;
}

/** The charset a `<meta>` declares near the start of an HTML page, per the HTML prescan (first 1024 bytes; we look at 4096). */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

/** windows-1252's 0x80-0x9F (curly quotes, dashes, €); undefined bytes stay as their C1 code point. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Node 20's TextDecoder reads windows-1252 (and so latin1/iso-8859-1) as ISO-8859-1, losing quotes and dashes. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...part.map((b) => b));
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function bomLabel(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function binaryError(options: DecodeOptions) {
  return inputError(`${options.source} looks like a binary file, not an article.`, options.binaryHint ?? 'Give a plain-text (.txt) article, UTF-8 or UTF-16 with a BOM.');
}

/** Bytes to text (see the top of this file); input errors for binary data and unusable encodings. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): string {
  const bom = bomLabel(bytes);
  let declared = bom === null ? options.charset?.trim().replace(/^["']|["']$/g, '') || null : null;
  if (bom === null && declared === null && options.html) {
    declared = metaCharset(bytes);
    // A page readable as ASCII cannot be UTF-16: browsers read such a <meta> as UTF-8.
    if (declared && /^utf-?16/i.test(declared)) declared = 'utf-8';
  }
  const label = bom ?? declared;
  // NUL never occurs in text outside UTF-16, whatever a file's extension claims.
  if (!/^utf-?16/i.test(label ?? '') && bytes.includes(0)) throw binaryError(options);
  let decoder: TextDecoder;
  try {
    // A UTF-8 BOM on a file that may not fall back still has to be valid UTF-8 after it.
    decoder = new TextDecoder(label ?? 'utf-8', { fatal: label === null || (bom === 'utf-8' && options.undeclared !== 'windows-1252') });
  } catch (cause) {
    throw inputError(`${options.source} uses an unsupported character encoding "${label}".`, 'Save the article as UTF-8 text and give the file instead.', cause);
  }
  let text: string;
  try {
    text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch (cause) {
    if (options.undeclared !== 'windows-1252') {
      throw inputError(`${options.source} is not valid UTF-8 text.`, 'Save the article as UTF-8 (or UTF-16 with a BOM) and try again.', cause);
    }
    text = decodeWindows1252(bytes);
  }
  // Control characters other than tab/newline are never part of an article; many of them mean binary.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / Math.max(text.length, 1) > 0.01) throw binaryError(options);
  return text;
}
