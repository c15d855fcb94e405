// Writes the web pages for what is really in the output folder, next to feed.xml: the show page,
// a page and an embeddable player per episode, and our own script and stylesheet beside them (flat, like
// every output: the folder has no subfolders, so any static host or `npm run serve` serves it as is).
// Episode data is the feed's (tags and duration read back from each MP3) plus its sidecars.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { SHOW_COVER, collectFeedItems } from '../collect-episodes.ts';
import { servedBase, type FeedItem } from '../feed.ts';
import { renderEmbedPage } from './embed-page.ts';
import { renderEpisodePage } from './episode-page.ts';
import { GENERATOR, shorten } from './html.ts';
import { parseChapters, parseVtt, type PageChapter, type PageCue } from './read-sidecars.ts';
import { renderShowPage } from './show-page.ts';
import { SHOW_PAGE, embedSnippet, pageFiles, type EpisodeView, type ShowView } from './views.ts';
import { readBounded, readBoundedText } from '../../core/read-bounded.ts';

/** Copied as they are from ./assets: plain browser script and CSS, no build step. */
export const ASSET_FILES = ['player.js', 'player.css'];

export interface WrittenPages {
  show: string;
  episodes: { stem: string; page: string; embed: string; snippet: string }[];
}

async function readText(dir: string, name: string | undefined): Promise<string> {
  return name ? readBoundedText(join(dir, name), { maxBytes: 16 * 1024 * 1024 }).catch(() => '') : '';
}

async function episodeView(outDir: string, item: FeedItem): Promise<EpisodeView> {
  const [chaptersJson, vtt] = await Promise.all([readText(outDir, item.chapters), readText(outDir, item.transcript)]);
  const chapters = parseChapters(chaptersJson);
  const cues = parseVtt(vtt);
  return {
    stem: item.audio.replace(/\.mp3$/i, ''),
    title: item.title,
    byline: item.author,
    description: item.description,
    ...(item.link ? { articleUrl: item.link } : {}),
    date: item.pubDate,
    durationMs: item.durationMs,
    audio: item.audio,
    cover: item.image ?? SHOW_COVER,
    summary: summaryOf(item, chapters, cues),
    chapters,
    cues,
  };
}

/**
 * Without a standfirst the description tag is just the title: then the listing shows the opening of
 * the story, the transcript after the headline (the first chapter, when there are several).
 */
function summaryOf(item: FeedItem, chapters: PageChapter[], cues: PageCue[]): string {
  if (item.description && item.description !== item.title) return shorten(item.description);
  const bodyStart = chapters.length > 1 ? chapters[1]!.startMs : 0;
  const opening = cues.filter((c) => c.startMs >= bodyStart && c.text !== item.title).slice(0, 4);
  return shorten(opening.map((c) => c.text).join(' '));
}

/** Pages this tool wrote for episodes that are gone (deleted MP3s): never a file someone else wrote. */
async function removeStalePages(outDir: string, keep: Set<string>): Promise<void> {
  for (const name of await readdir(outDir)) {
    if (!name.endsWith('.html') || name === SHOW_PAGE || keep.has(name)) continue;
    const head = (await readBoundedText(join(outDir, name), { maxBytes: 16 * 1024 * 1024 }).catch(() => '')).slice(0, 1000);
    if (head.includes(`<meta name="generator" content="${GENERATOR}">`)) await rm(join(outDir, name), { force: true });
  }
}

export interface WritePagesOptions {
  outDir: string;
  config: Config;
  baseUrl: string;
  /** How each file is written: atomically (a run passes its own, which also stops when interrupted). */
  write?: (path: string, data: string | Uint8Array) => Promise<void>;
}

export async function writePages(options: WritePagesOptions): Promise<WrittenPages> {
  const { outDir, config } = options;
  const write = options.write ?? writeFileAtomic;
  // Where the folder is really served: under the secret first segment when there is a feedToken.
  const baseUrl = servedBase({ baseUrl: options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`, ...(config.feedToken ? { token: config.feedToken } : {}) });
  const items = await collectFeedItems(outDir, config);
  const show: ShowView = {
    title: config.show,
    description: `${config.show}: news articles, read aloud.`,
    language: config.language,
    baseUrl,
    cover: SHOW_COVER,
    episodes: await Promise.all(items.map((item) => episodeView(outDir, item))),
  };
  await writeAssets(outDir, write);
  const written: WrittenPages['episodes'] = [];
  for (const episode of show.episodes) {
    const files = pageFiles(episode.stem);
    await write(join(outDir, files.page), renderEpisodePage(episode, show));
    await write(join(outDir, files.embed), renderEmbedPage(episode, show));
    written.push({ stem: episode.stem, ...files, snippet: embedSnippet(baseUrl, episode) });
  }
  await write(join(outDir, SHOW_PAGE), renderShowPage(show));
  await removeStalePages(outDir, new Set(written.flatMap((w) => [w.page, w.embed])));
  return { show: SHOW_PAGE, episodes: written };
}

async function writeAssets(outDir: string, write: NonNullable<WritePagesOptions['write']>): Promise<void> {
  for (const name of ASSET_FILES) {
    const data = await readFile(new URL(`./assets/${name}`, import.meta.url));
    // Unchanged assets are left alone, so a re-run does not touch files a host may cache.
    if (!(await readBounded(join(outDir, name), { maxBytes: 16 * 1024 * 1024 }).catch(() => null))?.equals(data)) await write(join(outDir, name), data);
  }
}
