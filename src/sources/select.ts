// Which entries of a feed this run looks at, and which of those need any work: pure, from the parsed
// feed, the source's settings and the state. Unchanged entries are decided here without a request.
import { createHash } from 'node:crypto';
import type { FeedEntry } from './parse-feed.ts';
import type { SourceConfig } from './source-config.ts';
import { MAX_ATTEMPTS, itemId, type State } from './state.ts';

/** Everything the feed says about an entry: when it changes, the item may have been edited. */
export function fingerprint(entry: FeedEntry): string {
  const { key, link, title, author, published, html } = entry;
  return createHash('sha256').update(JSON.stringify([key, link, title, author, published?.toISOString() ?? null, html])).digest('hex').slice(0, 24);
}

const matches = (entry: FeedEntry, words: string[]): boolean => {
  const haystack = [entry.title ?? '', ...entry.categories].join('\n').toLowerCase();
  return words.some((w) => haystack.includes(w.toLowerCase()));
};

/** include/exclude/since, newest first, at most maxItems. Entries without a date count as new. */
export function pickEntries(entries: FeedEntry[], source: Pick<SourceConfig, 'include' | 'exclude' | 'sinceMs' | 'maxItems'>, now: Date): FeedEntry[] {
  const kept = entries.filter((e) => {
    if (source.include.length && !matches(e, source.include)) return false;
    if (source.exclude.length && matches(e, source.exclude)) return false;
    if (source.sinceMs !== undefined && e.published && now.getTime() - e.published.getTime() > source.sinceMs) return false;
    return true;
  });
  // Stable sort: undated entries keep the feed's order (feeds list newest first by convention).
  const indexed = kept.map((e, i) => ({ e, i }));
  indexed.sort((a, b) => (b.e.published?.getTime() ?? Infinity) - (a.e.published?.getTime() ?? Infinity) || a.i - b.i);
  return indexed.slice(0, source.maxItems).map((x) => x.e);
}

export type Decision =
  | { entry: FeedEntry; action: 'skip'; why: 'unchanged' | 'given up' | 'retired' }
  | { entry: FeedEntry; action: 'read'; why: 'new' | 'changed' | 'retry' };

export function decide(sourceUrl: string, entries: FeedEntry[], state: State): Decision[] {
  return entries.map((entry): Decision => {
    const seen = state.items[itemId(sourceUrl, entry.key)];
    if (!seen) return { entry, action: 'read', why: 'new' };
    // Retired by retention: never again, or the feed's old items would come back every run.
    if (seen.status === 'retired') return { entry, action: 'skip', why: 'retired' };
    const changed = seen.fingerprint !== fingerprint(entry);
    if (seen.status === 'failed') {
      if (changed) return { entry, action: 'read', why: 'changed' };
      return seen.failures < MAX_ATTEMPTS ? { entry, action: 'read', why: 'retry' } : { entry, action: 'skip', why: 'given up' };
    }
    if (!changed) return { entry, action: 'skip', why: 'unchanged' };
    return seen.failures < MAX_ATTEMPTS ? { entry, action: 'read', why: 'changed' } : { entry, action: 'skip', why: 'given up' };
  });
}
