// One run at a time per output folder: `.lock` holds the pid of the run that owns the folder. A second
// run waits for it (saying so once) rather than failing: a cron run that overlaps a long one then
// simply follows it, and finds everything the first one narrated already done. A lock whose process
// is gone (kill -9, a crash) is taken over.
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeErrno, outputError } from '../errors.ts';

export const LOCK_FILE = '.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export interface FolderLock {
  release(): Promise<void>;
}

/** Takes the folder's lock, waiting while another live run holds it. `onWait` hears the holder's pid once. */
export async function lockFolder(dir: string, options: { signal?: AbortSignal; onWait?: (pid: number) => void; pollMs?: number } = {}): Promise<FolderLock> {
  const path = join(dir, LOCK_FILE);
  let told = false;
  let empty = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return {
        release: async () => {
          // Only our own lock: never one a later run took over.
          if ((await readFile(path, 'utf8').catch(() => '')).trim() === String(process.pid)) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw outputError(`Cannot lock the output folder ${dir}: ${describeErrno(error)}.`, 'Choose a writable folder with --out.', error);
      }
    }
    const text = await readFile(path, 'utf8').catch(() => '');
    const pid = Number(text.trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      if (!told) options.onWait?.(pid);
      told = true;
      await sleep(options.pollMs ?? 500, options.signal);
      continue;
    }
    // Empty: its writer is between create and write, or died there. Give it a second.
    if (text === '' && ++empty < 20) {
      await sleep(50, options.signal);
      continue;
    }
    // The holder is gone: take the lock over, unless someone else did so meanwhile.
    if ((await readFile(path, 'utf8').catch(() => null)) === text) await rm(path, { force: true });
    empty = 0;
  }
}
