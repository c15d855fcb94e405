// Everything a user can get wrong, through the real CLI: each failure is one line on stderr with its
// own exit code, nothing half-written in the output folder, nothing earlier damaged; and the awkward
// inputs that are still articles (UTF-16, CRLF, stray control characters, .md, .html, stdin, URLs) work.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { AppError, diskFullError } from '../../src/errors.ts';
import { episodePath } from '../../src/run/episode-name.ts';
import { writeFileAtomic } from '../../src/publish/atomic-write.ts';
import { startEdgeServer } from '../helpers/edge-server.ts';
import { ROOT, runCli, type CliRun } from '../helpers/run-cli.ts';

const BAD = join(ROOT, 'tests', 'fixtures', 'bad');
const INPUTS = join(ROOT, 'tests', 'fixtures', 'inputs');
const dir = mkdtempSync(join(tmpdir(), 'e2e-bad-'));
const env = { AUDIO_EDITION_CACHE: join(dir, 'cache') };
const GOOD = 'Council Approves New Bridge\n\nThe city council approved a new footbridge on Tuesday.\n\nThe mayor said it would open in spring.\n';

/** Non-empty stderr lines: a failure must be exactly one. */
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
/** Files in a folder that are not finished outputs (hidden, temp, partial). */
const leftovers = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((n) => n.startsWith('.') || /\.(tmp|part|partial|encoding)$|\.tmp\./.test(n)) : []);

let server: Server;
let base = '';
let closedPort = 0;
const ARTICLE_HTML = readFileSync(join(INPUTS, 'article.html'));

beforeAll(async () => {
  mkdirSync(join(dir, 'empty-folder'));
  mkdirSync(join(dir, 'no-articles'));
  writeFileSync(join(dir, 'no-articles', 'photo.jpg'), 'x');
  writeFileSync(join(dir, 'no-articles', 'notes.pdf'), 'x');
  writeFileSync(join(dir, 'good.txt'), GOOD);
  // Just over the 2 MB limit, and real text: the size alone must stop it.
  writeFileSync(join(dir, 'enormous.txt'), `Big Headline\n\n${'The council met again today to talk. '.repeat(60_000)}`);
  writeFileSync(join(dir, 'not-executable'), '#!/bin/sh\nexit 0\n', { mode: 0o644 });

  server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/news/story.html' || url === '/news/..%2F..%2Fescape.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML);
    } else if (url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>'); // then nothing, ever
    } else if (url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'word '.repeat(2000)}</p>`;
      const pump = () => {
        while (res.write(chunk)) if (res.destroyed) return;
        res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    } else if (url === '/loop-a' || url === '/loop-b') {
      res.writeHead(302, { location: url === '/loop-a' ? '/loop-b' : '/loop-a' }).end();
    } else {
      res.writeHead(404).end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as { port: number }).port;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/**
 * runCli, plus running as another user, and a stdin whose reader may stop early (the CLI stops reading
 * past the size limit: the EPIPE that follows is the writer's, as with `head`).
 */
function spawnCli(args: string[], options: { env?: Record<string, string>; input?: string; uid?: number; gid?: number }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-turbo-fast-api-calls', join(ROOT, 'dist', 'cli.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const at = (name: string) => (name.startsWith('@') ? join(dir, name.slice(1)) : join(BAD, name));

describe('bad input: one line, its own exit code, nothing written', () => {
  // [name, exit code, arguments (@x = in the test folder, else tests/fixtures/bad), message, extra env]
  const rows: [string, number, () => string[], RegExp, Record<string, string>?][] = [
    ['an empty file', 3, () => [at('empty.txt')], /empty\.txt is empty\. Put the article text/],
    ['a whitespace-only file (spaces, NBSP, zero-width)', 3, () => [at('whitespace.txt')], /whitespace\.txt is empty/],
    ['a binary file renamed .txt', 3, () => [at('photo.txt')], /photo\.txt looks like a binary file/],
    ['a file over the 2 MB limit', 3, () => [at('@enormous.txt')], /enormous\.txt is 2\.\d+ MB; articles are limited to 2 MB\. Split it/],
    ['a headline with no body', 3, () => [at('headline-only.txt')], /no body/],
    ['an unknown extension', 3, () => [at('notes.pdf')], /unsupported file type "\.pdf"/],
    ['a missing file', 3, () => [at('@missing.txt')], /Input not found: .*missing\.txt/],
    ['an empty folder', 3, () => [at('@empty-folder')], /No articles in .*empty-folder\//],
    ['a folder with no articles in it', 3, () => [at('@no-articles')], /No articles in .*no-articles\/ \(looked for \.txt/],
    ['a URL that answers 404', 8, () => [`${base}/gone.html`], /answered HTTP 404.*does not exist/],
    ['a URL that never finishes', 8, () => [`${base}/slow`], /did not finish downloading within 0\.8 s/, { AUDIO_EDITION_FETCH_TIMEOUT_MS: '800' }],
    ['a URL that is endless', 3, () => [`${base}/huge`], /is larger than 1\.0 MB; that is not a single article/, { AUDIO_EDITION_FETCH_MAX_BYTES: String(1024 * 1024) }],
    ['a URL that redirects in a loop', 8, () => [`${base}/loop-a`], /redirects in a loop/],
    ['a host that refuses connections', 8, () => [`http://127.0.0.1:${closedPort}/story`], /127\.0\.0\.1:\d+ refused the connection\. Check the address/],
    ['a bad fetch timeout setting', 7, () => [`${base}/news/story.html`], /AUDIO_EDITION_FETCH_TIMEOUT_MS=soon is not a whole number/, { AUDIO_EDITION_FETCH_TIMEOUT_MS: 'soon' }],
  ];

  // Slow and endless pages end by their configured limits (the messages name them); the test timeout is
  // the hang guard, not an elapsed-time assertion, which would fail under load rather than on a bug.
  it.concurrent.each(rows)('%s → exit %i', async (_name, code, args, message, extra = {}) => {
    const plan = await runCli(['--plan', '--engine', 'flite', ...args()], { env: { ...env, ...extra } });
    expect(plan.code).toBe(code);
    expect(lines(plan.stderr)).toHaveLength(1);
    expect(plan.stderr).toMatch(message);
    expect(plan.stdout).toBe('');
  }, 60_000);

  it.concurrent.each([
    ['an empty file', 3, [at('empty.txt')]],
    ['a binary file', 3, [at('photo.txt')]],
    ['an empty folder', 3, [at('@empty-folder')]],
  ])('a real run with %s writes nothing (exit %i)', async (name, code, args) => {
    // One folder per case: these run at once, and a run holds its output folder's lock while it works.
    const out = join(dir, `out-${code}-${name.replace(/\W+/g, '-')}`);
    const run = await runCli([...args, '--engine', 'flite', '--quiet', '--out', out], { env });
    expect(run.code).toBe(code);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('an unreadable file → exit 3 "permission denied" (run as an unprivileged user when tests run as root)', async () => {
    const folder = join(dir, 'locked');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(dir, 0o755); // the unprivileged user must reach the folder to be refused the file
    const file = join(folder, 'locked.txt');
    writeFileSync(file, GOOD);
    chmodSync(file, 0o000);
    // root reads any file whatever its mode: run the CLI as "nobody" so the refusal is real.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await spawnCli(['--plan', '--engine', 'flite', file], { env: { HOME: dir }, ...asUser });
    expect(run.stderr).toMatch(/Cannot read .*locked\.txt: permission denied\. Check the file exists and is readable\./);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.code).toBe(3);
  });

  it('a stdin over the 2 MB limit → exit 3', async () => {
    const run = await spawnCli(['--plan', '--engine', 'flite', '-'], { env, input: `Headline\n\n${'x '.repeat(1_100_000)}` });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/Standard input is larger than 2 MB/);
  });
});

describe('awkward inputs that are still articles', () => {
  const HEADLINE = 'Council Approves New Bridge Over the River';
  it.concurrent.each([
    ['UTF-16 LE with BOM', 'utf16le-bom.txt', `${HEADLINE} – café`],
    ['UTF-16 BE with BOM', 'utf16be-bom.txt', HEADLINE],
    ['UTF-8 with BOM', 'utf8-bom.txt', HEADLINE],
    ['CRLF line ends', 'crlf.txt', HEADLINE],
    ['stray control and zero-width characters', 'controls.txt', HEADLINE],
    ['Markdown', join(INPUTS, 'article.md'), 'Zelenskyy Condemns Lack of Response From Western Allies'],
    ['HTML', join(INPUTS, 'article.html'), 'Zelenskyy Condemns Lack of Response From Western Allies'],
  ])('%s: planned like any article', async (_name, file, title) => {
    const run = await runCli(['--plan', '--engine', 'flite', file.startsWith('/') ? file : at(file)], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { episodes: { title: string; chapters: { segments: { text: string }[] }[] }[] };
    expect(plan.episodes[0]!.title).toBe(title);
    const text = plan.episodes[0]!.chapters.flatMap((c) => c.segments.map((s) => s.text)).join(' ');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\u2060\ufeff]/);
    if (title.startsWith('Council')) expect(text).toContain('The mayor said the bridge would open next spring and cost less than planned.');
  });

  it('standard input ("-")', async () => {
    const run = await runCli(['--plan', '--engine', 'flite', '-'], { env, input: GOOD });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { episodes: { source: string; title: string }[] };
    expect(plan.episodes[0]).toMatchObject({ source: '-', title: 'Council Approves New Bridge' });
  });

  it('a real run of an .html and a .md article, and a URL whose name tries to climb out of the folder', async () => {
    const out = join(dir, 'out-formats');
    // article.html and article.md would share article.mp3, which a run now refuses (both fail, see
    // tests/e2e/foundation.test.ts), so the .md goes to a folder of its own.
    const run = await runCli([join(INPUTS, 'article.html'), `${base}/news/..%2F..%2Fescape.html`, '--engine', 'flite', '--quiet', '--out', out], { env });
    const md = await runCli([join(INPUTS, 'article.md'), '--engine', 'flite', '--quiet', '--out', join(dir, 'out-formats-md')], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(lines(run.stdout + md.stdout)).toHaveLength(3);
    // The episode is named after the URL's last segment, made safe: no "..", no "/".
    expect(readdirSync(out).filter((n) => n.endsWith('.mp3')).sort()).toEqual(['article.mp3', 'escape.mp3']);
    expect(md.stdout).toMatch(/article\.mp3/);
    const meta = await parseFile(join(out, 'escape.mp3'));
    expect(meta.common.title).toBe('Zelenskyy Condemns Lack of Response From Western Allies');
    expect(meta.format.chapters?.length).toBeGreaterThanOrEqual(1);
    expect(leftovers(out)).toEqual([]);
  }, 120_000);
});

describe('output folder and disk', () => {
  it.concurrent.each([
    ['--out names an existing file', () => at('@good.txt')],
    ['--out is under a file', () => join(at('@good.txt'), 'episodes')],
  ])('%s → exit 6', async (_name, out) => {
    const run = await runCli([at('@good.txt'), '--engine', 'flite', '--quiet', '--out', out()], { env });
    expect(run.code).toBe(6);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^error: Cannot use .* as the output folder: a file is in the way\. Choose a writable folder with --out\.$/)]);
    expect(readFileSync(at('@good.txt'), 'utf8')).toBe(GOOD);
  });

  it('ffmpeg writing to a full device is an output error "disk is full", even though ffmpeg 4.1 exits 0 there', async () => {
    const error = await runFfmpeg({
      label: 'encode a test tone',
      inputs: [{ file: 'sine=d=1', options: ['-f', 'lavfi'] }],
      outputs: [{ file: '/dev/full', options: ['-f', 'mp3'] }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'output', message: 'The disk is full: ffmpeg could not encode a test tone.' });
    expect(diskFullError(Object.assign(new Error('write'), { code: 'ENOSPC', path: '/x/y.mp3' }))?.message).toBe('The disk is full (writing /x/y.mp3).');
    expect(diskFullError(new Error('other'))).toBeNull();
  });

  it('the disk filling up mid-write: exit 6 "disk is full", no partial file, earlier outputs byte-identical', async (context) => {
    const full = join(dir, 'tiny-disk');
    mkdirSync(full);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=192k', 'tmpfs', full], { stdio: 'ignore' });
    } catch {
      context.skip('cannot mount a tmpfs here (needs root); the /dev/full test above covers the mapping');
    }
    try {
      // An earlier run's outputs, then the disk nearly full.
      writeFileSync(join(full, 'feed.xml'), '<rss>earlier feed</rss>\n');
      writeFileSync(join(full, 'earlier.mp3'), Buffer.alloc(120 * 1024, 7));
      const before = { feed: readFileSync(join(full, 'feed.xml')), mp3: readFileSync(join(full, 'earlier.mp3')) };
      const run = await runCli([at('@good.txt'), '--engine', 'flite', '--quiet', '--out', full], { env });
      expect(run.code).toBe(6);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/The disk is full: ffmpeg could not encode the episode MP3\. Free some disk space/);
      expect(readdirSync(full).sort()).toEqual(['earlier.mp3', 'feed.xml']);
      expect(readFileSync(join(full, 'feed.xml'))).toEqual(before.feed);
      expect(readFileSync(join(full, 'earlier.mp3'))).toEqual(before.mp3);

      // Node's own writes (sidecars, feed): the same error, and the target untouched.
      const fill = join(full, 'fill');
      writeFileSync(fill, Buffer.alloc(statSync(full).blksize)); // warm
      try {
        for (;;) writeFileSync(fill, Buffer.alloc(4096), { flag: 'a' });
      } catch {
        // full now
      }
      const written = await writeFileAtomic(join(full, 'feed.xml'), 'x'.repeat(64 * 1024)).catch((e: unknown) => e);
      expect(written).toMatchObject({ kind: 'output', message: expect.stringMatching(/the disk is full/) });
      expect(readFileSync(join(full, 'feed.xml'))).toEqual(before.feed);
      expect(readdirSync(full).sort()).toEqual(['earlier.mp3', 'feed.xml', 'fill']);
    } finally {
      execFileSync('umount', [full]);
    }
  }, 60_000);
});

describe('ffmpeg missing or broken', () => {
  it.concurrent.each([
    ['does not exist', () => join(dir, 'no-such-ffmpeg'), /The ffmpeg binary set by AUDIO_EDITION_FFMPEG does not exist .* Point AUDIO_EDITION_FFMPEG at a working ffmpeg binary/],
    ['is not executable', () => join(dir, 'not-executable'), /The ffmpeg binary set by AUDIO_EDITION_FFMPEG is not an executable file .* Run `chmod \+x/],
    ['is a folder', () => dir, /is not an executable file/],
  ])('AUDIO_EDITION_FFMPEG %s → exit 5 before any synthesis', async (_name, binary, message) => {
    // One folder per row: the rows run at once, and two runs on one folder are "busy" (exit 9).
    const out = join(dir, `out-ffmpeg-${_name.replace(/\W+/g, '-')}`);
    const run = await runCli([at('@good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env: { ...env, AUDIO_EDITION_FFMPEG: binary() } });
    expect(run.code).toBe(5);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('AUDIO_EDITION_FFPROBE is checked the same way', () => {
    const probe = (value: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', '-e', `import('${join(ROOT, 'src/audio/ffmpeg.ts')}').then((m) => { try { m.ffprobePath(); console.log('ok'); } catch (e) { console.log(e.kind, e.message); } })`], {
        cwd: ROOT,
        env: { ...process.env, AUDIO_EDITION_FFPROBE: value },
        encoding: 'utf8',
      }).trim();
    expect(probe(join(dir, 'nope'))).toMatch(/^ffmpeg The ffprobe binary set by AUDIO_EDITION_FFPROBE does not exist/);
    expect(probe(join(dir, 'not-executable'))).toMatch(/^ffmpeg The ffprobe binary set by AUDIO_EDITION_FFPROBE is not an executable file/);
  });
});

describe('cache and batches', () => {
  it('a corrupt cached clip is discarded and redone; the episode comes out whole', async () => {
    const cache = join(dir, 'cache-corrupt');
    const out = join(dir, 'out-corrupt');
    const first = await runCli([at('@good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env: { AUDIO_EDITION_CACHE: cache } });
    expect(first.code).toBe(0);
    const segments = Number(/(\d+) segments/.exec(first.stdout)?.[1]);
    expect(segments).toBeGreaterThan(2);
    const clip = readdirSync(cache).find((n) => n.endsWith('.wav'))!;
    truncateSync(join(cache, clip), Math.floor(statSync(join(cache, clip)).size / 2));
    const before = (await parseFile(join(out, 'good.mp3'), { duration: true })).format.duration!;

    const second = await runCli([at('@good.txt'), '--engine', 'flite', '--quiet', '--out', out], { env: { AUDIO_EDITION_CACHE: cache } });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${segments} segments (${segments - 1} from cache)`);
    expect(statSync(join(cache, clip)).size).toBeGreaterThan(44);
    const after = (await parseFile(join(out, 'good.mp3'), { duration: true })).format.duration!;
    expect(Math.abs(after - before)).toBeLessThan(0.05);
  }, 60_000);

  it('one bad article (missing, empty, binary, empty folder) does not stop the others; exit 1', async () => {
    const out = join(dir, 'out-batch');
    const run = await runCli([at('@missing.txt'), at('empty.txt'), at('@good.txt'), at('photo.txt'), at('@empty-folder'), '--engine', 'flite', '--quiet', '--out', out], { env });
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([expect.stringMatching(/^✓ .*good\.mp3 /)]);
    const errors = lines(run.stderr);
    expect(errors).toHaveLength(4);
    for (const message of [/missing\.txt: Input not found/, /empty\.txt is empty/, /photo\.txt looks like a binary/, /empty-folder: No articles in/]) {
      expect(errors.filter((e) => message.test(e))).toHaveLength(1);
    }
    expect(readdirSync(out).filter((n) => n.endsWith('.mp3'))).toEqual(['good.mp3']);
    expect(existsSync(join(out, 'feed.xml'))).toBe(true);
  }, 60_000);
});

describe('names and escaping', () => {
  it.each([
    ['../../etc/x.txt', 'x.mp3'],
    ['/tmp/../../etc/passwd', 'passwd.mp3'],
    ['..txt', 'article.mp3'],
    ['...', 'article.mp3'],
    ['.hidden.txt', 'hidden.mp3'],
    ['My Story (final) v2.txt', 'My-Story-final-v2.mp3'],
    ['Zürich – Brücke 2024.md', 'Zürich-Brücke-2024.mp3'],
    ['ﬁnal report.html', 'final-report.mp3'],
    ['a.b.c.txt', 'a.b.c.mp3'],
    ['-', 'stdin.mp3'],
    ['https://example.com/news/2024/big-story.html?x=1', 'big-story.mp3'],
    ['https://example.com/', 'example.com.mp3'],
    ['https://example.com/..%2F..%2Fetc%2Fpasswd', 'etc-passwd.mp3'],
    ['https://example.com/%E0%A4%A', 'article.mp3'],
    [`${'x'.repeat(300)}.txt`, `${'x'.repeat(120)}.mp3`],
  ])('%s → out/%s', (source, name) => {
    expect(episodePath('/out', source)).toBe(join('/out', name));
  });

  it('a headline with & < > " ; = # is escaped exactly once everywhere: ID3, chapters JSON, VTT, feed', async () => {
    const out = join(dir, 'out-escape');
    const run = await runCli([at('at-and-t.txt'), '--engine', 'flite', '--quiet', '--out', out], { env });
    expect(run.code).toBe(0);
    const title = 'AT&T <Q3> "results"; margin = #1';
    const meta = await parseFile(join(out, 'at-and-t.mp3'));
    expect(meta.common.title).toBe(title);
    expect(meta.format.chapters?.[0]?.title).toBe(title);
    const chapters = JSON.parse(readFileSync(join(out, 'at-and-t.chapters.json'), 'utf8')) as { chapters: { title: string }[] };
    expect(chapters.chapters[0]!.title).toBe(title);
    const vtt = readFileSync(join(out, 'at-and-t.vtt'), 'utf8');
    expect(vtt).toContain('AT&amp;T &lt;Q3&gt; "results"; margin = #1');
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>AT&amp;T &lt;Q3&gt; &quot;results&quot;; margin = #1</title>');
    for (const text of [vtt, feed]) expect(text).not.toMatch(/&amp;(?:amp|lt|gt|quot|apos);/);
  }, 60_000);

  it('… and in the SSML sent to Edge (node-edge-tts escapes; we do not)', async () => {
    const edge = await startEdgeServer();
    try {
      const out = join(dir, 'out-escape-edge');
      const run = await runCli([at('at-and-t.txt'), '--engine', 'edge', '--proxy', edge.proxyUrl, '--quiet', '--out', out], { env: { ...env, NODE_EXTRA_CA_CERTS: edge.caFile } });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const ssml = edge.ssmlRequests.map((r) => r.ssml ?? '').join('\n');
      expect(ssml).toMatch(/&lt;Q3&gt;/);
      expect(ssml).not.toMatch(/&amp;(?:amp|lt|gt|quot|apos);/);
      expect(edge.ssmlRequests.every((r) => r.errors.length === 0)).toBe(true);
      const spoken = edge.ssmlRequests.map((r) => r.text ?? '').join(' ');
      expect(spoken).not.toMatch(/&(?:amp|lt|gt|quot|apos);/);
      expect((await parseFile(join(out, 'at-and-t.mp3'))).common.title).toBe('AT&T <Q3> "results"; margin = #1');
    } finally {
      await edge.close();
    }
  }, 60_000);
});
