// Gathering from real feeds of each dialect over a local HTTP server: what the first run reads, that
// a second run costs only 304s, edits, new items, teasers, and bad feeds and items failing alone.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gatherSources, type GatherResult } from '../../src/sources/gather.ts';
import { HostLimiter, USER_AGENT } from '../../src/sources/fetch-source.ts';
import { parseSources } from '../../src/sources/source-config.ts';
import { MAX_ATTEMPTS, emptyState, recordEpisode, type State } from '../../src/sources/state.ts';
import { ROOT } from '../helpers/run-child.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

let dir: string;
let server: FeedServer;
const NOW = new Date('2026-12-01T12:00:00Z');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gather-'));
  await cp(join(ROOT, 'tests', 'fixtures', 'feeds'), dir, { recursive: true });
  server = await startFeedServer(dir);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => void (server.log.length = 0));

const good = () => parseSources(['rss2-wordpress.xml', 'atom-blog.xml', 'rdf-slashdot.rdf', 'jsonfeed.json'].map((f) => ({ url: `${server.base}${f}`, minWords: 40 })));
const gather = (sources: ReturnType<typeof parseSources>, state: State) => gatherSources(sources, { state, limiter: new HostLimiter(), now: NOW });
/** What the run does once an episode is written. */
const narrated = (state: State, result: GatherResult) => {
  for (const job of result.jobs) recordEpisode(state, job.id, job.facts, { hash: job.hash, episode: `${job.article.source}.mp3`, now: NOW });
};

describe('gatherSources', () => {
  const state = emptyState();
  let first: GatherResult;

  it('first run: every full article of every dialect, the teaser skipped with one line', async () => {
    first = await gather(good(), state);
    expect(first.failures).toEqual([]);
    const titles = first.jobs.map((j) => j.article.headline).sort();
    expect(titles).toEqual([
      'Council tests solar panels on a cycle path',
      'Cranes & curlews return to the wash',
      'Ferry service to resume on Monday after repairs',
      'Library and museum extend winter opening hours',
      'Why bread costs more this winter',
    ]);
    expect(first.notices).toEqual([expect.stringMatching(/^Field Notes from the Fens: skipped "Members only: the secret heronry" is behind a paywall/)]);
    // Feed content is read from the feed; only link-only items cost a page request.
    expect(server.log.map((r) => r.path).sort()).toEqual(['/articles/heronry.html', '/articles/library-hours.html', '/articles/solar-roads.html', '/atom-blog.xml', '/jsonfeed.json', '/rdf-slashdot.rdf', '/rss2-wordpress.xml']);
    expect(server.log.every((r) => r.userAgent === USER_AGENT && r.status === 200)).toBe(true);
    expect(USER_AGENT).toMatch(/^audio-edition\/\d+\.\d+\.\d+ /);
  });

  it('takes what the page lacks from the feed, and credits the source', () => {
    const library = first.jobs.find((j) => j.article.headline.startsWith('Library'))!;
    expect(library.article.byline).toBe('Ahmed Karimi');
    expect(library.article.dateline).toBe('Nov 29, 2026');
    expect(library.article.language).toBe('en');
    expect(library.meta).toMatchObject({ link: `${server.base}articles/library-hours.html`, credit: { name: 'Harbour Town Gazette', url: `${server.base}articles/library-hours.html` }, person: 'Ahmed Karimi' });
    expect(library.article.source).toMatch(/^library-and-museum-extend-winter-opening-hours-[0-9a-f]{10}$/);
  });

  it('second run: conditional GETs answered 304, nothing read, nothing to narrate', async () => {
    narrated(state, first);
    const second = await gather(good(), state);
    expect(second.jobs).toEqual([]);
    expect(second.failures).toEqual([]);
    expect(server.log.map((r) => [r.path, r.status, r.conditional])).toEqual(expect.arrayContaining([['/rss2-wordpress.xml', 304, true], ['/atom-blog.xml', 304, true], ['/rdf-slashdot.rdf', 304, true], ['/jsonfeed.json', 304, true]]));
    expect(server.log).toHaveLength(4);
  });

  it('an edited item comes back with its guid and a new file name; a new item appears', async () => {
    const ferry = first.jobs.find((j) => j.article.headline.startsWith('Ferry'))!;
    const rss = await readFile(join(dir, 'rss2-wordpress.xml'), 'utf8');
    const edited = rss
      .replace('The first crossing leaves at six in the morning.', 'The first crossing now leaves at half past five in the morning.')
      .replace('<item>', `<item><title>Night bus added</title><link>articles/solar-roads.html</link><guid isPermaLink="false">https://gazette.example/?p=4130</guid><pubDate>Tue, 01 Dec 2026 08:00:00 +0000</pubDate></item>\n<item>`);
    await writeFile(join(dir, 'rss2-wordpress.xml'), edited);
    const third = await gather(good(), state);
    const again = third.jobs.find((j) => j.id === ferry.id)!;
    expect(again.meta.guid).toBe(ferry.meta.guid);
    expect(again.article.source).not.toBe(ferry.article.source);
    expect(third.jobs.map((j) => j.entry.key).sort()).toEqual(['https://gazette.example/?p=4121', 'https://gazette.example/?p=4130']);
    recordEpisode(state, again.id, again.facts, { hash: again.hash, episode: `${again.article.source}.mp3`, now: NOW });
    expect(state.items[ferry.id]).toMatchObject({ episode: `${again.article.source}.mp3`, stale: [`${ferry.article.source}.mp3`] });
  });

  it('bad feeds and bad items fail alone, one line each; failures are retried a bounded number of times', async () => {
    const bad = parseSources([
      { url: `${server.base}bad/not-a-feed.html` },
      { url: `${server.base}bad/malformed.xml` },
      { url: `${server.base}bad/bomb.xml`, minWords: 40 },
      { url: `${server.base}bad/odd-items.xml`, minWords: 40 },
      { url: `${server.base}missing.xml` },
      { url: join(dir, 'jsonfeed.json'), minWords: 40 },
    ]);
    const own = emptyState();
    const run = await gather(bad, own);
    const lines = run.failures.map((f) => `${f.source} — ${f.error.message}`);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringContaining('not-a-feed.html is not a feed'),
      expect.stringContaining('malformed.xml is a malformed feed'),
      expect.stringMatching(/missing\.xml answered HTTP 404/),
      expect.stringMatching(/Laughs &lol9;: "Item &lol9;" — .*bomb-a\.html answered HTTP 404/),
      expect.stringMatching(/Odd ‘items’: .*relative\/no-title\.html — .*404/),
      expect.stringMatching(/Odd ‘items’: "Dup A" — .*dup-a\.html answered HTTP 404/),
      expect.stringMatching(/Odd ‘items’: "Script link" — .*neither a link nor its text/),
    ]));
    expect(run.failures.every((f) => !f.error.message.includes('\n'))).toBe(true);
    expect(run.notices).toEqual(expect.arrayContaining([expect.stringContaining('more than one item has the guid same'), expect.stringContaining('"No link, but the whole text" has only')]));
    // The local feed file still gives its article.
    expect(run.jobs.map((j) => j.article.headline)).toEqual(['Why bread costs more this winter']);
    for (let i = 1; i < MAX_ATTEMPTS; i++) await gather(bad, own);
    const failedItem = Object.values(own.items).find((i) => i.title === 'Dup A')!;
    expect(failedItem).toMatchObject({ status: 'failed', failures: MAX_ATTEMPTS });
    server.log.length = 0;
    const after = await gather(bad, own);
    expect(server.log.some((r) => r.path === '/bad/dup-a.html')).toBe(false);
    expect(after.notices.some((n) => n.includes('"Dup A" failed 3 times and is no longer tried'))).toBe(true);
  });

  it('a stalled article page times out and fails alone', async () => {
    await writeFile(join(dir, 'stall.xml'), `<rss version="2.0"><channel><title>Slow</title><item><title>Stuck</title><link>/stall/page.html</link><guid>s1</guid></item><item><title>Fine</title><link>/articles/solar-roads.html</link><guid>s2</guid></item></channel></rss>`);
    const run = await gatherSources(parseSources([{ url: `${server.base}stall.xml`, minWords: 40 }]), { state: emptyState(), limiter: new HostLimiter(), now: NOW, fetch: { timeoutMs: 300 } });
    expect(run.failures.map((f) => f.source)).toEqual(['Slow: "Stuck"']);
    expect(run.failures[0]!.error.message).toMatch(/did not finish downloading/);
    expect(run.jobs.map((j) => j.article.headline)).toEqual(['Council tests solar panels on a cycle path']);
  });
});
