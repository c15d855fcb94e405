// What `npm run serve` does for the pages: the right content types, CORS on the sidecars that web
// players on other sites fetch, and the show page at / for browsers while podcast apps still get the
// feed there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { startServer } from '../../src/serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'pages-serve-'));
let server: Server;
let base = '';

beforeAll(async () => {
  for (const [name, body] of [
    ['index.html', '<!doctype html><title>show</title>'],
    ['x.html', '<!doctype html><title>x</title>'],
    ['x.chapters.json', '{"version":"1.2.0","chapters":[]}'],
    ['x.vtt', 'WEBVTT\n'],
    ['player.js', '"use strict";'],
    ['player.css', 'body{}'],
  ]) writeFileSync(join(dir, name!), body!);
  server = await startServer({ root: dir, config: DEFAULT_CONFIG, host: '127.0.0.1', port: 0 });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

describe('serve for the pages', () => {
  it.each([
    ['/x.html', /^text\/html; charset=utf-8$/, null],
    ['/player.js', /^text\/javascript; charset=utf-8$/, null],
    ['/player.css', /^text\/css; charset=utf-8$/, null],
    ['/x.chapters.json', /^application\/json/, '*'],
    ['/x.vtt', /^text\/vtt; charset=utf-8$/, '*'],
  ])('%s: content type and CORS', async (path, type, cors) => {
    const res = await fetch(`${base}${path}`, { headers: { Origin: 'https://publisher.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('access-control-allow-origin')).toBe(cors);
  });

  it('answers / with the show page for a browser and the feed for a podcast app', async () => {
    const page = await fetch(`${base}/`, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>show</title>');
    const feed = await fetch(`${base}/`, { headers: { Accept: '*/*' } });
    expect(feed.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
  });
});
