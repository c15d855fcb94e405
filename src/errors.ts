// One error class for everything a user can cause or meet. The CLI is the only place that turns
// these into a one-line message, a hint, and an exit code; everything else just throws them.

export const ExitCode = {
  ok: 0,
  /** Some articles in a batch failed, others succeeded. */
  partial: 1,
  usage: 2,
  input: 3,
  engine: 4,
  ffmpeg: 5,
  output: 6,
  config: 7,
  network: 8,
  /** Another run is writing to the same output folder. */
  busy: 9,
  /** A bug: an error no code path expected (sysexits' EX_SOFTWARE). */
  internal: 70,
  interrupted: 130,
} as const;

export type ErrorKind = Exclude<keyof typeof ExitCode, 'ok' | 'partial'>;

/**
 * `kind` decides the exit code; `code` names the condition (`input.no-body`, `output.not-writable`…)
 * for callers that must tell conditions apart. Branch on these fields, never on the message text.
 */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly hint: string;

  constructor(kind: ErrorKind, message: string, options: { hint?: string; cause?: unknown; code?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.code = options.code ?? kind;
    this.hint = options.hint ?? '';
  }

  get exitCode(): number {
    return ExitCode[this.kind];
  }
}

export const usageError = (message: string, hint = 'Run `npm run narrate -- --help` for the options.') =>
  new AppError('usage', message, { hint });

// `code` defaults to the kind; give a sub-code (`input.no-body`) where a caller must tell it apart.
export const inputError = (message: string, hint: string, cause?: unknown, code?: string) =>
  new AppError('input', message, { hint, cause, ...(code ? { code } : {}) });

export const configError = (message: string, hint: string, cause?: unknown, code?: string) =>
  new AppError('config', message, { hint, cause, ...(code ? { code } : {}) });

export const engineError = (message: string, hint: string, cause?: unknown, code?: string) =>
  new AppError('engine', message, { hint, cause, ...(code ? { code } : {}) });

export const ffmpegError = (message: string, hint: string, cause?: unknown, code?: string) =>
  new AppError('ffmpeg', message, { hint, cause, ...(code ? { code } : {}) });

export const outputError = (message: string, hint: string, cause?: unknown, code?: string) =>
  new AppError('output', message, { hint, cause, ...(code ? { code } : {}) });

export const networkError = (message: string, hint: string, cause?: unknown, code?: string) =>
  new AppError('network', message, { hint, cause, ...(code ? { code } : {}) });

/** A condition the code should never reach: a bug, whatever layer noticed it (`internal.<what>` names it). */
export const internalError = (message: string, cause?: unknown, code = 'internal') =>
  new AppError('internal', `${message} This is a bug in audio-edition.`, { hint: 'Run again with --debug and report the output.', cause, code });

/** The first errno code (ENOSPC, EACCES…) along an error's cause chain. */
export function errnoCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}

/** An errno code in words, for the "Cannot … : why." messages of every file operation. */
export function describeErrno(error: unknown): string {
  const code = errnoCode(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file is in the way';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    default:
      return code ?? String((error as Error)?.message ?? error);
  }
}

/**
 * Any error as an AppError: a full disk is an output error wherever it surfaced; anything that is
 * not ours is an internal failure, reported with a hint to rerun with --debug.
 */
export function toAppError(error: unknown): AppError {
  const full = diskFullError(error);
  if (full) return full;
  if (error instanceof AppError) return error;
  return internalError(`Unexpected failure: ${(error as Error)?.message ?? String(error)}.`, error);
}

/**
 * A full disk is the user's to fix wherever it shows up (episode, sidecar, clip cache, temp folder), so
 * it is always an output error, whatever layer noticed it first. Null when the error is something else.
 */
export function diskFullError(error: unknown): AppError | null {
  if (error instanceof AppError && error.kind === 'output') return null;
  const code = errnoCode(error);
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return null;
  let path: string | undefined;
  for (let e: unknown = error; e && !path; e = (e as { cause?: unknown }).cause) path = (e as { path?: string }).path;
  return outputError(`The disk is full${path ? ` (writing ${path})` : ''}.`, 'Free some disk space (or choose another folder with --out) and run again.', error, 'output.disk-full');
}
