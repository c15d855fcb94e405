// Measured clips → what the episode's samples will be: each voice's gain, the span kept of each clip,
// where the split encode cuts (split-plan.ts), the parts of every piece and the episode's loudness
// gain. Pure arithmetic on measurements, so the assembly and the early encode (early-encode.ts) compute
// exactly the same pieces from the same clips.
import { basename } from 'node:path';
import { ffmpegError, internalError } from '../errors.ts';
import type { LoudnessTarget } from './args.ts';
import type { MeasuredClip } from './clip-decoder.ts';
import { episodeBlocks, gatedLoudness, planGains, type ClipLevel } from './loudness.ts';
import { msToSamples, samplesToMs } from './pcm.ts';
import type { EpisodePart } from './split-encode.ts';
import { planSplit, type SplitPlan } from './split-plan.ts';

export interface PlannedPiece {
  file: string;
  pauseBeforeMs: number;
  /** Voice that spoke the clip: level matching pools a voice's clips (without it, each clip alone). */
  voice?: string;
}

/** Where every piece lands, in samples; pure so it can be tested without audio. */
export interface Layout {
  /** Per chapter, per piece: first sample of its audio. */
  pieceStarts: number[][];
  chapterStarts: number[];
  totalSamples: number;
}

/** `padSamples`: silence added to a pause so that a cut of the split encode lands on a frame boundary. */
export function layoutEpisode(chapters: readonly { pieces: readonly { pauseBeforeMs: number; samples: number; padSamples?: number }[] }[]): Layout {
  let cursor = 0;
  const pieceStarts = chapters.map((chapter) =>
    chapter.pieces.map((piece) => {
      cursor += msToSamples(piece.pauseBeforeMs) + (piece.padSamples ?? 0);
      const start = cursor;
      cursor += piece.samples;
      return start;
    }),
  );
  // The first chapter owns any leading silence; every later chapter starts on its first word, so
  // the pause before it closes the previous chapter.
  const chapterStarts = pieceStarts.map((starts, c) => (c === 0 ? 0 : starts[0]!));
  return { pieceStarts, chapterStarts, totalSamples: cursor };
}

/**
 * LAME at speech bitrates lowers measured loudness a little (measured on the sample: 0.5 LU at
 * 64 kbit/s, -q 5 and -q 7 alike); the gain makes up for it so the MP3, not the PCM, hits the target.
 */
const MP3_LOUDNESS_LOSS_DB = 0.5;
/** Pieces of the split encode: cut at pauses of at least 400 ms that end at least 4 s of speech since the previous one. */
const SPLIT = { minPieceSamples: msToSamples(4000), minCutSamples: msToSamples(400) };
/** What is kept of a clip's own silence before its first and after its last sound. */
const LEAD_IN_MS = 20;
const TAIL_MS = 80;
/** How far the measured gain may drift from the one an episode was made with before it is changed. */
const GAIN_HOLD_DB = 0.5;

/**
 * The gain, in 0.5 dB steps (at most 0.25 dB from the measurement: the episode stays within ±0.25 LU
 * of the target, Apple asks ±1): the previous episode's while within GAIN_HOLD_DB of it. An edit moves
 * the episode's loudness by hundredths of a dB; holding the gain keeps every untouched piece's samples,
 * and so its cached frames, as they were. Steps this coarse also let the early encode (early-encode.ts)
 * find the final gain before the last clips are in: their few seconds rarely move it to the next step.
 */
function steadyGain(exact: number, previous: number | null): number {
  if (previous !== null && Math.abs(exact - previous) <= GAIN_HOLD_DB) return previous;
  return Math.round(exact * 2) / 2;
}

export interface EpisodePlan {
  /** The chapters' pieces, in order. */
  pieces: PlannedPiece[];
  split: SplitPlan;
  layout: Layout;
  /** Per chapter, per piece: silence added to its pause so the cut inside it lands on a frame boundary. */
  padsByChapter: number[][];
  /** The episode's parts (silences, clip spans at their gains), in order, for the split encode. */
  parts: EpisodePart[];
  /** The clip's samples kept [start, end). */
  span(file: string): { start: number; end: number };
  /** Pauses inside the clip, ms from the start of its kept span. */
  gapsMs(file: string): number[];
  /** The episode's gain to the loudness target (0 without one). */
  loudnessGainDb: number;
}

export interface PlanOptions {
  loudness?: LoudnessTarget;
  /** The gain the episode already at the output was made with, if any (held while close: steadyGain). */
  previousGainDb: number | null;
  /** The clip's decoded PCM, when a piece holding it is encoded. */
  pcm: (file: string) => Promise<string>;
}

/** Plans the episode of these chapters from their clips' measurements (`measured` holds every file). */
export function planEpisode(chapters: readonly { pieces: readonly PlannedPiece[] }[], measured: ReadonlyMap<string, MeasuredClip>, options: PlanOptions): EpisodePlan {
  const pieces = chapters.flatMap((c) => c.pieces);
  const files = [...new Set(pieces.map((p) => p.file))];
  const clipOf = (file: string) => measured.get(file)!;
  // Level-match voices before the episode-wide loudness normalization.
  const gainByFile = new Map<string, number>();
  const gapsByFile = new Map<string, number[]>();
  // Engines pad clips with silence of their own (Flite ~0.25 s before each clip, Edge ~0.9 s after);
  // trimmed to a breath, so the configured pauses are the pauses and a chapter mark lands on the voice.
  const spanByFile = new Map<string, { start: number; end: number }>();
  if (options.loudness) {
    const groupOf = new Map<string, string>();
    for (const p of pieces) if (!groupOf.has(p.file)) groupOf.set(p.file, p.voice !== undefined ? `voice:${p.voice}` : `file:${p.file}`);
    const levels: (ClipLevel & { group: string })[] = [];
    for (const file of files) levels.push({ ...clipOf(file).level!, group: groupOf.get(file)! }); // measured: loudness is set
    // In 0.5 dB steps (inaudible between voices): an edit that moves a voice's measured level by a few
    // hundredths of a dB then leaves its gain, and so every cached piece of it, as it was.
    planGains(levels).forEach((gain, i) => gainByFile.set(files[i]!, Math.round(gain * 2) / 2));
    levels.forEach((level, i) => {
      const file = files[i]!;
      // A clip with no sound at all is a synthesis failure, never a pause to splice in.
      if (level.soundEnd <= level.soundStart) {
        throw ffmpegError(`Clip ${basename(file)} is silent: the speech engine returned no speech for one segment.`, 'Delete the clip cache (.cache/clips) and run again; with Edge, the service may be throttling.', undefined, 'ffmpeg.silent-clip');
      }
      const start = Math.max(0, level.soundStart - msToSamples(LEAD_IN_MS));
      const end = Math.min(clipOf(file).samples, level.soundEnd + msToSamples(TAIL_MS));
      spanByFile.set(file, { start, end });
      gapsByFile.set(file, level.gapsMs.map((g) => g - samplesToMs(start)));
    });
  }

  const span = (file: string) => spanByFile.get(file) ?? { start: 0, end: clipOf(file).samples };
  const used = (file: string) => span(file).end - span(file).start;
  const split = planSplit(pieces.map((p) => ({ pauseSamples: msToSamples(p.pauseBeforeMs), samples: used(p.file) })), SPLIT);
  let flat = 0;
  const padsByChapter = chapters.map((c) => c.pieces.map(() => split.padSamples[flat++]!));
  const layout = layoutEpisode(chapters.map((c, ci) => ({ pieces: c.pieces.map((p, pi) => ({ pauseBeforeMs: p.pauseBeforeMs, samples: used(p.file), padSamples: padsByChapter[ci]![pi]! })) })));
  if (split.totalSamples !== layout.totalSamples) {
    throw internalError(`The split plan holds ${split.totalSamples} samples, the layout ${layout.totalSamples}.`, undefined, 'internal.split-plan');
  }
  const parts: EpisodePart[] = [];
  pieces.forEach((p, i) => {
    const silenceSamples = msToSamples(p.pauseBeforeMs) + split.padSamples[i]!;
    if (silenceSamples > 0) parts.push({ silenceSamples });
    parts.push({ id: clipOf(p.file).id, pcm: () => options.pcm(p.file), gainDb: gainByFile.get(p.file) ?? 0, ...span(p.file) });
  });

  let loudnessGainDb = 0;
  if (options.loudness) {
    // From the clips' measurements, not another pass over the episode's samples: the pieces can then
    // be written and encoded at once, and an edit needs no unchanged piece's samples.
    const starts = layout.pieceStarts.flat();
    const placed = pieces.map((p, i) => ({ bins: clipOf(p.file).level!.bins, from: span(p.file).start, to: span(p.file).end, at: starts[i]!, gainDb: gainByFile.get(p.file) ?? 0 }));
    const measuredLevel = gatedLoudness(episodeBlocks(placed, layout.totalSamples));
    if (measuredLevel === null) {
      throw ffmpegError('The episode is silent: there is no speech to normalize.', 'The speech engine produced silence; delete the clip cache (.cache) and try again.', undefined, 'ffmpeg.silent-episode');
    }
    loudnessGainDb = steadyGain(options.loudness.integratedLufs - measuredLevel.lufs + MP3_LOUDNESS_LOSS_DB, options.previousGainDb);
  }
  return { pieces, split, layout, padsByChapter, parts, span, gapsMs: (file) => gapsByFile.get(file) ?? [], loudnessGainDb };
}
