// The sources state is read like every file the user did not write: bounded and regular-only, so a
// FIFO or a link to /dev/zero in its place ends in one clear error instead of a hung run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { STATE_FILE, emptyState, loadState, saveState } from '../../src/sources/state.ts';

const root = mkdtempSync(join(tmpdir(), 'sources-state-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = (name: string) => {
  const dir = join(root, name);
  execFileSync('mkdir', ['-p', dir]);
  return dir;
};

describe('loadState', () => {
  it('is empty when there is no state yet, and reads back what was saved', async () => {
    const dir = folder('fresh');
    expect(await loadState(dir)).toEqual(emptyState());
    const state = emptyState();
    state.sources['https://example.org/feed.xml'] = {} as never;
    await saveState(dir, state);
    expect(await loadState(dir)).toEqual(state);
  });

  it.each([
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), /not a regular file/],
    ['a symlink to /dev/zero', (path: string) => symlinkSync('/dev/zero', path), /symbolic link/],
    ['a folder', (path: string) => execFileSync('mkdir', [path]), /not a regular file|folder/],
  ])('refuses %s in its place with an output error naming the file', async (name, make, why) => {
    const dir = folder(name.replace(/\W+/g, '-'));
    make(join(dir, STATE_FILE));
    const error = await loadState(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('output');
    expect((error as AppError).message).toContain(STATE_FILE);
    expect((error as AppError).message).toMatch(why);
  });

  it('refuses a state file that is not ours rather than forgetting every item', async () => {
    const dir = folder('foreign');
    writeFileSync(join(dir, STATE_FILE), '{"hello": 1}');
    await expect(loadState(dir)).rejects.toMatchObject({ kind: 'output', message: expect.stringContaining('not a valid sources state file') });
  });
});
