// Ctrl-C (SIGINT) and SIGTERM in the middle of a batch, through the real CLI: the run stops with exit
// 130/143 and one line, leaves no temp folder and no partial file, keeps what was finished and what
// was there before byte for byte, and a re-run resumes from the clip cache.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliRun } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'e2e-interrupt-'));
const privateTmp = join(dir, 'tmp');
const out = join(dir, 'out');
const env = { AUDIO_EDITION_CACHE: join(dir, 'cache'), TMPDIR: privateTmp };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLE = readFileSync(join(ROOT, 'input', 'zelenskyy-north-korea.txt'), 'utf8');
const articles = ['a.txt', 'b.txt', 'c.txt'].map((n) => join(dir, 'in', n));

/** Starts the CLI and sends `signal` once `when` (stdout, stderr so far) says so. */
function runAndSignal(args: string[], signal: NodeJS.Signals, when: (stdout: string, stderr: string) => boolean): Promise<CliRun & { signalled: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-turbo-fast-api-calls', join(ROOT, 'dist', 'cli.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const check = () => {
      if (!signalled && when(stdout, stderr)) {
        signalled = true;
        child.kill(signal);
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      check();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      check();
    });
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, stdout, stderr, signalled }));
  });
}

const snapshot = (folder: string) => Object.fromEntries(readdirSync(folder).map((n) => [n, readFileSync(join(folder, n))]));
const strays = (folder: string) => readdirSync(folder).filter((n) => n.startsWith('.') || /\.(tmp|part|partial|encoding)$|\.tmp\./.test(n));
const ours = () => readdirSync(privateTmp).filter((n) => n.startsWith('audio-edition-'));

beforeAll(() => {
  mkdirSync(join(dir, 'in'));
  mkdirSync(privateTmp);
  writeFileSync(articles[0]!, readFileSync(join(ROOT, 'tests', 'fixtures', 'articles', 'ap-straight.txt')));
  // Long articles whose text differs from the sample's, so nothing is shared in the cache.
  writeFileSync(articles[1]!, SAMPLE.replace(/Zelenskyy/g, 'Zelensky'));
  writeFileSync(articles[2]!, SAMPLE.replace(/Russia/g, 'Moscow'));
  writeFileSync(join(dir, 'in', 'earlier.txt'), 'Earlier Story on the Bridge\n\nThe council approved a new footbridge on Tuesday.\n\nThe mayor said it would open in spring.\n');
});

describe('interrupting a batch', () => {
  let before: Record<string, Buffer>;
  let run: CliRun & { signalled: boolean };

  beforeAll(async () => {
    const earlier = await runCli([join(dir, 'in', 'earlier.txt'), '--engine', 'flite', '--quiet', '--out', out], { env });
    expect(earlier.code).toBe(0);
    before = snapshot(out);
    // SIGINT as soon as the first episode is announced: the second is then being synthesized.
    run = await runAndSignal([...articles, '--engine', 'flite', '--out', out], 'SIGINT', (stdout) => stdout.includes('✓'));
  }, 120_000);

  it('exits 130 with one line saying what happened and what to do', () => {
    expect(run.signalled).toBe(true);
    expect(run.code).toBe(130);
    const last = run.stderr.trim().split('\n').at(-1);
    expect(last).toMatch(/^interrupted \(SIGINT\): stopped and removed partial files; finished episodes are kept\. Run the same command again to resume/);
    expect(run.stderr.match(/interrupted/g)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/✗|error:/); // the abandoned articles are not reported as failures
  });

  it('keeps the finished episode whole and earlier outputs byte-identical (feed.xml included)', async () => {
    const now = snapshot(out);
    for (const [name, bytes] of Object.entries(before)) expect(now[name], name).toEqual(bytes);
    expect(Object.keys(now).filter((n) => n.endsWith('.mp3')).sort()).toEqual(['a.mp3', 'earlier.mp3']);
    const a = await parseFile(join(out, 'a.mp3'), { duration: true });
    expect(a.format.duration!).toBeGreaterThan(60);
    expect(a.format.chapters?.length).toBeGreaterThanOrEqual(1);
  });

  it('leaves no partial files, no temp folders, no half-written cache entries', () => {
    expect(strays(out)).toEqual([]);
    expect(ours()).toEqual([]);
    // Clips, and the folder of encoded pieces and clip measurements, whose entries are whole too.
    expect(readdirSync(env.AUDIO_EDITION_CACHE).filter((n) => !/^[0-9a-f]{40}\.(wav|json)$/.test(n) && n !== 'encoded' && n !== 'scripts')).toEqual([]);
    const encoded = join(env.AUDIO_EDITION_CACHE, 'encoded');
    if (existsSync(encoded)) expect(readdirSync(encoded).filter((n) => !/^[0-9a-f]{40}\.(mp3|blocks\.json|level\.json)$/.test(n))).toEqual([]);
    // And the articles' scripts, each entry whole.
    const scripts = join(env.AUDIO_EDITION_CACHE, 'scripts');
    if (existsSync(scripts)) expect(readdirSync(scripts).filter((n) => !/^[0-9a-f]{64}\.json$/.test(n))).toEqual([]);
  });

  it('a re-run finishes the batch, reusing the clips synthesized before the interruption', async () => {
    const again = await runCli([...articles, '--engine', 'flite', '--quiet', '--out', out], { env });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const done = again.stdout.trim().split('\n');
    expect(done).toHaveLength(3);
    const a = /a\.mp3 .* (\d+) segments \((\d+) from cache\)/.exec(done[0]!);
    expect(a?.[1]).toBe(a?.[2]); // all of a from the cache
    const b = /b\.mp3 .* (\d+) segments \((\d+) from cache\)/.exec(done[1]!);
    expect(Number(b?.[2])).toBeGreaterThan(0); // b was under way when interrupted
    expect(readdirSync(out).filter((n) => n.endsWith('.mp3')).sort()).toEqual(['a.mp3', 'b.mp3', 'c.mp3', 'earlier.mp3']);
    expect(readFileSync(join(out, 'feed.xml'), 'utf8').match(/<item>/g)).toHaveLength(4);
    expect(strays(out)).toEqual([]);
    expect(ours()).toEqual([]);
  }, 120_000);
});

describe('SIGTERM', () => {
  it('stops the same way with exit 143, during synthesis or assembly', async () => {
    const outT = join(dir, 'out-term');
    const fresh = join(dir, 'in', 'd.txt');
    writeFileSync(fresh, SAMPLE.replace(/Ukraine/g, 'Kyiv'));
    // Signalled at the first progress line of d: synthesis under way, and c (cached) may be assembling.
    const run = await runAndSignal([articles[2]!, fresh, '--engine', 'flite', '--out', outT], 'SIGTERM', (_o, err) => /d\.txt: \d+\/\d+ segments/.test(err));
    expect(run.signalled).toBe(true);
    expect(run.code).toBe(143);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^interrupted \(SIGTERM\)/);
    expect(strays(outT)).toEqual([]);
    expect(readdirSync(outT).filter((n) => n.endsWith('.mp3') && n !== 'c.mp3')).toEqual([]);
    expect(ours()).toEqual([]);
  }, 120_000);
});
