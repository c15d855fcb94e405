import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCtocs,
  chapElementId,
  commFrame,
  CTOC_MAX_ENTRIES,
  parseId3v23,
  patchFrames,
  readSyncsafe,
  readTag,
  serializeTag,
  writeSyncsafe,
  type Id3Frame,
} from '../../src/audio/id3-ctoc.ts';

function chap(id: string, startMs: number, endMs: number, offsets = 0): Id3Frame {
  const head = Buffer.alloc(16);
  head.writeUInt32BE(startMs, 0);
  head.writeUInt32BE(endMs, 4);
  head.writeUInt32BE(offsets, 8);
  head.writeUInt32BE(offsets, 12);
  return { id: 'CHAP', flags: 0, body: Buffer.concat([Buffer.from(`${id}\0`, 'latin1'), head]) };
}
const text = (id: string, value: string): Id3Frame => ({ id, flags: 0, body: Buffer.from(`\0${value}`, 'latin1') });

/** Parses a CTOC body: [element id, flags, child ids]. */
function readCtoc(frame: Id3Frame): { id: string; flags: number; children: string[] } {
  const parts = frame.body.toString('latin1').split('\0');
  const id = parts[0]!;
  const flags = frame.body[id.length + 1]!;
  const count = frame.body[id.length + 2]!;
  const children = frame.body.toString('latin1', id.length + 3).split('\0').slice(0, count);
  return { id, flags, children };
}

describe('syncsafe sizes', () => {
  it.each([0, 1, 127, 128, 16383, 16384, 0x0fffffff])('%i round-trips', (n) => {
    const b = writeSyncsafe(n);
    expect([...b].every((x) => x < 0x80)).toBe(true);
    expect(readSyncsafe(b, 0)).toBe(n);
  });
  it('rejects sizes over 28 bits', () => {
    expect(() => writeSyncsafe(1 << 28)).toThrow();
  });
});

describe('parse and serialize', () => {
  it('round-trips frames and skips padding', () => {
    const frames = [text('TIT2', 'Title'), chap('ch0', 0, 1000)];
    const tag = serializeTag(frames, 100);
    const parsed = parseId3v23(Buffer.concat([tag, Buffer.from([0xff, 0xfb])]));
    expect(parsed.major).toBe(3);
    expect(parsed.totalSize).toBe(tag.length);
    expect(parsed.frames).toEqual(frames);
  });
  it('uses plain 32-bit frame sizes (v2.3), not syncsafe', () => {
    const big: Id3Frame = { id: 'TXXX', flags: 0, body: Buffer.alloc(200, 0x41) };
    const tag = serializeTag([big]);
    expect(tag.readUInt32BE(14)).toBe(200);
    expect(parseId3v23(tag).frames[0]!.body.length).toBe(200);
  });
  it('refuses ID3v2.4', () => {
    const tag = serializeTag([text('TIT2', 'x')]);
    tag[3] = 4;
    expect(() => parseId3v23(tag)).toThrow(/2\.4/);
  });
});

describe('patchFrames', () => {
  const frames = [text('TIT2', 'Episode'), chap('ch0', 0, 1000, 1234), chap('ch1', 1000, 2000, 5678), chap('ch2', 2000, 3000)];

  it('adds one top-level ordered CTOC listing every CHAP in order, before the first CHAP', () => {
    const out = patchFrames(frames);
    expect(out.map((f) => f.id)).toEqual(['TIT2', 'CTOC', 'CHAP', 'CHAP', 'CHAP']);
    expect(readCtoc(out[1]!)).toEqual({ id: 'toc', flags: 0x03, children: ['ch0', 'ch1', 'ch2'] });
  });

  it('sets CHAP byte offsets to 0xFFFFFFFF and keeps the times', () => {
    for (const frame of patchFrames(frames).filter((f) => f.id === 'CHAP')) {
      const at = chapElementId(frame).length + 1;
      expect(frame.body.readUInt32BE(at + 8)).toBe(0xffffffff);
      expect(frame.body.readUInt32BE(at + 12)).toBe(0xffffffff);
    }
    const first = patchFrames(frames).find((f) => f.id === 'CHAP')!;
    expect(first.body.readUInt32BE(4)).toBe(0);
    expect(first.body.readUInt32BE(8)).toBe(1000);
  });

  it('replaces an existing CTOC instead of adding a second', () => {
    const once = patchFrames(frames);
    expect(patchFrames(once).filter((f) => f.id === 'CTOC')).toHaveLength(1);
  });

  it('adds a COMM description', () => {
    const out = patchFrames(frames, { comment: 'A story' });
    const comm = out.find((f) => f.id === 'COMM')!;
    expect(comm.body).toEqual(Buffer.from('\0eng\0A story\0', 'latin1'));
  });

  it('leaves a tag without chapters without a CTOC', () => {
    expect(patchFrames([text('TIT2', 'x')]).map((f) => f.id)).toEqual(['TIT2']);
  });
});

describe('commFrame', () => {
  it('uses UTF-16 with BOM for text outside Latin-1', () => {
    const body = commFrame('“Hi” — ok').body;
    expect(body[0]).toBe(1);
    expect(body.subarray(4, 8)).toEqual(Buffer.from([0xff, 0xfe, 0, 0]));
    expect(body.subarray(10).toString('utf16le')).toBe('“Hi” — ok\0');
  });
});

describe('buildCtocs', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `ch${i}`);

  it(`holds up to ${CTOC_MAX_ENTRIES} chapters in one top-level CTOC`, () => {
    const frames = buildCtocs(ids(255));
    expect(frames).toHaveLength(1);
    expect(readCtoc(frames[0]!).children).toEqual(ids(255));
  });

  it('nests CTOCs of at most 255 chapters beyond that', () => {
    const frames = buildCtocs(ids(600)).map(readCtoc);
    expect(frames.map((f) => f.id)).toEqual(['toc', 'toc1', 'toc2', 'toc3']);
    expect(frames[0]).toEqual({ id: 'toc', flags: 0x03, children: ['toc1', 'toc2', 'toc3'] });
    expect(frames.slice(1).map((f) => f.flags)).toEqual([0x01, 0x01, 0x01]);
    expect(frames.slice(1).flatMap((f) => f.children)).toEqual(ids(600));
    expect(frames[1]!.children).toHaveLength(255);
  });
});

describe('readTag on what is not an episode file', () => {
  it('refuses a FIFO named like an episode instead of waiting for a writer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'id3-fifo-'));
    execFileSync('mkfifo', [join(dir, 'story.mp3')]);
    await expect(readTag(join(dir, 'story.mp3'))).rejects.toThrow(/not a regular file/);
    await rm(dir, { recursive: true, force: true });
  });
});
