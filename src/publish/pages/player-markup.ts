// The player both the episode page and the embed show. Without JavaScript the native <audio controls>
// is there; player.js hides it and shows these controls, wired to the same element.
import { clock, esc, fileHref, spokenDuration } from './html.ts';
import type { PageChapter } from './read-sidecars.ts';
import type { EpisodeView } from './views.ts';

export const SPEEDS = [1, 1.25, 1.5, 2];

const PLAY_ICON = '<svg class="icon icon-play" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5v14l11-7z"/></svg>';
const PAUSE_ICON = '<svg class="icon icon-pause" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 5h4v14H6zM14 5h4v14h-4z"/></svg>';

export function playerMarkup(episode: EpisodeView, show: string): string {
  const total = clock(episode.durationMs);
  const data = [
    `data-title="${esc(episode.title)}"`,
    `data-artist="${esc(episode.byline)}"`,
    `data-album="${esc(show)}"`,
    `data-artwork="${esc(fileHref(episode.cover))}"`,
  ].join(' ');
  return [
    `<section class="player" aria-label="${esc(`Player: ${episode.title}`)}" ${data}>`,
    `<audio class="audio" src="${esc(fileHref(episode.audio))}" preload="metadata" controls></audio>`,
    '<div class="controls" hidden>',
    `<button type="button" class="btn play" data-act="toggle" aria-label="Play">${PLAY_ICON}${PAUSE_ICON}</button>`,
    '<button type="button" class="btn skip" data-act="back" aria-label="Back 15 seconds">−15</button>',
    '<button type="button" class="btn skip" data-act="forward" aria-label="Forward 15 seconds">+15</button>',
    '<div class="seek">',
    `<input type="range" class="seekbar" min="0" max="${Math.max(1, Math.round(episode.durationMs / 1000))}" step="1" value="0" aria-label="Seek" aria-valuetext="${esc(`0:00 of ${spokenDuration(episode.durationMs)}`)}">`,
    `<span class="time"><span class="now">0:00</span> / <span class="total">${total}</span></span>`,
    '</div>',
    '<label class="speed"><span>Speed</span> <select class="rate">',
    ...SPEEDS.map((s) => `<option value="${s}"${s === 1 ? ' selected' : ''}>${s}×</option>`),
    '</select></label>',
    '</div>',
    '<p class="now-chapter" aria-live="polite"></p>',
    '</section>',
  ].join('\n');
}

/** Chapters as buttons: data-start (seconds) is what the script seeks to. */
export function chapterList(chapters: PageChapter[]): string {
  if (chapters.length === 0) return '';
  return [
    '<ol class="chapters">',
    ...chapters.map(
      (c, i) =>
        `<li><button type="button" class="chapter" data-start="${c.startMs / 1000}"><span class="ch-time">${clock(c.startMs)}</span> <span class="ch-title">${esc(c.title || `Chapter ${i + 1}`)}</span></button></li>`,
    ),
    '</ol>',
  ].join('\n');
}
