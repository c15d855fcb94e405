// output/index.html: the show, how to subscribe, and every episode, newest first.
import { urlFor } from '../feed.ts';
import { clock, esc, fileHref, formatDate, pageShell, spokenDuration } from './html.ts';
import { pageFiles, type ShowView } from './views.ts';

export function renderShowPage(show: ShowView): string {
  const feedUrl = urlFor(show.baseUrl, 'feed.xml');
  const episodes = [...show.episodes].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
  const items = episodes.map((e) =>
    [
      '<li class="episode-item">',
      `<img class="cover" src="${esc(fileHref(e.cover))}" width="72" height="72" alt="">`,
      '<div>',
      `<h3><a href="${esc(fileHref(pageFiles(e.stem).page))}">${esc(e.title)}</a></h3>`,
      `<p class="meta"><time datetime="${e.date.toISOString()}">${esc(formatDate(e.date, show.language))}</time> · <span aria-label="${esc(spokenDuration(e.durationMs))}">${clock(e.durationMs)}</span></p>`,
      ...(e.summary ? [`<p class="description">${esc(e.summary)}</p>`] : []),
      '</div>',
      '</li>',
    ].join('\n'),
  );
  const body = [
    '<main class="show">',
    '<div class="hero">',
    `<img class="cover" src="${esc(fileHref(show.cover))}" width="160" height="160" alt="">`,
    '<div class="hero-text">',
    `<h1>${esc(show.title)}</h1>`,
    `<p class="description">${esc(show.description)}</p>`,
    '</div>',
    '</div>',
    '<section class="panel" aria-labelledby="subscribe-heading">',
    '<h2 id="subscribe-heading">Subscribe</h2>',
    '<p class="hint">Paste this address into your podcast app (Apple Podcasts: Library, Follow a Show by URL; Pocket Casts, Overcast, AntennaPod: add by URL).</p>',
    '<p class="copy-row">',
    // data-feed: the script puts the address this page was really loaded from, as `npm run serve` does.
    `<input class="feed-url" id="feed-url" type="url" readonly value="${esc(feedUrl)}" data-feed="feed.xml" aria-labelledby="subscribe-heading">`,
    '<button type="button" class="btn text" data-copy="feed-url">Copy feed address</button>',
    '<span class="copy-status" role="status"></span>',
    '</p>',
    '</section>',
    '<section class="panel" aria-labelledby="episodes-heading">',
    `<h2 id="episodes-heading">Episodes</h2>`,
    items.length ? `<ol class="episodes">\n${items.join('\n')}\n</ol>` : '<p>No episodes yet.</p>',
    '</section>',
    '</main>',
  ].join('\n');
  return pageShell({ title: show.title, language: show.language, description: show.description, bodyClass: 'page-show', body });
}
