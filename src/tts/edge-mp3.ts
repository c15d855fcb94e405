// Reads MP3 frame headers, so Edge audio can be checked and measured without ffmpeg: the duration of a
// chunk is exactly its frame count times the samples per frame, which is what a long segment's word
// timings need when its chunks are joined. Tags and the Xing/Info frame are dropped so that joined
// chunks are one clean frame stream (an Info frame in the middle would decode as a click of silence).

export interface Mp3Audio {
  /** The audio frames only, back to back. */
  data: Buffer;
  frames: number;
  /** Decoded duration: sum of samples per frame / sample rate. */
  durationMs: number;
  sampleRate: number;
}

const BITRATES_KBPS: Record<string, number[]> = {
  // [versionGroup][layer]: index 0 = free, 15 = bad
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

export interface FrameHeader {
  length: number;
  samples: number;
  sampleRate: number;
  mpeg1: boolean;
  mono: boolean;
}

/** Parses the 4-byte header at `at`, or returns null when it is not a valid frame header. */
export function readFrameHeader(buf: Buffer, at: number): FrameHeader | null {
  if (at + 4 > buf.length) return null;
  const b1 = buf[at + 1]!;
  const b2 = buf[at + 2]!;
  const b3 = buf[at + 3]!;
  if (buf[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 3; // 3 = MPEG1, 2 = MPEG2, 0 = MPEG2.5
  const layerBits = (b1 >> 1) & 3; // 1 = III, 2 = II, 3 = I
  const bitrateIndex = (b2 >> 4) & 0xf;
  const rateIndex = (b2 >> 2) & 3;
  if (version === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const layer = 4 - layerBits;
  const mpeg1 = version === 3;
  const kbps = BITRATES_KBPS[`${mpeg1 ? 1 : 2}-${layer}`]![bitrateIndex]!;
  const sampleRate = SAMPLE_RATES[version]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  const bitrate = kbps * 1000;
  let length: number;
  let samples: number;
  if (layer === 1) {
    length = (Math.floor((12 * bitrate) / sampleRate) + padding) * 4;
    samples = 384;
  } else if (layer === 2 || mpeg1) {
    length = Math.floor((144 * bitrate) / sampleRate) + padding;
    samples = 1152;
  } else {
    length = Math.floor((72 * bitrate) / sampleRate) + padding;
    samples = 576;
  }
  return { length, samples, sampleRate, mpeg1, mono: (b3 >> 6) === 3 };
}

function id3v2Size(buf: Buffer, at: number): number {
  if (at + 10 > buf.length || buf.toString('latin1', at, at + 3) !== 'ID3') return 0;
  const size = ((buf[at + 6]! & 0x7f) << 21) | ((buf[at + 7]! & 0x7f) << 14) | ((buf[at + 8]! & 0x7f) << 7) | (buf[at + 9]! & 0x7f);
  const footer = buf[at + 5]! & 0x10 ? 10 : 0;
  return 10 + size + footer;
}

/** True when the frame is a Xing/Info/VBRI header frame (metadata, no audio). */
function isInfoFrame(buf: Buffer, at: number, header: FrameHeader): boolean {
  const sideInfo = header.mpeg1 ? (header.mono ? 17 : 32) : header.mono ? 9 : 17;
  const tag = buf.toString('latin1', at + 4 + sideInfo, at + 8 + sideInfo);
  return tag === 'Xing' || tag === 'Info' || buf.toString('latin1', at + 36, at + 40) === 'VBRI';
}

/**
 * Extracts the audio frames of an MP3 byte stream: skips ID3v2 tags, Xing/Info frames, trailing tags and
 * garbage, and drops a truncated last frame. A frame counts only when the next frame (or the end of the
 * data) follows it exactly, so random bytes that look like a sync word are not taken for audio.
 */
export function readMp3(buf: Buffer): Mp3Audio {
  const parts: Buffer[] = [];
  let frames = 0;
  let durationMs = 0;
  let sampleRate = 0;
  let at = 0;
  let first = true;
  while (at + 4 <= buf.length) {
    const tag = id3v2Size(buf, at);
    if (tag > 0) {
      at += tag;
      continue;
    }
    const header = readFrameHeader(buf, at);
    if (!header || at + header.length > buf.length) {
      at += 1;
      continue;
    }
    const next = at + header.length;
    const chained = next === buf.length || readFrameHeader(buf, next) !== null || id3v2Size(buf, next) > 0 || buf.toString('latin1', next, next + 3) === 'TAG';
    if (!chained) {
      at += 1;
      continue;
    }
    if (!(first && isInfoFrame(buf, at, header))) {
      parts.push(buf.subarray(at, next));
      frames += 1;
      durationMs += (header.samples * 1000) / header.sampleRate;
      sampleRate = header.sampleRate;
    }
    first = false;
    at = next;
  }
  return { data: Buffer.concat(parts), frames, durationMs, sampleRate };
}
