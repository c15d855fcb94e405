import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFrameHeader } from '../../src/audio/mp3-frames.ts';
import { readMp3 } from '../../src/tts/edge-mp3.ts';

function encode(seconds: number, extra: string[] = []): Buffer {
  return execFileSync(ffmpegInstaller.path, [
    '-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `sine=frequency=500:sample_rate=24000:duration=${seconds}`,
    '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '96k', ...extra, '-f', 'mp3', 'pipe:1',
  ]);
}

/** What ffmpeg itself decodes from the bytes, in ms. */
function decodedMs(data: Buffer): number {
  const out = execFileSync(ffmpegInstaller.path, ['-hide_banner', '-f', 'mp3', '-i', 'pipe:0', '-f', 's16le', '-ac', '1', '-ar', '24000', 'pipe:1'], { input: data, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
  return (out.length / 2 / 24000) * 1000;
}

describe('readMp3', () => {
  const plain = encode(1.5, ['-write_xing', '0', '-id3v2_version', '0']);

  it('counts the frames of service-like MP3 (24 kHz mono, 24 ms per frame)', () => {
    const mp3 = readMp3(plain);
    expect(mp3.sampleRate).toBe(24000);
    expect(mp3.data.length).toBe(plain.length);
    expect(mp3.durationMs).toBeCloseTo(mp3.frames * 24, 6);
    expect(Math.abs(mp3.durationMs - decodedMs(plain))).toBeLessThanOrEqual(48);
  });

  it('drops ID3 tags, the Xing/Info frame, garbage and a cut last frame', () => {
    const tagged = encode(1.5); // ID3v2 tag + Info frame
    const mp3 = readMp3(Buffer.concat([Buffer.from('junk\xff\xfe'), tagged, plain.subarray(0, 100)]));
    expect(mp3.frames).toBe(readMp3(plain).frames);
    expect(mp3.data.subarray(0, 4).equals(plain.subarray(0, 4))).toBe(true);
  });

  it('measures joined chunks as the sum of their parts, as a decoder does', () => {
    const a = readMp3(encode(0.7, ['-write_xing', '0', '-id3v2_version', '0']));
    const b = readMp3(encode(1.1));
    const joined = Buffer.concat([a.data, b.data]);
    expect(readMp3(joined).durationMs).toBeCloseTo(a.durationMs + b.durationMs, 6);
    expect(Math.abs(decodedMs(joined) - (a.durationMs + b.durationMs))).toBeLessThanOrEqual(48);
  });

  it('reads the headers of both formats the service serves with the one frame reader (MPEG-2, 576 samples)', () => {
    for (const kbps of [96, 48]) {
      const mp3 = encode(0.5, ['-b:a', `${kbps}k`, '-write_xing', '0', '-id3v2_version', '0']);
      expect(readFrameHeader(mp3, 0)).toEqual({ bitrateKbps: kbps, sampleRate: 24000, mono: true, mpeg1: false, samples: 576, length: 3 * kbps });
    }
  });

  it('finds nothing in empty or non-MP3 data', () => {
    expect(readMp3(Buffer.alloc(0)).frames).toBe(0);
    expect(readMp3(Buffer.from('RIFF....WAVEfmt '.repeat(50))).frames).toBe(0);
  });
});
