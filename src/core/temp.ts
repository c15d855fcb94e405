// The project's one temp-name scheme. Every file written before being renamed into place is called
// `.<name>.<pid>-<random>.tmp` in the folder of its target (same filesystem, so the rename is atomic;
// the leading dot keeps it out of globs, the feed and `npm run serve`), and every scratch folder is
// `audio-edition-<pid>-<random>` in the OS temp folder. The pid in both lets a later run tell what a
// dead process left (kill -9, power loss) from what a live one is still writing, and sweep only the former.
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const TEMP_FILE = /^\..+\.(\d+)-[0-9a-f]+\.tmp$/;
const SCRATCH_DIR = /^audio-edition-(\d+)-[0-9a-f]+$/;
export const SCRATCH_PREFIX = 'audio-edition-';

const random = () => randomBytes(6).toString('hex');

/** A fresh temp path beside `dir/name`: `.<name>.<pid>-<random>.tmp`. */
export function tempPath(dir: string, name: string): string {
  return join(dir, `.${basename(name)}.${process.pid}-${random()}.tmp`);
}

/** The name of a new scratch folder for this process (created by the caller). */
export function scratchName(): string {
  return `${SCRATCH_PREFIX}${process.pid}-${random()}`;
}

/** The pid a temp file or scratch folder name carries, or null when the name is not ours. */
export function tempOwner(name: string): number | null {
  const m = TEMP_FILE.exec(name) ?? SCRATCH_DIR.exec(name);
  return m ? Number(m[1]) : null;
}

/** True while a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files (in `dir`) and scratch folders (in the OS temp folder) whose owner is gone,
 * or, with `pid`, those of that process. Synchronous, so a caller that exits right after leaves
 * nothing half-removed; best effort, since another run may be sweeping the same names.
 */
export function sweepTemps(dirs: readonly string[], options: { pid?: number; scratch?: boolean } = {}): number {
  const wanted = (owner: number | null) => owner !== null && (options.pid !== undefined ? owner === options.pid : !isProcessAlive(owner));
  let removed = 0;
  const sweep = (dir: string, pattern: RegExp) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const m = pattern.exec(name);
      if (!m || !wanted(Number(m[1]))) continue;
      try {
        rmSync(join(dir, name), { recursive: true, force: true });
        removed++;
      } catch {
        // someone else's to remove, or already gone
      }
    }
  };
  for (const dir of dirs) sweep(dir, TEMP_FILE);
  if (options.scratch !== false) sweep(tmpdir(), SCRATCH_DIR);
  return removed;
}
