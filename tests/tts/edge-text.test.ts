import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanEdgeText, escapedByteLength, hasSpeakableText, splitEdgeText } from '../../src/tts/edge-text.ts';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('cleanEdgeText', () => {
  it.each([
    ['What?!?! No!!!', 'What? No!'],
    ['Really???', 'Really?'],
    ['Wait....', 'Wait...'],
    ['a\u0000b\u0007c\u001bd', 'a b c d'],
    ['line\nbreak\ttab\r\nend', 'line break tab end'],
    ['C1\u0085control', 'C1 control'],
    ['rule ----- here ==== and ****', 'rule here and'],
    ['lone \ud800 surrogate', 'lone surrogate'],
    ['keeps 😀 pairs & <markup> "quotes"', 'keeps 😀 pairs & <markup> "quotes"'],
    ['  spaced   out  ', 'spaced out'],
  ])('%j → %j', (input, expected) => {
    expect(cleanEdgeText(input)).toBe(expected);
  });

  it('tells text with something to say from punctuation', () => {
    expect(hasSpeakableText('— …')).toBe(false);
    expect(hasSpeakableText('2024')).toBe(true);
    expect(hasSpeakableText('Ünïcödé')).toBe(true);
  });
});

describe('escapedByteLength', () => {
  it('counts the escaped UTF-8 form, as it travels in the SSML', () => {
    expect(escapedByteLength('a&b')).toBe(7); // a&amp;b
    expect(escapedByteLength('é')).toBe(2);
    expect(escapedByteLength('😀')).toBe(4);
    expect(escapedByteLength(`<'">`)).toBe(4 + 6 + 6 + 4);
  });
});

describe('splitEdgeText', () => {
  it('keeps short text whole', () => {
    expect(splitEdgeText('One. Two.', 100)).toEqual(['One. Two.']);
  });

  it('cuts at sentence ends, never mid-sentence when sentences fit', () => {
    const text = 'First sentence here. Second one is “quoted.” Third? Fourth!';
    const chunks = splitEdgeText(text, 30);
    expect(chunks).toEqual(['First sentence here.', 'Second one is “quoted.”', 'Third? Fourth!']);
  });

  it('cuts at the sentences the script sees: never after "Mr." or "U.S."', () => {
    expect(splitEdgeText('It rained. Mr. Smith came.', 15)).toEqual(['It rained.', 'Mr. Smith came.']);
    expect(splitEdgeText('Rain fell. U.S. troops left.', 17)).toEqual(['Rain fell.', 'U.S. troops left.']);
    expect(splitEdgeText('東京は晴れ。大阪は雨。', 20)).toEqual(['東京は晴れ。', '大阪は雨。']);
  });

  it('falls back to clauses, words, then whole characters', () => {
    expect(splitEdgeText('alpha beta, gamma delta, epsilon', 14)).toEqual(['alpha beta,', 'gamma delta,', 'epsilon']);
    expect(splitEdgeText('😀😀😀😀😀', 8)).toEqual(['😀😀', '😀😀', '😀']);
    // "&" is 5 bytes escaped: a chunk never ends halfway through an entity.
    expect(splitEdgeText('&&&&&', 10)).toEqual(['&&', '&&', '&']);
  });

  it('keeps every chunk under the limit and loses no word (property)', () => {
    const token = fc.oneof(
      fc.constantFrom('the', 'news', 'Zelenskyy', 'Ünïcödé', '日本語', '😀', 'a&b', '<tag>', '"q"', "it's", 'x'.repeat(30)),
      fc.constantFrom('.', '!', '?', ',', ';', '…', '。'),
    );
    const text = fc.array(fc.tuple(token, fc.constantFrom(' ', '', '  ')), { minLength: 1, maxLength: 200 }).map((parts) => parts.map(([t, s]) => t + s).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 40, max: 400 }), (input, max) => {
        const chunks = splitEdgeText(input, max);
        for (const chunk of chunks) {
          expect(escapedByteLength(chunk)).toBeLessThanOrEqual(max);
          expect(chunk).toBe(chunk.trim());
          expect(chunk).not.toBe('');
        }
        // Only whitespace may change; characters are never dropped, reordered or split.
        expect(chunks.join('').replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
        expect(words(chunks.join(' ')).length).toBeGreaterThanOrEqual(words(input).length);
      }),
      { numRuns: 300 },
    );
  });
});
