// frameOffsets guards the splice of the episode's pieces: only MPEG-1 Layer III frames (1152 samples
// each, what the pieces are encoded as) pass; the header reader also reads MPEG-2 for Edge's audio.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frameOffsets, readFrameHeader } from '../../src/audio/mp3-frames.ts';
import { makeClip } from '../helpers/audio-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-mp3-frames-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('frameOffsets', () => {
  it('refuses MPEG-2 frames (24 kHz), which the header reader itself accepts', async () => {
    // MPEG-1 pieces passing is what the split-encode tests splice every run.
    const mpeg2 = readFileSync(await makeClip(join(dir, 'b.mp3'), { seconds: 0.5, amplitude: 0.3, sampleRate: 24000, kind: 'tone' }));
    expect(() => frameOffsets(mpeg2)).toThrow(/no MPEG-1 Layer III frame at byte \d+/);
    const at = Number(/at byte (\d+)/.exec(String((() => { try { frameOffsets(mpeg2); } catch (e) { return e; } })()))![1]);
    expect(readFrameHeader(mpeg2, at)?.mpeg1).toBe(false);
  }, 60_000);
});
