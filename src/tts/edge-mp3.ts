// Finds the audio frames in what the service sent, so Edge audio can be checked and measured without
// ffmpeg: the duration of a chunk is exactly its frame count times the samples per frame, which is what
// a long segment's word timings need when its chunks are joined. Tags and the Xing/Info frame are dropped
// so that joined chunks are one clean frame stream (an Info frame in the middle would decode as a click
// of silence). The frame headers are read by the project's one MP3 frame reader.
import { tagSizeFromHeader } from '../audio/id3-ctoc.ts';
import { readFrameHeader, xingOffset, type FrameHeader } from '../audio/mp3-frames.ts';

export interface Mp3Audio {
  /** The audio frames only, back to back. */
  data: Buffer;
  frames: number;
  /** Decoded duration: sum of samples per frame / sample rate. */
  durationMs: number;
  sampleRate: number;
}

const id3v2Size = (buf: Buffer, at: number) => (at + 10 <= buf.length ? tagSizeFromHeader(buf.subarray(at, at + 10)) : 0);

/** True when the frame is a Xing/Info/VBRI header frame (metadata, no audio). */
function isInfoFrame(buf: Buffer, at: number, header: FrameHeader): boolean {
  const xing = at + xingOffset(header);
  const tag = buf.toString('latin1', xing, xing + 4);
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
