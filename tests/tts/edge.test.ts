import { lookup } from 'node:dns/promises';
// The Edge engine against a local server that speaks the read-aloud protocol (tests/helpers/edge-server.ts).
// The engine runs in a child process (it must trust the server's CA from start-up); nothing inside
// node-edge-tts is mocked.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { createEdgeEngine } from '../../src/tts/edge.ts';
import { readMp3 } from '../../src/tts/edge-mp3.ts';
import { cleanEdgeText } from '../../src/tts/edge-text.ts';
import { runEdgeJob } from '../helpers/edge-client.ts';
import type { SegmentOutcome } from '../helpers/edge-run.ts';
import { startEdgeServer, type EdgeServer, type EdgeServerOptions } from '../helpers/edge-server.ts';

const dirs: string[] = [];
const servers: EdgeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function outDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'edge-test-'));
  dirs.push(d);
  return d;
}

async function server(opts: EdgeServerOptions = {}): Promise<EdgeServer> {
  const s = await startEdgeServer(opts);
  servers.push(s);
  return s;
}

interface SynthResult {
  version: string;
  outcomes: SegmentOutcome[];
  files: string[];
}

/** Fast retries for tests: 3 attempts, 20 ms backoff, 1.5 s base timeout. */
const FAST = { attempts: 3, backoffMs: 20, maxBackoffMs: 100, timeoutMs: 1500, timeoutPerCharMs: 2 };

async function synthesize(s: EdgeServer, segments: { text: string; voice: string; label: string }[], options: Record<string, unknown> = {}, warmUp = false) {
  const dir = outDir();
  const job = {
    action: 'synthesize' as const,
    warmUp,
    options: { concurrency: 2, proxy: s.proxyUrl, ...FAST, ...options },
    segments: segments.map((seg, i) => ({ ...seg, outFile: join(dir, `clip-${i}.mp3`) })),
  };
  const { result } = await runEdgeJob<SynthResult>(job, { caFile: s.caFile });
  return { ...result, dir };
}

function ok(outcome: SegmentOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const noProtocolErrors = (s: EdgeServer) => expect(s.requests.flatMap((r) => r.errors)).toEqual([]);


const serviceResolves = await lookup('speech.platform.bing.com').then(() => true, () => false);

describe('Edge engine against the local Edge-protocol server', () => {
  it('synthesizes segments with the right voice per request, complete MP3 and word timings', async () => {
    const s = await server();
    const segments = [
      { text: 'Storm hits the coast', voice: 'en-US-GuyNeural', label: 'segment 1 (headline)' },
      { text: 'Residents of the town said the water rose fast & high.', voice: 'en-US-AriaNeural', label: 'segment 2 (body)' },
      { text: '“We lost <everything> in an hour!!!” she said.', voice: 'en-US-ChristopherNeural', label: 'segment 3 (quote, Lee)' },
      { text: "The mayor's office didn't comment.", voice: 'en-US-AriaNeural', label: 'segment 4 (body)' },
      { text: 'We will rebuild, stronger than before.', voice: 'en-GB-RyanNeural', label: 'segment 5 (quote, Mayor)' },
    ];
    const run = await synthesize(s, segments);
    expect(run.version).toMatch(/node-edge-tts@1\.2\.10.*audio-24khz-96kbitrate-mono-mp3/);
    noProtocolErrors(s);
    expect(s.ssmlRequests).toHaveLength(segments.length);
    for (const [i, seg] of segments.entries()) {
      const clip = ok(run.outcomes[i]);
      const req = s.ssmlRequests.find((r) => r.text === cleanEdgeText(seg.text));
      expect(req, seg.label).toBeDefined();
      // One voice per request, the segment's own; text escaped exactly once (decodes back to the text).
      expect(req!.voice).toBe(seg.voice);
      expect(req!.lang).toBe(seg.voice.slice(0, 5));
      expect(req!.outputFormat).toBe('audio-24khz-96kbitrate-mono-mp3');
      expect(req!.wordBoundaryEnabled).toBe(true);
      const mp3 = readMp3(readFileSync(clip.file));
      expect(mp3.frames).toBeGreaterThan(0);
      expect(mp3.data.length).toBe(clip.bytes); // nothing but audio frames in the file
      // The server's audio is 40 ms per character plus 0.9 s of padding.
      expect(mp3.durationMs).toBeGreaterThan(req!.text!.length * 40 + 800);
      expect(clip.words.map((w) => w.text)).toEqual(req!.text!.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)!.map((w) => w.replace(/[.-]+$/, '')));
      const offsets = clip.words.map((w) => w.offsetMs);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      expect(offsets.at(-1)!).toBeLessThan(mp3.durationMs);
    }
    expect(s.ssmlRequests.find((r) => r.text?.includes('everything'))!.text).toBe('“We lost <everything> in an hour!” she said.');
    expect(run.files.every((f) => f.endsWith('.mp3'))).toBe(true);
  });

  it('splits long text into requests of at most 4096 bytes, losing nothing, with word timings offset per chunk', async () => {
    const s = await server({ msPerChar: 12, pathFirst: true });
    const sentence = (i: number) => `Sentence ${i} tells café owners & “ÜBER” fans about 東京 and 😀 emoji, plainly. `;
    const text = Array.from({ length: 140 }, (_, i) => sentence(i)).join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * 4096);
    const run = await synthesize(s, [{ text, voice: 'en-US-AriaNeural', label: 'segment 7 (body)' }], { timeoutPerCharMs: 5 });
    const clip = ok(run.outcomes[0]);
    noProtocolErrors(s);
    const reqs = s.ssmlRequests;
    expect(reqs.length).toBeGreaterThanOrEqual(3);
    for (const r of reqs) {
      expect(r.textBytes!).toBeLessThanOrEqual(4096);
      expect(r.text).toMatch(/plainly\.$/); // cut at sentence ends
    }
    // Requests may finish in any order; put them back in text order and compare.
    const texts = reqs.map((r) => r.text!).sort((a, b) => text.indexOf(a) - text.indexOf(b));
    expect(texts.join(' ')).toBe(cleanEdgeText(text));
    // Words of later chunks come after the earlier chunks' audio (~0.9 s padding between chunks).
    expect(clip.words).toHaveLength(texts.join(' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)!.length);
    const offsets = clip.words.map((w) => w.offsetMs);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const total = readMp3(readFileSync(clip.file)).durationMs;
    expect(offsets.at(-1)!).toBeLessThan(total);
    expect(offsets.at(-1)!).toBeGreaterThan(total - 3000);
  });

  it('never has more connections open than the concurrency bound, retries included', async () => {
    const s = await server({ latencyMs: 120, faults: [{ match: [3, 5, 8], fault: { kind: 'status', status: 500 } }, { match: (r) => r.text?.startsWith('Item 4') ?? false, fault: { kind: 'close-mid-turn' }, times: 1 }] });
    const segments = Array.from({ length: 14 }, (_, i) => ({ text: `Item ${i}: a short paragraph of news.`, voice: i % 2 ? 'en-US-AriaNeural' : 'en-US-GuyNeural', label: `segment ${i}` }));
    const run = await synthesize(s, segments, { concurrency: 3 });
    expect(run.outcomes.every((o) => o.ok)).toBe(true);
    expect(s.requests.length).toBe(14 + 4);
    expect(s.maxConcurrent).toBeLessThanOrEqual(3);
    expect(s.maxTunnels).toBeLessThanOrEqual(3);
    expect(s.maxConcurrent).toBeGreaterThanOrEqual(2); // and it does run in parallel
  });

  it('sends the first requests on the connections warmUp opened, never more than the bound', async () => {
    const s = await server({ latencyMs: 80 });
    const segments = Array.from({ length: 5 }, (_, i) => ({ text: `Item ${i}: a short paragraph of news.`, voice: 'en-US-GuyNeural', label: `segment ${i}` }));
    const run = await synthesize(s, segments, { concurrency: 3 }, true);
    expect(run.outcomes.every((o) => o.ok)).toBe(true);
    expect(s.requests.length).toBe(5); // three opened ahead and taken, two opened by the later requests
    expect(s.requests.every((r) => r.errors.length === 0 && r.ssml !== undefined)).toBe(true);
    expect(s.maxConcurrent).toBeLessThanOrEqual(3);
  });

  it('closes the connections warmUp opened that no request took', async () => {
    const s = await server();
    const run = await synthesize(s, [{ text: 'Only one.', voice: 'en-US-GuyNeural', label: 'segment 0' }], { concurrency: 3 }, true);
    expect(run.outcomes[0]?.ok).toBe(true);
    // The child exited (the unused two closed, or it would hang); at most the three ever opened.
    expect(s.requests.filter((r) => r.ssml !== undefined)).toHaveLength(1);
    expect(s.maxConcurrent).toBeLessThanOrEqual(3);
  });

  it.each([
    ['403 once: retried', [1], 403, true, 2],
    ['403 twice: a clear error, no third try', [1, 2], 403, false, 2],
    ['429 twice: retried', [1, 2], 429, true, 3],
    ['500 on every try: an error after the attempts', [1, 2, 3], 500, false, 3],
  ])('handshake refused, %s', async (_name, on, status, succeeds, requests) => {
    const s = await server({ faults: [{ match: on, fault: { kind: 'status', status, ...(status === 429 ? { retryAfter: '0' } : {}) } }] });
    const run = await synthesize(s, [{ text: 'A short quote from the minister.', voice: 'en-US-EricNeural', label: 'segment 9 (quote, Minister)' }]);
    expect(s.requests).toHaveLength(requests);
    const outcome = run.outcomes[0]!;
    if (succeeds) {
      expect(ok(outcome).bytes).toBeGreaterThan(0);
    } else {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.kind).toBe('engine');
      expect(outcome.message).toContain('segment 9 (quote, Minister)');
      expect(outcome.message).toContain(`HTTP ${status}`);
      expect(outcome.hint).not.toBe('');
      expect(run.files).toEqual([]); // no partial file
    }
  });

  it('retries a socket closed mid-turn, a stalled turn, empty audio and truncated audio', async () => {
    const faults = { 'Alpha': 'close-mid-turn', 'Bravo': 'stall', 'Charlie': 'empty-audio', 'Delta': 'truncated-audio' } as const;
    const s = await server({
      faults: Object.entries(faults).map(([word, kind]) => ({ match: (r: { text?: string }) => r.text?.startsWith(word) ?? false, fault: { kind }, times: 1 })),
    });
    const segments = [...Object.keys(faults), 'Echo'].map((w) => ({ text: `${w} reports that the storm has passed the bay.`, voice: 'en-US-MichelleNeural', label: `segment ${w}` }));
    const run = await synthesize(s, segments, { concurrency: 5, timeoutMs: 700 });
    for (const o of run.outcomes) expect(ok(o).bytes).toBeGreaterThan(0);
    for (const [word, kind] of Object.entries(faults)) {
      const tries = s.ssmlRequests.filter((r) => r.text!.startsWith(word));
      expect(tries.map((r) => r.fault ?? 'ok'), word).toEqual([kind, 'ok']);
    }
    // The stalled turn (no turn.end, socket left open, the library's own timer set a minute out) was
    // retried, so the engine's own 0.7 s deadline ended it; were it missing, the test's timeout would.
    // Every clip is whole: the full 40 ms per character plus the turn's padding.
    for (const [i, seg] of segments.entries()) {
      expect(readMp3(readFileSync(ok(run.outcomes[i]).file)).durationMs).toBeGreaterThan(seg.text.length * 40 + 800);
    }
  });

  it('gives up on a segment that keeps failing: one engine error naming it, no file left, others unharmed', async () => {
    const s = await server({ faults: [{ match: (r) => r.text?.includes('doomed') ?? false, fault: { kind: 'close-mid-turn' } }] });
    const run = await synthesize(s, [
      { text: 'This segment is doomed to fail.', voice: 'en-US-AriaNeural', label: 'segment 3 (body)' },
      { text: 'This one is fine.', voice: 'en-US-GuyNeural', label: 'segment 4 (body)' },
    ]);
    const [bad, good] = run.outcomes;
    expect(ok(good).bytes).toBeGreaterThan(0);
    expect(bad!.ok).toBe(false);
    if (bad!.ok) return;
    expect(bad!.kind).toBe('engine');
    expect(bad!.message).toMatch(/segment 3 \(body\).*closed before turn\.end.*3 attempts/);
    expect(s.ssmlRequests.filter((r) => r.text!.includes('doomed'))).toHaveLength(3);
    expect(run.files).toEqual([join(run.dir, 'clip-1.mp3')]);
  });
});

describe('probeEdge and listEdgeVoices', () => {
  it('says yes through the test server', async () => {
    const s = await server();
    const { result } = await runEdgeJob<{ ok: boolean }>({ action: 'probe', proxy: s.proxyUrl }, { caFile: s.caFile });
    expect(result.ok).toBe(true);
  });

  it('takes the proxy from HTTPS_PROXY when none is given', async () => {
    const s = await server();
    const { result } = await runEdgeJob<{ ok: boolean }>({ action: 'probe' }, { caFile: s.caFile, env: { HTTPS_PROXY: s.proxyUrl } });
    expect(result.ok).toBe(true);
    expect(s.requests).toHaveLength(1);
  });

  // Only meaningful where the service's host does not resolve (as on the project's machines and CI).
  it.skipIf(serviceResolves)('says no at once without a proxy when the host cannot be resolved (offline)', async () => {
    const { result } = await runEdgeJob<{ ok: boolean; reason: string }>({ action: 'probe', timeoutMs: 3000 });
    expect(result.ok).toBe(false);
    expect(result.reason).toBe('host name not found (offline?)'); // the lookup's answer, not the timeout
  });

  it('says no at once when the proxy port is closed', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { result } = await runEdgeJob<{ ok: boolean; reason: string }>({ action: 'probe', proxy: `http://127.0.0.1:${port}` });
    expect(result).toMatchObject({ ok: false });
    expect(result.reason).toBe(`connection refused, through proxy http://127.0.0.1:${port}`); // the refusal's answer, not the timeout
  });

  it('says no within its timeout when nothing answers', async () => {
    const sockets: import('node:net').Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket)); // accepts, never replies
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    try {
      // runEdgeJob fails when the child does not exit on its own: nothing is left hanging.
      const { result } = await runEdgeJob<{ ok: boolean; reason: string }>({ action: 'probe', proxy: `http://127.0.0.1:${port}`, timeoutMs: 1000 });
      expect(result.ok).toBe(false);
      expect(result.reason).toBe(`no answer within 1000 ms, through proxy http://127.0.0.1:${port}`); // its own timer ended it
      expect(sockets).toHaveLength(1); // one handshake: silence is not a refusal worth a second try
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('lists the voices of the language, exact locale first', async () => {
    const s = await server();
    const { result } = await runEdgeJob<{ voices: { shortName: string; locale: string; gender: string }[] }>({ action: 'voices', proxy: s.proxyUrl, language: 'en-GB' }, { caFile: s.caFile });
    expect(result.voices.slice(0, 2)).toEqual([
      { shortName: 'en-GB-RyanNeural', locale: 'en-GB', gender: 'Male' },
      { shortName: 'en-GB-SoniaNeural', locale: 'en-GB', gender: 'Female' },
    ]);
    expect(result.voices.map((v) => v.locale.slice(0, 2))).toEqual(result.voices.map(() => 'en'));
    expect(result.voices.map((v) => v.shortName)).toContain('en-US-AriaNeural');
  });
});

describe('Edge engine without a server', () => {
  it('rejects a malformed voice name with a config error before any request', async () => {
    const engine = await createEdgeEngine({ concurrency: 1, proxy: 'http://127.0.0.1:9' });
    await expect(engine.synthesize({ text: 'Hi.', voice: 'Aria', label: 'segment 1 (body)', outFile: join(outDir(), 'x.mp3') })).rejects.toMatchObject({ kind: 'config', message: expect.stringContaining('"Aria"') });
    await engine.close();
  });

  it('turns an unreachable proxy into a network error naming the segment, after its attempts', async () => {
    const dir = outDir();
    const engine = await createEdgeEngine({ concurrency: 1, proxy: 'http://127.0.0.1:9', attempts: 2, backoffMs: 10 });
    const error = await engine.synthesize({ text: 'Hello there.', voice: 'en-US-AriaNeural', label: 'segment 2 (body)', outFile: join(dir, 'x.mp3') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('network');
    expect((error as AppError).message).toMatch(/segment 2 \(body\).*connection refused.*2 attempts/);
    await engine.close();
  });

  it('close() cancels queued and hanging requests at once, leaving nothing behind', async () => {
    const sockets: import('node:net').Socket[] = [];
    let closed = 0;
    const silent: Server = createServer((socket) => {
      sockets.push(socket);
      socket.resume().on('close', () => closed++); // reads the CONNECT, never answers
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const dir = outDir();
    try {
      const engine = await createEdgeEngine({ concurrency: 2, proxy: `http://127.0.0.1:${(silent.address() as { port: number }).port}`, timeoutMs: 60_000 });
      const pending = [1, 2, 3].map((n) => engine.synthesize({ text: `Paragraph ${n}.`, voice: 'en-US-AriaNeural', label: `segment ${n}`, outFile: join(dir, `${n}.mp3`) }).catch((e: unknown) => e));
      // Wait for the two connections the bound allows (not a fixed sleep: a loaded machine is slow to
      // open them), then give a third a chance to appear if the bound were broken.
      await vi.waitFor(() => expect(sockets.length).toBeGreaterThanOrEqual(2), { timeout: 30_000, interval: 20 });
      await new Promise((r) => setTimeout(r, 200));
      expect(sockets).toHaveLength(2); // the bound holds before any answer
      await engine.close();
      const errors = await Promise.all(pending);
      // close() cancelled them (a timeout would say "no connection within 60000 ms").
      for (const e of errors) expect((e as AppError).message).toMatch(/was cancelled/);
      await vi.waitFor(() => expect(closed).toBe(2), { timeout: 30_000, interval: 20 }); // the client let go of both connections
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });

  it('rejects a proxy that is not a URL', async () => {
    await expect(createEdgeEngine({ concurrency: 1, proxy: 'not a url' })).rejects.toMatchObject({ kind: 'config' });
  });
});
