// Builds the feed from what is really in the output folder: every MP3 there, its tags and duration read
// back by the one tag reader (audio/episode-tags.ts), plus its sidecars when present.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Config } from '../config.ts';
import { readEpisodeTags } from '../audio/episode-tags.ts';
import { regularFiles } from '../core/folder-entries.ts';
import { readBounded } from '../core/read-bounded.ts';
import { renderFeed, type FeedItem } from './feed.ts';
import { sourcedEpisodes } from '../sources/episode-meta.ts';

export const FEED_FILE = 'feed.xml';
export const SHOW_COVER = 'cover.png';

/** Sidecar names of an episode, next to its MP3. */
export function sidecars(mp3: string) {
  const stem = mp3.replace(/\.mp3$/i, '');
  return { chapters: `${stem}.chapters.json`, transcript: `${stem}.vtt`, cover: `${stem}.cover.png` };
}

/** A stable guid: the same episode file keeps its guid across re-runs. */
export function episodeGuid(show: string, file: string): string {
  return `audio-edition:${createHash('sha1').update(`${show}\n${basename(file)}`).digest('hex').slice(0, 20)}`;
}

/** pubDates already published stay put, so re-running narrate does not re-date old episodes. */
function previousPubDates(feedXml: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const item of feedXml.split('<item>').slice(1)) {
    const guid = /<guid[^>]*>([^<]+)<\/guid>/.exec(item)?.[1];
    const date = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
    if (guid && date && !Number.isNaN(Date.parse(date))) dates.set(guid, new Date(date));
  }
  return dates;
}

export async function collectFeedItems(outDir: string, config: Config): Promise<FeedItem[]> {
  // Regular files only: a FIFO, a folder or a dangling link named x.mp3 would hang or fail the feed.
  const present = new Set(await regularFiles(outDir));
  const names = [...present].filter((n) => /\.mp3$/i.test(n) && !n.startsWith('.')).sort();
  const oldFeed = await readBounded(join(outDir, FEED_FILE), { maxBytes: 64 * 1024 * 1024 }).then((b) => b.toString('utf8'), () => '');
  const published = previousPubDates(oldFeed);
  const items: FeedItem[] = [];
  // Episodes of feed items keep their item's guid and link; replaced or unrecorded ones stay out.
  const sourced = await sourcedEpisodes(outDir, names);
  for (const name of names) {
    const item = sourced.get(name);
    if (item === 'hidden') continue;
    const file = join(outDir, name);
    const [info, tags] = await Promise.all([stat(file), readEpisodeTags(file)]);
    const guid = item?.guid ?? episodeGuid(config.show, name);
    const side = sidecars(name);
    const description = tags.description ?? tags.comment ?? tags.title ?? name;
    items.push({
      guid,
      title: tags.title ?? name.replace(/\.mp3$/i, ''),
      description,
      audio: name,
      ...(present.has(side.chapters) ? { chapters: side.chapters } : {}),
      ...(present.has(side.transcript) ? { transcript: side.transcript } : {}),
      ...(present.has(side.cover) ? { image: side.cover } : {}),
      lengthBytes: info.size,
      durationMs: tags.durationMs,
      pubDate: published.get(guid) ?? info.mtime,
      author: tags.artist ?? config.author,
      ...(item?.link ? { link: item.link } : {}),
      ...(item?.credit ? { credit: item.credit } : {}),
      ...(item?.person ? { person: item.person } : {}),
    });
  }
  return items;
}

export async function buildFeed(outDir: string, config: Config, baseUrl: string): Promise<string> {
  const items = await collectFeedItems(outDir, config);
  return renderFeed(
    {
      title: config.show,
      description: `${config.show}: news articles, read aloud.`,
      baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
      language: config.language,
      author: config.author,
      image: SHOW_COVER,
      ...(config.feedToken ? { token: config.feedToken } : {}),
    },
    items,
  );
}
