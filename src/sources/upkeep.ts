// The output folder's housekeeping after a run with sources: retention marks old episodes (they leave
// the feed at once), and files the feed no longer names are deleted only after it has been rewritten.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeepConfig } from './source-config.ts';
import { episodeFamily, expiredEpisodes, type KeptEpisode } from './retention.ts';
import { episodeFiles, type State } from './state.ts';

const EDITION = /^edition-\d{4}-\d{2}-\d{2}\.mp3$/;

/**
 * Applies "keep" to episodes of feed items (dated by publication, else by when they were narrated)
 * and to editions (by file time). Retired items are never narrated again. Returns the files marked.
 */
export async function applyRetention(outDir: string, state: State, keep: KeepConfig | undefined, now: Date): Promise<string[]> {
  if (!keep) return [];
  const kept: KeptEpisode[] = [];
  const items = new Map<string, string>();
  for (const [id, item] of Object.entries(state.items)) {
    if (item.status !== 'done' || !item.episode) continue;
    const at = new Date(item.published ?? item.narratedAt ?? now.toISOString());
    kept.push({ file: item.episode, at: Number.isNaN(at.getTime()) ? now : at });
    items.set(item.episode, id);
  }
  const names = await readdir(outDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => EDITION.test(n))) {
    const info = await stat(join(outDir, name)).catch(() => null);
    if (info?.isFile()) kept.push({ file: name, at: info.mtime });
  }
  const expired = expiredEpisodes(kept, keep, now);
  for (const file of expired) {
    const id = items.get(file);
    if (id) {
      const item = state.items[id]!;
      state.items[id] = { ...item, status: 'retired', stale: [...new Set([...(item.stale ?? []), file])] };
      delete state.items[id]!.episode;
    } else {
      state.remove = [...new Set([...(state.remove ?? []), file])];
    }
  }
  return expired;
}

/** Deletes every file the state has taken out of the feed (call after feed.xml is rewritten). */
export async function removeStale(outDir: string, state: State): Promise<string[]> {
  const { current, stale } = episodeFiles(state);
  const removed: string[] = [];
  for (const file of stale) {
    if (current.has(file)) continue;
    for (const f of episodeFamily(file)) await rm(join(outDir, f), { force: true });
    removed.push(file);
  }
  for (const item of Object.values(state.items)) if (item.stale) delete item.stale;
  delete state.remove;
  return removed;
}
