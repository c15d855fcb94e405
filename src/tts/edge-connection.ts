// One request to the Edge read-aloud service, through node-edge-tts, with the holes the library leaves
// closed: it has no handshake timeout and no way to abort (a black-holed connection hangs forever), it
// waits out its whole timeout when the socket closes before turn.end, and on timeout it leaves the socket
// and its file open. So the adapter opens the WebSocket itself (same URL, headers and DRM token as the
// library, taken from the library) and keeps the handle, lets the library send the SSML (it escapes the
// text), and reads the frames itself by their headers.
import { randomUUID } from 'node:crypto';
import { devNull } from 'node:os';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { EdgeTTS } from 'node-edge-tts';
import { CHROMIUM_FULL_VERSION, generateSecMsGecToken, TRUSTED_CLIENT_TOKEN } from 'node-edge-tts/dist/drm.js';
import WebSocket from 'ws';
import type { WordTiming } from '../model.ts';
import { parseBinaryFrame, parseTextFrame, parseWordBoundaries } from './edge-protocol.ts';

export const EDGE_HOST = 'speech.platform.bing.com';
export const EDGE_OUTPUT_FORMAT = 'audio-24khz-96kbitrate-mono-mp3';
/**
 * The free endpoint serves only a few formats and has dropped some before; when it answers the first
 * with no audio but this one with audio, the engine uses this one for the rest of the run.
 */
export const EDGE_FALLBACK_FORMAT = 'audio-24khz-48kbitrate-mono-mp3';

const MAJOR = CHROMIUM_FULL_VERSION.split('.')[0];
export const EDGE_HEADERS: Record<string, string> = {
  Pragma: 'no-cache',
  'Cache-Control': 'no-cache',
  'User-Agent': `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${MAJOR}.0.0.0 Safari/537.36 Edg/${MAJOR}.0.0.0`,
  'Accept-Language': 'en-US,en;q=0.9',
};

function tokenQuery(): string {
  return `Sec-MS-GEC=${generateSecMsGecToken()}&Sec-MS-GEC-Version=1-${CHROMIUM_FULL_VERSION}`;
}

export function synthesisUrl(): string {
  return `wss://${EDGE_HOST}/consumer/speech/synthesize/readaloud/edge/v1?TrustedClientToken=${TRUSTED_CLIENT_TOKEN}&${tokenQuery()}`;
}

export function voicesListUrl(): string {
  return `https://${EDGE_HOST}/consumer/speech/synthesize/readaloud/voices/list?trustedclienttoken=${TRUSTED_CLIENT_TOKEN}&${tokenQuery()}`;
}

/** The proxy to use: the explicit one, else HTTPS_PROXY / https_proxy (as curl and npm read them). */
export function resolveProxy(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = explicit ?? env.HTTPS_PROXY ?? env.https_proxy;
  return value && value.trim() !== '' ? value.trim() : undefined;
}

export interface EdgeAgent {
  agent: HttpsProxyAgent<string> | undefined;
  /** Call when the request is over: kills a CONNECT the proxy never answered. */
  release(): void;
}

/**
 * The proxy agent for one request. Aborting a WebSocket or request does not reach the agent's own socket
 * to the proxy while the proxy has not answered CONNECT, and that socket would keep the process alive
 * (a silent proxy never lets go). Its signal does; it is fired only in that state, where the agent still
 * listens for the socket's errors.
 */
export function edgeAgent(proxy: string | undefined): EdgeAgent {
  if (!proxy) return { agent: undefined, release: () => {} };
  const controller = new AbortController();
  const agent = new HttpsProxyAgent(proxy, { signal: controller.signal });
  let answered = false;
  agent.once('proxyConnect', () => {
    answered = true;
  });
  return {
    agent,
    release: () => {
      if (!answered) controller.abort();
    },
  };
}

export function describeNetworkError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const code = e?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found (offline?)';
  if (code === 'ECONNRESET') return 'connection reset';
  if (code === 'ETIMEDOUT') return 'connection timed out';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'no route to host';
  if (code && /^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS)/.test(code)) return `TLS certificate rejected (${code})`;
  return e?.message ?? String(error);
}

export type FailureKind = 'status' | 'network' | 'timeout' | 'closed' | 'no-audio' | 'short-audio' | 'aborted';

/** Why one attempt failed; the retry policy decides from `kind` and `status`. */
export class EdgeAttemptError extends Error {
  readonly kind: FailureKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(kind: FailureKind, message: string, options: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'EdgeAttemptError';
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}

function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

interface SocketWatch {
  /** Called with the socket as soon as it exists (still connecting), so it can be aborted. */
  onSocket(ws: WebSocket, release: () => void): void;
}

/**
 * A synthesis WebSocket opened before its text is known (the connection, TLS and the handshake done,
 * speech.config sent once open), for the next request to send its SSML on at once. The service takes
 * one SSML per connection, so a connection serves one request.
 */
export interface OpenedConnection {
  ws: WebSocket;
  format: string;
  /** Call when the request on it is over (or it is dropped): kills a CONNECT the proxy never answered. */
  release(): void;
}

/** Opens a synthesis connection (see OpenedConnection); `requestSpeech({ connection })` uses it. */
export function openConnection(proxy: string | undefined, format: string): OpenedConnection {
  const { agent, release } = edgeAgent(proxy);
  const ws = new WebSocket(synthesisUrl(), {
    host: EDGE_HOST,
    origin: 'chrome-extension://jdiccldimpdaibmpdkjnbmckianbfold',
    headers: { ...EDGE_HEADERS, 'Accept-Encoding': 'gzip, deflate, br, zstd' },
    ...(agent ? { agent } : {}),
  });
  ws.once('open', () => {
    // The same speech.config the library sends, with word boundaries on.
    ws.send(
      'Content-Type:application/json; charset=utf-8\r\nPath:speech.config\r\n\r\n' +
        JSON.stringify({
          context: {
            synthesis: {
              audio: { metadataoptions: { sentenceBoundaryEnabled: 'false', wordBoundaryEnabled: 'true' }, outputFormat: format },
            },
          },
        }),
    );
  });
  return { ws, format, release };
}

/** Opens a WebSocket the caller can see and abort (or takes one opened ahead); the rest of the request is node-edge-tts's own. */
class WatchedEdgeTTS extends EdgeTTS {
  readonly #proxy: string | undefined;
  readonly #format: string;
  readonly #watch: SocketWatch;
  readonly #opened: OpenedConnection | undefined;

  constructor(config: ConstructorParameters<typeof EdgeTTS>[0] & { outputFormat: string }, watch: SocketWatch, opened?: OpenedConnection) {
    super(config);
    this.#proxy = config.proxy;
    this.#format = config.outputFormat;
    this.#watch = watch;
    this.#opened = opened;
  }

  override _connectWebSocket(): Promise<WebSocket> {
    const { ws, release } = this.#opened ?? openConnection(this.#proxy, this.#format);
    this.#watch.onSocket(ws, release);
    return new Promise((resolve, reject) => {
      if (ws.readyState === WebSocket.OPEN) return resolve(ws);
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    });
  }
}

export interface AttemptResult {
  audio: Buffer;
  words: WordTiming[];
}

export interface AttemptOptions {
  text: string;
  voice: string;
  lang: string;
  proxy: string | undefined;
  /** Wall-clock limit for the whole request: connect, synthesis, and the close. */
  timeoutMs: number;
  /** Default EDGE_OUTPUT_FORMAT. */
  outputFormat?: string;
  signal?: AbortSignal;
  /** A connection opened ahead for this format (openConnection), used instead of a new one. */
  connection?: OpenedConnection;
}

/** How long to wait for the polite close after turn.end before cutting the socket. */
const CLOSE_GRACE_MS = 1500;

/**
 * One request. Resolves with the raw audio bytes and word boundaries once turn.end arrived and the socket
 * is closed; rejects with an EdgeAttemptError otherwise. Either way the socket is closed when it settles,
 * which is what lets the caller's concurrency limit count connections exactly.
 */
export function requestSpeech(options: AttemptOptions): Promise<AttemptResult> {
  return new Promise<AttemptResult>((resolve, reject) => {
    const audio: Buffer[] = [];
    const words: WordTiming[] = [];
    let ws: WebSocket | undefined;
    let opened = false;
    let turnEnded = false;
    let settled = false;
    let status: number | undefined;
    let retryAfterMs: number | undefined;
    let lastError: unknown;
    let closeTimer: NodeJS.Timeout | undefined;
    let releaseAgent = () => {};

    const settle = (outcome: { error: EdgeAttemptError } | { result: AttemptResult }) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(closeTimer);
      options.signal?.removeEventListener('abort', onAbort);
      const done = () => {
        releaseAgent();
        if ('error' in outcome) reject(outcome.error);
        else resolve(outcome.result);
      };
      if (opened && !turnEnded) {
        // Let node-edge-tts finish its own bookkeeping (its output stream and its timer): it does that
        // only on a turn.end message, which a failed turn never sent.
        ws?.emit('message', Buffer.from('Path:turn.end\r\n\r\n'), false);
      }
      if (!ws || ws.readyState === WebSocket.CLOSED) return done();
      ws.once('close', done);
      ws.terminate();
    };

    const fail = (kind: FailureKind, message: string, extra: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) =>
      settle({ error: new EdgeAttemptError(kind, message, extra) });

    const deadline = setTimeout(() => {
      if (turnEnded) return ws?.terminate(); // only the close was slow: the turn is complete
      fail('timeout', opened ? `no turn.end within ${options.timeoutMs} ms` : `no connection within ${options.timeoutMs} ms`);
    }, options.timeoutMs);

    const onAbort = () => fail('aborted', 'cancelled');
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const onSocket = (socket: WebSocket, release: () => void) => {
      ws = socket;
      releaseAgent = release;
      socket.on('unexpected-response', (_req, res) => {
        status = res.statusCode;
        retryAfterMs = parseRetryAfter(res.headers['retry-after']);
        socket.terminate(); // emits error + close, handled below
      });
      if (socket.readyState === WebSocket.OPEN) opened = true; // opened ahead
      socket.on('open', () => {
        opened = true;
      });
      socket.on('error', (error) => {
        lastError = error;
      });
      socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
        if (settled) return;
        const buf = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
        if (isBinary) {
          const frame = parseBinaryFrame(buf);
          if (frame?.path === 'audio' && frame.payload.length > 0) audio.push(frame.payload);
          return;
        }
        const frame = parseTextFrame(buf.toString('utf8'));
        if (frame.path === 'audio.metadata') words.push(...parseWordBoundaries(frame.body));
        else if (frame.path === 'turn.end') {
          turnEnded = true;
          socket.close(1000);
          closeTimer = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
        }
      });
      socket.on('close', (code: number) => {
        clearTimeout(closeTimer);
        if (settled) return;
        if (turnEnded) return settle({ result: { audio: Buffer.concat(audio), words } });
        if (status !== undefined) {
          return fail('status', `the service answered HTTP ${status}`, { status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
        }
        if (!opened) return fail('network', describeNetworkError(lastError), { cause: lastError });
        fail('closed', `the connection closed before turn.end (code ${code})`, { cause: lastError });
      });
    };

    const tts = new WatchedEdgeTTS(
      {
        voice: options.voice,
        lang: options.lang,
        outputFormat: options.outputFormat ?? EDGE_OUTPUT_FORMAT,
        ...(options.proxy ? { proxy: options.proxy } : {}),
        // Ours fires first; the library's own timer is only a backstop and is cleared on turn.end.
        timeout: options.timeoutMs + 60_000,
      },
      { onSocket },
      options.connection,
    );
    // The library writes the audio to a file as it comes; the adapter keeps its own copy, parsed by frame
    // headers, so the library's goes nowhere and can never be left half-written.
    tts.ttsPromise(options.text, devNull).catch((error: unknown) => {
      // Normally reported through the socket's events; this covers anything the library throws itself.
      if (!settled && !ws) fail('network', describeNetworkError(error), { cause: error });
    });
  });
}

/**
 * Whether the synthesis endpoint answers a WebSocket handshake, within timeoutMs. Connection refused or
 * an unknown host returns at once; a black-holed route returns at the timeout.
 */
export async function probeEdge(options: { proxy?: string; timeoutMs?: number } = {}): Promise<{ ok: true } | { ok: false; reason: string }> {
  const proxy = resolveProxy(options.proxy);
  const timeoutMs = options.timeoutMs ?? 3000;
  const started = Date.now();
  let reason = '';
  // One quick second try on an HTTP refusal: a single 403/429 wave should not demote a run to Flite.
  for (let attempt = 0; attempt < 2; attempt++) {
    const left = timeoutMs - (Date.now() - started);
    if (left < 200) break;
    const outcome = await handshake(proxy, left);
    if (outcome.ok) return outcome;
    reason = outcome.reason;
    if (!outcome.status) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { ok: false, reason: proxy ? `${reason}, through proxy ${proxy}` : reason };
}

function handshake(proxy: string | undefined, timeoutMs: number): Promise<{ ok: true } | { ok: false; reason: string; status?: number }> {
  return new Promise((resolve) => {
    const { agent, release } = edgeAgent(proxy);
    let status: number | undefined;
    let error: unknown;
    let timedOut = false;
    const ws = new WebSocket(`${synthesisUrl()}&ConnectionId=${randomUUID().replaceAll('-', '')}`, {
      origin: 'chrome-extension://jdiccldimpdaibmpdkjnbmckianbfold',
      headers: EDGE_HEADERS,
      ...(agent ? { agent } : {}),
    });
    const timer = setTimeout(() => {
      timedOut = true;
      ws.terminate();
    }, timeoutMs);
    ws.on('unexpected-response', (_req, res) => {
      status = res.statusCode;
      ws.terminate();
    });
    ws.on('error', (e) => {
      error = e;
    });
    ws.on('open', () => ws.terminate());
    ws.on('close', () => {
      clearTimeout(timer);
      release();
      if (timedOut) resolve({ ok: false, reason: `no answer within ${timeoutMs} ms` });
      else if (status !== undefined) resolve({ ok: false, reason: `the service answered HTTP ${status}`, status });
      else if (error === undefined) resolve({ ok: true });
      else resolve({ ok: false, reason: describeNetworkError(error) });
    });
  });
}
