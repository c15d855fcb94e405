// Feeds as sources end to end: the real CLI (Flite, ffmpeg) against real feeds served on 127.0.0.1.
// Runs in sequence on one output folder: first run, unchanged re-run (304s), an edit and a new item,
// retention; then a run killed with SIGKILL and resumed, and two overlapping runs.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliRun } from '../helpers/run-cli.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

let dir: string;
let server: FeedServer;
let env: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sources-e2e-'));
  await cp(join(ROOT, 'tests', 'fixtures', 'feeds'), join(dir, 'site'), { recursive: true });
  server = await startFeedServer(join(dir, 'site'));
  env = { AUDIO_EDITION_CACHE: join(dir, 'cache') };
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function config(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const file = join(dir, `${name}.json`);
  const sources = ['rss2-wordpress.xml', 'atom-blog.xml'].map((f) => ({ url: `${server.base}${f}`, minWords: 40 }));
  await writeFile(file, JSON.stringify({ show: 'Test Edition', sources, ...extra }));
  return file;
}

const narrate = (out: string, cfg: string, ...args: string[]) => runCli(['--engine', 'flite', '--out', out, '--config', cfg, ...args], { env, cwd: dir });
const mp3s = async (out: string) => (await readdir(out)).filter((n) => n.endsWith('.mp3')).sort();
const feedOf = async (out: string) => parseRssFeed(await readFile(join(out, 'feed.xml'), 'utf8'));
const done = (run: CliRun) => run.stdout.split('\n').filter((l) => l.startsWith('✓'));

describe('narrate with sources', () => {
  const out = () => join(dir, 'out');
  let cfg: string;
  let firstFeed: Awaited<ReturnType<typeof feedOf>>;

  it('--plan before any run: the scripts of the items a run would narrate, and nothing written', async () => {
    cfg = await config('main', { keep: { episodes: 3 } });
    const plan = await narrate(out(), cfg, '--plan');
    expect(plan.code, plan.stderr).toBe(0);
    const scripts = (JSON.parse(plan.stdout) as { episodes: { source: string; title: string }[] }).episodes;
    expect(scripts).toHaveLength(3);
    expect(scripts.map((e) => e.title)).toContain('Ferry service to resume on Monday after repairs');
    expect(plan.stderr).toMatch(/skipped "Members only: the secret heronry" is behind a paywall/);
    // Read, never recorded: no state, no sidecar, no output folder at all.
    await expect(readdir(out())).rejects.toThrow(/ENOENT/);
  });

  it('first run: one episode per full article, the paywalled one skipped with one line', async () => {
    const run = await narrate(out(), cfg);
    expect(run.code, run.stderr).toBe(0);
    expect(done(run)).toHaveLength(3);
    expect(run.stderr).toMatch(/skipped "Members only: the secret heronry" is behind a paywall/);
    expect(await mp3s(out())).toHaveLength(3);
    firstFeed = await feedOf(out());
    expect(firstFeed.items).toHaveLength(3);
    const ferry = firstFeed.items!.find((i) => i.title?.startsWith('Ferry'))!;
    expect(ferry.link).toBe(`${server.base}articles/ferry-service.html`);
    expect(ferry.description).toContain(`From Harbour Town Gazette: ${server.base}articles/ferry-service.html`);
    expect(await readFile(join(out(), 'feed.xml'), 'utf8')).toContain('<podcast:person role="author">Maria Lindqvist</podcast:person>');
  });

  it('second run: nothing narrated, the feeds answer 304, no article is fetched', async () => {
    server.log.length = 0;
    const run = await narrate(out(), cfg);
    expect(run.code, run.stderr).toBe(0);
    expect(done(run)).toEqual([]);
    expect(server.log.map((r) => [r.path, r.status])).toEqual([['/rss2-wordpress.xml', 304], ['/atom-blog.xml', 304]]);
  });

  it('--plan after the run: nothing new to plan, said in one line; a feed given on the command line plans too', async () => {
    const state = await readFile(join(out(), '.sources-state.json'), 'utf8').catch(() => null);
    const plan = await narrate(out(), cfg, '--plan');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toBe('');
    expect(plan.stderr).toMatch(/^Nothing new in the sources\./m);
    expect(await readFile(join(out(), '.sources-state.json'), 'utf8').catch(() => null)).toBe(state);
    // A feed named on the command line (default settings, another output folder: no state) plans too.
    const body = Array.from({ length: 14 }, (_, i) => `&lt;p&gt;Paragraph ${i + 1} of the council report says the new bridge will open in the spring and carry buses as well as bicycles.&lt;/p&gt;`).join('');
    await writeFile(join(dir, 'site', 'bridge.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Bridge News</title><link>${server.base}</link><description>d</description><item><title>The bridge opens in spring</title><guid isPermaLink="false">b-1</guid><description>${body}</description></item></channel></rss>`);
    const fresh = await runCli(['--plan', '--engine', 'flite', '--out', join(dir, 'elsewhere'), `${server.base}bridge.xml`], { env, cwd: dir });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect((JSON.parse(fresh.stdout) as { episodes: { title: string }[] }).episodes.map((e) => e.title)).toEqual(['The bridge opens in spring']);
  });

  it('an edited item keeps its guid with a new enclosure URL; a new item appears; retention drops the oldest', async () => {
    const rssFile = join(dir, 'site', 'rss2-wordpress.xml');
    const rss = await readFile(rssFile, 'utf8');
    await writeFile(rssFile, rss
      .replace('The first crossing leaves at six in the morning.', 'The first crossing now leaves at half past five in the morning.')
      .replace('<item>', '<item><title>Solar path on trial</title><link>articles/solar-roads.html</link><guid isPermaLink="false">p-4130</guid><pubDate>Tue, 01 Dec 2026 08:00:00 +0000</pubDate></item>\n<item>'));
    const before = firstFeed.items!.find((i) => i.title?.startsWith('Ferry'))!;
    const run = await narrate(out(), cfg);
    expect(run.code, run.stderr).toBe(0);
    expect(done(run)).toHaveLength(2);
    const feed = await feedOf(out());
    const after = feed.items!.find((i) => i.title?.startsWith('Ferry'))!;
    expect(after.guid?.value).toBe(before.guid?.value);
    expect(after.enclosures![0]!.url).not.toBe(before.enclosures![0]!.url);
    const oldFile = decodeURIComponent(new URL(before.enclosures![0]!.url!).pathname.slice(1));
    expect(await mp3s(out())).not.toContain(oldFile);
    // keep: 3 episodes: the library story (29 Nov, the oldest) is gone, with its sidecars.
    expect(feed.items!.map((i) => i.title).sort()).toEqual(['Council tests solar panels on a cycle path', 'Cranes & curlews return to the wash', 'Ferry service to resume on Monday after repairs']);
    expect((await readdir(out())).some((n) => n.startsWith('library'))).toBe(false);
    expect(await mp3s(out())).toHaveLength(3);
  });

  it('SIGKILL in the middle of a run, then a re-run: exactly one episode per item and a valid feed', async () => {
    const killed = join(dir, 'killed');
    const cfg2 = await config('killed');
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, ['--no-turbo-fast-api-calls', join(ROOT, 'dist', 'cli.js'), '--engine', 'flite', '--out', killed, '--config', cfg2], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      // Killed once the first episode is finished, while the next ones are being made.
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('✓')) child.kill('SIGKILL');
      });
      child.on('close', () => resolve());
    });
    const run = await narrate(killed, cfg2);
    expect(run.code, run.stderr).toBe(0);
    // The site now has four full articles (the edit above added one); no retention in this config.
    const files = await mp3s(killed);
    const feed = await feedOf(killed);
    expect(files).toHaveLength(4);
    expect(feed.items).toHaveLength(4);
    expect(new Set(feed.items!.map((i) => i.guid?.value)).size).toBe(4);
    expect(feed.items!.map((i) => decodeURIComponent(new URL(i.enclosures![0]!.url!).pathname.slice(1))).sort()).toEqual(files);
  });

  it('two runs started together on one folder never interleave: one episode per item', async () => {
    const shared = join(dir, 'shared');
    const cfg3 = await config('shared');
    const [a, b] = await Promise.all([narrate(shared, cfg3), narrate(shared, cfg3)]);
    // Whichever comes second while the first holds the folder exits at once with "busy" (9); if the
    // first was already done, the second finds nothing to do. Either way, nothing is made twice.
    expect([a, b].some((r) => r.code === 0)).toBe(true);
    for (const r of [a, b]) {
      expect([0, 9]).toContain(r.code);
      if (r.code === 9) expect(r.stderr).toMatch(/Another run \(pid \d+.*\) is writing to /);
    }
    expect(await mp3s(shared)).toHaveLength(4);
    expect((await feedOf(shared)).items).toHaveLength(4);
  });
});
