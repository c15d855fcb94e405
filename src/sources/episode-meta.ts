// The feed's view of episodes made from feed items. Each has a `<stem>.item.json` sidecar, written
// before its MP3, with the guid it keeps for ever, the original article's link, the credit line and
// the author. The sources state says which file is an item's current episode: any other file with
// such a sidecar (replaced by a regenerated episode, or left by a run killed before it recorded it)
// is kept out of the feed, so a podcast app never sees two episodes of one item.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { episodeFiles, loadState } from './state.ts';

export interface EpisodeMeta {
  guid: string;
  link?: string;
  credit?: { name: string; url: string };
  person?: string;
}

export const metaSidecar = (mp3: string): string => `${mp3.replace(/\.mp3$/i, '')}.item.json`;

/** For each MP3 name: its item's metadata, 'hidden' when it must not be in the feed, or null for an ordinary episode. */
export async function sourcedEpisodes(outDir: string, names: string[]): Promise<Map<string, EpisodeMeta | 'hidden'>> {
  const out = new Map<string, EpisodeMeta | 'hidden'>();
  let current: Set<string> | null = null;
  for (const name of names) {
    const text = await readFile(join(outDir, metaSidecar(name)), 'utf8').catch(() => null);
    if (text === null) continue;
    let meta: EpisodeMeta;
    try {
      meta = JSON.parse(text) as EpisodeMeta;
      if (typeof meta.guid !== 'string') throw new Error('no guid');
    } catch {
      out.set(name, 'hidden');
      continue;
    }
    // An unreadable state hides every sourced episode rather than publishing duplicates.
    current ??= await loadState(outDir).then((s) => episodeFiles(s).current, () => new Set<string>());
    out.set(name, current.has(name) ? meta : 'hidden');
  }
  return out;
}
