// A local stand-in for Microsoft's Edge read-aloud service, for tests and manual runs.
//
// Clients reach it the way they would reach the real service through a corporate proxy: an HTTP CONNECT
// proxy on 127.0.0.1 tunnels "speech.platform.bing.com:443" into a TLS server that presents a certificate
// for that host, signed by a CA made at start-up (hand its PEM file to the client process as
// NODE_EXTRA_CA_CERTS). Behind TLS it speaks the read-aloud protocol: the WebSocket synthesis endpoint
// (speech.config + ssml in; turn.start, audio.metadata word boundaries, binary audio frames with real MP3
// made by ffmpeg, turn.end out) and the voices/list GET. Faults are injected per request by rules.
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { WebSocketServer, type WebSocket } from 'ws';

export const EDGE_HOST = 'speech.platform.bing.com';
const SYNTH_PATH = '/consumer/speech/synthesize/readaloud/edge/v1';
const VOICES_PATH = '/consumer/speech/synthesize/readaloud/voices/list';
const TRUSTED_CLIENT_TOKEN = '6A5AA1D4EAFF4E9FB37E23D68491D6F4';
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
  | { kind: 'latency'; ms: number };

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

// ---------------------------------------------------------------------------------------------- TLS

function makeCertificates(): { caPem: string; keyPem: string; certPem: string } {
  const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  const now = Date.now();
  const issue = (opts: { subject: forge.pki.CertificateField[]; issuer: forge.pki.CertificateField[]; publicPem: string; signPem: string; extensions: object[] }) => {
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.publicKeyFromPem(opts.publicPem);
    cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
    cert.validity.notBefore = new Date(now - 24 * 3600_000);
    cert.validity.notAfter = new Date(now + 7 * 24 * 3600_000);
    cert.setSubject(opts.subject);
    cert.setIssuer(opts.issuer);
    cert.setExtensions(opts.extensions);
    cert.sign(forge.pki.privateKeyFromPem(opts.signPem) as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
    return forge.pki.certificateToPem(cert);
  };
  const ca = rsa();
  const caName = [{ name: 'commonName', value: 'audio-edition test CA' }, { name: 'organizationName', value: 'audio-edition tests' }];
  const caPem = issue({
    subject: caName,
    issuer: caName,
    publicPem: ca.publicKey,
    signPem: ca.privateKey,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ],
  });
  const leaf = rsa();
  const certPem = issue({
    subject: [{ name: 'commonName', value: EDGE_HOST }],
    issuer: caName,
    publicPem: leaf.publicKey,
    signPem: ca.privateKey,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: EDGE_HOST }] },
    ],
  });
  return { caPem, keyPem: leaf.privateKey, certPem };
}

// -------------------------------------------------------------------------------------------- audio

const FFMPEG = ffmpegInstaller.path;

function ensureExecutable(file: string): void {
  if ((statSync(file).mode & 0o111) !== 0o111) chmodSync(file, 0o755);
}

/** Real MP3 (24 kHz mono CBR, 96 kbit/s unless asked, no tags, like the service's), a tone of the given length. */
function makeTone(durationMs: number, frequency: number, kbps = 96): Promise<Buffer> {
  ensureExecutable(FFMPEG);
  const args = [
    '-hide_banner', '-loglevel', 'error',
    '-f', 'lavfi', '-i', `sine=frequency=${frequency}:sample_rate=24000:duration=${(durationMs / 1000).toFixed(3)}`,
    '-ac', '1', '-ar', '24000', '-c:a', 'libmp3lame', '-b:a', `${kbps}k`,
    '-write_xing', '0', '-id3v2_version', '0', '-f', 'mp3', 'pipe:1',
  ];
  return new Promise((resolve, reject) => {
    execFile(FFMPEG, args, { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`ffmpeg failed: ${stderr.toString()}`, { cause: error }));
      else resolve(stdout);
    });
  });
}

// ----------------------------------------------------------------------------------------- protocol

function secMsGec(atMs: number): string {
  const ticks = BigInt(Math.floor(atMs / 1000) + 11644473600) * 10_000_000n;
  const rounded = ticks - (ticks % 3_000_000_000n);
  return createHash('sha256').update(`${rounded}${TRUSTED_CLIENT_TOKEN}`, 'ascii').digest('hex').toUpperCase();
}

/** The token the service accepts now (the current five-minute window or the previous one). */
function validToken(token: string | null): boolean {
  const now = Date.now();
  return token !== null && (token === secMsGec(now) || token === secMsGec(now - 300_000));
}

function parseHeaders(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => XML_ESCAPES[c] ?? c);
const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

function textFrame(requestId: string, path: string, body: string): string {
  return `X-RequestId:${requestId}\r\nContent-Type:application/json; charset=utf-8\r\nPath:${path}\r\n\r\n${body}`;
}

function audioFrame(requestId: string, payload: Buffer, pathFirst: boolean): Buffer {
  const headers = pathFirst
    ? `Path:audio\r\nX-RequestId:${requestId}\r\nContent-Type:audio/mpeg\r\nX-StreamId:${requestId.slice(0, 8)}\r\n`
    : `X-RequestId:${requestId}\r\nContent-Type:audio/mpeg\r\nX-StreamId:${requestId.slice(0, 8)}\r\nPath:audio\r\n`;
  const head = Buffer.from(headers, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(head.length);
  return Buffer.concat([length, head, payload]);
}

interface Word {
  text: string;
  offsetTicks: number;
  durationTicks: number;
}

/** Word boundaries spread over the speech, in proportion to the characters before each word. */
function wordBoundaries(text: string, speechMs: number): Word[] {
  const leadTicks = 1_000_000; // the service starts words ~100 ms in
  const total = Math.max(1, text.length);
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const start = m.index;
    const word = m[0].replace(/[.-]+$/, '');
    words.push({
      text: word,
      offsetTicks: leadTicks + Math.round((start / total) * speechMs * 10_000),
      durationTicks: Math.round((word.length / total) * speechMs * 10_000),
    });
  }
  return words;
}

const VOICES = [
  ['en-US-AriaNeural', 'en-US', 'Female'],
  ['en-US-GuyNeural', 'en-US', 'Male'],
  ['en-US-JennyNeural', 'en-US', 'Female'],
  ['en-US-ChristopherNeural', 'en-US', 'Male'],
  ['en-US-EricNeural', 'en-US', 'Male'],
  ['en-US-MichelleNeural', 'en-US', 'Female'],
  ['en-US-AndrewMultilingualNeural', 'en-US', 'Male'],
  ['en-GB-RyanNeural', 'en-GB', 'Male'],
  ['en-GB-SoniaNeural', 'en-GB', 'Female'],
  ['de-DE-KatjaNeural', 'de-DE', 'Female'],
  ['de-DE-ConradNeural', 'de-DE', 'Male'],
  ['fr-FR-DeniseNeural', 'fr-FR', 'Female'],
].map(([shortName, locale, gender]) => ({
  Name: `Microsoft Server Speech Text to Speech Voice (${locale}, ${shortName!.split('-')[2]})`,
  ShortName: shortName,
  Gender: gender,
  Locale: locale,
  SuggestedCodec: 'audio-24khz-48kbitrate-mono-mp3',
  FriendlyName: `Microsoft ${shortName} Online (Natural)`,
  Status: 'GA',
  VoiceTag: { ContentCategories: ['News'], VoicePersonalities: ['Friendly'] },
}));

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ------------------------------------------------------------------------------------------- server

export async function startEdgeServer(opts: EdgeServerOptions = {}): Promise<EdgeServer> {
  const { caPem, keyPem, certPem } = makeCertificates();
  const dir = mkdtempSync(join(tmpdir(), 'edge-server-'));
  const caFile = join(dir, 'test-ca.pem');
  writeFileSync(caFile, caPem);

  const msPerChar = opts.msPerChar ?? 40;
  const rules = (opts.faults ?? []).map((rule) => ({ ...rule, fired: 0 }));
  const tones = new Map<string, Promise<Buffer>>();
  const tone = (ms: number, freq: number, kbps: number) => {
    const key = `${ms}/${freq}/${kbps}`;
    let p = tones.get(key);
    if (!p) tones.set(key, (p = makeTone(ms, freq, kbps)));
    return p;
  };

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
    const delay = (opts.latencyMs ?? 0) + (fault?.kind === 'latency' ? fault.ms : 0);
    if (delay > 0) await sleep(delay);
    if (ws.readyState !== ws.OPEN) return;

    const speechMs = Math.max(300, Math.round(text.length * msPerChar));
    const paddingMs = 900; // the service adds ~0.9 s of silence to every turn
    // One pitch per voice, so distinct voices stay distinct in the episode.
    const freq = 220 + (parseInt(createHash('md5').update(rec.voice ?? '').digest('hex').slice(0, 4), 16) % 600);
    const kbps = Number(/(\d+)kbitrate/.exec(rec.outputFormat ?? '')?.[1] ?? 96);
    const mp3 = await tone(speechMs + paddingMs, freq, kbps);
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
