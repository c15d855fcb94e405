import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/article/decode.ts';

const file = (bytes: Buffer) => decodeBytes(bytes, { source: 'x' });
const page = (bytes: Buffer, options: { charset?: string; html?: boolean } = {}) => decodeBytes(bytes, { source: 's', undeclared: 'windows-1252', ...options });

describe('decodeBytes, for files that cannot declare a charset', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.from('\ufeffHeadline\n\nBody.', 'utf8'), 'Headline\n\nBody.'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zelenskyy’s “war”', 'utf16le')]), 'Zelenskyy’s “war”'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Hi', 'utf16le').swap16()]), 'Hi'],
  ])('%s', (_, bytes, text) => {
    expect(file(bytes)).toBe(text);
  });

  it('rejects binary data and invalid UTF-8', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeBytes(png, { source: 'photo.txt' })).toThrow(/binary/);
    expect(() => decodeBytes(Buffer.from([0x48, 0xc3, 0x28]), { source: 'bad.txt' })).toThrow(/not valid UTF-8/);
    expect(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0x28]), { source: 'bad.txt' })).toThrow(/not valid UTF-8/);
  });
});

describe('decodeBytes, for web pages and HTML', () => {
  it('prefers a byte-order mark, falls back to windows-1252 for undeclared non-UTF-8 bytes, and rejects binary', () => {
    expect(page(Buffer.from('\ufeffHi', 'utf8'), { charset: 'iso-8859-1' })).toBe('Hi');
    expect(page(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x81]))).toBe('Café €\u0081');
    expect(() => page(Buffer.from([0, 1, 2, 3, 0x50, 0x4e, 0x47, 0]))).toThrow(/binary/);
  });

  it('reads a <meta charset>, and a declared UTF-16 page without a BOM', () => {
    const latin = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94])]);
    expect(page(latin, { html: true })).toBe('<meta charset="iso-8859-1"><p>“Café”');
    expect(page(Buffer.from('Hi', 'utf16le'), { charset: 'utf-16le' })).toBe('Hi');
    expect(() => page(Buffer.from('x'), { charset: 'x-klingon' })).toThrow(/unsupported character encoding "x-klingon"/);
  });
});
