// Pure builders of every ffmpeg job the project runs. Each option and each value is its own array
// element (fluent-ffmpeg splits an element holding exactly one space), and nothing here touches disk.
import type { FfmpegJob } from './ffmpeg.ts';

/** The one PCM format every clip is decoded to: raw signed 16-bit little-endian, mono, 44.1 kHz. */
export const PCM = { sampleRate: 44100, channels: 1, bytesPerSample: 2, format: 's16le', codec: 'pcm_s16le' } as const;

/** Input options that let ffmpeg read one of our raw PCM files (raw PCM has no header to say it). */
export const PCM_INPUT_OPTIONS = ['-f', PCM.format, '-ar', String(PCM.sampleRate), '-ac', String(PCM.channels)];

export interface LoudnessTarget {
  integratedLufs: number;
  truePeakDb: number;
}


export function decodeJob(file: string, outPcm: string, label: string): FfmpegJob {
  return decodeClipsJob([{ file, pcm: outPcm }], label);
}

/**
 * Several clips decoded by one ffmpeg, each input to its own output, exactly as one job per clip
 * would (each output has its own resampler): a process start costs more than decoding a short clip.
 */
export function decodeClipsJob(clips: readonly { file: string; pcm: string }[], label: string): FfmpegJob {
  return {
    label: `decode ${label}`,
    inputs: clips.map(({ file }) => ({ file })),
    globalOptions: ['-v', 'error'],
    outputs: clips.map(({ pcm }, i) => ({
      file: pcm,
      options: ['-map', `${i}:a:0`, '-vn', '-ac', String(PCM.channels), '-ar', String(PCM.sampleRate), '-c:a', PCM.codec, '-f', PCM.format],
    })),
  };
}

/**
 * MP3 encoding raises true peaks (measured: up to ~1 dB on noisy speech at 64 kbit/s), so the limiter
 * holds sample peaks this much below the requested true-peak ceiling.
 */
export const MP3_TRUE_PEAK_MARGIN_DB = 1;

/**
 * Episode loudness in one pass: a linear gain to the target (measured on the episode PCM by our
 * own meter while nothing else reads it) and a peak limiter for the rare transient
 * the gain pushes over the ceiling. Linear gain keeps the voices' matched levels; loudnorm's dynamic
 * mode would not, and it runs at 192 kHz (measured: 3x slower than this whole encode).
 */
export function loudnessFilter(gainDb: number, target: LoudnessTarget): string {
  const ceilingDb = target.truePeakDb - MP3_TRUE_PEAK_MARGIN_DB;
  const limit = Math.min(1, Math.max(0.0625, 10 ** (ceilingDb / 20)));
  return `volume=${gainDb.toFixed(2)}dB,alimiter=limit=${limit.toFixed(4)}:attack=5:release=50:level=disabled`;
}

export interface PieceEncodeSpec {
  pcm: string;
  bitrateKbps: number;
  outFile: string;
  /** Gain to the loudness target, with a limiter at its true-peak ceiling. */
  loudness?: { target: LoudnessTarget; gainDb: number };
}

/**
 * One piece of the split encode: raw PCM → bare CBR MP3 frames (no ID3 tag, no Info frame; the join
 * adds both once). The bit reservoir is off so that every frame holds its own bits: frames of separate
 * encodes can then be joined at any frame boundary (with it, a frame may borrow bytes from the frame
 * before, which at a join would belong to another piece).
 */
export function pieceEncodeJob(spec: PieceEncodeSpec): FfmpegJob {
  return piecesEncodeJob([spec]);
}

/**
 * Several pieces encoded by one ffmpeg, each input to its own output with its own encoder, so each
 * comes out exactly as it would alone: starting a process costs more than encoding a few seconds.
 */
export function piecesEncodeJob(specs: readonly PieceEncodeSpec[]): FfmpegJob {
  return {
    label: specs.length === 1 ? `encode ${specs[0]!.pcm}` : `encode ${specs.length} pieces (${specs[0]!.pcm} …)`,
    inputs: specs.map((spec) => ({ file: spec.pcm, options: PCM_INPUT_OPTIONS })),
    globalOptions: ['-v', 'error'],
    outputs: specs.map((spec, i) => ({ file: spec.outFile, options: pieceOutputOptions(spec, i) })),
  };
}

function pieceOutputOptions(spec: PieceEncodeSpec, input: number): string[] {
  const options = ['-map', `${input}:a`];
  if (spec.loudness) options.push('-af', loudnessFilter(spec.loudness.gainDb, spec.loudness.target));
  options.push(
    '-ar', String(PCM.sampleRate),
    '-ac', '1',
    '-c:a', 'libmp3lame',
    // CBR: VBR seeking is imprecise in browsers and ExoPlayer players, so chapter jumps would land wrong.
    '-b:a', `${spec.bitrateKbps}k`,
    // LAME's -q 7: at speech bitrates the quality difference from the default -q 5 is inaudible, and it
    // is 1.5x faster (measured).
    '-compression_level', '7',
    '-reservoir', '0',
    '-write_xing', '0',
    '-id3v2_version', '0',
    '-f', 'mp3',
  );
  return options;
}

export interface MuxSpec {
  /** The joined MP3 frames. */
  frames: string;
  metadataFile: string;
  coverFile?: string;
  outFile: string;
}

/**
 * Joined frames + ffmetadata (tags, chapters) [+ cover] → the episode MP3 with ID3v2.3, frames copied
 * unchanged. ffmpeg writes the Xing "Info" frame (frame count, byte count, seek table); the encoder
 * delay and padding it cannot know are filled in afterwards (mp3-frames.ts).
 */
export function muxJob(spec: MuxSpec): FfmpegJob {
  const inputs: FfmpegJob['inputs'] = [
    { file: spec.frames, options: ['-f', 'mp3'] },
    { file: spec.metadataFile, options: ['-f', 'ffmetadata'] },
  ];
  const options = ['-map', '0:a'];
  if (spec.coverFile) {
    inputs.push({ file: spec.coverFile });
    options.push('-map', '2:v');
  }
  options.push('-map_metadata', '1', '-map_chapters', '1', '-c:a', 'copy');
  if (spec.coverFile) {
    options.push('-c:v', 'copy', '-disposition:v', 'attached_pic', '-metadata:s:v', 'comment=Cover (front)');
  }
  options.push(
    // v2.4 chapter titles over ~51 characters have broken Apple's reader.
    '-id3v2_version', '3',
    // The Info frame lets decoders trim the priming and padding samples (chapter times stay aligned)
    // and read an exact duration.
    '-write_xing', '1',
    '-f', 'mp3',
  );
  return {
    label: 'encode the episode MP3',
    inputs,
    globalOptions: ['-v', 'error'],
    outputs: [{ file: spec.outFile, options }],
  };
}
