// writePages over a real output folder: tiny real MP3s (ffmpeg tones with tags) and their sidecars,
// read back the way the feed reads them. Names, assets, re-runs and pages of removed episodes.
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { chaptersJson } from '../../src/publish/chapters-json.ts';
import { renderVtt } from '../../src/publish/transcript.ts';
import { writePages } from '../../src/publish/pages/write-pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'pages-write-'));
const config = { ...DEFAULT_CONFIG, outDir: dir };

function episode(stem: string, title: string, date: string): void {
  const mp3 = join(dir, `${stem}.mp3`);
  execFileSync(ffmpeg.path, ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '64k', '-id3v2_version', '3', '-metadata', `title=${title}`, '-metadata', 'artist=Jane Doe', mp3]);
  writeFileSync(join(dir, `${stem}.chapters.json`), chaptersJson([{ title, startMs: 0, endMs: 1000 }, { title: 'Second', startMs: 1000, endMs: 3000 }]));
  writeFileSync(join(dir, `${stem}.vtt`), renderVtt([{ startMs: 0, endMs: 1000, speaker: 'Narrator', text: title }, { startMs: 1000, endMs: 3000, speaker: 'Ana Ruiz', text: 'The story starts here.' }]));
  const when = new Date(date);
  utimesSync(mp3, when, when);
}

beforeAll(() => {
  episode('older', 'Older story', '2026-11-01T10:00:00Z');
  episode('index', 'A story named index', '2026-11-20T10:00:00Z');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writePages', () => {
  it('writes the show page, a page and an embed per episode, and the assets; never over the show page', async () => {
    const written = await writePages({ outDir: dir, config, baseUrl: 'https://example.com/pod' });
    expect(written.episodes.map((e) => [e.page, e.embed])).toEqual([
      ['index.episode.html', 'index.embed.html'],
      ['older.html', 'older.embed.html'],
    ]);
    expect(written.episodes[1]!.snippet).toMatch(/^<iframe src="https:\/\/example\.com\/pod\/older\.embed\.html" title="Listen: Older story"/);
    for (const name of ['index.html', 'index.episode.html', 'older.html', 'older.embed.html', 'player.js', 'player.css']) expect(existsSync(join(dir, name)), name).toBe(true);
    const show = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(show.indexOf('index.episode.html')).toBeLessThan(show.indexOf('older.html')); // newest first
    expect(show).toContain('The story starts here.'); // no standfirst: the summary is the story's opening
    const page = readFileSync(join(dir, 'older.html'), 'utf8');
    expect(page).toContain('By Jane Doe');
    expect(page).toContain('<span class="speaker">Ana Ruiz</span>');
  });

  it('leaves unchanged assets alone, and removes only its own pages of episodes that are gone', async () => {
    const js = statSync(join(dir, 'player.js')).mtimeMs;
    writeFileSync(join(dir, 'notes.html'), '<!doctype html><title>mine</title>'); // not ours: kept
    rmSync(join(dir, 'older.mp3'));
    await writePages({ outDir: dir, config, baseUrl: 'https://example.com/pod/' });
    expect(statSync(join(dir, 'player.js')).mtimeMs).toBe(js);
    expect(existsSync(join(dir, 'older.html'))).toBe(false);
    expect(existsSync(join(dir, 'older.embed.html'))).toBe(false);
    expect(existsSync(join(dir, 'notes.html'))).toBe(true);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain('older.html');
  });

  it('puts the feed token into the addresses it shows', async () => {
    const written = await writePages({ outDir: dir, config: { ...config, feedToken: 's3cret' }, baseUrl: 'https://example.com/pod/' });
    expect(written.episodes[0]!.snippet).toContain('src="https://example.com/pod/s3cret/index.embed.html"');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('value="https://example.com/pod/s3cret/feed.xml"');
  });
});
