// What assembly reports for bad inputs: a bad pause or bitrate is the config's (exit 7), an episode
// with nothing in it a bug (exit 70), each with its own stable code, never an `ffmpeg` failure.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleEpisode, type AssemblyInput } from '../../src/audio/assemble.ts';

const dir = join(tmpdir(), 'audio-assemble-errors-never-made');
const input = (over: Partial<AssemblyInput>): AssemblyInput => ({
  chapters: [{ title: 'One', pieces: [{ file: join(dir, 'a.wav'), pauseBeforeMs: 0 }] }],
  tags: { title: 't', artist: 'a', album: 'b', date: '2024-01-01', genre: 'Podcast' },
  bitrateKbps: 64,
  outFile: join(dir, 'out.mp3'),
  workDir: join(dir, 'work'),
  ...over,
});

describe('assembly validation errors', () => {
  it.each([0, 7, 321, 64.5, Number.NaN])('bitrate %s kbit/s is a config error (exit 7, config.bitrate)', async (bitrateKbps) => {
    await expect(assembleEpisode(input({ bitrateKbps }))).rejects.toMatchObject({ kind: 'config', code: 'config.bitrate', exitCode: 7 });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('pause %s ms is a config error (exit 7, config.pause)', async (pauseBeforeMs) => {
    const chapters = [{ title: 'One', pieces: [{ file: join(dir, 'a.wav'), pauseBeforeMs }] }];
    await expect(assembleEpisode(input({ chapters }))).rejects.toMatchObject({ kind: 'config', code: 'config.pause', exitCode: 7 });
  });

  it('an episode without chapters, or a chapter without pieces, is a bug (exit 70)', async () => {
    await expect(assembleEpisode(input({ chapters: [] }))).rejects.toMatchObject({ kind: 'internal', code: 'internal.no-chapters', exitCode: 70 });
    await expect(assembleEpisode(input({ chapters: [{ title: 'Empty', pieces: [] }] }))).rejects.toMatchObject({ kind: 'internal', code: 'internal.empty-chapter', exitCode: 70 });
  });
});
