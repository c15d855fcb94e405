// Reading files back: ffprobe for duration, chapters and tags; ffmpeg's ebur128 for loudness.
import { ebur128Job } from './args.ts';
import { FfmpegError, runFfmpeg, runFfprobe } from './ffmpeg.ts';
import { parseEbur128Summary, type LoudnessReading } from './loudness.ts';

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
