// What the output folder remembers about its sources: every item seen (source + guid, or link), the
// fingerprint of its feed entry, the hash of the text narrated, its episode, and its failures.
//
// An atomically replaced JSON file rather than SQLite (better-sqlite3 12.x): one writer at a time is
// already guaranteed by the output-folder lock, the store is small (an entry per item, a few hundred
// bytes each), and a native module would need a compiler or a prebuilt download on every install.
// Each save writes a temp file, fsyncs it and renames it over the old one, so after a crash at any
// moment the file is the old state or the new one, never half of each. The order of the run's steps
// (episode first, then state, then feed, then deletions) makes either state safe: see src/run/sources.ts.
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BoundedReadError, readBoundedText } from '../core/read-bounded.ts';
import { describeErrno, outputError } from '../errors.ts';
import { tempPathFor } from '../publish/atomic-write.ts';
import type { Validators } from './fetch-source.ts';

export const STATE_FILE = '.sources-state.json';
/** A failing item is tried on this many runs, then left alone until its feed entry changes. */
export const MAX_ATTEMPTS = 3;

export type ItemStatus = 'done' | 'failed' | 'skipped' | 'retired';

export interface ItemState {
  source: string;
  key: string;
  title: string | null;
  link: string | null;
  published: string | null;
  /** Hash of the feed entry as last seen: unchanged entries cost nothing on a re-run. */
  fingerprint: string;
  status: ItemStatus;
  /** Hash of the text narrated (done items). */
  hash?: string;
  /** Current episode file name in the output folder (done items). */
  episode?: string;
  /** Earlier episode files, removed once the feed no longer names them. */
  stale?: string[];
  failures: number;
  lastError?: string;
  /** When it was first narrated (ISO): its place in the edition and in retention. */
  narratedAt?: string;
}

export interface SourceState {
  validators: Validators;
  /** The last feed body, so a 304 can still retry items that failed. */
  body?: string;
  finalUrl?: string | null;
  checkedAt?: string;
}

export interface State {
  version: 1;
  sources: Record<string, SourceState>;
  items: Record<string, ItemState>;
  /** When the last --edition from sources was built (ISO). */
  lastEdition?: string;
  /** Other episode files (editions) past retention: out of the feed now, deleted after it is rewritten. */
  remove?: string[];
}

export const itemId = (source: string, key: string): string => `${source}\n${key}`;

/** The episode guid of an item: stable for ever, whatever file its current episode lives in. */
export const itemGuid = (source: string, key: string): string => `audio-edition:item:${createHash('sha256').update(itemId(source, key)).digest('hex').slice(0, 24)}`;

export const emptyState = (): State => ({ version: 1, sources: {}, items: {} });

export async function loadState(outDir: string): Promise<State> {
  let text: string;
  try {
    // Bounded and regular-only: a FIFO or a link to /dev/zero named like the state must not hang the run.
    text = await readBoundedText(join(outDir, STATE_FILE), { maxBytes: 256 * 1024 * 1024, followSymlinks: false });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    const why = cause instanceof BoundedReadError ? cause.message.slice(cause.path.length + 1) : describeErrno(cause);
    throw outputError(`Cannot read ${join(outDir, STATE_FILE)}: ${why}.`, 'Move it away (the next run treats every feed item as new), or fix the output folder.', cause);
  }
  try {
    const parsed = JSON.parse(text) as State;
    if (parsed?.version !== 1 || typeof parsed.items !== 'object' || typeof parsed.sources !== 'object') throw new Error('unexpected shape');
    return parsed;
  } catch (cause) {
    // Never half-written (see above), so this is a hand edit or another tool: refuse rather than
    // forget every item and narrate the whole feed again.
    throw outputError(`${join(outDir, STATE_FILE)} is not a valid sources state file.`, 'Restore it, or delete it to treat every feed item as new.', cause);
  }
}

export async function saveState(outDir: string, state: State): Promise<void> {
  const target = join(outDir, STATE_FILE);
  const tmp = tempPathFor(target);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(JSON.stringify(state));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw outputError(`Cannot write ${target}: ${describeErrno(cause)}.`, 'Free some disk space or choose a writable folder with --out.', cause);
  }
}

/** Episode files the state names as current, and those it has replaced (to delete after the feed). */
export function episodeFiles(state: State): { current: Set<string>; stale: Set<string> } {
  const current = new Set<string>();
  const stale = new Set<string>();
  for (const item of Object.values(state.items)) {
    if (item.status === 'done' && item.episode) current.add(item.episode);
    for (const f of item.stale ?? []) stale.add(f);
  }
  for (const f of state.remove ?? []) stale.add(f);
  for (const f of current) stale.delete(f);
  return { current, stale };
}

/** What the feed says about an item, as the state keeps it. */
export type ItemFacts = Pick<ItemState, 'source' | 'key' | 'title' | 'link' | 'published' | 'fingerprint'>;

/** An item's episode is written: it becomes current, and the one it replaces is queued for removal. */
export function recordEpisode(state: State, id: string, facts: ItemFacts, update: { hash: string; episode: string; now: Date }): void {
  const item = state.items[id];
  const previous = item?.status === 'done' && item.episode && item.episode !== update.episode ? [item.episode] : [];
  state.items[id] = {
    ...facts,
    status: 'done',
    hash: update.hash,
    episode: update.episode,
    stale: [...new Set([...(item?.stale ?? []), ...previous])].filter((f) => f !== update.episode),
    failures: 0,
    narratedAt: item?.narratedAt ?? update.now.toISOString(),
  };
}

/** Narrating an item failed: counted, so it is retried at most MAX_ATTEMPTS times. A done item keeps its episode. */
export function recordFailure(state: State, id: string, facts: ItemFacts, message: string): void {
  const item = state.items[id];
  const failures = (item?.failures ?? 0) + 1;
  if (item?.status === 'done') state.items[id] = { ...item, failures, lastError: message };
  else state.items[id] = { ...facts, status: 'failed', failures, lastError: message };
}
