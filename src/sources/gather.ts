// Every configured source → the articles this run must narrate. Reads each feed politely (304 when
// unchanged), picks its entries, skips what the state says is done, reads the rest into Articles and
// drops those whose text did not change. Each bad source and each bad item fails alone, with one line
// naming it; the state records it so a later run retries a bounded number of times.
import { createHash } from 'node:crypto';
import type { Article } from '../model.ts';
import { type AppError, toAppError } from '../errors.ts';
import type { FetchOptions } from '../article/fetch-url.ts';
import type { LoadOptions } from '../article/load-article.ts';
import { HostLimiter, fetchArticlePage, readSourceDocument } from './fetch-source.ts';
import { articleForEntry, entryLabel } from './item-article.ts';
import { parseFeedText, type FeedEntry, type ParsedFeed } from './parse-feed.ts';
import { decide, fingerprint, pickEntries } from './select.ts';
import type { SourceConfig } from './source-config.ts';
import { itemGuid, itemId, recordFailure, type ItemFacts, type State } from './state.ts';
import type { EpisodeMeta } from './episode-meta.ts';

export interface ItemJob {
  id: string;
  sourceUrl: string;
  /** Position of the source in the run (config order), for the edition's story order. */
  sourceIndex: number;
  entry: FeedEntry;
  /** `source` is the episode's file stem. */
  article: Article;
  hash: string;
  meta: EpisodeMeta;
  facts: ItemFacts;
}

export interface GatherResult {
  jobs: ItemJob[];
  failures: { source: string; error: AppError }[];
  /** One line each: teasers skipped, duplicates, items given up on. */
  notices: string[];
}

export interface GatherOptions {
  state: State;
  limiter: HostLimiter;
  now: Date;
  fetch?: FetchOptions;
  /** The article readers' settings from the config (boilerplate, language). */
  load?: LoadOptions;
  signal?: AbortSignal;
}

/** The text that was narrated, for "did the article change?". */
export const articleHash = (a: Article): string =>
  createHash('sha256').update(JSON.stringify([a.headline, a.dek, a.sections, a.credits])).digest('hex');

/** `<title words>-<hash>`: readable, and a new name (so a new enclosure URL) whenever the text changes. */
export function episodeStem(title: string, hash: string): string {
  const slug = title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${slug || 'item'}-${hash.slice(0, 10)}`;
}

async function readFeed(source: SourceConfig, options: GatherOptions, failures: GatherResult['failures']): Promise<ParsedFeed[]> {
  const known = options.state.sources[source.url];
  const doc = await readSourceDocument(source.url, known?.body ? (known.validators ?? {}) : {}, options.limiter, options.fetch);
  let text: string;
  let base: string | null;
  if (doc.status === 304) {
    // Unchanged since the last run: the stored copy still lets failed items be retried.
    text = known!.body!;
    base = known!.finalUrl ?? null;
  } else {
    text = doc.text;
    base = doc.finalUrl;
  }
  const parsed = parseFeedText(text, source.url, base);
  options.state.sources[source.url] = { validators: doc.validators, body: text, finalUrl: base, checkedAt: options.now.toISOString() };
  if (parsed.kind === 'feed') return [parsed];
  // An OPML list: each feed in it is a source with the list's settings and the outline's name.
  const feeds: ParsedFeed[] = [];
  for (const f of parsed.feeds) {
    const [feed] = await readFeed({ ...source, url: f.url }, options, failures).catch((error: unknown) => {
      failures.push({ source: `${f.url} (listed in ${source.url})`, error: toAppError(error) });
      return [];
    });
    if (feed) feeds.push({ ...feed, title: source.name ?? f.name ?? feed.title, link: feed.link ?? f.url, sourceUrl: f.url } as ParsedFeed);
  }
  return feeds;
}

/** Source order, newest first within a source: the order a run narrates (and an edition tells) the items. */
export const inRunOrder = (jobs: readonly ItemJob[]): ItemJob[] =>
  [...jobs].sort((a, b) => a.sourceIndex - b.sourceIndex || (b.entry.published?.getTime() ?? 0) - (a.entry.published?.getTime() ?? 0));

export async function gatherSources(sources: SourceConfig[], options: GatherOptions): Promise<GatherResult> {
  const result: GatherResult = { jobs: [], failures: [], notices: [] };
  const { state } = options;
  for (const [sourceIndex, source] of sources.entries()) {
    if (options.signal?.aborted) break;
    let feeds: ParsedFeed[];
    try {
      feeds = await readFeed(source, options, result.failures);
    } catch (error) {
      result.failures.push({ source: source.url, error: toAppError(error) });
      continue;
    }
    for (const feed of feeds) {
      const sourceUrl = (feed as ParsedFeed & { sourceUrl?: string }).sourceUrl ?? source.url;
      const name = source.name ?? feed.title ?? new URL(sourceUrl, 'file:///').hostname ?? sourceUrl;
      for (const key of new Set(feed.duplicates)) result.notices.push(`${name}: more than one item has the guid ${key}; only the first is read.`);
      const decisions = decide(sourceUrl, pickEntries(feed.entries, source, options.now), state);
      // Items are read two at a time per host (the limiter), several hosts at once.
      const reads = decisions.map(async (d) => {
        const id = itemId(sourceUrl, d.entry.key);
        if (d.action === 'skip') {
          if (d.why === 'given up' && state.items[id]?.lastError) result.notices.push(`${name}: ${entryLabel(d.entry)} failed ${state.items[id]!.failures} times and is no longer tried (${state.items[id]!.lastError}); it is tried again if the feed changes it.`);
          return;
        }
        const seen = state.items[id];
        const facts: ItemFacts = { source: sourceUrl, key: d.entry.key, title: d.entry.title, link: d.entry.link, published: d.entry.published?.toISOString() ?? null, fingerprint: fingerprint(d.entry) };
        const record = (patch: Partial<NonNullable<typeof seen>>) => {
          state.items[id] = { failures: 0, status: 'failed', ...seen, ...facts, ...patch };
        };
        try {
          const read = await articleForEntry(d.entry, {
            source: name,
            minWords: source.minWords,
            ...(source.language ?? feed.language ? { language: source.language ?? feed.language! } : {}),
            fetchPage: (url) => fetchArticlePage(url, options.limiter, options.fetch),
            load: { ...options.load, ...(source.language ?? feed.language ?? options.load?.language ? { language: source.language ?? feed.language ?? options.load?.language } : {}) },
          });
          if (!read.ok) {
            result.notices.push(`${name}: skipped ${read.skipped}`);
            // A teaser is not an episode: remembered, so the next run does not fetch it again.
            if (seen?.status !== 'done') record({ status: 'skipped', failures: 0 });
            else record({});
            return;
          }
          const hash = articleHash(read.article);
          if (seen?.status === 'done' && seen.hash === hash) {
            record({}); // the feed entry changed but not the text: nothing to narrate
            return;
          }
          const stem = episodeStem(read.article.headline, hash);
          const link = d.entry.link ?? undefined;
          result.jobs.push({
            id, sourceUrl, sourceIndex, entry: d.entry, hash, facts,
            article: { ...read.article, source: stem },
            meta: {
              guid: itemGuid(sourceUrl, d.entry.key),
              ...(link ? { link, credit: { name, url: link } } : { credit: { name, url: feed.link ?? sourceUrl } }),
              ...(read.article.byline ? { person: read.article.byline } : {}),
            },
          });
        } catch (error) {
          const appError = toAppError(error);
          result.failures.push({ source: `${name}: ${entryLabel(d.entry)}`, error: appError });
          // A done item whose edit failed to load keeps its episode and its old fingerprint, so the
          // edit is tried again next run (up to MAX_ATTEMPTS, like a new item).
          recordFailure(state, id, facts, appError.message);
        }
      });
      await Promise.all(reads);
    }
  }
  return result;
}
