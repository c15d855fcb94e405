// The one place that starts ffmpeg or ffprobe. fluent-ffmpeg (archived upstream) lives only here and
// only builds argument lists; the processes are started here with node's spawn, so every way a job
// can fail settles its promise. Callers describe a job with named inputs and outputs (built by the
// pure functions in args.ts); failures come back as an FfmpegError that carries the command line and
// the end of stderr.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type ffmpegType from 'fluent-ffmpeg';
import { AppError, ffmpegError, outputError } from '../errors.ts';
import { reapWithParent } from './child-reaper.ts';

export interface FfmpegInput {
  /** A path, or a lavfi graph when options hold `-f lavfi`. */
  file: string;
  /** Options that go before `-i` (input format, sample rate…), one argument per element. */
  options?: string[];
}

export interface FfmpegOutput {
  /** A path, or `-` with `-f null` to discard. */
  file: string;
  /** Options that go before the output name, one argument per element. */
  options?: string[];
}

export interface FfmpegJob {
  /** What the job is for, in words a user understands ("decode clip 3 (x.wav)"). */
  label: string;
  inputs: FfmpegInput[];
  outputs: FfmpegOutput[];
  /** Options placed after the inputs and before the outputs (`-filter_complex` …). */
  globalOptions?: string[];
  /** Cancels the job: the process is killed and the job rejects (its run is being aborted). */
  signal?: AbortSignal;
}

export interface FfmpegResult {
  command: string;
  /** Everything ffmpeg printed to stderr (loudnorm and ebur128 report there). */
  stderr: string;
}

/** A failed ffmpeg/ffprobe run, or a binary that cannot run at all. */
export class FfmpegError extends AppError {
  readonly command: string;
  readonly stderrTail: string;

  constructor(message: string, options: { hint: string; command?: string; stderrTail?: string; cause?: unknown }) {
    super('ffmpeg', message, { hint: options.hint, cause: options.cause });
    this.name = 'FfmpegError';
    this.command = options.command ?? '';
    this.stderrTail = options.stderrTail ?? '';
  }
}

const TAIL_LINES = 15;

/** The last lines of stderr that say something (progress and banner lines excluded). */
export function stderrTail(stderr: string, lines = TAIL_LINES): string {
  return stderr
    .split(/\r?\n|\r/)
    .map((l) => l.trimEnd())
    .filter((l) => l !== '' && !/^size=|^frame=|^\s*(built with|configuration:|lib\w+\s+\d)/.test(l))
    .slice(-lines)
    .join('\n');
}

/** Quotes an argument for display only (the command is never run through a shell). */
function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function formatCommand(binary: string, args: readonly string[]): string {
  return [binary, ...args].map(shellQuote).join(' ');
}

/**
 * Makes sure a bundled binary can be executed. npm may skip the installers' `chmod u+x` postinstall,
 * and the ffprobe package has been seen without execute bits for group/other.
 */
export function ensureExecutable(file: string, name: string): string {
  const reinstall = `Run \`npm install\` again (or \`npm rebuild @ffmpeg-installer/ffmpeg @ffprobe-installer/ffprobe\`).`;
  try {
    statSync(file);
  } catch (cause) {
    throw new FfmpegError(`The bundled ${name} binary is missing (${file}).`, { hint: reinstall, cause });
  }
  try {
    accessSync(file, constants.X_OK);
    return file;
  } catch {
    // fall through: try to add the execute bits ourselves
  }
  try {
    chmodSync(file, statSync(file).mode | 0o111);
    accessSync(file, constants.X_OK);
    return file;
  } catch (cause) {
    throw new FfmpegError(`The bundled ${name} binary is not executable (${file}).`, {
      hint: `Make it executable with \`chmod +x ${file}\`, or ${reinstall.charAt(0).toLowerCase()}${reinstall.slice(1)}`,
      cause,
    });
  }
}

const require = createRequire(import.meta.url);
const resolved: Partial<Record<'ffmpeg' | 'ffprobe', string>> = {};

/** AUDIO_EDITION_FFMPEG / AUDIO_EDITION_FFPROBE: a binary of the user's own instead of the bundled one. */
export const BINARY_ENV = { ffmpeg: 'AUDIO_EDITION_FFMPEG', ffprobe: 'AUDIO_EDITION_FFPROBE' } as const;

/** A user-chosen binary is checked, never chmod-ed: changing the user's files is not ours to do. */
function checkOverride(file: string, name: 'ffmpeg' | 'ffprobe'): string {
  const variable = BINARY_ENV[name];
  const hint = `Point ${variable} at a working ${name} binary, or unset it to use the bundled one.`;
  let info;
  try {
    info = statSync(file);
  } catch (cause) {
    throw new FfmpegError(`The ${name} binary set by ${variable} does not exist (${file}).`, { hint, cause });
  }
  try {
    if (!info.isFile()) throw new Error('not a file');
    accessSync(file, constants.X_OK);
  } catch (cause) {
    throw new FfmpegError(`The ${name} binary set by ${variable} is not an executable file (${file}).`, { hint: `Run \`chmod +x ${file}\`, or ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`, cause });
  }
  return file;
}

function binaryPath(name: 'ffmpeg' | 'ffprobe'): string {
  const known = resolved[name];
  if (known) return known;
  const override = process.env[BINARY_ENV[name]];
  if (override) {
    resolved[name] = checkOverride(override, name);
    return resolved[name];
  }
  let path: string;
  try {
    // The installer packages throw (sometimes a bare string) when the platform binary is absent.
    path = (require(`@${name}-installer/${name}`) as { path: string }).path;
  } catch (cause) {
    throw new FfmpegError(`The bundled ${name} binary was not found: ${cause instanceof Error ? cause.message : String(cause)}`, {
      hint: `Run \`npm install\` (the @${name}-installer packages ship ${name} for this platform).`,
      cause,
    });
  }
  resolved[name] = ensureExecutable(path, name);
  return resolved[name];
}

export function ffmpegPath(): string {
  return binaryPath('ffmpeg');
}

export function ffprobePath(): string {
  return binaryPath('ffprobe');
}

/** The argument list a job runs with (fluent-ffmpeg adds `-y` after the inputs). */
export function jobArgs(job: FfmpegJob): string[] {
  return [
    ...job.inputs.flatMap((i) => [...(i.options ?? []), '-i', i.file]),
    '-y',
    ...globalOptions(job),
    ...job.outputs.flatMap((o) => [...(o.options ?? []), o.file]),
  ];
}

/** No banner; never read the terminal (a stray keypress must not stop an encode). */
function globalOptions(job: FfmpegJob): string[] {
  return ['-hide_banner', '-nostdin', ...(job.globalOptions ?? [])];
}

/**
 * ffmpeg reporting a full disk. The 2018 static build exits 0 after "Error writing trailer of …: No
 * space left on device" and leaves a truncated file, so stderr is checked on success too.
 */
const DISK_FULL = /No space left on device|Disk quota exceeded/i;

function diskFull(job: FfmpegJob, command: string, stderr: string): AppError {
  const line = stderrTail(stderr, 50).split('\n').find((l) => DISK_FULL.test(l)) ?? '';
  return outputError(`The disk is full: ffmpeg could not ${job.label}.`, 'Free some disk space (or choose another folder with --out) and run again.', new Error(`${command}\n${line}`));
}

function failure(job: FfmpegJob, command: string, stderr: string, cause: unknown): AppError {
  if (DISK_FULL.test(stderr)) return diskFull(job, command, stderr);
  const tail = stderrTail(stderr);
  const last = tail.split('\n').pop() || (cause instanceof Error ? cause.message : String(cause));
  return new FfmpegError(`ffmpeg failed to ${job.label}: ${last}`, {
    hint: 'Check that the input audio is valid; run with --debug to see the ffmpeg command and its output.',
    command,
    stderrTail: tail,
    cause: new Error(`${command}\n${tail}`, { cause }),
  });
}

type Command = ReturnType<typeof ffmpegType>;

/**
 * fluent-ffmpeg, loaded on the first job: it is ~20 modules (~10 ms of start-up), and a run that
 * encodes nothing (an unchanged re-run checks only that ffmpeg is there) never builds a command.
 */
let fluent: typeof ffmpegType | undefined;

/**
 * Adds options so that each element stays one argument. fluent-ffmpeg splits an element holding
 * exactly one space ('comment=Cover (front)' → two arguments) when given an array, but not when given
 * several arguments, so we spread; a lone element would still be split, so refuse that case.
 */
function addOptions(add: (...options: string[]) => Command, options: readonly string[]): void {
  if (options.length === 0) return;
  if (options.length === 1 && options[0]!.split(' ').length === 2) {
    throw new Error(`ffmpeg option "${options[0]}" would be split by fluent-ffmpeg; pass it with its flag`);
  }
  add(...options);
}

function buildCommand(job: FfmpegJob, binary: string): Command {
  // Keep enough stderr for loudnorm's JSON and ebur128's summary, which come last.
  fluent ??= require('fluent-ffmpeg') as typeof ffmpegType;
  const cmd = fluent({ stdoutLines: 400 }).setFfmpegPath(binary);
  for (const input of job.inputs) {
    cmd.input(input.file);
    addOptions((...o) => cmd.inputOptions(...o), input.options ?? []);
  }
  job.outputs.forEach((output, index) => {
    cmd.output(output.file);
    // fluent-ffmpeg puts output options after its own `-y`; ffmpeg reads global options anywhere
    // before the first output name, so they ride with the first output.
    const options = index === 0 ? [...globalOptions(job), ...(output.options ?? [])] : (output.options ?? []);
    addOptions((...o) => cmd.outputOptions(...o), options);
  });
  return cmd;
}

/** The argument list fluent-ffmpeg actually builds for a job (what runs, and what errors show). */
export function fluentArgs(job: FfmpegJob): string[] {
  return (buildCommand(job, 'ffmpeg') as unknown as { _getArguments(): string[] })._getArguments();
}

/** Kills the process when `signal` fires; `settle` stops listening once the process is done. */
function onCancel(signal: AbortSignal | undefined, kill: () => void): { settle: () => void } {
  if (!signal) return { settle: () => {} };
  signal.addEventListener('abort', kill, { once: true });
  return { settle: () => signal.removeEventListener('abort', kill) };
}

/** The error of a job stopped (or never started) because its run was cancelled. */
export const cancelled = (job: { label: string }) => ffmpegError(`ffmpeg was stopped before it could ${job.label}: the run was cancelled.`, 'Run the same command again to resume.', undefined, 'ffmpeg.cancelled');

/** stderr kept per job: the end is what matters (loudnorm's JSON, ebur128's summary, the error). */
const STDERR_KEEP = 256 * 1024;

/**
 * Runs one ffmpeg job to completion. Resolves with its stderr; rejects with an FfmpegError (or an
 * output error for a full disk). fluent-ffmpeg builds the argument list; the process is ours: its
 * run() throws from inside callbacks when the spawn itself fails (an argument it cannot pass, E2BIG,
 * a binary gone since the start), which left the job's promise pending forever. Here a spawn that
 * throws, an 'error' event and the exit each settle the one promise, whichever comes first. It also
 * skips fluent-ffmpeg's format checks, two more ffmpeg processes per run that ffmpeg's own error
 * for an unknown format makes redundant.
 */
export function runFfmpeg(job: FfmpegJob): Promise<FfmpegResult> {
  if (job.signal?.aborted) return Promise.reject(cancelled(job));
  let binary: string;
  let args: string[];
  try {
    binary = ffmpegPath();
    args = fluentArgs(job);
  } catch (cause) {
    return Promise.reject(cause instanceof AppError ? cause : failure(job, formatCommand('ffmpeg', jobArgs(job)), '', cause));
  }
  // The command line shown in errors and --debug is the one that really runs.
  const command = formatCommand('ffmpeg', args);
  return new Promise((resolve, reject) => {
    let stderr = '';
    let killed = false;
    let settled = false;
    let forget = () => {};
    let child: ChildProcess | undefined;
    const { settle } = onCancel(job.signal, () => {
      killed = true;
      child?.kill('SIGKILL');
    });
    const finish = (error: unknown, code?: number | null, signal?: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      forget();
      settle();
      if (killed) reject(cancelled(job));
      else if (error) reject(failure(job, command, stderr, error));
      else if (code !== 0) reject(failure(job, command, stderr, new Error(signal ? `ffmpeg was killed with signal ${signal}` : `ffmpeg exited with code ${code}`)));
      else if (DISK_FULL.test(stderr)) reject(diskFull(job, command, stderr));
      else resolve({ command, stderr });
    };
    try {
      child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    } catch (cause) {
      finish(cause);
      return;
    }
    forget = reapWithParent(child.pid);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.length > 2 * STDERR_KEEP) stderr = stderr.slice(-STDERR_KEEP);
    });
    child.on('error', (error) => finish(error));
    // 'close', not 'exit': stderr has been read to its end by then.
    child.on('close', (code, signal) => finish(null, code, signal));
  });
}

/** Runs ffprobe with the given arguments and returns its stdout (ask for `-of json`). */
export function runFfprobe(args: string[], label: string, signal?: AbortSignal): Promise<string> {
  const binary = ffprobePath();
  const command = formatCommand('ffprobe', args);
  if (signal?.aborted) return Promise.reject(cancelled({ label }));
  return new Promise((resolve, reject) => {
    let settle = () => {};
    let forget = () => {};
    const child = execFile(binary, args, { maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      forget();
      settle();
      if (error) {
        const tail = stderrTail(stderr);
        reject(
          new FfmpegError(`ffprobe failed to ${label}: ${tail.split('\n').pop() || error.message}`, {
            hint: 'Check that the file exists and is a valid audio file; run with --debug for the full command.',
            command,
            stderrTail: tail,
            cause: new Error(`${command}\n${tail}`, { cause: error }),
          }),
        );
      } else resolve(stdout);
    });
    forget = reapWithParent(child.pid);
    settle = onCancel(signal, () => child.kill('SIGKILL')).settle;
  });
}
