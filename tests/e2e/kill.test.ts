// kill -9 leaves what a process cannot clean up itself: its ffmpeg must still die with it, and the
// next run must sweep its temp files and scratch folder (by their pid, once that process is gone)
// without touching those of a run that is still alive.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'e2e-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Child pids of `pid` whose command is `name`. */
function children(pid: number, name: string): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' });
  return ps.stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f[1] === name).map((f) => Number(f[0]));
}
const alive = (pid: number) => spawnSync('ps', ['-p', String(pid)]).status === 0 && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

/** Polls `check` until it holds (or gives up after `limitMs`, as a guard against hanging, not a timing assertion). */
async function until(check: () => boolean, limitMs = 60_000): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/** The pid of a process that has exited. */
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('kill -9', () => {
  it('an ffmpeg job started through the gateway dies with its SIGKILLed parent', async () => {
    // A job that never ends on its own (an endless test tone), so only its parent's death can stop it.
    const script = `import { runFfmpeg } from ${JSON.stringify(join(ROOT, 'dist', 'audio', 'ffmpeg.js'))};
      runFfmpeg({ label: 'play an endless tone', inputs: [{ file: 'sine', options: ['-f', 'lavfi'] }], outputs: [{ file: '-', options: ['-f', 'null'] }] }).catch(() => {});`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    let ffmpeg: number | undefined;
    // The endless job itself, not a short-lived ffmpeg fluent-ffmpeg may run first to check formats
    // (caught by a poll on a loaded machine, it has exited by the next look).
    const endless = (pid: number) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('sine');
      } catch {
        return false;
      }
    };
    expect(await until(() => (ffmpeg = children(parent.pid!, 'ffmpeg').find(endless)) !== undefined)).toBe(true);
    expect(alive(ffmpeg!)).toBe(true);
    parent.kill('SIGKILL');
    const gone = await until(() => !alive(ffmpeg!), 20_000);
    if (!gone) execFileSync('kill', ['-9', String(ffmpeg)]);
    expect(gone).toBe(true);
  });

  it('the next run sweeps what a dead run left (temp files, scratch folder), not what a live one has', async () => {
    const tmp = join(dir, 'tmp');
    const out = join(dir, 'out');
    const cache = join(dir, 'cache');
    for (const d of [tmp, out, cache]) mkdirSync(d, { recursive: true });
    const dead = deadPid();
    const live = process.pid;
    const left = {
      out: [`.story.mp3.encoding.${dead}-0a1b2c.tmp`, `.feed.xml.${dead}-ffee00.tmp`],
      cache: [`.${'a'.repeat(40)}.wav.${dead}-123abc.tmp`],
      tmp: [`audio-edition-${dead}-00aa11bb22cc`],
    };
    const kept = { out: `.other.mp3.encoding.${live}-0a1b2c.tmp`, tmp: `audio-edition-${live}-00aa11bb22cc`, foreign: 'audio-edition-screenshots' };
    for (const n of left.out) writeFileSync(join(out, n), 'x');
    for (const n of left.cache) writeFileSync(join(cache, n), 'x');
    for (const n of [...left.tmp, kept.tmp, kept.foreign]) mkdirSync(join(tmp, n));
    writeFileSync(join(tmp, left.tmp[0]!, 'episode.pcm'), Buffer.alloc(1024));
    writeFileSync(join(out, kept.out), 'x');
    writeFileSync(join(dir, 'a.txt'), 'Council Approves New Bridge\n\nThe city council approved a new footbridge on Tuesday.\n');
    const run = await runCli([join(dir, 'a.txt'), '--engine', 'flite', '--quiet', '--out', out], { env: { AUDIO_EDITION_CACHE: cache, TMPDIR: tmp }, timeoutMs: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const n of left.out) expect(existsSync(join(out, n)), n).toBe(false);
    for (const n of left.cache) expect(existsSync(join(cache, n)), n).toBe(false);
    for (const n of left.tmp) expect(existsSync(join(tmp, n)), n).toBe(false);
    expect(existsSync(join(out, kept.out))).toBe(true);
    expect(existsSync(join(tmp, kept.tmp))).toBe(true);
    expect(existsSync(join(tmp, kept.foreign))).toBe(true);
    // The run's own scratch folder is gone too.
    expect(readdirSync(tmp).sort()).toEqual([kept.tmp, kept.foreign].sort());
  });

  it('a real kill -9 mid-run: ffmpeg goes with it, the lock is taken over, and the re-run leaves nothing behind', async () => {
    const tmp = join(dir, 'tmp-real');
    const out = join(dir, 'out-real');
    const cache = join(dir, 'cache-real');
    mkdirSync(tmp);
    const sample = readFileSync(join(ROOT, 'input', 'zelenskyy-north-korea.txt'), 'utf8');
    writeFileSync(join(dir, 'long.txt'), sample.replace(/Zelenskyy/g, 'Zelensky'));
    const env = { ...process.env, NO_COLOR: '1', AUDIO_EDITION_CACHE: cache, TMPDIR: tmp };
    const cli = spawn(process.execPath, ['--no-turbo-fast-api-calls', join(ROOT, 'dist', 'cli.js'), join(dir, 'long.txt'), '--engine', 'flite', '--quiet', '--out', out], { env, stdio: 'ignore' });
    let ffmpeg: number | undefined;
    expect(await until(() => (ffmpeg = children(cli.pid!, 'ffmpeg')[0]) !== undefined, 120_000)).toBe(true);
    cli.kill('SIGKILL');
    await new Promise((r) => cli.once('exit', r));
    expect(await until(() => !alive(ffmpeg!), 20_000)).toBe(true);
    expect(existsSync(join(out, '.audio-edition.lock'))).toBe(true); // a dead run's lock
    expect(readdirSync(tmp).some((n) => n.startsWith(`audio-edition-${cli.pid}-`))).toBe(true);
    const again = await runCli([join(dir, 'long.txt'), '--engine', 'flite', '--quiet', '--out', out], { env: { AUDIO_EDITION_CACHE: cache, TMPDIR: tmp }, timeoutMs: 240_000 });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(cache).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
