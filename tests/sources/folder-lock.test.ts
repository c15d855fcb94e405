// The output-folder lock: a second run waits for a live holder and takes over a dead one's lock.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder } from '../../src/sources/folder-lock.ts';

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'lock-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('lockFolder', () => {
  it('takes a free folder, and releases only its own lock', async () => {
    const lock = await lockFolder(dir);
    expect((await readFile(join(dir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    await lock.release();
    await expect(readFile(join(dir, LOCK_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('waits while a live process holds it, then takes it once that process is gone', async () => {
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await writeFile(join(dir, LOCK_FILE), `${holder.pid}\n`);
    let waitedFor = 0;
    const taking = lockFolder(dir, { pollMs: 20, onWait: (pid) => {
      waitedFor = pid;
      holder.kill('SIGKILL'); // the holder dies while we wait; its lock file stays behind
    } });
    const lock = await taking;
    expect(waitedFor).toBe(holder.pid);
    expect((await readFile(join(dir, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    await lock.release();
  });

  it('takes over the lock of a process that no longer exists', async () => {
    const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((r) => dead.on('close', r));
    await writeFile(join(dir, LOCK_FILE), `${dead.pid}\n`);
    const lock = await lockFolder(dir, { onWait: () => expect.unreachable('nobody holds it') });
    await lock.release();
  });

  it('gives up waiting when the run is cancelled', async () => {
    await writeFile(join(dir, LOCK_FILE), `${process.ppid}\n`); // our parent is alive for sure
    const controller = new AbortController();
    const taking = lockFolder(dir, { pollMs: 20, signal: controller.signal, onWait: () => controller.abort() });
    await expect(taking).rejects.toBeDefined();
  });
});
