// The `<key>.json` record of a cached clip, checked field by field: a file with the right hash but a
// malformed `words` list (hand-edited, or written by another version) is a corrupt entry to redo,
// never a crash later in the transcript code.
import type { Clip, WordTiming } from '../model.ts';

export interface ClipMeta {
  bytes: number;
  sha256: string;
  words?: Clip['words'];
}

/** A record is a few KB of word timings; anything near this is not one. */
export const MAX_CLIP_META_BYTES = 16 * 1024 * 1024;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isWord(w: unknown): w is WordTiming {
  if (typeof w !== 'object' || w === null) return false;
  const { offsetMs, durationMs, text } = w as Record<string, unknown>;
  return isCount(offsetMs) && isCount(durationMs) && typeof text === 'string';
}

/** Parses a record; throws when it is not valid JSON or any field has the wrong shape. */
export function parseClipMeta(bytes: Buffer): ClipMeta {
  const raw = JSON.parse(bytes.toString('utf8')) as unknown;
  if (typeof raw !== 'object' || raw === null) throw new Error('clip record is not an object');
  const { bytes: size, sha256, words } = raw as Record<string, unknown>;
  if (!isCount(size) || !Number.isInteger(size)) throw new Error('clip record: bad "bytes"');
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) throw new Error('clip record: bad "sha256"');
  if (words !== undefined && !(Array.isArray(words) && words.every(isWord))) throw new Error('clip record: bad "words"');
  return words === undefined ? { bytes: size, sha256 } : { bytes: size, sha256, words };
}
