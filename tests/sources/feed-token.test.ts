// The served feed of a folder with episodes of feed items: original links, credit lines, authors,
// one episode per item, and everything behind the feed token.
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { startServer } from '../../src/serve.ts';
import { emptyState, itemGuid, itemId, saveState } from '../../src/sources/state.ts';

const TOKEN = 'k3y-0123456789abcdef';
let dir: string;
let server: Server;
let base: string;

function tinyMp3(file: string, title: string) {
  execFileSync(ffmpeg.path, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-ac', '1', '-ar', '44100', '-c:a', 'libmp3lame', '-b:a', '64k', '-id3v2_version', '3', '-metadata', `title=${title}`, '-metadata', 'artist=Maria Lindqvist', join(dir, file)]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feed-token-'));
  const guid = itemGuid('https://gazette.example/feed/', 'p-4121');
  const meta = { guid, link: 'https://gazette.example/ferry', credit: { name: 'Harbour Town Gazette', url: 'https://gazette.example/ferry' }, person: 'Maria Lindqvist' };
  // The current episode, an older one of the same item (replaced), and an ordinary article's episode.
  tinyMp3('ferry-aaaa1111.mp3', 'Ferry returns (old)');
  tinyMp3('ferry-bbbb2222.mp3', 'Ferry returns');
  tinyMp3('local.mp3', 'A local story');
  await writeFile(join(dir, 'ferry-aaaa1111.item.json'), JSON.stringify(meta));
  await writeFile(join(dir, 'ferry-bbbb2222.item.json'), JSON.stringify(meta));
  const state = emptyState();
  state.items[itemId('https://gazette.example/feed/', 'p-4121')] = {
    source: 'https://gazette.example/feed/', key: 'p-4121', title: 'Ferry returns', link: meta.link, published: null,
    fingerprint: 'f', status: 'done', hash: 'h', episode: 'ferry-bbbb2222.mp3', stale: ['ferry-aaaa1111.mp3'], failures: 0,
  };
  await saveState(dir, state);
  server = await startServer({ root: dir, config: { ...DEFAULT_CONFIG, feedToken: TOKEN }, host: '127.0.0.1', port: 0 });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

describe('a feed of sourced episodes behind a token', () => {
  it('answers 404 without the token, for the feed and for media', async () => {
    for (const path of ['/', '/feed.xml', '/ferry-bbbb2222.mp3', '/local.mp3', `/${TOKEN.slice(0, -1)}/feed.xml`, `/x/${TOKEN}/feed.xml`]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      await res.arrayBuffer();
    }
    const ok = await fetch(`${base}/${TOKEN}/ferry-bbbb2222.mp3`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('audio/mpeg');
    await ok.arrayBuffer();
  });

  it('names each item once, with its link, credit line, author and token URLs', async () => {
    const res = await fetch(`${base}/${TOKEN}/feed.xml`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    const feed = parseRssFeed(xml);
    expect(feed.items).toHaveLength(2);
    const ferry = feed.items!.find((i) => i.title === 'Ferry returns')!;
    expect(ferry.guid?.value).toBe(itemGuid('https://gazette.example/feed/', 'p-4121'));
    expect(ferry.link).toBe('https://gazette.example/ferry');
    expect(ferry.description).toContain('From Harbour Town Gazette: https://gazette.example/ferry');
    expect(ferry.enclosures?.[0]?.url).toBe(`${base}/${TOKEN}/ferry-bbbb2222.mp3`);
    expect(xml).toContain('<podcast:person role="author">Maria Lindqvist</podcast:person>');
    expect(xml).not.toContain('aaaa1111');
    const local = feed.items!.find((i) => i.title === 'A local story')!;
    expect(local.link).toBeUndefined();
    expect(local.enclosures?.[0]?.url).toBe(`${base}/${TOKEN}/local.mp3`);
    expect(xml).toContain(`<atom:link href="${base}/${TOKEN}/feed.xml" rel="self"`);
  });
});
