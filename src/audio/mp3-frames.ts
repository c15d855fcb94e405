// MPEG Layer III frames, read and written without a decoder: what the split encode needs to cut
// pieces at frame boundaries, join them, and record the encoder delay and padding of the joined stream,
// and what the Edge engine needs to find and count the frames of the service's audio.
//
// Facts relied on (ISO 11172-3 and 13818-3; LAME's "Info" tag; checked against the bundled ffmpeg's own output):
// - MPEG-1 (32/44.1/48 kHz, the episode) frames hold 1152 samples, floor(144 × bitrate / sample rate)
//   bytes plus the padding bit; MPEG-2 and 2.5 (8 to 24 kHz, Edge's audio) frames hold 576 samples,
//   floor(72 × bitrate / sample rate) bytes plus the padding bit.
// - LAME delays its output by 576 samples and a decoder by 529 more: decoded sample 1105 is input
//   sample 0. The Info frame (first frame, no audio) stores delay (576) and end padding in 12 bits each;
//   decoders drop `delay + 529` samples at the start and `padding - 529` at the end, so a stream of F
//   audio frames decodes to exactly F × 1152 − delay − padding samples.
// - The Info frame's tag CRC (CRC-16, polynomial 0x8005 reflected) covers its first 190 bytes with
//   the CRC field itself zeroed, as ffmpeg writes and checks it.
import { open } from 'node:fs/promises';
import { tagSizeFromHeader } from './id3-ctoc.ts';

/** Samples per frame of the episode's MPEG-1 stream. */
export const FRAME_SAMPLES = 1152;
export const ENCODER_DELAY = 576;
export const DECODER_DELAY = 529;
/** Decoded samples before input sample 0 appears. */
export const PRIMING = ENCODER_DELAY + DECODER_DELAY;

/** Layer III bitrates by index: MPEG-1, then MPEG-2 and 2.5. */
const BITRATES_KBPS = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
/** Sample rates by the header's version bits (3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5; 1 is reserved). */
const SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

export interface FrameHeader {
  bitrateKbps: number;
  sampleRate: number;
  mono: boolean;
  /** MPEG-1 (1152 samples a frame); else MPEG-2 or 2.5 (576). */
  mpeg1: boolean;
  /** Samples the frame decodes to. */
  samples: number;
  /** Frame length in bytes, header included. */
  length: number;
}

/** The Layer III header at `at`, or null when the bytes there are not one. */
export function readFrameHeader(buffer: Buffer, at: number): FrameHeader | null {
  if (at + 4 > buffer.length) return null;
  const b1 = buffer[at + 1]!;
  const b2 = buffer[at + 2]!;
  // Sync (11 bits), the version (2 bits, 01 reserved), Layer III (01), then the "no CRC" bit.
  if (buffer[at] !== 0xff || (b1 & 0xe0) !== 0xe0 || (b1 & 0x06) !== 0x02) return null;
  const version = (b1 >> 3) & 3;
  const rates = SAMPLE_RATES[version];
  if (!rates) return null;
  const mpeg1 = version === 3;
  const bitrateKbps = (mpeg1 ? BITRATES_KBPS.mpeg1 : BITRATES_KBPS.mpeg2)[b2 >> 4];
  const sampleRate = rates[(b2 >> 2) & 3];
  if (!bitrateKbps || !sampleRate) return null;
  const length = Math.floor(((mpeg1 ? 144_000 : 72_000) * bitrateKbps) / sampleRate) + ((b2 >> 1) & 1);
  return { bitrateKbps, sampleRate, mono: buffer[at + 3]! >> 6 === 3, mpeg1, samples: mpeg1 ? 1152 : 576, length };
}

/**
 * Byte ranges of the audio frames in a raw MPEG-1 Layer III stream (an ID3v2 tag at the start is
 * skipped), as the episode's pieces are: their arithmetic is FRAME_SAMPLES per frame. Throws when the
 * data is not a clean run of such frames: a piece with junk (or another MPEG version's frames, which
 * the header reader accepts for Edge's 24 kHz audio) in it must never be spliced in.
 */
export function frameOffsets(buffer: Buffer): number[] {
  const offsets: number[] = [];
  let at = buffer.length >= 10 ? tagSizeFromHeader(buffer.subarray(0, 10)) : 0;
  while (at < buffer.length) {
    const header = readFrameHeader(buffer, at);
    if (!header || !header.mpeg1 || at + header.length > buffer.length) throw new Error(`no MPEG-1 Layer III frame at byte ${at} of ${buffer.length}`);
    offsets.push(at);
    at += header.length;
  }
  offsets.push(at); // one past the last frame, so frame i is [offsets[i], offsets[i + 1])
  return offsets;
}

/** Offset of the Xing/Info header inside a frame: after the 4-byte header and the side info. */
export const xingOffset = (header: FrameHeader) => 4 + (header.mpeg1 ? (header.mono ? 17 : 32) : header.mono ? 9 : 17);

let crcTable: Uint16Array | undefined;

/** CRC-16 (polynomial 0x8005, reflected, initial 0): LAME's and ffmpeg's AV_CRC_16_ANSI_LE. */
export function crc16(data: Uint8Array, crc = 0): number {
  if (!crcTable) {
    crcTable = new Uint16Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
      crcTable[n] = c;
    }
  }
  for (let i = 0; i < data.length; i++) crc = (crc >>> 8) ^ crcTable[(crc ^ data[i]!) & 0xff]!;
  return crc;
}

/** The LAME extension follows the Info header: "Info", flags, frames, bytes, 100-byte TOC, quality. */
const LAME_AFTER_XING = 120;
const DELAY_FIELD = 21;
const TAG_CRC_FIELD = 34;
const TAG_CRC_BYTES = 190;

/**
 * Writes the encoder delay and end padding into the Info frame that ffmpeg's muxer put at the start of
 * `file` (after its ID3 tag) when it stream-copied the joined frames: it knows the frames but not how
 * they were encoded, so it leaves both at 0. Recomputes the tag CRC. Returns the audio frame count the
 * Info frame records.
 */
export async function writeDelayAndPadding(file: string, delay: number, padding: number): Promise<number> {
  if (!(Number.isInteger(delay) && Number.isInteger(padding) && delay >= 0 && padding >= 0 && delay < 4096 && padding < 4096)) {
    throw new Error(`encoder delay ${delay} / padding ${padding} do not fit the LAME tag's 12 bits`);
  }
  const handle = await open(file, 'r+');
  try {
    const head = Buffer.alloc(10);
    await handle.read(head, 0, 10, 0);
    const start = tagSizeFromHeader(head);
    const frame = Buffer.alloc(2048);
    const { bytesRead } = await handle.read(frame, 0, frame.length, start);
    const header = readFrameHeader(frame.subarray(0, bytesRead), 0);
    if (!header) throw new Error('no MP3 frame after the ID3 tag');
    const xing = xingOffset(header);
    const magic = frame.toString('latin1', xing, xing + 4);
    const lame = xing + LAME_AFTER_XING;
    if ((magic !== 'Info' && magic !== 'Xing') || frame.readUInt32BE(xing + 4) !== 0x0f || lame + 36 > header.length) {
      throw new Error(`the first frame is not a complete Info frame (found "${magic}")`);
    }
    frame.writeUIntBE((delay << 12) | padding, lame + DELAY_FIELD, 3);
    frame.writeUInt16BE(0, lame + TAG_CRC_FIELD);
    frame.writeUInt16BE(crc16(frame.subarray(0, Math.min(TAG_CRC_BYTES, header.length))), lame + TAG_CRC_FIELD);
    await handle.write(frame, 0, header.length, start);
    return frame.readUInt32BE(xing + 8);
  } finally {
    await handle.close();
  }
}
