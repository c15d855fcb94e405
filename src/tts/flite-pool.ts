// The pool of worker threads that run Flite (WASI) for src/tts/flite.ts: one compiled module shared by
// every worker, one synthesis per worker at a time.
import { Worker } from 'node:worker_threads';
import { engineError } from '../errors.ts';
import type { FliteModule } from './flite-module.ts';

const WORKER_URL = new URL('./flite-worker.mjs', import.meta.url);

export interface WorkerReply {
  id: number;
  exitCode: number | null;
  error: string | null;
  log: string;
  /** The size of the WASM memory the worker keeps for its next synthesis (null: it keeps none). */
  memoryBytes?: number | null;
}

interface Job {
  id: number;
  args: string[];
  outDir: string;
  label: string;
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

export interface FlitePoolOptions {
  /** The compiled module, with the data to copy into each instance when it was compiled without. */
  module: WebAssembly.Module;
  data?: FliteModule['data'];
  size: number;
  /** Worker script; tests substitute one that can be made to die. */
  workerUrl?: URL;
}

/**
 * Runs Flite argv vectors on up to `size` worker threads. A worker that dies fails the job it held
 * and is replaced on demand. Idle workers are unref'd so a forgotten close() cannot hold the process.
 */
export class FlitePool {
  readonly size: number;
  private readonly module: WebAssembly.Module;
  private readonly data: FliteModule['data'];
  private readonly workerUrl: URL;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers started so far, replacements included (for diagnostics and tests). */
  spawned = 0;

  constructor(options: FlitePoolOptions) {
    this.module = options.module;
    this.data = options.data ?? null;
    this.size = Math.max(1, Math.floor(options.size));
    this.workerUrl = options.workerUrl ?? WORKER_URL;
  }

  run(args: string[], outDir: string, label: string): Promise<WorkerReply> {
    if (this.closed) return Promise.reject(engineError(`Flite was closed before ${label} was synthesized.`, ''));
    return new Promise<WorkerReply>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, args, outDir, label, resolve, reject });
      this.pump();
    });
  }

  /**
   * Starts every worker now, each running `args` once (a throwaway synthesis: `-o none` writes
   * nothing) so the first real jobs find the workers up and Flite's functions compiled. Only before
   * any other job: the real jobs queue behind these.
   */
  warm(args: string[], outDir: string): void {
    if (this.closed || this.spawned > 0 || this.queue.length > 0) return;
    for (let i = 0; i < this.size; i++) this.run(args, outDir, 'the warm-up').catch(() => {});
  }

  async close(): Promise<void> {
    this.closed = true;
    const gone = (label: string) => engineError(`Flite was closed before ${label} was synthesized.`, '');
    for (const job of this.queue.splice(0)) job.reject(gone(job.label));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    for (const [, job] of this.busy) job.reject(gone(job.label));
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      let worker: Worker | undefined;
      try {
        worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      } catch (cause) {
        const job = this.queue.shift()!;
        job.reject(engineError(`Could not start a Flite worker for ${job.label}.`, 'Run `npm install` to restore the project files.', cause));
        continue;
      }
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, args: job.args, outDir: job.outDir });
    }
  }

  private spawn(): Worker {
    this.spawned++;
    // execArgv: [] because the worker is plain JS and needs none of the parent's flags; inheriting them
    // breaks it (`--input-type` is refused in a worker) or slows its start (`--import tsx`).
    const worker = new Worker(this.workerUrl, { workerData: { module: this.module, data: this.data }, execArgv: [] });
    let failure: unknown;
    worker.on('message', (reply: WorkerReply) => {
      const job = this.busy.get(worker);
      if (!job || job.id !== reply.id) return;
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      job.resolve(reply);
      this.pump();
    });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job) {
        const why = failure instanceof Error ? failure.message : `exit code ${code}`;
        job.reject(
          engineError(
            `Flite crashed while synthesizing ${job.label} (worker thread died: ${why}).`,
            'Run again; if it keeps happening, try another voice or the edge engine, and report the text.',
            failure,
          ),
        );
      }
      this.pump();
    });
    return worker;
  }
}

