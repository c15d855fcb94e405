// Retention and the removal of replaced files, on a real folder.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expiredEpisodes } from '../../src/sources/retention.ts';
import { applyRetention, removeStale } from '../../src/sources/upkeep.ts';
import { emptyState, episodeFiles, itemId, loadState, recordEpisode, recordFailure, saveState, type State } from '../../src/sources/state.ts';
import { decide, fingerprint } from '../../src/sources/select.ts';
import type { FeedEntry } from '../../src/sources/parse-feed.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
let dir: string;
beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'upkeep-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

const entry = (key: string, published: Date): FeedEntry => ({ key, link: `https://x.example/${key}`, title: key, author: null, published, language: null, html: null, categories: [] });
const facts = (e: FeedEntry) => ({ source: 'S', key: e.key, title: e.title, link: e.link, published: e.published!.toISOString(), fingerprint: fingerprint(e) });

async function family(stem: string) {
  for (const ext of ['.mp3', '.chapters.json', '.vtt', '.cover.png', '.item.json']) await writeFile(join(dir, `${stem}${ext}`), 'x');
}

describe('retention', () => {
  it('keeps the newest N and those younger than D days', () => {
    const eps = [{ file: 'a.mp3', at: day(40) }, { file: 'b.mp3', at: day(10) }, { file: 'c.mp3', at: day(1) }, { file: 'd.mp3', at: day(0) }];
    expect(expiredEpisodes(eps, { days: 30 }, NOW)).toEqual(['a.mp3']);
    expect(expiredEpisodes(eps, { episodes: 2 }, NOW)).toEqual(['b.mp3', 'a.mp3']);
    expect(expiredEpisodes(eps, { days: 5, episodes: 3 }, NOW)).toEqual(['b.mp3', 'a.mp3']);
    expect(expiredEpisodes(eps, undefined, NOW)).toEqual([]);
  });

  it('retires old items (never narrated again), hides them at once, deletes them and their sidecars after the feed', async () => {
    const state: State = emptyState();
    const old = entry('old', day(40));
    const fresh = entry('fresh', day(1));
    for (const [e, stem] of [[old, 'old-1'], [fresh, 'fresh-1']] as const) {
      await family(stem);
      recordEpisode(state, itemId('S', e.key), facts(e), { hash: 'h', episode: `${stem}.mp3`, now: NOW });
    }
    await family('edition-2026-10-01');
    await writeFile(join(dir, 'local.mp3'), 'x');
    const { utimes } = await import('node:fs/promises');
    await utimes(join(dir, 'edition-2026-10-01.mp3'), day(60), day(60));
    expect(await applyRetention(dir, state, { days: 30 }, NOW)).toEqual(['old-1.mp3', 'edition-2026-10-01.mp3']); // newest first
    const { current, stale } = episodeFiles(state);
    expect([...current]).toEqual(['fresh-1.mp3']);
    expect([...stale].sort()).toEqual(['edition-2026-10-01.mp3', 'old-1.mp3']);
    expect(decide('S', [old, fresh], state).map((d) => d.why)).toEqual(['retired', 'unchanged']);
    expect(await removeStale(dir, state)).toHaveLength(2);
    expect((await readdir(dir)).sort()).toEqual(['fresh-1.chapters.json', 'fresh-1.cover.png', 'fresh-1.item.json', 'fresh-1.mp3', 'fresh-1.vtt', 'local.mp3']);
  });
});

describe('state', () => {
  it('a regenerated episode replaces the old file, which waits for removal; failures are counted', async () => {
    const state = emptyState();
    const e = entry('a', day(1));
    const id = itemId('S', 'a');
    recordEpisode(state, id, facts(e), { hash: 'h1', episode: 'a-1.mp3', now: NOW });
    recordFailure(state, id, facts(e), 'HTTP 500');
    expect(state.items[id]).toMatchObject({ status: 'done', episode: 'a-1.mp3', failures: 1 });
    recordEpisode(state, id, facts(e), { hash: 'h2', episode: 'a-2.mp3', now: NOW });
    expect(state.items[id]).toMatchObject({ status: 'done', episode: 'a-2.mp3', stale: ['a-1.mp3'], failures: 0, narratedAt: NOW.toISOString() });
    await saveState(dir, state);
    expect(await loadState(dir)).toEqual(JSON.parse(JSON.stringify(state)));
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a state file it cannot read rather than starting over', async () => {
    await writeFile(join(dir, '.sources-state.json'), '{"version": 1, "items": ');
    await expect(loadState(dir)).rejects.toMatchObject({ kind: 'output', message: expect.stringContaining('not a valid sources state file') });
    expect(await loadState(join(dir, 'none'))).toEqual(emptyState());
  });
});
