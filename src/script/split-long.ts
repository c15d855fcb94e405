// Over-long pieces of text → segments of bounded length. A speech engine is given one segment at a
// time; a paragraph of 299k characters with no sentence end would be one request that takes minutes
// and gigabytes (Flite renders a whole utterance in memory). Pieces are cut, in order of
// preference, at sentence ends, then at clause boundaries (, ; : — –), then between words, so no
// word is ever cut or lost: joining the chunks with single spaces gives the text back.
import { sentenceEnds } from './sentences.ts';

/** Longest segment handed to an engine, in characters: about a minute of speech. */
export const MAX_SEGMENT_CHARS = 1000;

/** Pieces of `text` at the cut points, trimmed, empty ones left out. */
function cutAt(text: string, cuts: number[]): string[] {
  const points = [0, ...cuts, text.length];
  const out: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const part = text.slice(points[i - 1], points[i]).trim();
    if (part) out.push(part);
  }
  return out;
}

/** Packs parts into chunks of at most `max` characters (a single longer part is left to the caller). */
function pack(parts: string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const part of parts) {
    if (current && current.length + 1 + part.length > max) {
      out.push(current);
      current = part;
    } else current = current ? `${current} ${part}` : part;
  }
  if (current) out.push(current);
  return out;
}

/** Clause boundaries: just after a comma, semicolon, colon or dash followed by a space. */
function clauseCuts(text: string): number[] {
  return [...text.matchAll(/[,;:—–](?=\s)|\s[—–](?=\s)/g)].map((m) => m.index + m[0].length);
}

function wordCuts(text: string): number[] {
  return [...text.matchAll(/\s+/g)].map((m) => m.index);
}

/** A word longer than `max` (a pasted hash or URL) is cut at `max`: it cannot be said anyway. */
function hardCuts(text: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out;
}

/** `text` as chunks of at most `max` characters, cut at the best boundaries available. */
export function splitLong(text: string, max: number = MAX_SEGMENT_CHARS): string[] {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed ? [trimmed] : [];
  const levels: ((t: string) => string[])[] = [
    (t) => cutAt(t, sentenceEnds(t)),
    (t) => cutAt(t, clauseCuts(t)),
    (t) => cutAt(t, wordCuts(t)),
    (t) => hardCuts(t, max),
  ];
  const split = (t: string, level: number): string[] => {
    if (t.length <= max || level >= levels.length) return [t];
    const parts = levels[level]!(t).flatMap((part) => (part.length > max ? split(part, level + 1) : [part]));
    return pack(parts, max);
  };
  return split(trimmed, 0);
}
