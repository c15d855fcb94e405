// Where the episode is cut for the split encode, as pure arithmetic on sample counts.
//
// The episode is encoded in pieces, all at once on every core, and the pieces' MP3 frames are joined.
// For the join to be exact, every cut falls on a frame boundary of the one stream the pieces make up:
// decoded sample u of that stream lies in frame floor(u / 1152), and input sample t decodes at
// u = t + 1105 (mp3-frames.ts), so a cut at input sample t needs (t + 1105) % 1152 = 0. Each cut is
// placed inside a long pause, and that pause is lengthened or shortened by at most half a frame (13 ms)
// to reach such a boundary. That padding depends only on the audio since the previous cut, so an edited
// paragraph changes its own piece and leaves every later piece's samples, and its cached frames, alone.
import { FRAME_SAMPLES, PRIMING } from './mp3-frames.ts';

export interface Segment {
  /** Silence before the segment, samples. */
  pauseSamples: number;
  /** The segment's own audio, samples. */
  samples: number;
}

export interface SplitOptions {
  /**
   * A long pause is cut when at least this much audio precedes it since the previous long pause: the
   * decision looks at one stretch between long pauses (about a paragraph), never at where the previous
   * cut fell, so an edit changes at most the cuts at its own stretch's ends. Shorter stretches join the next.
   */
  minPieceSamples: number;
  /** Only pauses at least this long are cut (both halves then hold plenty of frames of silence). */
  minCutSamples: number;
}

export interface SplitPlan {
  /** Per segment: silence added to (or, negative, taken from) its pause so that the cut inside it lands on a frame boundary. */
  padSamples: number[];
  /** The pieces: [start, end) in episode samples (with the padding), and the frames they become. */
  pieces: { start: number; end: number; firstFrame: number; frames: number }[];
  totalSamples: number;
  totalFrames: number;
}

/** Frames a stream of `samples` input samples needs so that a decoder outputs every one of them. */
export const framesFor = (samples: number) => Math.ceil((samples + PRIMING) / FRAME_SAMPLES);

/** The padding in [-576, 576) that makes (position + padding + 1105) a multiple of 1152. */
function padToFrame(position: number): number {
  const pad = (FRAME_SAMPLES - ((position + PRIMING) % FRAME_SAMPLES)) % FRAME_SAMPLES;
  return pad >= FRAME_SAMPLES / 2 ? pad - FRAME_SAMPLES : pad;
}

export function planSplit(segments: readonly Segment[], options: SplitOptions): SplitPlan {
  const padSamples = segments.map(() => 0);
  const cuts: number[] = [];
  let position = 0;
  let stretchAudio = 0;
  segments.forEach((segment, i) => {
    const long = i > 0 && segment.pauseSamples >= options.minCutSamples;
    if (long && stretchAudio >= options.minPieceSamples) {
      // The first half of the pause ends this piece; the cut lands where the padding puts it.
      const before = segment.pauseSamples - Math.floor(segment.pauseSamples / 2);
      const pad = padToFrame(position + before);
      padSamples[i] = pad;
      cuts.push(position + before + pad);
    }
    if (long) stretchAudio = 0;
    position += segment.pauseSamples + padSamples[i]! + segment.samples;
    stretchAudio += segment.samples;
  });
  const totalSamples = position;
  const totalFrames = framesFor(totalSamples);
  const bounds = [0, ...cuts, totalSamples];
  const pieces = bounds.slice(0, -1).map((start, p) => {
    const end = bounds[p + 1]!;
    const firstFrame = p === 0 ? 0 : (start + PRIMING) / FRAME_SAMPLES;
    const endFrame = p === bounds.length - 2 ? totalFrames : (end + PRIMING) / FRAME_SAMPLES;
    return { start, end, firstFrame, frames: endFrame - firstFrame };
  });
  return { padSamples, pieces, totalSamples, totalFrames };
}

/**
 * Frames each piece is encoded with beyond its own: silence before it (so its first kept frame is not
 * the encoder's first, and its input starts on the joined stream's frame grid) and after it (the
 * encoder's look-ahead). Both fall inside the pause around the cut, which is silence in the joined
 * stream too, so every piece's input is exactly the joined stream's audio over the frames it covers.
 */
export const LEAD_FRAMES = 2;
export const TAIL_FRAMES = 2;

/** Silence to feed before piece p's own samples: it then starts LEAD_FRAMES frames before its first kept frame. */
export const leadSamples = (pieceIndex: number) => (pieceIndex === 0 ? 0 : LEAD_FRAMES * FRAME_SAMPLES - PRIMING);
/** Index, among the frames piece p's encode produces, of its first kept frame. */
export const firstKeptFrame = (pieceIndex: number) => (pieceIndex === 0 ? 0 : LEAD_FRAMES);
