// One run at a time per output folder. Two runs writing one folder interleave: the later one's feed.xml,
// built from a folder listing taken while the other was still renaming its episode into place, can
// drop that episode. So a run holds `.audio-edition.lock` in the output folder (hidden: the feed,
// the pages and `npm run serve` skip dotfiles) for as long as it writes there.
//
// A second run does not wait: it exits at once with its own code (9, "busy"), saying which run holds
// the folder. Waiting would make a run's time depend on another's, unbounded; a re-run is cheap (the
// clip cache keeps what was synthesized). A lock whose process is gone (kill -9, a crash, a reboot) is
// taken over: the file holds the pid and, on Linux, the process's start time, so a reused pid is not
// mistaken for the run that wrote it.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import { isProcessAlive } from './temp.ts';

export const LOCK_FILE = '.audio-edition.lock';

interface LockInfo {
  pid: number;
  /** Clock ticks since boot at which the process started (/proc/<pid>/stat field 22), when known. */
  startTicks: number | null;
  started: string;
}

/** A process's start time (Linux), so a pid reused by another process is told apart. */
function startTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]); // field 22 overall; fields[0] is field 3 (state)
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function parseLock(raw: string | null): LockInfo | null {
  try {
    const info = JSON.parse(raw ?? '') as Partial<LockInfo>;
    return typeof info.pid === 'number' ? { pid: info.pid, startTicks: info.startTicks ?? null, started: String(info.started ?? '') } : null;
  } catch {
    return null; // unreadable or half-written (its writer died mid-write): stale
  }
}

function readRaw(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function holderAlive(info: LockInfo): boolean {
  if (!isProcessAlive(info.pid)) return false;
  const now = startTicks(info.pid);
  return info.startTicks === null || now === null || now === info.startTicks;
}

export interface FolderLock {
  release(): void;
}

export const busyError = (dir: string, holder: LockInfo) =>
  new AppError('busy', `Another run (pid ${holder.pid}${holder.started ? `, started ${holder.started}` : ''}) is writing to ${dir}.`, {
    hint: 'Wait for it to finish and run again (synthesized clips are cached), or choose another folder with --out.',
    code: 'busy.output-folder',
  });

/** Takes the output folder's lock, or throws a "busy" AppError naming the run that holds it. */
export function lockFolder(dir: string): FolderLock {
  const file = join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, startTicks: startTicks(process.pid), started: new Date().toISOString() };
  const body = JSON.stringify(mine);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(file, body, { flag: 'wx' }); // O_EXCL: exactly one run creates it
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          // Remove it only while it is still ours (a run that took over a lock it thought stale).
          if (parseLock(readRaw(file))?.pid === process.pid) unlinkSync(file);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const raw = readRaw(file);
    const holder = parseLock(raw);
    if (holder && holderAlive(holder)) throw busyError(dir, holder);
    // Stale: remove it, unless another run has replaced it meanwhile; then try again.
    try {
      if (raw !== null && readRaw(file) === raw) unlinkSync(file);
    } catch {
      // gone already: another run took it over, or its owner finished
    }
  }
  throw busyError(dir, parseLock(readRaw(file)) ?? { pid: 0, startTicks: null, started: '' });
}
