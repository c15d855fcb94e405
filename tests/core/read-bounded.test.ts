import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { BoundedReadError, formatBytes, hashBounded, readBounded, readBoundedSync, statRegular } from '../../src/core/read-bounded.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-bounded-'));
  await writeFile(join(dir, 'small.txt'), 'hello');
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  await symlink('/dev/zero', join(dir, 'zero.wav'));
  await symlink(join(dir, 'small.txt'), join(dir, 'link.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problemOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof BoundedReadError) return error.problem;
    throw error;
  }
  return 'read';
}

describe('readBounded', () => {
  it('reads a regular file within the limit, async and sync', async () => {
    expect((await readBounded(join(dir, 'small.txt'), { maxBytes: 5 })).toString()).toBe('hello');
    expect(readBoundedSync(join(dir, 'small.txt'), { maxBytes: 5 }).toString()).toBe('hello');
  });

  it('refuses a file over the limit instead of truncating it', async () => {
    expect(await problemOf(() => readBounded(join(dir, 'small.txt'), { maxBytes: 4 }))).toBe('too-large');
    expect(await problemOf(async () => readBoundedSync(join(dir, 'small.txt'), { maxBytes: 4 }))).toBe('too-large');
  });

  it('refuses a FIFO at once (no writer needed) and a symlink to /dev/zero', async () => {
    expect(await problemOf(() => readBounded(join(dir, 'fifo'), { maxBytes: 100 }))).toBe('not-regular');
    expect(await problemOf(async () => readBoundedSync(join(dir, 'fifo'), { maxBytes: 100 }))).toBe('not-regular');
    expect(await problemOf(() => readBounded(join(dir, 'zero.wav'), { maxBytes: 100 }))).toBe('not-regular');
    expect(await problemOf(() => readBounded(dir, { maxBytes: 100 }))).toBe('not-regular');
    expect(await problemOf(() => statRegular(join(dir, 'fifo')))).toBe('not-regular');
    expect((await statRegular(join(dir, 'small.txt'))).size).toBe(5);
  });

  it('follows a symlink unless told not to', async () => {
    expect((await readBounded(join(dir, 'link.txt'), { maxBytes: 5 })).toString()).toBe('hello');
    expect(await problemOf(() => readBounded(join(dir, 'link.txt'), { maxBytes: 5, followSymlinks: false }))).toBe('symlink');
    expect(await problemOf(() => statRegular(join(dir, 'link.txt'), { followSymlinks: false }))).toBe('symlink');
  });
});

describe('hashBounded', () => {
  it('hashes a file of many reads exactly as the whole file, and says its length', async () => {
    const data = randomBytes(200_001); // three 64 KB reads and an odd tail
    const file = join(dir, 'big.bin');
    await writeFile(file, data);
    expect(await hashBounded(file, { maxBytes: data.length })).toEqual({ bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
    expect((await readBounded(file, { maxBytes: data.length })).equals(data)).toBe(true);
  });

  it('refuses what readBounded refuses', async () => {
    expect(await problemOf(() => hashBounded(join(dir, 'small.txt'), { maxBytes: 4 }))).toBe('too-large');
    expect(await problemOf(() => hashBounded(join(dir, 'fifo'), { maxBytes: 100 }))).toBe('not-regular');
    expect(await problemOf(() => hashBounded(join(dir, 'zero.wav'), { maxBytes: 100 }))).toBe('not-regular');
    expect(await problemOf(() => hashBounded(join(dir, 'link.txt'), { maxBytes: 5, followSymlinks: false }))).toBe('symlink');
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 bytes'],
    [2 * 1048576, '2 MB'],
    [2 * 1048576 + 40_000, '2.04 MB'],
    [2 * 1048576 + 1000, '2.001 MB'],
    [1536, '1.50 KB'],
  ])('%i bytes read as %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});
