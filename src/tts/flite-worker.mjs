// One Flite (WASI) synthesis at a time, on behalf of src/tts/flite.ts.
// Plain JavaScript on purpose: on Node 20 tsx's loader hooks do not reach worker threads, so a .ts
// worker fails with "Unknown file extension" under `node --import tsx` and under vitest alike.
//
// workerData: { module: WebAssembly.Module }  (compiled once in the main thread)
// message in:  { id, args: string[], outDir: string }  (flite argv without argv[0]; outDir is preopened as /out)
// message out: { id, exitCode: number | null, error: string | null, log: string }
import { parentPort, workerData, threadId } from 'node:worker_threads';
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Every synthesis leaves a dead instance whose linear memory (tens of MB, Flite's voices are in it)
// V8 frees only at a full GC, which it is in no hurry to run: measured, 2 workers reached ~390 MB.
// Collecting after each call keeps the pool near its live size for a few ms per synthesis.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');

// node:wasi prints an ExperimentalWarning on Node 20/22 the first time it loads; it would land in the
// middle of the CLI's progress output. Drop that one warning, keep the rest.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'ExperimentalWarning') process.stderr.write(`${warning.name}: ${warning.message}\n`);
});
const { WASI } = await import('node:wasi');

const LOG_TAIL_BYTES = 2048;

/** @type {WebAssembly.Module} */
const module = workerData.module;

// Flite prints its complaints to stdout/stderr. WASI writes those fds straight to the OS, bypassing the
// worker's streams, so give it a private file we can read back and attach to an error message.
const logPath = join(tmpdir(), `audio-edition-flite-${process.pid}-${threadId}.log`);
const logFd = openSync(logPath, 'w+');
try {
  unlinkSync(logPath); // POSIX keeps the open fd usable; nothing is left behind if the worker dies.
} catch {
  // Windows cannot unlink an open file; a few bytes in the temp folder are harmless.
}
const nullFd = openSync(process.platform === 'win32' ? 'NUL' : '/dev/null', 'r');

function readLogTail() {
  const size = fstatSync(logFd).size;
  const length = Math.min(size, LOG_TAIL_BYTES);
  if (length === 0) return '';
  const buffer = Buffer.alloc(length);
  readSync(logFd, buffer, 0, length, size - length);
  return buffer.toString('latin1');
}

parentPort.on('message', (job) => {
  let exitCode = null;
  let error = null;
  try {
    ftruncateSync(logFd, 0);
    // A fresh WASI and instance per call: Flite keeps global state and WASI cannot be restarted.
    const wasi = new WASI({
      version: 'preview1',
      args: ['flite', ...job.args],
      env: {},
      preopens: { '/out': job.outDir },
      returnOnExit: true,
      stdin: nullFd,
      stdout: logFd,
      stderr: logFd,
    });
    const instance = new WebAssembly.Instance(module, wasi.getImportObject());
    exitCode = wasi.start(instance);
  } catch (cause) {
    // A WebAssembly trap (RuntimeError) or a WASI setup failure: report it, keep the worker alive.
    error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  }
  let log = '';
  try {
    log = readLogTail();
  } catch {
    // The log is only decoration for an error message.
  }
  parentPort.postMessage({ id: job.id, exitCode, error, log });
  // Not collect() here: this handler's frame still holds the instance, so a GC now keeps it alive and
  // each worker carried two dead instances (measured ~35 MB more per worker). Once the handler has
  // returned, nothing references it.
  setImmediate(collect);
});

process.on('exit', () => {
  try {
    closeSync(logFd);
    closeSync(nullFd);
  } catch {
    // Already closed.
  }
});
