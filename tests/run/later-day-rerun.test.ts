// An unchanged article narrated again on a later day keeps its episode: the MP3 made on the first day
// (its date tag, its bytes) is reused, not assembled again for the new date; an edited article is made
// again, with the new day's date. Through narrate() with the offline engine and the run's clock given.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEpisodeTags } from '../../src/audio/episode-tags.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { createRunContext } from '../../src/core/run-context.ts';
import { narrate } from '../../src/run/narrate.ts';
import type { ArticleResult } from '../../src/run/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'later-day-rerun-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = join(dir, 'harbour.txt');
const out = join(dir, 'out');
const mp3 = join(out, 'harbour.mp3');
const config = { ...DEFAULT_CONFIG, outDir: out };

async function run(now: Date): Promise<ArticleResult> {
  const ctx = createRunContext();
  try {
    const reporter = { notice: () => {}, progress: () => {}, result: () => {} };
    const [result] = await narrate(ctx, { inputs: [input], config, engine: 'flite', cacheDir: join(dir, 'cache'), reporter, now: () => now });
    return result!;
  } finally {
    await ctx.close();
  }
}

describe('narrating an unchanged article on a later day', () => {
  it('keeps the episode made on the first day; an edit makes it again with the new date', async () => {
    writeFileSync(input, 'Harbour Reopens After the Storm\n\nThe harbour reopened on Tuesday morning after three days of storms.\n\nFishing boats left at dawn.');
    const first = await run(new Date(2026, 2, 10, 9));
    expect(first.ok && !first.reused).toBe(true);
    expect((await readEpisodeTags(mp3)).date).toBe('2026-03-10');
    const bytes = readFileSync(mp3);
    const made = statSync(mp3).mtimeMs;

    const later = await run(new Date(2026, 2, 12, 9));
    expect(later.ok && later.reused).toBe(true);
    expect(readFileSync(mp3).equals(bytes)).toBe(true);
    expect(statSync(mp3).mtimeMs).toBe(made);

    writeFileSync(input, 'Harbour Reopens After the Storm\n\nThe harbour reopened on Tuesday morning after three days of storms.\n\nFishing boats left at dawn, and the ferry ran on time.');
    const edited = await run(new Date(2026, 2, 12, 9));
    expect(edited.ok && !edited.reused).toBe(true);
    expect((await readEpisodeTags(mp3)).date).toBe('2026-03-12');
  }, 180_000);
});
