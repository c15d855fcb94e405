// output/<name>.html: one episode with its player, chapters, live transcript and embed code.
import { clock, esc, fileHref, formatDate, pageShell, safeLink, spokenDuration } from './html.ts';
import { chapterList, playerMarkup } from './player-markup.ts';
import type { PageCue } from './read-sidecars.ts';
import { SHOW_PAGE, embedSnippet, type EpisodeView, type ShowView } from './views.ts';

/** Consecutive cues of one speaker form a turn, labelled once with the speaker's name. */
function transcriptMarkup(cues: PageCue[]): string {
  const turns: PageCue[][] = [];
  for (const cue of cues) {
    const last = turns.at(-1);
    if (last && last[0]!.speaker === cue.speaker) last.push(cue);
    else turns.push([cue]);
  }
  return turns
    .map((turn) => {
      const speaker = turn[0]!.speaker;
      const cuesHtml = turn
        .map((c) => `<span class="cue" data-start="${c.startMs / 1000}" data-end="${c.endMs / 1000}">${esc(c.text)}</span>`)
        .join(' ');
      return `<p class="turn">${speaker ? `<span class="speaker">${esc(speaker)}</span>` : ''}${cuesHtml}</p>`;
    })
    .join('\n');
}

export function renderEpisodePage(episode: EpisodeView, show: ShowView): string {
  const link = safeLink(episode.articleUrl);
  const snippet = embedSnippet(show.baseUrl, episode);
  const meta = [
    episode.byline ? `By ${esc(episode.byline)}` : '',
    `<time datetime="${episode.date.toISOString()}">${esc(formatDate(episode.date, show.language))}</time>`,
    `<span aria-label="${esc(spokenDuration(episode.durationMs))}">${clock(episode.durationMs)}</span>`,
  ].filter(Boolean);
  const body = [
    '<header class="site"><a href="index.html">' + esc(show.title) + '</a></header>',
    '<main class="episode">',
    '<div class="hero">',
    `<img class="cover" src="${esc(fileHref(episode.cover))}" width="160" height="160" alt="">`,
    '<div class="hero-text">',
    `<h1>${esc(episode.title)}</h1>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    ...(episode.description !== episode.title ? [`<p class="description">${esc(episode.description)}</p>`] : []),
    ...(link ? [`<p><a class="original" href="${esc(link)}" rel="noopener noreferrer">Read the original article</a></p>`] : []),
    '</div>',
    '</div>',
    playerMarkup(episode, show.title),
    ...(episode.chapters.length
      ? ['<section class="panel" aria-labelledby="chapters-heading">', '<h2 id="chapters-heading">Chapters</h2>', chapterList(episode.chapters), '</section>']
      : []),
    ...(episode.cues.length
      ? [
          '<section class="panel" aria-labelledby="transcript-heading">',
          '<h2 id="transcript-heading">Transcript</h2>',
          '<p class="hint">Select a sentence to play from there (Enter or Space; arrow keys move between sentences).</p>',
          `<div class="transcript">\n${transcriptMarkup(episode.cues)}\n</div>`,
          '</section>',
        ]
      : []),
    '<section class="panel" aria-labelledby="embed-heading">',
    '<h2 id="embed-heading">Embed this episode</h2>',
    '<p class="hint">Paste this into your article page to show the player there.</p>',
    `<textarea class="snippet" id="embed-code" readonly rows="4" aria-labelledby="embed-heading">${esc(snippet)}</textarea>`,
    '<p class="copy-row"><button type="button" class="btn text" data-copy="embed-code">Copy embed code</button> <span class="copy-status" role="status"></span></p>',
    '</section>',
    `<p class="files"><a href="${esc(fileHref(episode.audio))}" download>Download the MP3</a> · <a href="${SHOW_PAGE}">All episodes</a></p>`,
    '</main>',
  ].join('\n');
  return pageShell({ title: `${episode.title} · ${show.title}`, language: show.language, description: episode.summary, bodyClass: 'page-episode', body });
}
