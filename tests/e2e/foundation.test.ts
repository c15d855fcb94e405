// What a hostile tester found by trying to break a run, through the real CLI: repeated lines, folders
// under /proc and /sys, unusable caches and output folders, odd entries in the output folder, two
// inputs with one episode name. Each is one line and its own exit code, in bounded time.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'e2e-foundation-'));
const cache = join(dir, 'cache');
const env = { AUDIO_EDITION_CACHE: cache };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOOD = 'Council Approves New Bridge\n\nThe city council approved a new footbridge on Tuesday.\n\nThe mayor said it would open in spring.\n';
const at = (name: string) => join(dir, name);
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
/** A hang fails the test (the child is killed) instead of stalling the suite. */
const BOUNDED = { timeoutMs: 60_000 };

beforeAll(() => {
  writeFileSync(at('good.txt'), GOOD);
  const refrain = Array.from({ length: 30 }, () => 'The meeting was adjourned.').join('\n\n');
  writeFileSync(at('dup.txt'), `Repeated Lines Test\n\n${refrain}\n`);
});

describe('repeated lines', () => {
  it('an article with one line 30 times is narrated (one synthesis per distinct line), cache or not', async () => {
    for (const extra of [['--no-cache'], []]) {
      const out = at(`dup-out${extra.length}`);
      const run = await runCli([at('dup.txt'), '--engine', 'flite', '--quiet', '--out', out, ...extra], { env, ...BOUNDED });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/✓ .*dup\.mp3 .*31 segments \(29 from cache\)/);
    }
  });
});

describe('folders that cannot be ours', () => {
  it.each([
    ['--out /proc/x', ['--out', '/proc/audio-edition-x'], {}, /^error: Cannot use \/proc\/audio-edition-x as the output folder: \/proc is on the kernel's proc filesystem/],
    ['--out /proc/sys/x', ['--out', '/proc/sys/audio-edition-x'], {}, /^error: Cannot use \/proc\/sys\/audio-edition-x as the output folder: .*proc filesystem/],
    ['--out /proc (exists, not writable for us)', ['--out', '/proc'], {}, /^error: Cannot use \/proc as the output folder: \/proc is on the kernel's proc filesystem/],
    ['AUDIO_EDITION_CACHE=/proc/c', [], { AUDIO_EDITION_CACHE: '/proc/audio-edition-c' }, /^error: Cannot use the clip cache \/proc\/audio-edition-c: \/proc is on the kernel's proc filesystem.* or run with --no-cache\.$/],
    ['AUDIO_EDITION_CACHE under /sys', [], { AUDIO_EDITION_CACHE: '/sys/audio-edition-c' }, /^error: Cannot use the clip cache \/sys\/audio-edition-c: \/sys is on the kernel's sys/],
  ])('%s: exit 6 at once, one line, nothing synthesized', async (_name, args, extraEnv, message) => {
    const out = at('unused-out');
    const run = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', ...(args.length ? args : ['--out', out]), ...[]], { env: { ...env, ...extraEnv }, ...BOUNDED });
    expect(lines(run.stderr)).toEqual([expect.stringMatching(message)]);
    expect(run.code).toBe(6);
    expect(run.stdout).toBe('');
  });

  it.each([
    ['the cache path is a file', () => at('good.txt'), /: a file is in the way\./],
    ['the cache path is under a file', () => join(at('good.txt'), 'clips'), /: a file is in the way\./],
  ])('%s: exit 6 naming the cache', async (_name, cachePath, why) => {
    const run = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', at('cache-out')], { env: { AUDIO_EDITION_CACHE: cachePath() }, ...BOUNDED });
    expect(lines(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^error: Cannot use the clip cache ${cachePath().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${why.source}`))]);
    expect(run.code).toBe(6);
    expect(readFileSync(at('good.txt'), 'utf8')).toBe(GOOD);
  });

  it('the cache disk filling up mid-run: exit 6 naming the cache, not "Flite failed"', async (context) => {
    const tiny = at('tiny-cache');
    mkdirSync(tiny);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=300k', 'tmpfs', tiny], { stdio: 'ignore' });
    } catch {
      context.skip('cannot mount a tmpfs here (needs root)');
    }
    try {
      const sample = join(ROOT, 'input', 'zelenskyy-north-korea.txt');
      const run = await runCli([sample, '--engine', 'flite', '--quiet', '--out', at('tiny-out')], { env: { AUDIO_EDITION_CACHE: tiny }, ...BOUNDED });
      expect(run.code).toBe(6);
      expect(lines(run.stdout + run.stderr)).toEqual([`✗ ${sample}: Cannot use the clip cache ${tiny}: the disk is full. Free some disk space, point AUDIO_EDITION_CACHE at another folder, or run with --no-cache.`]);
    } finally {
      execFileSync('umount', [tiny], { stdio: 'ignore' });
    }
  });

  it('a folder where a cache entry belongs: exit 6 naming the entry', async () => {
    const blocked = at('blocked-cache');
    // Find the entry's name from a first run, then put a folder in its place.
    const first = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', at('blocked-out')], { env: { AUDIO_EDITION_CACHE: blocked }, ...BOUNDED });
    expect(first.code).toBe(0);
    const wav = readdirSync(blocked).find((n) => n.endsWith('.wav'))!;
    rmSync(join(blocked, wav));
    rmSync(join(blocked, wav.replace(/\.wav$/, '.json')));
    mkdirSync(join(blocked, wav));
    writeFileSync(join(blocked, wav, 'keep'), 'x');
    const run = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', at('blocked-out2')], { env: { AUDIO_EDITION_CACHE: blocked }, ...BOUNDED });
    expect(run.stderr).toContain(`Cannot use the clip cache entry ${join(blocked, wav)}`);
    expect(run.code).toBe(6);
    expect(readFileSync(join(blocked, wav, 'keep'), 'utf8')).toBe('x');
  });
});

describe('odd entries in the output folder', () => {
  it('a folder and a dangling symlink named x.mp3: the episode and feed.xml are written, listing only real episodes', async () => {
    const out = at('odd-out');
    mkdirSync(join(out, 'folder.mp3'), { recursive: true });
    symlinkSync(join(dir, 'nowhere.mp3'), join(out, 'dangling.mp3'));
    const run = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env, ...BOUNDED });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('good.mp3');
    expect(feed).not.toContain('folder.mp3');
    expect(feed).not.toContain('dangling.mp3');
  });
});

describe('two inputs, one episode name', () => {
  it.each([
    ['story.txt + story.html', ['story.txt', 'story.html'], 'story.mp3'],
    ['"with space.txt" + with-space.txt', ['with space.txt', 'with-space.txt'], 'with-space.mp3'],
  ])('%s: both fail before synthesis, naming each other; the other input is written', async (_name, names, episode) => {
    const folder = at(`clash-${episode}`);
    mkdirSync(folder);
    for (const n of names) writeFileSync(join(folder, n), n.endsWith('.html') ? `<html><body><h1>Council Approves New Bridge</h1><p>The city council approved a new footbridge on Tuesday.</p><p>The mayor said it would open in spring.</p></body></html>` : GOOD);
    const out = at(`clash-out-${episode}`);
    const run = await runCli([...names.map((n) => join(folder, n)), at('good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env, ...BOUNDED });
    const errors = lines(run.stdout + run.stderr).filter((l) => l.startsWith('✗'));
    expect(errors).toHaveLength(2);
    for (const l of errors) expect(l).toMatch(new RegExp(`would both be written to .*${episode.replace('.', '\\.')}; neither was narrated\\. Rename one of them`));
    expect(run.code).toBe(1); // good.txt was written
    expect(existsSync(join(out, episode))).toBe(false);
    expect(existsSync(join(out, 'good.mp3'))).toBe(true);
  });
});

describe('one run at a time per output folder', () => {
  it('a folder held by a live run: exit 9 at once, one line naming its pid, nothing written', async () => {
    const out = at('locked-out');
    mkdirSync(out);
    const lock = JSON.stringify({ pid: process.pid, startTicks: null, started: '2026-12-01T10:00:00.000Z' });
    writeFileSync(join(out, '.audio-edition.lock'), lock);
    const run = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env, ...BOUNDED });
    expect(lines(run.stderr)).toEqual([`error: Another run (pid ${process.pid}, started 2026-12-01T10:00:00.000Z) is writing to ${out}. Wait for it to finish and run again (synthesized clips are cached), or choose another folder with --out.`]);
    expect(run.code).toBe(9);
    expect(readdirSync(out)).toEqual(['.audio-edition.lock']);
    expect(readFileSync(join(out, '.audio-edition.lock'), 'utf8')).toBe(lock);
  });

  it('a lock left by a process that is gone is taken over, and released at the end', async () => {
    const out = at('stale-out');
    mkdirSync(out);
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(join(out, '.audio-edition.lock'), JSON.stringify({ pid: dead, startTicks: null, started: 'earlier' }));
    const run = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env, ...BOUNDED });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(join(out, '.audio-edition.lock'))).toBe(false);
  });

  it('an unchanged re-run puts back an episode the feed lost', async () => {
    const out = at('feed-out');
    expect((await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env, ...BOUNDED })).code).toBe(0);
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('good.mp3');
    // What an overlapping run could leave: the feed without this episode.
    writeFileSync(join(out, 'feed.xml'), feed.replace(/<item>[\s\S]*?<\/item>\s*/g, ''));
    const again = await runCli([at('good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env, ...BOUNDED });
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('good.mp3');
  });
});
