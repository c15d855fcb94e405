// The page renderers as pure functions: data in, HTML out. The browser tests (tests/browser) check
// what a listener sees; these check escaping, names, order and the sidecar readers on edge cases.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderVtt, transcriptCues } from '../../src/publish/transcript.ts';
import { chaptersJson } from '../../src/publish/chapters-json.ts';
import { renderEmbedPage } from '../../src/publish/pages/embed-page.ts';
import { renderEpisodePage } from '../../src/publish/pages/episode-page.ts';
import { clock, esc, safeLink, shorten } from '../../src/publish/pages/html.ts';
import { parseChapters, parseVtt } from '../../src/publish/pages/read-sidecars.ts';
import { renderShowPage } from '../../src/publish/pages/show-page.ts';
import { embedSnippet, pageFiles, type EpisodeView, type ShowView } from '../../src/publish/pages/views.ts';

const HOSTILE = `A <script>alert(1)</script> & "quoted" 'title' <img src=x onerror=alert(2)>`;

function episode(over: Partial<EpisodeView> = {}): EpisodeView {
  return {
    stem: 'story one',
    title: HOSTILE,
    byline: 'Jane <b>Doe</b>',
    description: 'A dek with <em>markup</em>',
    summary: 'A dek with <em>markup</em>',
    date: new Date('2026-11-30T10:00:00Z'),
    durationMs: 268_000,
    audio: 'story one.mp3',
    cover: 'story one.cover.png',
    chapters: [
      { title: HOSTILE, startMs: 0 },
      { title: 'Second', startMs: 4076 },
    ],
    cues: [
      { startMs: 0, endMs: 2000, speaker: 'Narrator', text: HOSTILE },
      { startMs: 4076, endMs: 6000, speaker: 'Narrator', text: 'Body one.' },
      { startMs: 6000, endMs: 8000, speaker: 'Ana <i>Ruiz</i>', text: 'We will.' },
    ],
    ...over,
  };
}

const show = (episodes: EpisodeView[]): ShowView => ({
  title: 'The <Show>',
  description: 'News, read aloud.',
  language: 'en-US',
  baseUrl: 'https://example.com/pod/',
  cover: 'cover.png',
  episodes,
});

const dom = (html: string) => parseHTML(html).document;

describe('escaping', () => {
  it('escapes every HTML special, once', () => {
    expect(esc(`<a href="x">'&amp;'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;amp;&#39;&lt;/a&gt;');
  });

  it.each([
    ['episode', renderEpisodePage(episode(), show([episode()]))],
    ['embed', renderEmbedPage(episode(), show([episode()]))],
    ['show', renderShowPage(show([episode()]))],
  ])('%s page: article text stays text, the only script is ours, a CSP forbids inline script', (_, html) => {
    const doc = dom(html);
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(['player.js']);
    expect(doc.querySelectorAll('img').length).toBeGreaterThan(0);
    expect([...doc.querySelectorAll('img')].every((i) => !i.hasAttribute('onerror'))).toBe(true);
    expect(doc.querySelectorAll('b, em, i').length).toBe(0);
    expect(doc.body.textContent).toContain(HOSTILE);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name === 'style' || name.startsWith('on'))).toEqual([]);
  });

  it('links the original article only when it is http(s)', () => {
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('data:text/html,x')).toBeUndefined();
    expect(safeLink('not a url')).toBeUndefined();
    expect(safeLink('https://news.example/a?b=1&c=2')).toBe('https://news.example/a?b=1&c=2');
    const withLink = dom(renderEpisodePage(episode({ articleUrl: 'https://news.example/a?b=1&c=2' }), show([])));
    expect(withLink.querySelector('a.original')!.getAttribute('href')).toBe('https://news.example/a?b=1&c=2');
    expect(dom(renderEpisodePage(episode({ articleUrl: 'javascript:alert(1)' }), show([]))).querySelector('a.original')).toBeNull();
  });
});

describe('episode page', () => {
  const html = renderEpisodePage(episode(), show([episode()]));
  const doc = dom(html);

  it('has chapters that seek, cues with times, speaker names once per turn', () => {
    expect([...doc.querySelectorAll('.chapter')].map((b) => b.getAttribute('data-start'))).toEqual(['0', '4.076']);
    expect([...doc.querySelectorAll('.cue')].map((c) => [c.getAttribute('data-start'), c.getAttribute('data-end')])).toEqual([
      ['0', '2'],
      ['4.076', '6'],
      ['6', '8'],
    ]);
    expect([...doc.querySelectorAll('.speaker')].map((s) => s.textContent)).toEqual(['Narrator', 'Ana <i>Ruiz</i>']);
  });

  it('keeps the native player for browsers without script, and files URL-encoded', () => {
    const audio = doc.querySelector('audio')!;
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.getAttribute('src')).toBe('story%20one.mp3');
    expect(doc.querySelector('.controls')!.hasAttribute('hidden')).toBe(true);
  });

  it('shows the embed code for its own embed page at baseUrl', () => {
    const code = embedSnippet('https://example.com/pod/', episode());
    expect(html).toContain(`<textarea class="snippet" id="embed-code" readonly rows="4" aria-labelledby="embed-heading">${esc(code)}</textarea>`);
    const frame = dom(code).querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://example.com/pod/story%20one.embed.html');
    expect(frame.getAttribute('title')).toBe(`Listen: ${HOSTILE}`);
  });

  it('omits chapters and transcript sections it has no data for', () => {
    const bare = dom(renderEpisodePage(episode({ chapters: [], cues: [] }), show([])));
    expect(bare.querySelector('.chapters')).toBeNull();
    expect(bare.querySelector('.transcript')).toBeNull();
    expect(bare.querySelector('.player')).not.toBeNull();
  });
});

describe('show page', () => {
  it('lists every episode page, newest first, with date, duration and summary; the feed URL at baseUrl', () => {
    const old = episode({ stem: 'old', title: 'Old', date: new Date('2026-01-01T00:00:00Z'), summary: 'Earlier.' });
    const idx = episode({ stem: 'index', title: 'Index story', date: new Date('2026-12-01T00:00:00Z'), durationMs: 3_723_000 });
    const doc = dom(renderShowPage(show([old, episode(), idx])));
    const items = [...doc.querySelectorAll('.episode-item')];
    expect(items.map((i) => i.querySelector('a')!.getAttribute('href'))).toEqual(['index.episode.html', 'story%20one.html', 'old.html']);
    expect(items[0]!.querySelector('.meta')!.textContent).toBe('December 1, 2026 · 1:02:03');
    expect(items[2]!.querySelector('.description')!.textContent).toBe('Earlier.');
    expect(doc.querySelector('#feed-url')!.getAttribute('value')).toBe('https://example.com/pod/feed.xml');
    expect(doc.querySelector('[data-copy="feed-url"]')).not.toBeNull();
  });
});

describe('names and text helpers', () => {
  it('never lets an episode page replace the show page', () => {
    expect(pageFiles('x')).toEqual({ page: 'x.html', embed: 'x.embed.html' });
    expect(pageFiles('index').page).toBe('index.episode.html');
    expect(pageFiles('INDEX').page).toBe('INDEX.episode.html');
  });

  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [268_000, '4:28'],
    [3_723_000, '1:02:03'],
  ])('clock(%i) = %s', (ms, text) => expect(clock(ms)).toBe(text));

  it('shortens at a word boundary', () => {
    expect(shorten('one two three', 50)).toBe('one two three');
    expect(shorten('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
  });
});

describe('sidecar readers', () => {
  it('reads back the transcript the project writes, speakers and escapes included', () => {
    const vtt = renderVtt(
      transcriptCues([
        { startMs: 0, endMs: 2500, speaker: 'Narrator', text: 'Tom & Jerry <script>x</script> said. Then left.' },
        { startMs: 3_700_000, endMs: 3_702_000, speaker: 'Ana <Ruiz>', text: 'Yes.' },
      ]),
    );
    const cues = parseVtt(vtt);
    expect(cues.map((c) => c.speaker)).toEqual(['Narrator', 'Narrator', 'Ana <Ruiz>']);
    expect(cues[0]!.text).toBe('Tom & Jerry <script>x</script> said.');
    expect(cues[2]).toMatchObject({ startMs: 3_700_000, endMs: 3_702_000, text: 'Yes.' });
  });

  it('reads other WebVTT too: CRLF, BOM, MM:SS times, cue settings, NOTE blocks, class tags', () => {
    const vtt = '\ufeffWEBVTT\r\n\r\nNOTE a note\r\n\r\n00:01.500 --> 00:03.000 align:start\r\n<v.loud Bob>Hi <b>there</b> &lt;3\r\nsecond line\r\n\r\nbad --> times\r\nx\r\n';
    expect(parseVtt(vtt)).toEqual([{ startMs: 1500, endMs: 3000, speaker: 'Bob', text: 'Hi there <3 second line' }]);
    expect(parseVtt('')).toEqual([]);
  });

  it('reads chapters JSON, and gives none for broken files', () => {
    const json = chaptersJson([
      { title: 'B', startMs: 4076, endMs: 9000 },
      { title: 'A', startMs: 0, endMs: 4076 },
    ]);
    expect(parseChapters(json)).toEqual([
      { title: 'A', startMs: 0 },
      { title: 'B', startMs: 4076 },
    ]);
    expect(parseChapters('{')).toEqual([]);
    expect(parseChapters('{"chapters":[{"startTime":"x"},{"startTime":5,"toc":false},{"startTime":1}]}')).toEqual([{ title: '', startMs: 1000 }]);
  });
});
