// Folder creation that fails in bounded time, and the one atomic write.
//
// Node 20's `mkdir(path, { recursive: true })` never settles for a path under /proc (the promise hangs
// and the process spins at 100% CPU), so no folder the user names is created that way: walk up to the
// first existing ancestor with stat, refuse one that is not a writable folder on a normal filesystem,
// then create the missing levels one by one.
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { describeErrno, errnoCode, outputError } from '../errors.ts';
import { tempPath } from './temp.ts';

/** Kernel pseudo filesystems (statfs f_type): nothing of ours belongs there. */
const PSEUDO_FS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x1cd1, 'devpts'],
  [0x62656570, 'configfs'],
  [0xcafe4a11, 'bpf'],
  [0x6165676c, 'pstore'],
  [0xde5e81e4, 'efivarfs'],
  [0x65735543, 'fusectl'],
]);

/** Why a folder cannot hold our files, with an errno-like code; the message reads after "cannot use X:". */
export class FolderError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

async function pseudoFs(path: string): Promise<string | null> {
  if (/^\/(proc|sys)(\/|$)/.test(path)) return path.split('/')[1]!;
  try {
    return PSEUDO_FS.get(Number((await statfs(path)).type)) ?? null;
  } catch {
    return null; // statfs unsupported here: the write probe below still decides
  }
}

/** Throws a FolderError unless `dir` (which exists) is a folder we can create files in. */
async function checkUsable(dir: string): Promise<void> {
  const info = await stat(dir);
  if (!info.isDirectory()) throw new FolderError('ENOTDIR', dir, 'a file is in the way');
  const kind = await pseudoFs(dir);
  if (kind) throw new FolderError('EPSEUDOFS', dir, `${dir} is on the kernel's ${kind} filesystem, which holds no files of ours`);
  await access(dir, constants.W_OK | constants.X_OK);
}

/**
 * Makes `dir` (and missing parents) exist as a writable folder, in bounded time. Throws the
 * underlying errno error (or a FolderError) for the caller to put in its own words.
 */
export async function ensureDir(dir: string): Promise<string> {
  const target = resolve(dir);
  const missing: string[] = [];
  let existing = target;
  for (;;) {
    try {
      await stat(existing);
      break;
    } catch (error) {
      const code = errnoCode(error);
      if (code !== 'ENOENT') throw error;
      const parent = dirname(existing);
      if (parent === existing) throw error;
      missing.unshift(existing);
      existing = parent;
    }
  }
  await checkUsable(existing);
  for (const level of missing) {
    try {
      await mkdir(level);
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error; // another run made it meanwhile: check it below
    }
  }
  if (missing.length) await checkUsable(target);
  return target;
}

/**
 * Proves a folder writable by creating and removing a temp file in it (catches read-only mounts and
 * what access() lets root through); with `bytes`, also that the disk has that much room.
 */
export async function probeWritable(dir: string, bytes = 0): Promise<void> {
  const probe = tempPath(dir, 'write-check');
  try {
    await writeFile(probe, Buffer.alloc(bytes));
  } finally {
    await rm(probe, { force: true });
  }
}

/** A folder problem in words: "a file is in the way", "it is on the kernel's proc filesystem"… */
export function describeFolderError(error: unknown): string {
  if (error instanceof FolderError) return error.message;
  return describeErrno(error);
}

/** Outputs appear whole or not at all: write beside the target, then rename (atomic on one filesystem). */
export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPath(dirname(target), target);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw outputError(`Cannot write ${target}: ${describeErrno(cause)}.`, errnoCode(cause) === 'ENOSPC' ? 'Free some disk space and run again.' : 'Choose a writable folder with --out.', cause);
  }
}

