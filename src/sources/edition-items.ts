// The stories of `--edition` with sources: every item published since the previous edition (or in the
// last 24 hours), in source order, then newest first. Items narrated by earlier runs come back from
// their `.item.json` sidecar (the Article is kept there), so their clips are reused from the cache.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../model.ts';
import { metaSidecar } from './episode-meta.ts';
import type { ItemJob } from './gather.ts';
import type { State } from './state.ts';

export const DAY_MS = 86_400_000;

/** Since the previous edition from sources, or the last 24 hours. */
export const editionSince = (state: State, now: Date): Date => (state.lastEdition ? new Date(state.lastEdition) : new Date(now.getTime() - DAY_MS));

interface Candidate {
  sourceIndex: number;
  at: number;
  id: string;
  article: () => Promise<Article | null>;
}

async function storedArticle(outDir: string, episode: string): Promise<Article | null> {
  try {
    const meta = JSON.parse(await readFile(join(outDir, metaSidecar(episode)), 'utf8')) as { article?: Article };
    return meta.article && Array.isArray(meta.article.sections) ? { ...meta.article, source: episode.replace(/\.mp3$/i, '') } : null;
  } catch {
    return null;
  }
}

export async function editionArticles(outDir: string, state: State, jobs: ItemJob[], sourceOrder: string[], now: Date): Promise<Article[]> {
  const since = editionSince(state, now).getTime();
  const index = (source: string) => {
    const i = sourceOrder.indexOf(source);
    return i === -1 ? sourceOrder.length : i;
  };
  const byId = new Map<string, Candidate>();
  for (const [id, item] of Object.entries(state.items)) {
    if (item.status !== 'done' || !item.episode) continue;
    const episode = item.episode;
    byId.set(id, { id, sourceIndex: index(item.source), at: Date.parse(item.published ?? item.narratedAt ?? '') || 0, article: () => storedArticle(outDir, episode) });
  }
  for (const job of jobs) {
    byId.set(job.id, { id: job.id, sourceIndex: index(job.sourceUrl), at: job.entry.published?.getTime() ?? now.getTime(), article: async () => job.article });
  }
  const chosen = [...byId.values()].filter((c) => c.at >= since).sort((a, b) => a.sourceIndex - b.sourceIndex || b.at - a.at || a.id.localeCompare(b.id));
  const out: Article[] = [];
  for (const c of chosen) {
    const article = await c.article();
    if (article) out.push(article);
  }
  return out;
}
