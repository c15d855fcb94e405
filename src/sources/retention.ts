// "keep": {"days": 30} or {"episodes": 200}: which episodes from sources (and editions) are old enough
// to go. Pure; the run deletes the files after the feed stops naming them.
import type { KeepConfig } from './source-config.ts';

export interface KeptEpisode {
  /** MP3 file name in the output folder. */
  file: string;
  /** When it was published (the feed's pubDate for it). */
  at: Date;
}

/** Files to remove: older than `days`, and beyond the newest `episodes`. Both limits apply when both are set. */
export function expiredEpisodes(episodes: KeptEpisode[], keep: KeepConfig | undefined, now: Date): string[] {
  if (!keep) return [];
  const newestFirst = [...episodes].sort((a, b) => b.at.getTime() - a.at.getTime() || a.file.localeCompare(b.file));
  const out = new Set<string>();
  if (keep.days !== undefined) {
    const cutoff = now.getTime() - keep.days * 86_400_000;
    for (const e of newestFirst) if (e.at.getTime() < cutoff) out.add(e.file);
  }
  if (keep.episodes !== undefined) for (const e of newestFirst.slice(keep.episodes)) out.add(e.file);
  return newestFirst.filter((e) => out.has(e.file)).map((e) => e.file);
}

/** Every file that belongs to an episode: the MP3 and its sidecars. */
export function episodeFamily(mp3: string): string[] {
  const stem = mp3.replace(/\.mp3$/i, '');
  return [mp3, `${stem}.chapters.json`, `${stem}.vtt`, `${stem}.cover.png`, `${stem}.item.json`];
}
