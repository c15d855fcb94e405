import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/config.ts';
import { feedIsCurrent } from '../../src/run/publish.ts';

describe('feedIsCurrent', () => {
  let dir: string;
  let config: Config;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'feed-current-'));
    config = { ...DEFAULT_CONFIG, outDir: dir };
    await writeFile(join(dir, 'index.html'), '<!doctype html>');
    await writeFile(join(dir, 'story.mp3'), 'mp3');
    const item = (name: string) => `<item><enclosure url="http://127.0.0.1:8080/${encodeURIComponent(name)}" length="3" type="audio/mpeg"/></item>`;
    await writeFile(join(dir, 'feed.xml'), `<rss><channel>${item('story.mp3')}${item('other one.mp3')}</channel></rss>`);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is stale while the feed lists an episode whose MP3 was deleted', async () => {
    expect(await feedIsCurrent(config, [join(dir, 'story.mp3')])).toBe(false);
    await writeFile(join(dir, 'other one.mp3'), 'mp3');
    expect(await feedIsCurrent(config, [join(dir, 'story.mp3')])).toBe(true);
  });
});
