// The one reader of our MP3s' tags: the up-to-date check and the loudness hold of assembly, and the
// feed. It is id3-ctoc.ts's ID3v2.3 parser, kept over music-metadata because the chapter patch needs a
// parser that can re-serialize a tag (music-metadata only reads), so what we write and what we read
// back agree on one parser; it also refuses a FIFO or device without waiting on it and costs no
// 0.15 s import on every re-run. music-metadata stays the independent reader of the tests.
import { open, stat } from 'node:fs/promises';
import { chapterFrames, decodeTextFields, Id3Error, parseId3v23, readTag, userText, type Id3Frame } from './id3-ctoc.ts';
import { readFrameHeader } from './mp3-frames.ts';

/** ID3 TXXX description holding what an episode was made from ("key durationMs gainDb"). */
export const MANIFEST_TAG = 'audio-edition';

export interface EpisodeTags {
  title?: string;
  artist?: string;
  /** TXXX "description" (the dek), else undefined. */
  description?: string;
  /** The first COMM frame's text. */
  comment?: string;
  /** The recording date as YYYY-MM-DD, from ID3v2.3's TYER (year) and TDAT (DDMM), when both are there. */
  date?: string;
  /** What assembly recorded: absent on an MP3 we did not make. */
  manifest?: { key: string; durationMs: number; gainDb: number | null };
  chapters: { title: string; startMs: number; endMs: number }[];
  /** Exact (from the manifest) on our episodes, else estimated from the first frame's bitrate (CBR). */
  durationMs: number;
}

function text(frames: readonly Id3Frame[], id: string): string | undefined {
  const frame = frames.find((f) => f.id === id);
  return frame ? decodeTextFields(frame.body)[0] : undefined;
}

/** COMM: encoding, 3 bytes of language, description, text. */
function comment(frames: readonly Id3Frame[]): string | undefined {
  const frame = frames.find((f) => f.id === 'COMM');
  if (!frame || frame.body.length < 4) return undefined;
  return decodeTextFields(Buffer.concat([frame.body.subarray(0, 1), frame.body.subarray(4)]))[1];
}

function manifest(frames: readonly Id3Frame[]): EpisodeTags['manifest'] {
  const [key, duration, gain] = userText(frames, MANIFEST_TAG)?.split(' ') ?? [];
  if (!key || !Number.isFinite(Number(duration))) return undefined;
  const gainDb = gain === undefined ? null : Number(gain);
  return { key, durationMs: Number(duration), gainDb: Number.isFinite(gainDb) ? gainDb : null };
}

/** Duration of a CBR MP3 from the first frame after the tag: audio bytes × 8 / bitrate. */
async function estimatedDurationMs(file: string, tagSize: number): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(4);
    await handle.read(header, 0, 4, tagSize);
    const frame = readFrameHeader(header, 0);
    return frame ? Math.round(((await stat(file)).size - tagSize) * 8 / frame.bitrateKbps) : 0;
  } finally {
    await handle.close();
  }
}

/** Reads the tags of one MP3 (a regular file; an MP3 without an ID3v2 tag has none). */
export async function readEpisodeTags(file: string): Promise<EpisodeTags> {
  let frames: Id3Frame[] = [];
  let tagSize = 0;
  try {
    const tag = await readTag(file);
    tagSize = tag.length; // known even when the tag is not one we parse (ID3v2.4)
    frames = parseId3v23(tag).frames;
  } catch (error) {
    if (!(error instanceof Id3Error)) throw error; // unreadable: the caller's to report
  }
  const made = manifest(frames);
  const title = text(frames, 'TIT2');
  const artist = text(frames, 'TPE1');
  const description = userText(frames, 'description');
  const comm = comment(frames);
  const year = text(frames, 'TYER');
  const dayMonth = text(frames, 'TDAT');
  const date = year && dayMonth && /^\d{4}$/.test(year) && /^\d{4}$/.test(dayMonth) ? `${year}-${dayMonth.slice(2)}-${dayMonth.slice(0, 2)}` : undefined;
  return {
    ...(title !== undefined ? { title } : {}),
    ...(artist !== undefined ? { artist } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(comm !== undefined ? { comment: comm } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(made ? { manifest: made } : {}),
    chapters: chapterFrames(frames),
    durationMs: made?.durationMs ?? (await estimatedDurationMs(file, tagSize)),
  };
}

/** The loudness gain the episode at `file` was made with, if any. */
export async function previousGain(file: string): Promise<number | null> {
  return (await readEpisodeTags(file).catch(() => null))?.manifest?.gainDb ?? null;
}
