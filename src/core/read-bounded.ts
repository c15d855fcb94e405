// Reading a file the user did not write (an input, a cache entry, an episode in the output folder)
// without trusting what the name points at. A FIFO would block the open (and so the event loop's
// thread pool) for ever, /dev/zero or a socket never ends, a symlink may lead anywhere. So: open with
// O_NONBLOCK (a FIFO opens at once instead of waiting for a writer), optionally O_NOFOLLOW, fstat the
// descriptor itself (no race between a check and the read), refuse anything that is not a regular
// file, and never read more than the caller's limit, even if the file grows while we read it.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export type BoundedReadProblem = 'not-regular' | 'too-large' | 'symlink';

/** A file that is not a regular file, is a symlink where none is allowed, or is over the limit. */
export class BoundedReadError extends Error {
  readonly problem: BoundedReadProblem;
  readonly path: string;
  /** Size in bytes when known (too-large). */
  readonly size: number | undefined;
  readonly limit: number | undefined;

  constructor(problem: BoundedReadProblem, path: string, detail: { size?: number; limit?: number } = {}) {
    const what =
      problem === 'not-regular'
        ? 'is not a regular file (a device, pipe, socket or folder)'
        : problem === 'symlink'
          ? 'is a symbolic link'
          : `is larger than ${formatBytes(detail.limit ?? 0)}`;
    super(`${path} ${what}`);
    this.name = 'BoundedReadError';
    this.problem = problem;
    this.path = path;
    this.size = detail.size;
    this.limit = detail.limit;
  }
}

export interface BoundedReadOptions {
  /** Most bytes to accept; a larger file is refused rather than truncated. */
  maxBytes: number;
  /** Default true. False refuses a symlink as the last path component (O_NOFOLLOW). */
  followSymlinks?: boolean;
}

/**
 * A size for a message, precise enough that a value just over a limit never prints as the limit
 * ("2.04 MB", not "2.0 MB; limited to 2 MB"): bytes under 1 KB, otherwise KB/MB with enough digits.
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [value, unit] = n < 1024 * 1024 ? [n / 1024, 'KB'] : [n / (1024 * 1024), 'MB'];
  // Whole units print as such (2 MB); otherwise two decimals, and never round onto a whole number.
  if (Number.isInteger(value)) return `${value} ${unit}`;
  let digits = 2;
  while (digits < 6 && Number.isInteger(Number(value.toFixed(digits)))) digits++;
  return `${value.toFixed(digits)} ${unit}`;
}

function openFlags(followSymlinks: boolean): number {
  return constants.O_RDONLY | constants.O_NONBLOCK | (followSymlinks ? 0 : constants.O_NOFOLLOW);
}

/** O_NOFOLLOW on a symlink fails with ELOOP (Linux) or EMLINK (FreeBSD); say what it really is. */
function translateOpenError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'ELOOP' || code === 'EMLINK' ? new BoundedReadError('symlink', path) : error;
}

function checkStats(info: Stats, path: string, maxBytes: number): void {
  if (!info.isFile()) throw new BoundedReadError('not-regular', path);
  if (info.size > maxBytes) throw new BoundedReadError('too-large', path, { size: info.size, limit: maxBytes });
}

/** Opens `path` for one of the readers below, with their checks. */
async function openRegular(path: string, options: BoundedReadOptions): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, openFlags(options.followSymlinks ?? true));
  } catch (error) {
    throw translateOpenError(error, path);
  }
  try {
    const info = await handle.stat();
    checkStats(info, path, options.maxBytes);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

/** The whole file, when it is a regular file of at most maxBytes. */
export async function readBounded(path: string, options: BoundedReadOptions): Promise<Buffer> {
  const { handle, size } = await openRegular(path, options);
  try {
    // Read in place into one buffer of the size fstat gave (+1 byte: that tells a file that grew
    // since from one exactly at its size); it grows only if the file does. Clips and pages are read
    // this way many times a run, and every copy would be garbage the size of the file.
    let buffer = Buffer.alloc(Math.min(options.maxBytes + 1, size + 1));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const bigger = Buffer.alloc(Math.min(options.maxBytes + 1, Math.max(2 * buffer.length, 65_536)));
        buffer.copy(bigger, 0, 0, total);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) throw new BoundedReadError('too-large', path, { size: total, limit: options.maxBytes });
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close().catch(() => {});
  }
}

/**
 * The SHA-256 (hex) and length of a file readBounded would accept, read through one small buffer:
 * hashing a clip never holds the clip.
 */
export async function hashBounded(path: string, options: BoundedReadOptions): Promise<{ bytes: number; sha256: string }> {
  const { handle } = await openRegular(path, options);
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(64 * 1024);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > options.maxBytes) throw new BoundedReadError('too-large', path, { size: total, limit: options.maxBytes });
      hash.update(buffer.subarray(0, bytesRead));
    }
    return { bytes: total, sha256: hash.digest('hex') };
  } finally {
    await handle.close().catch(() => {});
  }
}

/** readBounded for startup code that is synchronous (the config file). */
export function readBoundedSync(path: string, options: BoundedReadOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(path, openFlags(options.followSymlinks ?? true));
  } catch (error) {
    throw translateOpenError(error, path);
  }
  try {
    checkStats(fstatSync(fd), path, options.maxBytes);
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > options.maxBytes) throw new BoundedReadError('too-large', path, { size: total, limit: options.maxBytes });
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Stats of a regular file, or a BoundedReadError: for files handed to another reader (ffmpeg, a
 * metadata parser, a response stream) that would otherwise block on a FIFO or read a device for ever.
 */
export async function statRegular(path: string, options: { followSymlinks?: boolean } = {}): Promise<Stats> {
  let handle: FileHandle;
  try {
    handle = await open(path, openFlags(options.followSymlinks ?? true));
  } catch (error) {
    throw translateOpenError(error, path);
  }
  try {
    const info = await handle.stat();
    checkStats(info, path, Number.POSITIVE_INFINITY);
    return info;
  } finally {
    await handle.close().catch(() => {});
  }
}

/** readBounded as UTF-8 text. */
export async function readBoundedText(path: string, options: BoundedReadOptions): Promise<string> {
  return (await readBounded(path, options)).toString('utf8');
}
