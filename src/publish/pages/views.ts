// What the pages show, as plain data: built from the output folder by write-pages.ts, rendered to
// HTML by the pure functions in show-page.ts, episode-page.ts and embed-page.ts.
import type { PageChapter, PageCue } from './read-sidecars.ts';

export interface EpisodeView {
  /** The episode's file stem: x.mp3 → x.html and x.embed.html (see pageFiles). */
  stem: string;
  title: string;
  /** Who wrote it: the MP3's artist tag (the byline, or the configured author). */
  byline: string;
  /** The MP3's description tag (the article's standfirst, or its title when it has none). */
  description: string;
  /** A line or two for listings: the standfirst, else the opening of the transcript. */
  summary: string;
  /** The original article, when the episode knows it (http(s) only). */
  articleUrl?: string;
  date: Date;
  durationMs: number;
  /** File names inside the output folder. */
  audio: string;
  cover: string;
  chapters: PageChapter[];
  cues: PageCue[];
}

export interface ShowView {
  title: string;
  description: string;
  language: string;
  /** Absolute URL of the output folder, ending in "/". */
  baseUrl: string;
  cover: string;
  episodes: EpisodeView[];
}

export const SHOW_PAGE = 'index.html';

/**
 * Page names of an episode. "index" would overwrite the show page, so that one article's page is
 * index.episode.html instead.
 */
export function pageFiles(stem: string): { page: string; embed: string } {
  const page = stem.toLowerCase() === 'index' ? `${stem}.episode` : stem;
  return { page: `${page}.html`, embed: `${stem}.embed.html` };
}

/** The snippet a publisher pastes into an article page to embed the player. */
export function embedSnippet(baseUrl: string, episode: { stem: string; title: string }): string {
  const src = new URL(pageFiles(episode.stem).embed.split('/').map(encodeURIComponent).join('/'), baseUrl).href;
  const title = `Listen: ${episode.title}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${src.replace(/"/g, '%22')}" title="${title}" width="100%" height="190" loading="lazy" style="border:0;max-width:42rem"></iframe>`;
}
