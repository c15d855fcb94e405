// What one run shares, passed explicitly to every stage instead of living in module state: the signal
// that cancels it (SIGINT/SIGTERM abort the controller), its scratch folder, the one temp-name scheme,
// the one atomic write, and what to undo when it is aborted.
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, outputError } from '../errors.ts';
import { describeFolderError, ensureDir, writeAtomic } from './fs.ts';
import { scratchName, sweepTemps, tempPath } from './temp.ts';

export interface RunContext {
  readonly signal: AbortSignal;
  /** Cancels the run: every stage, engine and ffmpeg call sees `signal` fire. */
  abort(reason?: unknown): void;
  /** Throws the run's interruption error once the run is aborted (call between steps). */
  throwIfAborted(): void;
  /** A new folder inside the run's scratch folder (made on first use, in the OS temp folder). */
  workDir(what: string): Promise<string>;
  /** `.<name>.<pid>-<random>.tmp` in `dir`: the only temp-file names the project writes. */
  tempPath(dir: string, name: string): string;
  /** Writes `data` to a temp name beside `path` and renames it into place. */
  writeAtomic(path: string, data: string | Uint8Array): Promise<void>;
  /** A folder this run writes temp files into; on abort its temp files are removed. */
  watchDir(dir: string): void;
  /** Runs `fn` when the run is aborted, before the temp files go (close engines, stop servers). */
  onAbort(fn: () => unknown): () => void;
  /** After an abort: runs the onAbort list (at most `waitMs`), then removes scratch and temp files. */
  cleanup(waitMs?: number): Promise<void>;
  /** A normal end: removes the scratch folder. */
  close(): Promise<void>;
}

/** The error a stage throws once its run is cancelled. */
export const interruptedError = () => new AppError('interrupted', 'Interrupted.', { code: 'interrupted' });

export function createRunContext(): RunContext {
  const controller = new AbortController();
  const cleanups = new Set<() => unknown>();
  const dirs = new Set<string>();
  let scratch: Promise<string> | null = null;
  let counter = 0;
  const scratchDir = () => (scratch ??= (async () => {
    const dir = join(tmpdir(), scratchName());
    try {
      await ensureDir(tmpdir());
      await mkdir(dir); // one level in an existing folder: no recursive mkdir
    } catch (cause) {
      throw outputError(`Cannot create a scratch folder in ${tmpdir()}: ${describeFolderError(cause)}.`, 'Set TMPDIR to a writable folder.', cause, 'output.scratch');
    }
    return dir;
  })());
  const context: RunContext = {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason ?? interruptedError()),
    throwIfAborted() {
      if (controller.signal.aborted) throw interruptedError();
    },
    async workDir(what) {
      context.throwIfAborted();
      const dir = join(await scratchDir(), `${what}-${++counter}`);
      await mkdir(dir);
      return dir;
    },
    tempPath,
    async writeAtomic(path, data) {
      context.throwIfAborted();
      await writeAtomic(path, data);
    },
    watchDir: (dir) => void dirs.add(dir),
    onAbort(fn) {
      cleanups.add(fn);
      return () => cleanups.delete(fn);
    },
    async cleanup(waitMs = 2000) {
      if (!controller.signal.aborted) controller.abort(interruptedError());
      let timer: NodeJS.Timeout | undefined;
      const all = Promise.allSettled([...cleanups].map(async (fn) => fn()));
      await Promise.race([all, new Promise((r) => (timer = setTimeout(r, waitMs)))]);
      clearTimeout(timer);
      // Synchronous from here on, so no abandoned callback can slip a new file in between.
      sweepTemps([...dirs], { pid: process.pid, scratch: true });
    },
    async close() {
      if (scratch) await rm(await scratch, { recursive: true, force: true });
      scratch = null;
    },
  };
  return context;
}
