// The feed's view of episodes made from feed items. Each has a `<stem>.item.json` sidecar, written
// before its MP3, with the guid it keeps for ever, the original article's link, the credit line and
// the author. The sources state says which file is an item's current episode: any other file with
// such a sidecar (replaced by a regenerated episode, or left by a run killed before it recorded it)
// is kept out of the feed, so a podcast app never sees two episodes of one item.
import { readBounded } from '../core/read-bounded.ts';
import { join } from 'node:path';
import { episodeFiles, loadState } from './state.ts';

export interface EpisodeMeta {
  guid: string;
  link?: string;
  credit?: { name: string; url: string };
  person?: string;
}

export const metaSidecar = (mp3: string): string => `${mp3.replace(/\.mp3$/i, '')}.item.json`;

/** For each MP3 name: its item's metadata, 'hidden' when it must not be in the feed, or absent for an ordinary episode. */
export async function sourcedEpisodes(outDir: string, names: string[]): Promise<Map<string, EpisodeMeta | 'hidden'>> {
  const out = new Map<string, EpisodeMeta | 'hidden'>();
  // An unreadable state hides every sourced episode rather than publishing duplicates.
  const files = await loadState(outDir).then(episodeFiles, () => null);
  for (const name of names) {
    if (files?.stale.has(name)) {
      out.set(name, 'hidden');
      continue;
    }
    const text = await readBounded(join(outDir, metaSidecar(name)), { maxBytes: 1024 * 1024 }).then((b) => b.toString('utf8'), () => null);
    if (text === null) continue;
    let meta: EpisodeMeta;
    try {
      meta = JSON.parse(text) as EpisodeMeta;
      if (typeof meta.guid !== 'string') throw new Error('no guid');
    } catch {
      out.set(name, 'hidden');
      continue;
    }
    out.set(name, files?.current.has(name) ? { guid: meta.guid, ...(meta.link ? { link: meta.link } : {}), ...(meta.credit ? { credit: meta.credit } : {}), ...(meta.person ? { person: meta.person } : {}) } : 'hidden');
  }
  return out;
}
