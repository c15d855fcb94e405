// What a folder holds that may be read as a file: regular files, and symlinks only when they resolve
// to a regular file inside the same folder tree (unless the caller asks to follow them anywhere).
// An input folder with a link to /etc/shadow, or an output folder with a FIFO, a directory or a
// dangling link named x.mp3, must neither be read nor listed.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

export interface EntryOptions {
  /** Follow symlinks wherever they point. Default false: only links that stay inside the folder. */
  followSymlinks?: boolean;
}

/** True when `path` is `root` or below it (both already real paths). */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Whether one entry of `dir` is a readable regular file under the symlink rule. `realDir` is the
 * folder's real path (resolve it once with `realpath` for a whole listing).
 */
export async function isRegularEntry(dir: string, realDir: string, name: string, options: EntryOptions = {}): Promise<boolean> {
  const path = join(dir, name);
  const info = await lstat(path).catch(() => null);
  if (!info) return false;
  if (info.isFile()) return true;
  if (!info.isSymbolicLink()) return false;
  const target = await realpath(path).catch(() => null); // dangling or looping: not a file
  if (!target) return false;
  if (!options.followSymlinks && !isInside(realDir, target)) return false;
  return (await stat(target).catch(() => null))?.isFile() ?? false;
}

/** Names of the regular files directly in `dir` (see isRegularEntry), in readdir order. */
export async function regularFiles(dir: string, options: EntryOptions = {}): Promise<string[]> {
  const names = await readdir(dir);
  const realDir = await realpath(dir);
  const keep = await Promise.all(names.map((name) => isRegularEntry(dir, realDir, name, options)));
  return names.filter((_, i) => keep[i]);
}
