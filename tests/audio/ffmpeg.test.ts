import { chmodSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { ensureExecutable, FfmpegError, ffmpegPath, ffprobePath, runFfmpeg, runFfprobe, stderrTail } from '../../src/audio/ffmpeg.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-ffmpeg-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bundled binaries', () => {
  it('resolves executable ffmpeg and ffprobe', () => {
    expect(statSync(ffmpegPath()).mode & 0o100).toBeTruthy();
    expect(statSync(ffprobePath()).mode & 0o100).toBeTruthy();
  });

  it('adds missing execute bits', () => {
    const copy = join(dir, 'tool');
    writeFileSync(copy, '#!/bin/sh\nexit 0\n');
    chmodSync(copy, 0o644);
    ensureExecutable(copy, 'ffprobe');
    expect(statSync(copy).mode & 0o111).toBe(0o111);
  });

  it('reports a missing binary as an ffmpeg error with a hint', () => {
    const error = (() => {
      try {
        ensureExecutable(join(dir, 'nope'), 'ffmpeg');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('ffmpeg');
    expect((error as AppError).hint).toMatch(/npm install/);
  });
});

describe('runFfmpeg', () => {
  it('throws an FfmpegError with the command and the end of stderr', async () => {
    const bad = join(dir, 'bad clip.mp3');
    writeFileSync(bad, 'this is not audio at all'.repeat(20));
    const error = await runFfmpeg({ label: 'decode a bad clip', inputs: [{ file: bad }], outputs: [{ file: join(dir, 'x.pcm'), options: ['-f', 's16le'] }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegError);
    const f = error as FfmpegError;
    expect(f.kind).toBe('ffmpeg');
    expect(f.message).toMatch(/decode a bad clip/);
    expect(f.command).toContain(`'${bad}'`);
    expect(f.stderrTail).toMatch(/Invalid data|could not find|Invalid argument/i);
  });

  it('returns stderr on success', async () => {
    const { stderr } = await runFfmpeg({
      label: 'measure a tone',
      inputs: [{ file: 'sine=frequency=1000:duration=1', options: ['-f', 'lavfi'] }],
      outputs: [{ file: '-', options: ['-af', 'ebur128', '-f', 'null'] }],
    });
    expect(stderr).toMatch(/Summary:/);
  });
});

describe('runFfmpeg settles when ffmpeg cannot even start', () => {
  // Each of these used to leave the job pending forever: fluent-ffmpeg threw from inside its own
  // callbacks, after the promise could no longer hear about it. The hang guard is the test timeout.
  const tone = (file = 'sine=frequency=440:duration=0.2') => ({ label: 'make a tone', inputs: [{ file, options: ['-f', 'lavfi'] }], outputs: [{ file: '-', options: ['-f', 'null'] }] });

  it('rejects an argument the OS cannot pass (a NUL byte), with the job named', async () => {
    await runFfmpeg(tone()); // the first job succeeds: nothing is left to fail before the spawn
    const error = await runFfmpeg(tone('sine=duration=0.2\0x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegError);
    expect((error as FfmpegError).message).toMatch(/make a tone/);
  });

  it('rejects an argument list over the kernel limit (E2BIG)', async () => {
    const error = await runFfmpeg(tone(`sine=duration=0.2${' '.repeat(4 << 20)}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegError);
    expect((error as FfmpegError).message).toMatch(/E2BIG/);
  });

  describe('a binary that disappears after the run checked it', () => {
    afterEach(() => {
      delete process.env.AUDIO_EDITION_FFMPEG;
      vi.resetModules();
    });

    it('rejects the next job (ENOENT), and one that is no longer executable (EACCES)', async () => {
      const link = join(dir, 'ffmpeg-link');
      symlinkSync(ffmpegPath(), link);
      process.env.AUDIO_EDITION_FFMPEG = link;
      vi.resetModules(); // a fresh module: its binary is resolved (and checked) from the variable
      const fresh = await import('../../src/audio/ffmpeg.ts');
      await fresh.runFfmpeg(tone());
      rmSync(link);
      const gone = await fresh.runFfmpeg(tone()).catch((e: unknown) => e);
      expect(gone).toBeInstanceOf(fresh.FfmpegError);
      expect((gone as Error).message).toMatch(/ENOENT/);
      writeFileSync(link, '#!/bin/sh\nexit 0\n');
      chmodSync(link, 0o644);
      const denied = await fresh.runFfmpeg(tone()).catch((e: unknown) => e);
      expect(denied).toBeInstanceOf(fresh.FfmpegError);
      expect((denied as Error).message).toMatch(/EACCES/);
    });
  });
});

describe('runFfprobe', () => {
  it('throws an FfmpegError for a missing file', async () => {
    const error = await runFfprobe(['-v', 'error', '-show_format', '-of', 'json', join(dir, 'missing.mp3')], 'read it').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FfmpegError);
    expect((error as FfmpegError).stderrTail).toMatch(/No such file/);
  });
});

describe('stderrTail', () => {
  it('keeps the last meaningful lines', () => {
    const stderr = ['ffmpeg version x', '  built with gcc', 'size=  10kB time=00:00:01', 'a', '', 'b', 'c'].join('\n');
    expect(stderrTail(stderr, 2)).toBe('b\nc');
  });
});
