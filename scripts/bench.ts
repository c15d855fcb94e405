// `npm run bench`: how fast narrate is on this machine, measured, never estimated. Every figure of the
// performance targets is a ratio of two measurements taken in this one run (the machine's load then
// cancels out as far as it can), from fresh processes of the compiled CLI, as users run it:
//   start-up (`--help` vs `node -e 0`), `--plan` of the sample, a cold narrate of the sample (vs native
//   Flite reading the same text, when a `flite` binary is installed), an unchanged re-run and a
//   one-paragraph edit (vs cold), 4x and 16x the text (time and peak RSS), and Edge at concurrency 4 vs 1
//   against the local Edge-protocol server with 300 ms added to every request.
// `npm run bench` builds dist/ first. Native Flite is optional (`apt-get install flite`), for this ratio only.
// `npm run bench -- --only edge` measures the Edge figure alone (~1.5 min of the ~4).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEdgeServer } from './edge-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const CHILD = join(ROOT, 'scripts', 'bench-child.mjs');
const SAMPLE = join(ROOT, 'input', 'zelenskyy-north-korea.txt');
/**
 * What `npm run narrate` passes: Flite over WASI needs the first on Node 20; the second keeps the main
 * thread's young generation at 1 MB semi-spaces instead of letting it grow to 8 (see package.json's
 * narrate script: ~30 MB less peak RSS, no measurable CPU cost).
 */
const NODE_FLAGS = ['--no-turbo-fast-api-calls', '--max-semi-space-size=1'];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'edge') throw new Error(`--only takes "edge", not ${only ?? 'nothing'}`);
const work = await mkdtemp(join(tmpdir(), 'audio-edition-bench-'));

interface Run {
  ms: number;
  rssMb: number;
  stdout: string;
}

/** Runs node with `args`, returns wall time (spawn to exit), output, and peak RSS when the child reports it. */
function node(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return fail(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(-600)}`));
      const report = /BENCH (\{.*\})/.exec(stderr)?.[1];
      done({ ms, rssMb: report ? (JSON.parse(report) as { maxRssKb: number }).maxRssKb / 1024 : Number.NaN, stdout });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function medianOf(times: number, run: () => Promise<Run>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) ms.push((await run()).ms);
  return median(ms);
}

/** narrate in a fresh process, its own cache and output folder per name. */
const narrate = (input: string, name: string, extra: string[] = [], env: Record<string, string> = {}) =>
  node([...NODE_FLAGS, CHILD, input, '--engine', 'flite', '--quiet', '--out', join(work, `out-${name}`), ...extra], { AUDIO_EDITION_CACHE: join(work, `cache-${name}`), ...env });

/** The sample with its body repeated n times; every copy's paragraphs differ, so the cache cannot help. */
async function repeated(n: number): Promise<string> {
  const [head, ...rest] = (await readFile(SAMPLE, 'utf8')).split(/\n\n/);
  const body = rest.join('\n\n');
  const copies = Array.from({ length: n }, (_, k) => (k === 0 ? body : body.split('\n\n').map((p) => (p.trim() ? `Part ${k + 1}. ${p}` : p)).join('\n\n')));
  const file = join(work, `sample-x${n}`, 'zelenskyy-north-korea.txt');
  await import('node:fs/promises').then((fs) => fs.mkdir(join(work, `sample-x${n}`), { recursive: true }));
  await writeFile(file, `${head}\n\n${copies.join('\n\n')}`);
  return file;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows: { figure: string; measured: string; target: string; met: boolean | null }[] = [];
function row(figure: string, measured: string, target = '', met: boolean | null = null): void {
  rows.push({ figure, measured, target, met });
  console.log(`${figure.padEnd(46)} ${measured.padEnd(44)} ${target}${met === null ? '' : met ? '  met' : '  MISSED'}`);
}

try {
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}\n`);

  if (only !== 'edge') {
    // Start-up: the same node, doing nothing vs printing the help.
    const bare = await medianOf(7, () => node(['-e', '0']));
    const help = await medianOf(7, () => node([...NODE_FLAGS, CLI, '--help']));
    row('--help wall / node -e 0', `${(help / bare).toFixed(2)}x (${s(help)} vs ${s(bare)}, median of 7)`, '≤ 3x', help / bare <= 3);

    // Cold: every run on an empty cache folder, so the script is built (and the NLP library loaded).
    // Unchanged: one cache folder, so the runs after the first read the script the first one kept.
    let planRuns = 0;
    const planIn = (cache: string) => node([...NODE_FLAGS, CLI, '--plan', '--engine', 'flite', SAMPLE], { AUDIO_EDITION_CACHE: join(work, cache) });
    const bestOf = async (times: number, run: () => Promise<Run>) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < times; i++) best = Math.min(best, (await run()).ms);
      return best;
    };
    const planRun = await planIn('cache-plan');
    const coldPlan = Math.min(planRun.ms, await bestOf(3, () => planIn(`cache-plan-cold-${++planRuns}`)));
    row('--plan of the sample, cold (nothing cached)', `${s(coldPlan)} (best of 4)`, '≤ 0.5 s', coldPlan <= 500);
    const warmPlan = await bestOf(4, () => planIn('cache-plan'));
    row('--plan of the sample, unchanged (script cached)', `${s(warmPlan)} (best of 4)`, '≤ 0.5 s', warmPlan <= 500);

    // Cold, unchanged, one paragraph edited: one cache and output folder, as a user re-runs.
    const cold = await narrate(SAMPLE, 'main');
    const duration = /(\d+):(\d\d), /.exec(cold.stdout);
    const episodeMs = duration ? (Number(duration[1]) * 60 + Number(duration[2])) * 1000 : Number.NaN;
    row('cold narrate of the sample', `${s(cold.ms)} (episode ${duration?.[0].slice(0, -2) ?? '?'}, peak RSS ${cold.rssMb.toFixed(0)} MB)`);
    const again = await narrate(SAMPLE, 'main');
    row('unchanged re-run / cold', `${((100 * again.ms) / cold.ms).toFixed(1)} % (${s(again.ms)})`, '≤ 5 %', again.ms / cold.ms <= 0.05);
    const original = await readFile(SAMPLE, 'utf8');
    const changed = original.replace('The Epoch Times has contacted the White House for comment.', 'The Epoch Times has contacted the White House and the Pentagon for comment.');
    if (changed === original) throw new Error('the paragraph to edit is not in the sample any more');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(work, 'edited'), { recursive: true }));
    const editedFile = join(work, 'edited', 'zelenskyy-north-korea.txt'); // same name: the same episode
    await writeFile(editedFile, changed);
    const edit = await narrate(editedFile, 'main');
    row('one paragraph edited / cold', `${((100 * edit.ms) / cold.ms).toFixed(1)} % (${s(edit.ms)})`, '≤ 35 %', edit.ms / cold.ms <= 0.35);

    // Native Flite on the same spoken text, one process, one core: what the engine costs on its own.
    const native = spawnSync('sh', ['-c', 'command -v flite'], { encoding: 'utf8' }).stdout.trim();
    if (native) {
      const script = JSON.parse(planRun.stdout) as { episodes: { chapters: { segments: { text: string; spoken?: string }[] }[] }[] };
      const text = script.episodes[0]!.chapters.flatMap((c) => c.segments.map((g) => g.spoken ?? g.text)).join('\n\n');
      const plain = join(work, 'spoken.txt');
      await writeFile(plain, text);
      const runs: number[] = [];
      for (let i = 0; i < 2; i++) {
        const t = performance.now();
        spawnSync(native, ['-voice', 'slt', '-f', plain, '-o', join(work, 'native.wav')]);
        runs.push(performance.now() - t);
      }
      const nativeMs = Math.min(...runs);
      row('cold narrate / native Flite', `${(cold.ms / nativeMs).toFixed(2)}x (native slt, same text: ${s(nativeMs)})`, '≤ 1.3x', cold.ms / nativeMs <= 1.3);
    } else {
      row('cold narrate / native Flite', 'native Flite not installed: ratio not measured (apt-get install flite)', '≤ 1.3x');
    }

    const x4 = await narrate(await repeated(4), 'x4');
    const x16 = await narrate(await repeated(16), 'x16');
    row('peak RSS 1x / 4x / 16x the text', `${cold.rssMb.toFixed(0)} / ${x4.rssMb.toFixed(0)} / ${x16.rssMb.toFixed(0)} MB`, '≤ 220 MB', Math.max(cold.rssMb, x16.rssMb) <= 220);
    row('time 4x / 16x the text vs 1x', `${(x4.ms / cold.ms).toFixed(1)}x / ${(x16.ms / cold.ms).toFixed(1)}x (${s(x4.ms)} / ${s(x16.ms)})`, '16x ≤ 16x', x16.ms / cold.ms <= 16);
    if (Number.isFinite(episodeMs)) row('real-time factor, cold 1x', `${(cold.ms / episodeMs).toFixed(4)} (${s(cold.ms)} for ${s(episodeMs)} of audio)`);
  }

  // Edge through the local server, 300 ms added to every request: the whole run, cold caches.
  const server = await startEdgeServer({ latencyMs: 300 });
  try {
    const env = { NODE_EXTRA_CA_CERTS: server.caFile };
    let runs = 0;
    const edge = async (c: number) => {
      const n = ++runs; // every run cold: its own cache and output folder
      return (await node([...NODE_FLAGS, CHILD, SAMPLE, '--engine', 'edge', '--proxy', server.proxyUrl, '--concurrency', String(c), '--quiet', '--out', join(work, `out-edge${n}`)], { ...env, AUDIO_EDITION_CACHE: join(work, `cache-edge${n}`) })).ms;
    };
    // Best of 3 each, taken in turns (1, 4, 1, 4, …) so that a change in the machine's load falls on both.
    const ones: number[] = [];
    const fours: number[] = [];
    for (let i = 0; i < 3; i++) {
      ones.push(await edge(1));
      fours.push(await edge(4));
    }
    const [one, four] = [Math.min(...ones), Math.min(...fours)];
    row('Edge +300 ms: concurrency 4 vs 1, whole run', `${(one / four).toFixed(2)}x faster (${s(one)} → ${s(four)}, best of 3 each)`, '≥ 3.2x', one / four >= 3.2);
  } finally {
    await server.close();
  }

  console.log('\n| figure | measured | target |\n| --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.figure} | ${r.measured} | ${r.target}${r.met === null ? '' : r.met ? ' (met)' : ' (**missed**)'} |`);
} finally {
  await rm(work, { recursive: true, force: true });
}
