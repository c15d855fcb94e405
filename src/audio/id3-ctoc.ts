// Adds the table of contents the bundled ffmpeg (2018) does not write. Apple Podcasts and Overcast list
// chapters only from a top-level, ordered CTOC frame whose children are the CHAP element ids.
// We parse the ID3v2.3 tag ffmpeg wrote, set every CHAP byte offset to 0xFFFFFFFF ("not used": the
// times are what count), add the CTOC (and a COMM description, which ffmpeg cannot write), and
// rewrite the file with the audio streamed after the new tag.
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

export interface Id3Frame {
  id: string;
  flags: number;
  body: Buffer;
}

export interface Id3Tag {
  major: number;
  revision: number;
  flags: number;
  frames: Id3Frame[];
  /** Bytes the tag occupies in the file, header included (10 + size). */
  totalSize: number;
}

export class Id3Error extends Error {}

export function readSyncsafe(b: Buffer, at: number): number {
  return ((b[at]! & 0x7f) << 21) | ((b[at + 1]! & 0x7f) << 14) | ((b[at + 2]! & 0x7f) << 7) | (b[at + 3]! & 0x7f);
}

export function writeSyncsafe(value: number): Buffer {
  if (!Number.isInteger(value) || value < 0 || value >= 1 << 28) throw new Id3Error(`ID3 size ${value} does not fit 28 bits`);
  return Buffer.from([(value >> 21) & 0x7f, (value >> 14) & 0x7f, (value >> 7) & 0x7f, value & 0x7f]);
}

/** Size of the tag from its 10-byte header, or 0 when the file has no ID3v2 tag. */
export function tagSizeFromHeader(header: Buffer): number {
  if (header.length < 10 || header.toString('latin1', 0, 3) !== 'ID3') return 0;
  return 10 + readSyncsafe(header, 6);
}

/** Parses an ID3v2.3 tag (header + frames; padding dropped). */
export function parseId3v23(tag: Buffer): Id3Tag {
  if (tag.length < 10 || tag.toString('latin1', 0, 3) !== 'ID3') throw new Id3Error('no ID3v2 tag at the start of the file');
  const major = tag[3]!;
  const revision = tag[4]!;
  const flags = tag[5]!;
  if (major !== 3) throw new Id3Error(`expected an ID3v2.3 tag, found ID3v2.${major}`);
  // ffmpeg writes neither unsynchronisation nor an extended header; refuse rather than misparse.
  if (flags & 0xc0) throw new Id3Error(`unsupported ID3 header flags 0x${flags.toString(16)}`);
  const totalSize = 10 + readSyncsafe(tag, 6);
  if (tag.length < totalSize) throw new Id3Error('ID3 tag is truncated');
  const frames: Id3Frame[] = [];
  let at = 10;
  while (at + 10 <= totalSize) {
    if (tag[at] === 0) break; // padding
    const id = tag.toString('latin1', at, at + 4);
    if (!/^[A-Z0-9]{4}$/.test(id)) throw new Id3Error(`bad ID3 frame id at byte ${at}`);
    const size = tag.readUInt32BE(at + 4); // v2.3 frame sizes are plain 32-bit, not syncsafe
    const frameFlags = tag.readUInt16BE(at + 8);
    if (at + 10 + size > totalSize) throw new Id3Error(`ID3 frame ${id} overruns the tag`);
    frames.push({ id, flags: frameFlags, body: Buffer.from(tag.subarray(at + 10, at + 10 + size)) });
    at += 10 + size;
  }
  return { major, revision, flags, frames, totalSize };
}

export function serializeFrame(frame: Id3Frame): Buffer {
  const header = Buffer.alloc(10);
  header.write(frame.id, 0, 'latin1');
  header.writeUInt32BE(frame.body.length, 4);
  header.writeUInt16BE(frame.flags, 8);
  return Buffer.concat([header, frame.body]);
}

export function serializeTag(frames: readonly Id3Frame[], paddingBytes = 0): Buffer {
  const body = Buffer.concat([...frames.map(serializeFrame), Buffer.alloc(paddingBytes)]);
  return Buffer.concat([Buffer.from('ID3\x03\x00\x00', 'latin1'), writeSyncsafe(body.length), body]);
}

/** The element id of a CHAP frame (null-terminated ISO-8859-1 at the start of its body). */
export function chapElementId(frame: Id3Frame): string {
  const end = frame.body.indexOf(0);
  if (end <= 0) throw new Id3Error('CHAP frame without an element id');
  return frame.body.toString('latin1', 0, end);
}

/** CHAP body with both byte offsets set to 0xFFFFFFFF (players then use the times). */
export function withUnusedOffsets(frame: Id3Frame): Id3Frame {
  const idEnd = frame.body.indexOf(0);
  if (idEnd <= 0 || frame.body.length < idEnd + 17) throw new Id3Error('CHAP frame is too short');
  const body = Buffer.from(frame.body);
  body.writeUInt32BE(0xffffffff, idEnd + 9);
  body.writeUInt32BE(0xffffffff, idEnd + 13);
  return { ...frame, body };
}

const TOP_LEVEL = 0x02;
const ORDERED = 0x01;
/** The entry count of a CTOC is one byte. */
export const CTOC_MAX_ENTRIES = 255;

export function ctocFrame(elementId: string, flags: number, children: readonly string[]): Id3Frame {
  if (children.length > CTOC_MAX_ENTRIES) throw new Id3Error(`a CTOC holds at most ${CTOC_MAX_ENTRIES} entries`);
  const body = Buffer.concat([
    Buffer.from(`${elementId}\0`, 'latin1'),
    Buffer.from([flags, children.length]),
    ...children.map((c) => Buffer.from(`${c}\0`, 'latin1')),
  ]);
  return { id: 'CTOC', flags: 0, body };
}

/**
 * The CTOC frames for these chapters, in order. Up to 255 chapters: one top-level ordered CTOC "toc".
 * More: the top-level CTOC lists child CTOCs "toc1", "toc2"… (ordered, 255 chapters each), which is how
 * the ID3 chapters spec nests tables of contents.
 */
export function buildCtocs(chapterIds: readonly string[]): Id3Frame[] {
  if (chapterIds.length <= CTOC_MAX_ENTRIES) return [ctocFrame('toc', TOP_LEVEL | ORDERED, chapterIds)];
  const groups: string[][] = [];
  for (let i = 0; i < chapterIds.length; i += CTOC_MAX_ENTRIES) groups.push(chapterIds.slice(i, i + CTOC_MAX_ENTRIES));
  if (groups.length > CTOC_MAX_ENTRIES) throw new Id3Error(`too many chapters for ID3 (${chapterIds.length})`);
  const names = groups.map((_, i) => `toc${i + 1}`);
  return [ctocFrame('toc', TOP_LEVEL | ORDERED, names), ...groups.map((g, i) => ctocFrame(names[i]!, ORDERED, g))];
}

function isLatin1(text: string): boolean {
  return /^[\u0000-\u00ff]*$/.test(text);
}

/** A COMM frame (language "eng", empty description): what podcast apps and taggers show as the comment. */
export function commFrame(text: string): Id3Frame {
  const latin = isLatin1(text);
  const encode = (s: string) =>
    latin ? Buffer.from(`${s}\0`, 'latin1') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${s}\0`, 'utf16le')]);
  return { id: 'COMM', flags: 0, body: Buffer.concat([Buffer.from([latin ? 0 : 1]), Buffer.from('eng', 'latin1'), encode(''), encode(text)]) };
}

export interface PatchOptions {
  /** Written as a COMM frame (replacing any ffmpeg wrote). */
  comment?: string;
}

/** Returns the frames with CHAP offsets fixed, CTOC(s) placed before the first CHAP, and an optional COMM. */
export function patchFrames(frames: readonly Id3Frame[], options: PatchOptions = {}): Id3Frame[] {
  const kept = frames.filter((f) => f.id !== 'CTOC' && !(options.comment !== undefined && f.id === 'COMM'));
  const chapIds = kept.filter((f) => f.id === 'CHAP').map(chapElementId);
  const out: Id3Frame[] = [];
  let placed = chapIds.length === 0;
  for (const frame of kept) {
    if (frame.id === 'CHAP') {
      if (!placed) {
        out.push(...buildCtocs(chapIds));
        placed = true;
      }
      out.push(withUnusedOffsets(frame));
    } else out.push(frame);
  }
  if (options.comment !== undefined && options.comment !== '') out.push(commFrame(options.comment));
  return out;
}

export async function readTag(file: string): Promise<Buffer> {
  // O_NONBLOCK and fstat: a FIFO or device named like an episode is refused, never waited on.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Id3Error(`${file} is not a regular file`);
    const header = Buffer.alloc(10);
    await handle.read(header, 0, 10, 0);
    const size = tagSizeFromHeader(header);
    if (size === 0) throw new Id3Error(`${file} has no ID3v2 tag`);
    const tag = Buffer.alloc(size);
    const { bytesRead } = await handle.read(tag, 0, size, 0);
    if (bytesRead < size) throw new Id3Error('ID3 tag is truncated');
    return tag;
  } finally {
    await handle.close();
  }
}

/**
 * Rewrites `inFile` to `outFile` with the patched tag, streaming the audio after it. Returns the CHAP
 * element ids in the order the CTOC lists them.
 */
export async function addTableOfContents(inFile: string, outFile: string, options: PatchOptions = {}): Promise<string[]> {
  const tag = parseId3v23(await readTag(inFile));
  const frames = patchFrames(tag.frames, options);
  const chapIds = frames.filter((f) => f.id === 'CHAP').map(chapElementId);
  // A little padding lets other tools edit the tag later without rewriting the whole file.
  const newTag = serializeTag(frames, 256);
  const out = createWriteStream(outFile);
  out.write(newTag);
  await pipeline(createReadStream(inFile, { start: tag.totalSize }), out);
  return chapIds;
}

/** Splits ID3v2.3 text (encoding byte first: 0 latin1, 1 UTF-16 with BOM) at its terminators. */
export function decodeTextFields(body: Buffer): string[] {
  const encoding = body[0];
  const data = body.subarray(1);
  if (encoding === 1) {
    const parts: string[] = [];
    let start = 0;
    for (let i = 0; i + 1 < data.length; i += 2) {
      if (data[i] === 0 && data[i + 1] === 0) {
        parts.push(decodeUtf16(data.subarray(start, i)));
        start = i + 2;
      }
    }
    parts.push(decodeUtf16(data.subarray(start)));
    return parts;
  }
  return data.toString('latin1').split('\0');
}

function decodeUtf16(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.subarray(bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0).toString('utf16le');
}

/** The value of the TXXX frame with this description, or undefined. */
export function userText(frames: readonly Id3Frame[], description: string): string | undefined {
  for (const frame of frames) {
    if (frame.id !== 'TXXX') continue;
    const [desc, value] = decodeTextFields(frame.body);
    if (desc === description) return value;
  }
  return undefined;
}

/** Title and times (ms) of every CHAP frame, in tag order. */
export function chapterFrames(frames: readonly Id3Frame[]): { title: string; startMs: number; endMs: number }[] {
  return frames
    .filter((f) => f.id === 'CHAP')
    .map((f) => {
      const at = f.body.indexOf(0) + 1;
      let title = '';
      for (let sub = at + 16; sub + 10 <= f.body.length; ) {
        const size = f.body.readUInt32BE(sub + 4);
        if (f.body.toString('latin1', sub, sub + 4) === 'TIT2') title = decodeTextFields(f.body.subarray(sub + 10, sub + 10 + size))[0] ?? '';
        sub += 10 + size;
      }
      return { title, startMs: f.body.readUInt32BE(at), endMs: f.body.readUInt32BE(at + 4) };
    });
}
