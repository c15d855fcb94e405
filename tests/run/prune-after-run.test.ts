// The caches are pruned after a run that added to them, and not after an unchanged re-run, which
// would otherwise walk every entry of a full cache for nothing. Through narrate() with the offline
// engine; pruneCache itself (least recently used first) is tested in tests/tts/clip-cache.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { createRunContext } from '../../src/core/run-context.ts';
import { narrate } from '../../src/run/narrate.ts';
import type { ArticleResult } from '../../src/run/types.ts';
import * as clipCache from '../../src/tts/clip-cache.ts';

vi.mock('../../src/tts/clip-cache.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/tts/clip-cache.ts')>();
  return { ...actual, pruneCache: vi.fn(actual.pruneCache) };
});

const dir = mkdtempSync(join(tmpdir(), 'prune-after-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'ferry.txt');
const cache = join(dir, 'cache');
const config = { ...DEFAULT_CONFIG, outDir: join(dir, 'out') };

async function run(): Promise<{ result: ArticleResult; pruned: string[] }> {
  vi.mocked(clipCache.pruneCache).mockClear();
  const ctx = createRunContext();
  try {
    const reporter = { notice: () => {}, progress: () => {}, result: () => {} };
    const [result] = await narrate(ctx, { inputs: [input], config, engine: 'flite', cacheDir: cache, reporter });
    return { result: result!, pruned: vi.mocked(clipCache.pruneCache).mock.calls.map(([folder]) => folder) };
  } finally {
    await ctx.close();
  }
}

describe('pruning the caches at the end of a run', () => {
  it('prunes both caches after a run that synthesized, neither after an unchanged re-run', async () => {
    writeFileSync(input, 'Ferry Returns to Service\n\nThe island ferry returned to service on Monday after repairs.\n\nTimetables are unchanged.');
    const first = await run();
    expect(first.result.ok && !first.result.reused).toBe(true);
    expect(first.pruned).toHaveLength(2);
    expect(first.pruned[0]).toBe(cache);

    const again = await run();
    expect(again.result.ok && again.result.reused).toBe(true);
    expect(again.pruned).toEqual([]);

    writeFileSync(input, 'Ferry Returns to Service\n\nThe island ferry returned to service on Monday after repairs.\n\nTimetables are unchanged for the winter.');
    const edited = await run();
    expect(edited.result.ok && !edited.result.reused).toBe(true);
    expect(edited.pruned).toEqual(first.pruned);
  }, 180_000);
});
