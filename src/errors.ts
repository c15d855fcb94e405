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
  interrupted: 130,
} as const;

export type ErrorKind = Exclude<keyof typeof ExitCode, 'ok' | 'partial'>;

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string;

  constructor(kind: ErrorKind, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.hint = options.hint ?? '';
  }

  get exitCode(): number {
    return ExitCode[this.kind];
  }
}

export const usageError = (message: string, hint = 'Run `npm run narrate -- --help` for the options.') =>
  new AppError('usage', message, { hint });

export const inputError = (message: string, hint: string, cause?: unknown) =>
  new AppError('input', message, { hint, cause });

export const configError = (message: string, hint: string, cause?: unknown) =>
  new AppError('config', message, { hint, cause });

export const engineError = (message: string, hint: string, cause?: unknown) =>
  new AppError('engine', message, { hint, cause });

export const ffmpegError = (message: string, hint: string, cause?: unknown) =>
  new AppError('ffmpeg', message, { hint, cause });

export const outputError = (message: string, hint: string, cause?: unknown) =>
  new AppError('output', message, { hint, cause });

export const networkError = (message: string, hint: string, cause?: unknown) =>
  new AppError('network', message, { hint, cause });

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
  return new AppError('engine', `Unexpected failure: ${(error as Error)?.message ?? String(error)}`, {
    hint: 'Run again with --debug and report the output.',
    cause: error,
  });
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
  return outputError(`The disk is full${path ? ` (writing ${path})` : ''}.`, 'Free some disk space (or choose another folder with --out) and run again.', error);
}
