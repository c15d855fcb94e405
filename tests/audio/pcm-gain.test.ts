// applyGain looks samples up in a table per gain: every s16 value must come out exactly as scaling,
// rounding and clamping it would, on both the aligned and the odd-offset path.
import { describe, expect, it } from 'vitest';
import { applyGain } from '../../src/audio/pcm.ts';

/** Every s16 value once, as little-endian bytes starting at `offset` of a fresh buffer. */
function everySample(offset: number): Buffer {
  const buffer = Buffer.alloc(offset + 65536 * 2);
  for (let v = -32768; v <= 32767; v++) buffer.writeInt16LE(v, offset + (v + 32768) * 2);
  return buffer.subarray(offset);
}

const expected = (v: number, gainDb: number) => Math.max(-32768, Math.min(32767, Math.round(v * 10 ** (gainDb / 20))));

describe('applyGain', () => {
  it.each([0.5, -0.5, 6, -12, 3.7, 20, -60])('scales, rounds and clamps every sample at %d dB', (gainDb) => {
    for (const offset of [0, 1]) {
      const chunk = everySample(offset);
      expect(chunk.byteOffset % 2).toBe(offset);
      applyGain(chunk, gainDb);
      for (let v = -32768; v <= 32767; v++) {
        const got = chunk.readInt16LE((v + 32768) * 2);
        if (got !== expected(v, gainDb)) expect({ v, gainDb, offset, got }).toEqual({ v, gainDb, offset, got: expected(v, gainDb) });
      }
    }
  });

  it('gives the same result with more gains in use than the tables it keeps', () => {
    const gains = Array.from({ length: 40 }, (_, i) => (i - 20) / 2);
    for (const round of [1, 2]) {
      for (const gainDb of gains) {
        const chunk = Buffer.alloc(8);
        [-32768, -1234, 1234, 32767].forEach((v, i) => chunk.writeInt16LE(v, i * 2));
        applyGain(chunk, gainDb);
        expect([0, 1, 2, 3].map((i) => chunk.readInt16LE(i * 2)), `round ${round}, ${gainDb} dB`).toEqual([-32768, -1234, 1234, 32767].map((v) => expected(v, gainDb)));
      }
    }
  });
});
