// Tests read what they made back the way a player or a checker would: ffprobe for duration, chapters
// and tags; ffmpeg's ebur128 meter for loudness; a decode of every frame. Nothing in src/ needs these.
import { FfmpegError, runFfmpeg, runFfprobe, type FfmpegJob } from '../../src/audio/ffmpeg.ts';

export interface ProbedFile {
  durationMs: number;
  chapters: { title: string; startMs: number; endMs: number }[];
  tags: Record<string, string>;
}

interface FfprobeJson {
  format?: { duration?: string; tags?: Record<string, string> };
  chapters?: { start_time?: string; end_time?: string; tags?: Record<string, string> }[];
}

const toMs = (seconds: string | undefined) => Math.round(Number.parseFloat(seconds ?? 'NaN') * 1000);

export async function probeFile(file: string): Promise<ProbedFile> {
  const stdout = await runFfprobe(['-v', 'error', '-show_format', '-show_chapters', '-of', 'json', file], `read ${file}`);
  const json = JSON.parse(stdout) as FfprobeJson;
  const durationMs = toMs(json.format?.duration);
  if (!Number.isFinite(durationMs)) {
    throw new FfmpegError(`ffprobe found no duration in ${file}.`, { hint: 'The file may not be an audio file.' });
  }
  const tags: Record<string, string> = {};
  for (const [key, value] of Object.entries(json.format?.tags ?? {})) tags[key.toLowerCase()] = value;
  return {
    durationMs,
    chapters: (json.chapters ?? []).map((c) => ({ title: c.tags?.title ?? '', startMs: toMs(c.start_time), endMs: toMs(c.end_time) })),
    tags,
  };
}

export async function measureLoudness(file: string): Promise<LoudnessReading> {
  const { stderr, command } = await runFfmpeg(ebur128Job(file));
  try {
    return parseEbur128Summary(stderr);
  } catch (cause) {
    throw new FfmpegError(`Could not read the loudness of ${file}: ${(cause as Error).message}.`, {
      hint: 'Run with --debug to see the ffmpeg output.',
      command,
      cause,
    });
  }
}

export interface LoudnessReading {
  integratedLufs: number;
  truePeakDb: number;
  lra: number;
}

/** Reads the summary ebur128 prints when it finishes (the last one, if several). */
export function parseEbur128Summary(stderr: string): LoudnessReading {
  const at = stderr.lastIndexOf('Summary:');
  if (at < 0) throw new Error('ebur128 printed no summary');
  const summary = stderr.slice(at);
  const grab = (re: RegExp, what: string): number => {
    const m = re.exec(summary);
    if (!m?.[1]) throw new Error(`ebur128 summary has no ${what}`);
    // Silence reads "-inf"/"-70.0"; parseFloat("-inf") is NaN, so spell it out.
    return /^-inf/i.test(m[1]) ? Number.NEGATIVE_INFINITY : Number.parseFloat(m[1]);
  };
  return {
    integratedLufs: grab(/\bI:\s*(-?[\d.]+|-inf)\s*LUFS/, 'integrated loudness'),
    lra: grab(/\bLRA:\s*(-?[\d.]+|-inf)\s*LU\b/, 'loudness range'),
    truePeakDb: grab(/\bPeak:\s*(-?[\d.]+|-inf)\s*dBFS/, 'true peak'),
  };
}

/** EBU R128 measurement of any audio file (integrated loudness, LRA, true peak). */
export function ebur128Job(file: string): FfmpegJob {
  return {
    label: `measure the loudness of ${file}`,
    inputs: [{ file }],
    globalOptions: ['-v', 'info'],
    // framelog=verbose keeps the per-100 ms lines out of stderr; the summary still prints at info.
    outputs: [{ file: '-', options: ['-map', '0:a:0', '-af', 'ebur128=peak=true:framelog=verbose', '-f', 'null'] }],
  };
}

/** Decodes a file and checks every frame (`ffmpeg -v error -i f -f null -`). */
export function decodeCheckJob(file: string): FfmpegJob {
  return {
    label: `decode-check ${file}`,
    inputs: [{ file }],
    globalOptions: ['-v', 'error', '-xerror'],
    outputs: [{ file: '-', options: ['-map', '0:a', '-f', 'null'] }],
  };
}
