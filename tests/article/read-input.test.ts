import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, readArticleText } from '../../src/article/read-input.ts';
import { AppError } from '../../src/errors.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-input-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function inputErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe('input');
  return error as AppError;
}

describe('readArticleText and collectInputs', () => {
  it('reads a file and expands a folder in sorted order', async () => {
    const folder = join(dir, 'in');
    await mkdir(folder);
    await writeFile(join(folder, 'b.txt'), 'B\n\nBody.');
    await writeFile(join(folder, 'a.txt'), 'A\n\nBody.');
    await writeFile(join(folder, 'notes.pdf'), 'x');
    expect(await collectInputs([folder])).toEqual([join(folder, 'a.txt'), join(folder, 'b.txt')]);
    expect(await readArticleText(join(folder, 'a.txt'))).toBe('A\n\nBody.');
  });

  it('refuses an article whose text is longer than five hours of audio', async () => {
    const { loadArticle } = await import('../../src/article/load-article.ts');
    const paragraph = 'The council met again on Tuesday and talked about the budget for a long time. ';
    await writeFile(join(dir, 'book.txt'), `A Very Long Story\n\n${Array.from({ length: 4200 }, () => paragraph).join('\n\n')}`);
    expect((await inputErrorOf(loadArticle(join(dir, 'book.txt')))).message).toMatch(/has 3\d\d,\d{3} characters of text; one article is limited to 300,000 /);
    await writeFile(join(dir, 'long.txt'), `A Long Story\n\n${Array.from({ length: 300 }, () => paragraph).join('\n\n')}`);
    expect((await loadArticle(join(dir, 'long.txt'))).headline).toBe('A Long Story');
  });

  it('refuses devices and pipes instead of reading forever', async () => {
    expect((await inputErrorOf(readArticleText('/dev/zero'))).message).toMatch(/not a regular file/);
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect((await inputErrorOf(readArticleText(fifo))).message).toMatch(/not a regular file/);
  });

  it('names the problem for missing, empty, oversized, unreadable inputs and empty folders', async () => {
    expect((await inputErrorOf(collectInputs([join(dir, 'missing.txt')]))).message).toMatch(/not found/);
    const empty = join(dir, 'empty');
    await mkdir(empty);
    expect((await inputErrorOf(collectInputs([empty]))).message).toMatch(/No articles/);
    await writeFile(join(dir, 'blank.txt'), ' \n\u00a0\t\n');
    expect((await inputErrorOf(readArticleText(join(dir, 'blank.txt')))).message).toMatch(/empty/);
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    expect((await inputErrorOf(readArticleText(join(dir, 'huge.txt')))).message).toMatch(/limited to 2 MB/);
    if (process.getuid?.() !== 0) {
      await writeFile(join(dir, 'locked.txt'), 'x');
      await chmod(join(dir, 'locked.txt'), 0);
      expect((await inputErrorOf(readArticleText(join(dir, 'locked.txt')))).message).toMatch(/permission denied/);
    }
  });
});
