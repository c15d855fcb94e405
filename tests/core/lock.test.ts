import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder } from '../../src/core/lock.ts';
import { AppError } from '../../src/errors.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lock-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited (its lock is stale). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('output folder lock', () => {
  it('one holder at a time: a second lock fails as "busy" (exit 9) naming the holder; release frees it', () => {
    const lock = lockFolder(dir);
    const error = (() => {
      try {
        lockFolder(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'busy', code: 'busy.output-folder', exitCode: 9, message: expect.stringContaining(`pid ${process.pid}`) });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockFolder(dir).release();
  });

  it('takes over the lock of a process that is gone, and a half-written one', () => {
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), startTicks: null, started: 'earlier' }));
    const lock = lockFolder(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    lockFolder(dir).release();
  });

  it('a live pid whose start time differs (the pid was reused) is stale too', () => {
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, startTicks: 1, started: 'long ago' }));
    if (!existsSync(`/proc/${process.pid}/stat`)) return; // no start times here: pid alone decides
    lockFolder(dir).release();
  });
});
