// The web pages in a real browser: a real episode (the CLI with offline Flite on a short article whose
// headline holds a <script> tag), served by `npm run serve`'s server over 127.0.0.1 with Range support.
// Every wait is on a media event or a DOM condition, never a fixed sleep.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { startServer } from '../../src/serve.ts';
import { runCli } from '../helpers/run-cli.ts';
import { launchBrowser, watchedPage, type Watched } from './browser.ts';

const TITLE = 'Council votes <script>alert("x")</script> & budget passes';
// Markdown, so the section heading is unambiguous; the entities make a literal <script> in the headline.
const ARTICLE = `# Council votes &lt;script&gt;alert("x")&lt;/script&gt; & budget passes

By Jane Miller

The city council approved the budget on Thursday after a long debate about buses and parks.

"This budget keeps our promises to working families," said Mayor Ana Ruiz.

## More buses next year

The plan adds two new bus lines in the spring. Riders will wait less at every stop.

"We are borrowing from next year to pay for this year," said council member Terrence Hall.
`;

const SCREENSHOTS = process.env.AUDIO_EDITION_SCREENSHOTS ?? join(tmpdir(), 'audio-edition-screenshots');
const dir = mkdtempSync(join(tmpdir(), 'pages-'));
const out = join(dir, 'out');
let server: Server;
let browser: Browser;
let base = '';
let stderr = '';
const watchedPages: Watched[] = [];

beforeAll(async () => {
  mkdirSync(join(dir, 'in'));
  mkdirSync(out); // serve wants its folder to exist; the run fills it
  writeFileSync(join(dir, 'in', 'council.md'), ARTICLE);
  // The server first, so the run can be told its address (--base-url) for the embed snippet.
  server = await startServer({ root: out, config: DEFAULT_CONFIG, host: '127.0.0.1', port: 0 });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const run = await runCli([join(dir, 'in', 'council.md'), '--engine', 'flite', '--out', out, '--base-url', `${base}/`], { env: { AUDIO_EDITION_CACHE: join(dir, 'cache') } });
  expect(run.code, run.stderr).toBe(0);
  stderr = run.stderr;
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, width = 1280): Promise<Page> {
  const { page, watched } = await watchedPage(browser, width);
  watchedPages.push(watched);
  await page.goto(`${base}/${path}`, { waitUntil: 'load' });
  return page;
}

/** Resolves with currentTime at the next `event` of the audio element after `action` runs in the page. */
function timeAfter(page: Page, event: string, action: string): Promise<number> {
  return page.evaluate(
    (ev, act) =>
      new Promise<number>((resolve) => {
        const audio = document.querySelector('audio')!;
        audio.addEventListener(ev, () => resolve(audio.currentTime), { once: true });
        new Function(act)();
      }),
    event,
    action,
  );
}

/** Arms a one-time 'seeked' listener (awaited, so it is in place before the key press that follows). */
async function armSeeked(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const audio = document.querySelector('audio')!;
    (window as unknown as { seekedAt: number | null }).seekedAt = null;
    audio.addEventListener('seeked', () => ((window as unknown as { seekedAt: number }).seekedAt = audio.currentTime), { once: true });
  });
  return async () => {
    // Wrapped: a seek to 0 must count as done too.
    const handle = await page.waitForFunction(() => {
      const at = (window as unknown as { seekedAt: number | null }).seekedAt;
      return at === null ? null : { at };
    });
    return ((await handle.jsonValue()) as { at: number }).at;
  };
}

const currentIndex = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.findIndex((el) => el.getAttribute('aria-current') === 'true'));

describe('pages in a real browser', () => {
  it('the run writes the pages and prints the embed snippet', () => {
    const html = readFileSync(join(out, 'council.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script at all
    expect(stderr).toContain(`Embed council: <iframe src="${base}/council.embed.html"`);
  });

  it('show page: the episode linked with date and duration, the feed URL with a copy button, the title as text', async () => {
    const page = await open('');
    expect(await page.title()).toBe(DEFAULT_CONFIG.show);
    const link = await page.$eval('.episodes a', (a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent }));
    expect(link).toEqual({ href: `${base}/council.html`, text: TITLE });
    expect(await page.$eval('.episodes .meta', (p) => p.textContent)).toMatch(/\d{4} · 0:\d\d/);
    // No standfirst in this article: the listing's short description is the story's opening.
    expect(await page.$eval('.episodes .description', (p) => p.textContent)).toMatch(/^The city council approved the budget/);
    expect(await page.$eval('#feed-url', (i) => (i as HTMLInputElement).value)).toBe(`${base}/feed.xml`);
    expect(await page.$eval('[data-copy="feed-url"]', (b) => b.textContent)).toMatch(/Copy/);
    expect(await page.$$eval('script', (s) => s.map((e) => (e as HTMLScriptElement).src))).toEqual([`${base}/player.js`]);
    await browser.defaultBrowserContext().overridePermissions(base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.click('[data-copy="feed-url"]');
    await page.waitForFunction(() => document.querySelector('.copy-status')!.textContent === 'Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/feed.xml`);
  });

  describe('episode page', () => {
    let page: Page;
    let chapterStarts: number[];
    beforeAll(async () => {
      page = await open('council.html');
      chapterStarts = await page.$$eval('.chapter', (els) => els.map((e) => Number((e as HTMLElement).dataset.start)));
    });

    it('shows the title with its <script> as text, the byline, and a player with labelled controls', async () => {
      expect(await page.$eval('h1', (h) => h.textContent)).toBe(TITLE);
      expect(await page.$eval('.meta', (m) => m.textContent)).toContain('By Jane Miller');
      expect(await page.$eval('.controls', (c) => (c as HTMLElement).hidden)).toBe(false);
      expect(await page.$eval('audio', (a) => (a as HTMLAudioElement).controls)).toBe(false);
      const names = await page.$$eval('.controls button, .controls input, .controls select', (els) =>
        els.map((el) => el.getAttribute('aria-label') ?? el.closest('label')?.textContent?.trim() ?? ''),
      );
      expect(names.every((n) => n.length > 0)).toBe(true);
      expect(chapterStarts.length).toBeGreaterThanOrEqual(3);
      const title = await page.evaluate(() => navigator.mediaSession.metadata?.title);
      expect(title).toBe(TITLE);
    });

    it('plays, and a click on the second chapter seeks to its start and marks it current', async () => {
      await page.click('.play');
      await page.waitForFunction(() => !document.querySelector('audio')!.paused && document.querySelector('audio')!.currentTime > 0);
      // The label follows the media's 'play' event: wait for it rather than racing it.
      await page.waitForFunction(() => document.querySelector('.play')!.getAttribute('aria-label') === 'Pause');
      expect(await page.$eval('.play', (b) => b.getAttribute('aria-label'))).toBe('Pause');
      const at = await timeAfter(page, 'seeked', "document.querySelectorAll('.chapter')[1].click()");
      expect(Math.abs(at - chapterStarts[1]!)).toBeLessThan(0.3);
      await page.waitForFunction(() => document.querySelectorAll('.chapter')[1]!.getAttribute('aria-current') === 'true');
      expect(await page.$$eval('.chapter[aria-current="true"]', (e) => e.length)).toBe(1);
      expect(await page.$eval('.now-chapter', (p) => p.textContent)).toMatch(/^Chapter 2 of \d+: /);
    });

    it('the transcript highlight follows playback and stays in view', async () => {
      const cueStarts = await page.$$eval('.cue', (els) => els.map((e) => Number((e as HTMLElement).dataset.start)));
      const first = await currentIndex(page, '.cue');
      expect(first).toBeGreaterThanOrEqual(0);
      // Wait for playback to pass the next cue's start, then check the highlight at that moment.
      const seen = await page.evaluate(
        (next) =>
          new Promise<{ t: number; current: number }>((resolve) => {
            const audio = document.querySelector('audio')!;
            const onTime = () => {
              if (audio.currentTime < next + 0.05) return;
              audio.removeEventListener('timeupdate', onTime);
              const cues = [...document.querySelectorAll('.cue')];
              resolve({ t: audio.currentTime, current: cues.findIndex((c) => c.getAttribute('aria-current') === 'true') });
            };
            audio.addEventListener('timeupdate', onTime);
          }),
        cueStarts[first + 1]!,
      );
      const expected = cueStarts.filter((s) => s <= seen.t + 0.05).length - 1;
      expect(seen.current).toBe(expected);
      expect(seen.current).toBeGreaterThan(first);
      const inView = await page.$eval('.transcript', (box) => {
        const cue = box.querySelector('[aria-current="true"]')!.getBoundingClientRect();
        const r = box.getBoundingClientRect();
        return cue.top >= r.top - 1 && cue.bottom <= r.bottom + 1;
      });
      expect(inView).toBe(true);
      expect(await page.$$eval('.speaker', (s) => s.map((e) => e.textContent))).toEqual(expect.arrayContaining(['Narrator', 'Ana Ruiz']));
    });

    it('a reload keeps the position', async () => {
      await page.evaluate(() => document.querySelector('audio')!.pause());
      const target = chapterStarts[2]! + 1.5;
      await timeAfter(page, 'seeked', `document.querySelector('audio').currentTime = ${target}`);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction((t) => Math.abs(document.querySelector('audio')!.currentTime - t) < 0.3, {}, target);
      await page.waitForFunction(() => document.querySelectorAll('.chapter')[2]!.getAttribute('aria-current') === 'true');
      expect(await page.$eval('.now', (n) => n.textContent)).toMatch(/^0:\d\d$/);
      expect(await currentIndex(page, '.cue')).toBeGreaterThan(0);
    });

    it('lock-screen previous/next go by chapter (Media Session)', async () => {
      const press = async (action: string, expected: number) => {
        const seeked = await armSeeked(page);
        await page.evaluate((a) => (window as unknown as { mediaActions: Record<string, (d: object) => void> }).mediaActions[a]!({ action: a }), action);
        expect(Math.abs((await seeked()) - expected), action).toBeLessThan(0.3);
      };
      await page.evaluate(() => document.querySelector('audio')!.pause());
      await timeAfter(page, 'seeked', `document.querySelector('audio').currentTime = ${chapterStarts[0]! + 0.5}`);
      await press('nexttrack', chapterStarts[1]!);
      await timeAfter(page, 'seeked', `document.querySelector('audio').currentTime = ${chapterStarts[1]! + 4}`);
      await press('previoustrack', chapterStarts[1]!); // well into a chapter: back to its start
      await press('previoustrack', chapterStarts[0]!); // at its start: the chapter before
    });

    it('is keyboard operable with a visible focus', async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.focus('.play');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.act)).toBe('back');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe('solid');
      const before = await page.evaluate(() => document.querySelector('audio')!.currentTime);
      await page.keyboard.press('Enter');
      await page.waitForFunction((b) => Math.abs(document.querySelector('audio')!.currentTime - Math.max(0, b - 15)) < 0.3, {}, before);
      // Seek bar: arrow keys move 5 s.
      await page.focus('.seekbar');
      const t0 = await page.evaluate(() => document.querySelector('audio')!.currentTime);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((t) => Math.abs(document.querySelector('audio')!.currentTime - (t + 5)) < 0.3, {}, t0);
      // Speed: a labelled select.
      await page.select('.rate', '1.5');
      expect(await page.evaluate(() => document.querySelector('audio')!.playbackRate)).toBe(1.5);
      // A chapter with Enter.
      await page.focus('.chapter');
      const atChapter = await armSeeked(page);
      await page.keyboard.press('Enter');
      expect(Math.abs((await atChapter()) - chapterStarts[0]!)).toBeLessThan(0.3);
      // Transcript: one tab stop, arrows move between sentences, Enter plays from one.
      const cueStarts = await page.$$eval('.cue', (els) => els.map((e) => Number((e as HTMLElement).dataset.start)));
      expect(await page.$$eval('.cue[tabindex="0"]', (e) => e.length)).toBe(1);
      await page.focus('.cue[tabindex="0"]');
      const focused = await page.evaluate(() => [...document.querySelectorAll('.cue')].indexOf(document.activeElement!));
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => [...document.querySelectorAll('.cue')].indexOf(document.activeElement!))).toBe(focused + 1);
      const atCue = await armSeeked(page);
      await page.keyboard.press('Enter');
      expect(Math.abs((await atCue()) - cueStarts[focused + 1]!)).toBeLessThan(0.3);
      // Play/pause with the keyboard (the cue above started playback).
      await page.waitForFunction(() => !document.querySelector('audio')!.paused);
      await page.focus('.play');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.querySelector('audio')!.paused);
      // The label follows the media's 'pause' event, a task after `paused` turns true: wait for it.
      await page.waitForFunction(() => document.querySelector('.play')!.getAttribute('aria-label') === 'Play');
      expect(await page.$eval('.play', (b) => b.getAttribute('aria-label'))).toBe('Play');
    });
  });

  it('embed page: a compact player that plays and fits 320 px', async () => {
    const page = await open('council.embed.html', 320);
    expect(await page.$eval('.embed-title', (p) => p.textContent)).toBe(TITLE);
    await page.click('.play');
    await page.waitForFunction(() => document.querySelector('audio')!.currentTime > 0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('the snippet the run printed plays in an iframe on a publisher page of another origin', async () => {
    const snippet = /Embed council: (<iframe .*<\/iframe>)/.exec(stderr)![1]!;
    const publisher = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><h1>Publisher</h1>${snippet}`));
    await new Promise<void>((done) => publisher.listen(0, '127.0.0.1', done));
    try {
      const { page } = await watchedPage(browser, 800);
      const address = publisher.address();
      await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, { waitUntil: 'load' });
      const frame = await (await page.waitForSelector('iframe'))!.contentFrame();
      await frame.waitForSelector('.controls:not([hidden])');
      await frame.click('.play');
      await frame.waitForFunction(() => document.querySelector('audio')!.currentTime > 0);
      await page.close();
    } finally {
      await new Promise((done) => publisher.close(done));
    }
  });

  it('without motion when the reader asks for less: the transcript jumps instead of gliding', async () => {
    const page = await open('council.html', 800);
    expect(await page.$eval('.transcript', (t) => getComputedStyle(t).scrollBehavior)).toBe('smooth');
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(await page.$eval('.transcript', (t) => getComputedStyle(t).scrollBehavior)).toBe('auto');
    expect(await page.$eval('.cue', (c) => getComputedStyle(c).transitionDuration)).toBe('0s');
    await page.close();
  });

  it.each([320, 360, 1280])('screenshots at %i px, with nothing wider than the screen', async (width) => {
    for (const [name, path] of [['show', ''], ['episode', 'council.html'], ['embed', 'council.embed.html']] as const) {
      const page = await open(path, width);
      await page.waitForFunction(() => !document.querySelector('.controls') || !(document.querySelector('.controls') as HTMLElement).hidden);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`) as `${string}.png`, fullPage: true });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-dark.png`) as `${string}.png`, fullPage: true });
      await page.close();
    }
  });

  it('no request left the page origin and nothing failed', () => {
    const requests = watchedPages.flatMap((w) => w.requests);
    expect(requests.length).toBeGreaterThan(10);
    // data: URLs are the browser's own media-control icons: nothing goes on the network for them.
    expect(requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(watchedPages.flatMap((w) => w.problems)).toEqual([]);
  });
});
