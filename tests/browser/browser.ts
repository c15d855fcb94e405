// Headless Chromium for page tests: @sparticuz/chromium ships the browser inside its npm package
// (143.x runs on Node 20), driven by puppeteer-core. Audio may play without a user gesture, muted.
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    args: [...chromium.args, '--autoplay-policy=no-user-gesture-required', '--mute-audio'],
    executablePath: await chromium.executablePath(),
    headless: true,
  });
}

export interface Watched {
  /** Every URL the page requested (documents, scripts, media, images, favicon). */
  requests: string[];
  /** Console errors, page errors, CSP violations and dialogs: each one is a defect. */
  problems: string[];
}

/** A page that records what it requests and every error it meets. */
export async function watchedPage(browser: Browser, width: number, height = 900): Promise<{ page: Page; watched: Watched }> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const watched: Watched = { requests: [], problems: [] };
  page.on('request', (r) => watched.requests.push(r.url()));
  page.on('console', (m) => {
    // A missing favicon is the browser's own request, not the page's.
    if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) watched.problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.problems.push(`pageerror: ${String(e)}`));
  page.on('dialog', (d) => {
    watched.problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    // Lock-screen buttons cannot be pressed from a test: keep the page's handlers so a test can call them.
    const actions: Record<string, MediaSessionActionHandler | null> = {};
    (window as unknown as { mediaActions: typeof actions }).mediaActions = actions;
    const set = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (action, handler) => {
      actions[action] = handler;
      set(action, handler);
    };
  });
  return { page, watched };
}
