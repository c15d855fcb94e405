import { describe, expect, it } from 'vitest';
import { buildFfmetadata, escapeFfmetadata } from '../../src/audio/ffmetadata.ts';

describe('escapeFfmetadata', () => {
  it.each([
    ['plain title', 'plain title'],
    ['a=b', 'a\\=b'],
    ['semi;colon', 'semi\\;colon'],
    ['#hash', '\\#hash'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\\nlines'],
    ['crlf\r\nline', 'crlf\\\nline'],
    ['all = ; # \\ \n', 'all \\= \\; \\# \\\\ \\\n'],
    ['“Unicode” — ünï', '“Unicode” — ünï'],
  ])('%j', (input, expected) => {
    expect(escapeFfmetadata(input)).toBe(expected);
  });
});

describe('buildFfmetadata', () => {
  it('writes the header, tags and chapters in ms', () => {
    const text = buildFfmetadata({ title: 'A; B', artist: 'X', description: undefined, comment: '' }, [
      { title: 'One', startMs: 0, endMs: 1500 },
      { title: 'Two = 2', startMs: 1500, endMs: 3000 },
    ]);
    expect(text).toBe(
      [';FFMETADATA1', 'title=A\\; B', 'artist=X', '[CHAPTER]', 'TIMEBASE=1/1000', 'START=0', 'END=1500', 'title=One', '[CHAPTER]', 'TIMEBASE=1/1000', 'START=1500', 'END=3000', 'title=Two \\= 2', ''].join('\n'),
    );
  });

  it('rejects empty or non-integer chapters', () => {
    expect(() => buildFfmetadata({}, [{ title: 'x', startMs: 10, endMs: 10 }])).toThrow(/invalid times/);
    expect(() => buildFfmetadata({}, [{ title: 'x', startMs: 0.5, endMs: 10 }])).toThrow(/invalid times/);
  });
});
