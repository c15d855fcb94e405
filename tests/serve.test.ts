import ffmpeg from '@ffmpeg-installer/ffmpeg';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { parseRange, startServer } from '../src/serve.ts';

describe('parseRange', () => {
  it.each([
    [undefined, 100, null],
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=50-500', 100, { start: 50, end: 99 }],
    ['bytes=100-', 100, 'unsatisfiable'],
    ['bytes=5-2', 100, 'unsatisfiable'],
    ['bytes=0-1,5-6', 100, null],
    ['items=0-1', 100, null],
  ])('%s of %i bytes', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('serve', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let mp3: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'serve-'));
    // A real (tiny) MP3 with a title tag, as narrate would leave it.
    execFileSync(ffmpeg.path, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-ac', '1', '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '64k', '-id3v2_version', '3', '-metadata', 'title=A “story” & more', join(dir, 'story one.mp3')]);
    await writeFile(join(dir, 'story one.chapters.json'), '{"version":"1.2.0","chapters":[]}');
    await writeFile(join(dir, 'story one.vtt'), 'WEBVTT\n');
    await writeFile(join(dir, 'secret.mp3.123.tmp'), 'partial');
    mp3 = await readFile(join(dir, 'story one.mp3'));
    server = await startServer({ root: dir, config: DEFAULT_CONFIG, host: '127.0.0.1', port: 0 });
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the feed with URLs on the host the client used', async () => {
    const res = await fetch(`${base}/feed.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/rss\+xml/);
    const xml = await res.text();
    expect(xml).toContain(`<enclosure url="${base}/story%20one.mp3" length="${mp3.length}" type="audio/mpeg"/>`);
    expect(xml).toContain('<title>A “story” &amp; more</title>');
    expect(xml).toContain(`<podcast:chapters url="${base}/story%20one.chapters.json"`);
    expect(xml).toContain(`<podcast:transcript url="${base}/story%20one.vtt"`);
  });

  it('answers Range requests with 206 and exactly the requested bytes', async () => {
    const res = await fetch(`${base}/story%20one.mp3`, { headers: { Range: 'bytes=100-199' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 100-199/${mp3.length}`);
    expect(res.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(mp3.subarray(100, 200));

    const tail = await fetch(`${base}/story%20one.mp3`, { headers: { Range: 'bytes=-50' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(mp3.subarray(mp3.length - 50));

    const bad = await fetch(`${base}/story%20one.mp3`, { headers: { Range: `bytes=${mp3.length}-` } });
    expect(bad.status).toBe(416);
    expect(bad.headers.get('content-range')).toBe(`bytes */${mp3.length}`);
  });

  it('serves whole files with length and MIME types, and HEAD without a body', async () => {
    const full = await fetch(`${base}/story%20one.mp3`);
    expect(full.status).toBe(200);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await full.arrayBuffer())).toEqual(mp3);
    const head = await fetch(`${base}/story%20one.mp3`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(mp3.length));
    expect((await fetch(`${base}/story%20one.vtt`)).headers.get('content-type')).toMatch(/text\/vtt/);
  });

  it('never serves outside the folder, dotfiles or temp files', async () => {
    for (const path of ['/..%2F..%2Fetc%2Fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/secret.mp3.123.tmp', '/nope.mp3']) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
    expect((await fetch(`${base}/feed.xml`, { method: 'POST' })).status).toBe(405);
  });
});
