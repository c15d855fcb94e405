// The stories of an edition with sources: published since the previous edition (or 24 h), source
// order, newest first; earlier runs' items come back from their sidecars.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.ts';
import { editionArticles } from '../../src/sources/edition-items.ts';
import type { ItemJob } from '../../src/sources/gather.ts';
import { emptyState, itemId, recordEpisode } from '../../src/sources/state.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'edition-items-'))));
afterAll(async () => rm(dir, { recursive: true, force: true }));

const article = (headline: string, source: string): Article => ({ source, headline, dek: null, byline: null, dateline: null, sections: [{ heading: null, paragraphs: ['Text.'] }], credits: [] });

async function done(state: ReturnType<typeof emptyState>, source: string, key: string, published: Date) {
  const stem = `${key}-0123456789`;
  await writeFile(join(dir, `${stem}.item.json`), JSON.stringify({ guid: key, article: article(key, 'whatever') }));
  recordEpisode(state, itemId(source, key), { source, key, title: key, link: null, published: published.toISOString(), fingerprint: 'f' }, { hash: 'h', episode: `${stem}.mp3`, now: NOW });
}

describe('editionArticles', () => {
  it('orders by source, then newest first, and leaves out what is older than the window', async () => {
    const state = emptyState();
    await done(state, 'B', 'b-old', hoursAgo(30));
    await done(state, 'B', 'b-new', hoursAgo(2));
    await done(state, 'A', 'a-mid', hoursAgo(10));
    const job = { id: itemId('A', 'a-fresh'), sourceUrl: 'A', entry: { published: hoursAgo(1) }, article: article('a-fresh', 'a-fresh-9999999999') } as unknown as ItemJob;
    const stories = await editionArticles(dir, state, [job], ['A', 'B'], NOW);
    expect(stories.map((a) => a.headline)).toEqual(['a-fresh', 'a-mid', 'b-new']);
    // Stored stories are named after their episode, so the run reuses that episode.
    expect(stories[1]!.source).toBe('a-mid-0123456789');
  });

  it('starts after the previous edition when there was one', async () => {
    const state = emptyState();
    await done(state, 'A', 'before', hoursAgo(5));
    await done(state, 'A', 'after', hoursAgo(1));
    state.lastEdition = hoursAgo(3).toISOString();
    expect((await editionArticles(dir, state, [], ['A'], NOW)).map((a) => a.headline)).toEqual(['after']);
  });
});
