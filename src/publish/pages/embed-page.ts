// output/<name>.embed.html: the compact player a publisher frames on its own article page.
import { esc, fileHref, pageShell } from './html.ts';
import { chapterList, playerMarkup } from './player-markup.ts';
import { pageFiles, type EpisodeView, type ShowView } from './views.ts';

export function renderEmbedPage(episode: EpisodeView, show: ShowView): string {
  const body = [
    '<main class="embed">',
    '<div class="embed-head">',
    `<img class="cover" src="${esc(fileHref(episode.cover))}" width="56" height="56" alt="">`,
    '<div class="embed-text">',
    // A new tab: following the link inside the frame would replace the publisher's article.
    `<p class="embed-title"><a href="${esc(fileHref(pageFiles(episode.stem).page))}" target="_blank" rel="noopener">${esc(episode.title)}</a></p>`,
    `<p class="embed-show">${esc(show.title)}</p>`,
    '</div>',
    '</div>',
    playerMarkup(episode, show.title),
    ...(episode.chapters.length > 1 ? ['<details class="embed-chapters">', '<summary>Chapters</summary>', chapterList(episode.chapters), '</details>'] : []),
    '</main>',
  ].join('\n');
  return pageShell({ title: `${episode.title} · ${show.title}`, language: show.language, bodyClass: 'page-embed', body });
}
