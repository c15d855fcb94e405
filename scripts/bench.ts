// `npm run bench`: how fast narrate is on this machine, measured, not estimated (issue 6 targets).
// Prints per-stage times of the sample offline, cold / cached / one-paragraph-edited runs, growth at
// 4x and 16x the text (time and peak RSS), the ratio to native Flite when one is installed, and the
// Edge concurrency speedup against the local Edge-protocol server with 300 ms added per request.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config.ts';
import type { Clip } from '../src/model.ts';
import { createRunContext } from '../src/core/run-context.ts';
import { assemble } from '../src/run/assemble-episode.ts';
import { scriptFor } from '../src/run/script-for.ts';
import { cachedEngine } from '../src/tts/clip-cache.ts';
import { createFliteEngine } from '../src/tts/flite.ts';
import { startEdgeServer } from '../tests/helpers/edge-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'input', 'zelenskyy-north-korea.txt');
const work = await mkdtemp(join(tmpdir(), 'audio-edition-bench-'));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface ChildRun {
  wallMs: number;
  maxRssMb: number;
  code: number;
  stdout: string;
}

/** Runs narrate as a user does (a fresh node process) and returns its wall time and peak RSS. */
function narrate(args: string[], env: Record<string, string> = {}): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--no-turbo-fast-api-calls', '--import', 'tsx', join(ROOT, 'scripts', 'bench-child.ts'), ...args, '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const line = /BENCH (\{.*\})/.exec(stderr)?.[1];
      if (code !== 0 || !line) return fail(new Error(`narrate ${args.join(' ')} failed (${code}): ${stderr.slice(-500)}`));
      const report = JSON.parse(line) as { maxRssKb: number };
      done({ wallMs, maxRssMb: report.maxRssKb / 1024, code: code ?? -1, stdout });
    });
  });
}

const cacheEnv = (name: string) => ({ AUDIO_EDITION_CACHE: join(work, `cache-${name}`) });
const outArgs = (name: string) => ['--out', join(work, `out-${name}`)];

/** The sample with its body repeated n times; every copy's paragraphs differ so the cache cannot help. */
async function repeated(n: number): Promise<string> {
  const text = await readFile(SAMPLE, 'utf8');
  const [head, ...rest] = text.split(/\n\n/);
  const body = rest.join('\n\n');
  const copies = Array.from({ length: n }, (_, k) => (k === 0 ? body : body.split('\n\n').map((p) => (p.trim() ? `Part ${k + 1}. ${p}` : p)).join('\n\n')));
  const file = join(work, `sample-x${n}.txt`);
  await writeFile(file, `${head}\n\n${copies.join('\n\n')}`);
  return file;
}

const rows: [string, string][] = [];
const row = (what: string, value: string) => {
  rows.push([what, value]);
  console.log(`${what.padEnd(52)} ${value}`);
};

try {
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}\n`);

  // Stages, in process, cold cache.
  const config = { ...DEFAULT_CONFIG, outDir: join(work, 'out-stages') };
  await import('node:fs/promises').then((fs) => fs.mkdir(config.outDir, { recursive: true }));
  let t = performance.now();
  const script = await scriptFor(SAMPLE, config, 'flite');
  const parseMs = performance.now() - t;
  const engine = cachedEngine(await createFliteEngine({ concurrency: availableParallelism() }), join(work, 'cache-stages'), { hits: 0, misses: 0, discarded: 0 });
  t = performance.now();
  const clips: Clip[][] = await Promise.all(
    script.chapters.map((c) => Promise.all(c.segments.map((seg, i) => engine.synthesize({ text: seg.spoken ?? seg.text, voice: seg.voice, label: `segment ${i}`, outFile: '' })))),
  );
  const synthMs = performance.now() - t;
  await engine.close();
  t = performance.now();
  const ctx = createRunContext();
  const episode = await assemble(ctx, script, clips, config);
  await ctx.close();
  const assembleMs = performance.now() - t;
  row('stage: parse + script (sample)', s(parseMs));
  row(`stage: synthesize (Flite, ${availableParallelism()} workers)`, s(synthMs));
  row('stage: assemble (decode, level, encode, tags, sidecars)', s(assembleMs));
  row('episode duration', s(episode.durationMs));

  const cold = await narrate([SAMPLE, '--engine', 'flite', ...outArgs('cold')], cacheEnv('main'));
  row('cold narrate, end to end (fresh process)', `${s(cold.wallMs)}  (real-time factor ${(cold.wallMs / episode.durationMs).toFixed(4)}, peak RSS ${cold.maxRssMb.toFixed(0)} MB)`);
  const cached = await narrate([SAMPLE, '--engine', 'flite', ...outArgs('cold')], cacheEnv('main'));
  row('re-run, nothing changed', `${s(cached.wallMs)}  (${((100 * cached.wallMs) / cold.wallMs).toFixed(0)}% of cold; target ≤ 10%)`);
  const edited = join(work, 'zelenskyy-north-korea.txt');
  const original = await readFile(SAMPLE, 'utf8');
  const changed = original.replace('The Epoch Times has contacted the White House for comment.', 'The Epoch Times has contacted the White House and the Pentagon for comment.');
  if (changed === original) throw new Error('the paragraph to edit is not in the sample any more');
  await writeFile(edited, changed);
  const edit = await narrate([edited, '--engine', 'flite', ...outArgs('cold')], cacheEnv('main'));
  row('re-run, one paragraph edited', `${s(edit.wallMs)}  (${((100 * edit.wallMs) / cold.wallMs).toFixed(0)}% of cold; target ≤ 25%)`);

  const x1 = cold;
  for (const n of [4, 16]) {
    const run = await narrate([await repeated(n), '--engine', 'flite', ...outArgs(`x${n}`)], cacheEnv(`x${n}`));
    row(`${n}x the text, cold`, `${s(run.wallMs)}  (${(run.wallMs / x1.wallMs).toFixed(1)}x the 1x time; peak RSS ${run.maxRssMb.toFixed(0)} MB)`);
  }

  const native = spawnSync('sh', ['-c', 'command -v flite'], { encoding: 'utf8' }).stdout.trim();
  if (native) {
    const plain = join(work, 'spoken.txt');
    await writeFile(plain, script.chapters.flatMap((c) => c.segments.map((seg) => seg.spoken ?? seg.text)).join('\n\n'));
    t = performance.now();
    spawnSync(native, ['-voice', 'slt', '-f', plain, '-o', join(work, 'native.wav')]);
    const nativeMs = performance.now() - t;
    row('native flite (slt, one core, same text)', `${s(nativeMs)}  (cold narrate = ${(cold.wallMs / nativeMs).toFixed(2)}x native; target ≤ 1.0x)`);
  } else {
    row('native flite', 'not on PATH: ratio not measured (apt-get install flite to measure it)');
  }

  const server = await startEdgeServer({ latencyMs: 300 });
  try {
    const env = { NODE_EXTRA_CA_CERTS: server.caFile };
    const one = await narrate([SAMPLE, '--engine', 'edge', '--proxy', server.proxyUrl, '--concurrency', '1', ...outArgs('edge1')], { ...env, ...cacheEnv('edge1') });
    const four = await narrate([SAMPLE, '--engine', 'edge', '--proxy', server.proxyUrl, '--concurrency', '4', ...outArgs('edge4')], { ...env, ...cacheEnv('edge4') });
    row('Edge test server, +300 ms a request: concurrency 1', s(one.wallMs));
    row('Edge test server, +300 ms a request: concurrency 4', `${s(four.wallMs)}  (${(one.wallMs / four.wallMs).toFixed(2)}x faster; target ≥ 3x)`);
  } finally {
    await server.close();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
