// Text preparation for the Edge service: what it chokes on is removed, and long text is cut into
// requests that stay under its size limit. node-edge-tts XML-escapes the text itself, so the text here
// stays raw (escaping it too would make the voice read "amp"); sizes are measured on the escaped form
// because that is what travels in the SSML.
import { splitSentences } from '../script/sentences.ts';

/** Bytes of escaped text one request may carry (the service's limit is 4096; the SSML template adds whitespace). */
export const EDGE_MAX_CHUNK_BYTES = 4000;

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/** UTF-8 size of the text once escaped the way node-edge-tts escapes it. */
export function escapedByteLength(text: string): number {
  let extra = 0;
  for (const ch of text) {
    const escaped = XML_ESCAPES[ch];
    if (escaped) extra += escaped.length - 1;
  }
  return Buffer.byteLength(text, 'utf8') + extra;
}

/**
 * Removes what breaks or derails a request: control characters (the service rejects or cuts the turn),
 * lone surrogates, and runs like `!!!`/`???` that users have seen end a request early.
 */
export function cleanEdgeText(text: string): string {
  return (
    text
      // C0/C1 controls and noncharacters; whitespace controls become spaces.
      .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ' ')
      // Lone surrogates are not valid UTF-8; the service rejects the frame.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ')
      // "?!?!" → "?", "!!!" → "!": keep the first mark of the run.
      .replace(/([!?])[!?]+/g, '$1')
      .replace(/\.{4,}/g, '...')
      .replace(/…{2,}/g, '…')
      // Long rules of symbols are decoration, never speech.
      .replace(/([-_=*~#+])\1{2,}/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** True when the text has something a voice can say (a letter or a digit). */
export function hasSpeakableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Sentences by the script's own splitter (so "Mr. Smith" and "U.S. officials" stay whole), then cut
 * after CJK full stops, which need no space after them and which that splitter does not know.
 */
function sentences(text: string): string[] {
  return splitSentences(text).flatMap((sentence) => splitKeep(sentence, CJK_END));
}

const CJK_END = /(?<=[。！？])/u;
const CLAUSE_END = /(?<=[,;:—–])\s+/u;

function splitKeep(text: string, pattern: RegExp): string[] {
  return text.split(new RegExp(pattern.source, 'gu')).filter((part) => part !== '');
}

/** Cuts one over-long piece by clauses, then words, then characters (whole code points only). */
function splitOversize(piece: string, maxBytes: number): string[] {
  for (const pattern of [CLAUSE_END, /\s+/u]) {
    const parts = splitKeep(piece, pattern);
    if (parts.length > 1) return pack(parts, maxBytes, pattern === CLAUSE_END ? 1 : 2);
  }
  const out: string[] = [];
  let current = '';
  for (const ch of piece) {
    if (current !== '' && escapedByteLength(current + ch) > maxBytes) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current !== '') out.push(current);
  return out;
}

/** Greedily joins pieces (with a space) into chunks of at most maxBytes, cutting finer where one piece is too big. */
function pack(pieces: string[], maxBytes: number, level: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    const joined = current === '' ? piece : `${current} ${piece}`;
    if (escapedByteLength(joined) <= maxBytes) {
      current = joined;
      continue;
    }
    if (current !== '') chunks.push(current);
    current = '';
    if (escapedByteLength(piece) <= maxBytes) current = piece;
    else {
      const finer = level === 0 ? splitOversize(piece, maxBytes) : level === 1 ? pack(splitKeep(piece, /\s+/u), maxBytes, 2) : splitOversize(piece, maxBytes);
      // The last finer piece may still share a chunk with what follows.
      current = finer.pop() ?? '';
      chunks.push(...finer);
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/**
 * Splits text into request-sized chunks at sentence boundaries (clauses, then words, as fallbacks).
 * Every chunk's escaped UTF-8 size is at most maxBytes; joining the chunks with spaces gives the
 * text back up to whitespace.
 */
export function splitEdgeText(text: string, maxBytes = EDGE_MAX_CHUNK_BYTES): string[] {
  if (maxBytes < 8) throw new RangeError('maxBytes must be at least 8');
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (escapedByteLength(trimmed) <= maxBytes) return [trimmed];
  return pack(sentences(trimmed), maxBytes, 0);
}
