// One Flite (WASI) synthesis at a time, on behalf of src/tts/flite.ts.
// Plain JavaScript on purpose: on Node 20 tsx's loader hooks do not reach worker threads, so a .ts
// worker fails with "Unknown file extension" under `node --import tsx` and under vitest alike.
//
// workerData: { module: WebAssembly.Module, data: { fd, segments, memory } | null }  (compiled once in
//             the main thread, without its data segments and importing its memory (limits `memory`)
//             when `data` is set: see src/tts/flite-module.ts)
// message in:  { id, args: string[], outDir: string }  (flite argv without argv[0]; outDir is preopened as /out)
// message out: { id, exitCode: number | null, error: string | null, log: string, memoryBytes: number | null }
//              (memoryBytes: the size of the memory this worker keeps for its next synthesis, if it keeps one)
import { parentPort, workerData, threadId } from 'node:worker_threads';
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// With a module that defines its own memory (one that could not be slimmed: see below), every
// synthesis leaves a dead instance whose linear memory (17-30 MB: Flite's voices are in it) V8
// frees only at a full GC, which it is in no hurry to run: measured, 2 workers reached ~390 MB.
// One GC is not enough: it finds the instance dead but frees its memory on a background thread,
// late on a busy machine (measured: a worker often held the previous instance's memory beside the
// new one). Two GCs in a row before each instantiation free it for certain, for ~1-3% of the CPU time
// of a synthesis (measured), so a worker holds one instance's memory at a time.
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
/** @type {{ fd: number, segments: { memoryOffset: number, fileOffset: number, length: number }[], memory: { initial: number, maximum?: number } } | null} */
const data = workerData.data ?? null;

// The slimmed module imports its memory: this worker's one memory, reset before each synthesis (zeroed,
// then the data copied in), exactly the state a new instance's own memory would start in. It keeps
// the size the longest synthesis grew it to; Flite's allocator starts at the memory's current end, so
// a larger memory only leaves room unused. No memory per synthesis, so no GC is needed to free one.
let memory = data ? new WebAssembly.Memory(data.memory) : null;

// …up to a bound: a synthesis that grew the memory past twice its starting size (~33 MB with Flite’s
// voices; a segment of ~300 characters stays under it, measured: the sample's longest, 263, reach
// ~30 MB) leaves it behind, and the next synthesis gets a fresh memory. A long segment (up to
// MAX_SEGMENT_CHARS, ~67 MB of memory) then costs its own synthesis that memory, not the rest of the
// run; the memory let go is freed by the two GCs before the next synthesis, as without reuse.
const MEMORY_BOUND = data ? 2 * data.memory.initial * 64 * 1024 : Number.POSITIVE_INFINITY;
/** A memory was let go and is not collected yet. */
let released = false;

/**
 * Copies the data segments the module was compiled without from the file into the new instance's
 * memory, as instantiation would have: before anything runs (the module has no start function).
 */
function copyData(instance) {
  if (!data) return;
  const memory = new Uint8Array(instance.exports.memory.buffer);
  memory.fill(0);
  for (const { memoryOffset, fileOffset, length } of data.segments) {
    if (memoryOffset + length > memory.length) throw new RangeError(`data segment at ${memoryOffset} does not fit in the memory (${memory.length} bytes)`);
    for (let done = 0; done < length; ) {
      const n = readSync(data.fd, memory, memoryOffset + done, length - done, fileOffset + done);
      if (n === 0) throw new Error('the Flite module file is shorter than when it was compiled');
      done += n;
    }
  }
}

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

let idle;
parentPort.on('message', (job) => {
  clearTimeout(idle);
  let exitCode = null;
  let error = null;
  try {
    if (!memory || released) {
      collect();
      collect();
      released = false;
    }
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
    const imports = wasi.getImportObject();
    const instance = new WebAssembly.Instance(module, memory ? { ...imports, env: { memory } } : imports);
    copyData(instance);
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
  if (memory && memory.buffer.byteLength > MEMORY_BOUND) {
    memory = new WebAssembly.Memory(data.memory);
    released = true;
  }
  parentPort.postMessage({ id: job.id, exitCode, error, log, memoryBytes: memory ? memory.buffer.byteLength : null });
  // A worker left idle (the article's last clips are done; the episode is being assembled) frees the
  // last instance (or the memory let go) too. Not after every job: the two GCs above already run
  // before the next one.
  if (memory && !released) return;
  idle = setTimeout(() => {
    collect();
    collect();
    released = false;
  }, 200);
  idle.unref();
});

process.on('exit', () => {
  try {
    closeSync(logFd);
    closeSync(nullFd);
  } catch {
    // Already closed.
  }
});
