// A local stand-in for Microsoft's Edge read-aloud service, for tests and manual runs.
//
// Clients reach it the way they would reach the real service through a corporate proxy: an HTTP CONNECT
// proxy on 127.0.0.1 tunnels "speech.platform.bing.com:443" into a TLS server that presents a certificate
// for that host, signed by a CA made at start-up (hand its PEM file to the client process as
// NODE_EXTRA_CA_CERTS). Behind TLS it speaks the read-aloud protocol: the WebSocket synthesis endpoint
// (speech.config + ssml in; turn.start, audio.metadata word boundaries, binary audio frames with real MP3
// made by ffmpeg, turn.end out) and the voices/list GET. Faults are injected per request by rules.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  audioFrame, EDGE_HOST, escapeXml, makeCertificates, parseHeaders, sleep, textFrame, toneOf, TRUSTED_CLIENT_TOKEN, unescapeXml, validToken, VOICES, wordBoundaries, type Word,
} from './edge-server-wire.ts';

export { EDGE_HOST };
const SYNTH_PATH = '/consumer/speech/synthesize/readaloud/edge/v1';
const VOICES_PATH = '/consumer/speech/synthesize/readaloud/voices/list';
/** The service's limit on the text of one request (escaped UTF-8 bytes). */
export const EDGE_TEXT_LIMIT = 4096;

export type Fault =
  /** Refuse the WebSocket handshake with this HTTP status (403, 429, 500, …). */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Send turn.start and part of the audio, then drop the connection. */
  | { kind: 'close-mid-turn' }
  /** Send turn.start and part of the audio, then nothing: no turn.end, the socket stays open. */
  | { kind: 'stall' }
  /** turn.start then turn.end, without any audio. */
  | { kind: 'empty-audio' }
  /** All word boundaries, but only the first few percent of the audio, then turn.end. */
  | { kind: 'truncated-audio' }
  /** Wait this long before answering the SSML. */
  | { kind: 'latency'; ms: number }
  /** Wait until this settles before answering the SSML (a test holds a request while it looks at the client). */
  | { kind: 'hold'; until: Promise<unknown> };

export interface RequestInfo {
  /** 1-based number of the WebSocket handshake. */
  n: number;
  /** Undefined for handshake faults (the SSML comes after the handshake). */
  text?: string;
  voice?: string;
}

export interface FaultRule {
  /** A handshake number, a list of them, or a predicate. */
  match: number | number[] | ((info: RequestInfo) => boolean);
  fault: Fault;
  /** Fire at most this many times (default: every match). */
  times?: number;
}

export interface RecordedRequest {
  n: number;
  url: string;
  headers: IncomingHttpHeaders;
  /** 101 when upgraded, else the status it was refused with. */
  status: number;
  openedAt: number;
  closedAt?: number;
  outputFormat?: string;
  wordBoundaryEnabled?: boolean;
  ssml?: string;
  voice?: string;
  lang?: string;
  /** The text as spoken (entities decoded). */
  text?: string;
  /** UTF-8 bytes of the text as it travelled in the SSML (escaped). */
  textBytes?: number;
  fault?: Fault['kind'];
  audioBytes?: number;
  /** Protocol mistakes by the client (ssml before speech.config, bad SSML, over-long text, bad token). */
  errors: string[];
}

export interface EdgeServerOptions {
  faults?: FaultRule[];
  /** Delay before every answer to an SSML request. */
  latencyMs?: number;
  /** Audio length per character of text (default 40 ms). */
  msPerChar?: number;
  /** Put Path first among the binary frame's headers (the real service puts it last). */
  pathFirst?: boolean;
  /**
   * Output formats the server has audio for (default: all). A request in another format gets
   * turn.start and turn.end with no audio, as the service answers a format it no longer serves.
   */
  formats?: string[];
}

export interface EdgeServer {
  /** http://127.0.0.1:PORT, for --proxy / HTTPS_PROXY. */
  proxyUrl: string;
  /** PEM of the test CA, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  requests: RecordedRequest[];
  /** Most WebSocket connections open at once (refused handshakes included, from request to socket close). */
  readonly maxConcurrent: number;
  /** Most CONNECT tunnels open at once. */
  readonly maxTunnels: number;
  /** Requests that carried SSML, in arrival order. */
  readonly ssmlRequests: RecordedRequest[];
  close(): Promise<void>;
}

// ------------------------------------------------------------------------------------------- server

export async function startEdgeServer(opts: EdgeServerOptions = {}): Promise<EdgeServer> {
  const { caPem, keyPem, certPem } = makeCertificates();
  const dir = mkdtempSync(join(tmpdir(), 'edge-server-'));
  const caFile = join(dir, 'test-ca.pem');
  writeFileSync(caFile, caPem);

  const msPerChar = opts.msPerChar ?? 40;
  const rules = (opts.faults ?? []).map((rule) => ({ ...rule, fired: 0 }));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let open = 0;
  let maxConcurrent = 0;
  let tunnels = 0;
  let maxTunnels = 0;

  function pickFault(info: RequestInfo, stage: 'handshake' | 'turn'): Fault | undefined {
    for (const rule of rules) {
      if ((rule.fault.kind === 'status') !== (stage === 'handshake')) continue;
      if (rule.times !== undefined && rule.fired >= rule.times) continue;
      const m = rule.match;
      const hit = typeof m === 'number' ? m === info.n : Array.isArray(m) ? m.includes(info.n) : m(info);
      if (hit) {
        rule.fired++;
        return rule.fault;
      }
    }
    return undefined;
  }

  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });

  async function answer(ws: WebSocket, rec: RecordedRequest, requestId: string): Promise<void> {
    const text = rec.text ?? '';
    const fault = pickFault({ n: rec.n, text, ...(rec.voice ? { voice: rec.voice } : {}) }, 'turn');
    if (fault) rec.fault = fault.kind;
    const speechMs = Math.max(300, Math.round(text.length * msPerChar));
    const paddingMs = 900; // the service adds ~0.9 s of silence to every turn
    // One pitch per voice, so distinct voices stay distinct in the episode.
    const freq = 220 + (parseInt(createHash('md5').update(rec.voice ?? '').digest('hex').slice(0, 4), 16) % 600);
    const kbps = Number(/(\d+)kbitrate/.exec(rec.outputFormat ?? '')?.[1] ?? 96);
    // The audio is made while the latency runs, as the service synthesizes during its own: a request
    // takes latencyMs, not latencyMs plus this server's work.
    const made = toneOf(speechMs + paddingMs, freq, kbps);
    made.catch(() => {}); // reported below, unless the client left first
    const delay = (opts.latencyMs ?? 0) + (fault?.kind === 'latency' ? fault.ms : 0);
    if (delay > 0) await sleep(delay);
    if (fault?.kind === 'hold') await fault.until.catch(() => {});
    if (ws.readyState !== ws.OPEN) return;
    const mp3 = await made;
    if (ws.readyState !== ws.OPEN) return;
    const words = wordBoundaries(text, speechMs);

    ws.send(textFrame(requestId, 'turn.start', JSON.stringify({ context: { serviceTag: randomBytes(16).toString('hex') } })));
    const unserved = opts.formats !== undefined && !opts.formats.includes(rec.outputFormat ?? '');
    if (fault?.kind === 'empty-audio' || unserved) {
      ws.send(textFrame(requestId, 'turn.end', '{}'));
      return;
    }
    let audio = mp3;
    if (fault?.kind === 'truncated-audio') audio = mp3.subarray(0, Math.max(1, Math.floor(mp3.length * 0.03)));
    if (fault?.kind === 'close-mid-turn' || fault?.kind === 'stall') audio = mp3.subarray(0, Math.floor(mp3.length / 2));

    // Audio in pieces, each followed by the boundaries of the words it covers, as the service interleaves them.
    const piece = 4096;
    const totalMs = speechMs + paddingMs;
    let nextWord = 0;
    for (let at = 0; at < audio.length; at += piece) {
      const chunk = audio.subarray(at, at + piece);
      ws.send(audioFrame(requestId, chunk, opts.pathFirst ?? false));
      rec.audioBytes = (rec.audioBytes ?? 0) + chunk.length;
      const coveredTicks = ((at + chunk.length) / mp3.length) * totalMs * 10_000;
      const batch: Word[] = [];
      while (nextWord < words.length && (words[nextWord]!.offsetTicks <= coveredTicks || fault?.kind === 'truncated-audio')) batch.push(words[nextWord++]!);
      for (const w of batch) {
        ws.send(
          textFrame(
            requestId,
            'audio.metadata',
            JSON.stringify({ Metadata: [{ Type: 'WordBoundary', Data: { Offset: w.offsetTicks, Duration: w.durationTicks, text: { Text: escapeXml(w.text), Length: w.text.length, BoundaryType: 'WordBoundary' } } }] }),
          ),
        );
      }
      await new Promise<void>((r) => setImmediate(r));
      if (ws.readyState !== ws.OPEN) return;
    }
    if (fault?.kind === 'close-mid-turn') {
      ws.terminate();
      return;
    }
    if (fault?.kind === 'stall') return; // no turn.end; the client must give up on its own
    ws.send(textFrame(requestId, 'turn.end', '{}'));
  }

  function onConnection(ws: WebSocket, rec: RecordedRequest): void {
    let configured = false;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) {
        rec.errors.push('unexpected binary frame from the client');
        return;
      }
      const message = data.toString('utf8');
      const split = message.indexOf('\r\n\r\n');
      const headers = parseHeaders(split >= 0 ? message.slice(0, split) : message);
      const body = split >= 0 ? message.slice(split + 4) : '';
      if (headers.path === 'speech.config') {
        configured = true;
        try {
          const audio = JSON.parse(body).context.synthesis.audio;
          rec.outputFormat = audio.outputFormat;
          rec.wordBoundaryEnabled = String(audio.metadataoptions?.wordBoundaryEnabled) === 'true';
        } catch {
          rec.errors.push('speech.config is not the expected JSON');
        }
        return;
      }
      if (headers.path !== 'ssml') {
        rec.errors.push(`unknown path ${headers.path}`);
        return;
      }
      if (!configured) rec.errors.push('ssml before speech.config');
      if (rec.ssml !== undefined) rec.errors.push('second ssml on one connection');
      rec.ssml = body;
      const voices = [...body.matchAll(/<voice\s+name="([^"]*)"/g)];
      if (voices.length !== 1) rec.errors.push(`${voices.length} <voice> elements`);
      rec.voice = voices[0]?.[1];
      rec.lang = /xml:lang="([^"]*)"/.exec(body)?.[1];
      const inner = /<prosody[^>]*>([\s\S]*?)<\/prosody>/.exec(body)?.[1]?.trim();
      if (inner === undefined) rec.errors.push('no <prosody> text');
      const escaped = inner ?? '';
      if (/<|&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(escaped)) rec.errors.push('text is not well-formed XML (unescaped < or &)');
      rec.textBytes = Buffer.byteLength(escaped, 'utf8');
      rec.text = unescapeXml(escaped);
      if (rec.textBytes > EDGE_TEXT_LIMIT) {
        rec.errors.push(`text of ${rec.textBytes} bytes exceeds ${EDGE_TEXT_LIMIT}`);
        ws.close(1009, 'message too big');
        return;
      }
      const requestId = headers['x-requestid'] ?? randomBytes(16).toString('hex');
      answer(ws, rec, requestId).catch((error: unknown) => {
        rec.errors.push(`server failure: ${(error as Error).message}`);
        ws.terminate();
      });
    });
  }

  const tls = createHttpsServer({ key: keyPem, cert: certPem }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${EDGE_HOST}`);
    if (req.method === 'GET' && url.pathname === VOICES_PATH) {
      if (url.searchParams.get('trustedclienttoken') !== TRUSTED_CLIENT_TOKEN) {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(VOICES));
      return;
    }
    res.writeHead(404).end();
  });

  tls.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const n = requests.length + 1;
    const rec: RecordedRequest = { n, url: req.url ?? '', headers: req.headers, status: 101, openedAt: Date.now(), errors: [] };
    requests.push(rec);
    open++;
    maxConcurrent = Math.max(maxConcurrent, open);
    socket.once('close', () => {
      open--;
      rec.closedAt = Date.now();
    });
    const refuse = (status: number, extra = '') => {
      rec.status = status;
      socket.end(`HTTP/1.1 ${status} Refused\r\nContent-Length: 0\r\nConnection: close\r\n${extra}\r\n`);
    };
    const url = new URL(req.url ?? '/', `https://${EDGE_HOST}`);
    if (url.pathname !== SYNTH_PATH) return refuse(404);
    if (url.searchParams.get('TrustedClientToken') !== TRUSTED_CLIENT_TOKEN || !validToken(url.searchParams.get('Sec-MS-GEC'))) {
      rec.errors.push('missing or wrong TrustedClientToken / Sec-MS-GEC');
      return refuse(403);
    }
    const fault = pickFault({ n }, 'handshake');
    if (fault?.kind === 'status') {
      rec.fault = 'status';
      return refuse(fault.status, fault.retryAfter ? `Retry-After: ${fault.retryAfter}\r\n` : '');
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, rec));
  });
  tls.on('tlsClientError', () => {}); // clients that abort mid-handshake are part of the tests

  const proxy = createHttpServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    sockets.add(socket);
    tunnels++;
    maxTunnels = Math.max(maxTunnels, tunnels);
    socket.once('close', () => {
      tunnels--;
      sockets.delete(socket);
    });
    socket.on('error', () => {});
    if (req.url !== `${EDGE_HOST}:443`) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    tls.emit('connection', socket);
  });

  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;

  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    caFile,
    requests,
    get maxConcurrent() {
      return maxConcurrent;
    },
    get maxTunnels() {
      return maxTunnels;
    },
    get ssmlRequests() {
      return requests.filter((r) => r.ssml !== undefined);
    },
    async close() {
      for (const ws of wss.clients) ws.terminate();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      wss.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
