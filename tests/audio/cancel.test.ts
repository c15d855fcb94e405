// Aborting the run context stops the clip decodes and the piece encodes: the ffmpeg child is killed
// (not left to run until the process exits) and the job rejects as cancelled. The input is a FIFO
// nobody writes to, so ffmpeg is certain to be running (blocked opening it) when the run is aborted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createClipDecoder } from '../../src/audio/clip-decoder.ts';
import { encodePieces, preparePieces } from '../../src/audio/split-encode.ts';
import { planSplit } from '../../src/audio/split-plan.ts';
import { createRunContext } from '../../src/core/run-context.ts';
import { AppError } from '../../src/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-cancel-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pids of this process's ffmpeg children, from /proc (stat: "pid (comm) state ppid …"). */
function ffmpegChildren(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const m = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat);
    if (m && m[1] === 'ffmpeg' && Number(m[3]) === process.pid && m[2] !== 'Z') pids.push(Number(entry));
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

function fifo(name: string): string {
  const file = join(dir, name);
  execFileSync('mkfifo', [file]);
  return file;
}

/**
 * Starts the jobs, waits until `running` of their ffmpeg processes are up, aborts the run, and checks
 * that every job rejects as cancelled and no ffmpeg is left.
 */
async function abortWhileRunning(running: number, start: (signal: AbortSignal) => Promise<unknown>[]): Promise<void> {
  expect(ffmpegChildren()).toEqual([]);
  const ctx = createRunContext();
  const outcomes = Promise.all(start(ctx.signal).map((job) => job.then(() => null, (e: unknown) => e)));
  const pids = await vi.waitFor(() => {
    const found = ffmpegChildren();
    if (found.length < running) throw new Error('ffmpeg not started yet');
    return found;
  }, { timeout: 60_000, interval: 20 });
  ctx.abort();
  for (const error of await outcomes) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('ffmpeg.cancelled');
  }
  for (const pid of pids) expect(alive(pid)).toBe(false);
  expect(ffmpegChildren()).toEqual([]);
  await ctx.cleanup(0);
}

describe('run cancellation reaches ffmpeg', () => {
  it('kills a running clip decode and fails the ones still queued', async () => {
    // More clips than decodes run at once (at most 4): the queued ones must fail without starting.
    const clips = [1, 2, 3, 4, 5, 6].map((i) => fifo(`clip-${i}.wav`));
    const parallel = Math.min(availableParallelism(), 4);
    await abortWhileRunning(parallel, (signal) => {
      const decoder = createClipDecoder({ workDir: dir, measure: false, signal });
      return clips.map((clip) => decoder.decode(clip));
    });
  });

  it('kills a running piece encode', async () => {
    const samples = 44100;
    const plan = planSplit([{ pauseSamples: 0, samples }], { minPieceSamples: samples, minCutSamples: samples });
    const pcm = join(dir, 'tone.pcm');
    execFileSync('sh', ['-c', `head -c ${samples * 2} /dev/zero > '${pcm}'`]);
    await abortWhileRunning(1, (signal) => [(async () => {
      const prepared = await preparePieces({ parts: [{ id: 'silence', pcm: async () => pcm, gainDb: 0, start: 0, end: samples }], plan, workDir: dir, signal });
      // The piece's PCM, already written, becomes a FIFO: its encode then blocks until killed.
      const piece = prepared.pieces[0]!;
      piece.pcm = fifo('piece.pcm');
      return encodePieces(prepared, { bitrateKbps: 64 }, join(dir, 'frames.mp3'));
    })()]);
  });
});
