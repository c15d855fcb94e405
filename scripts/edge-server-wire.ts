// The wire side of the local Edge-protocol server (tests/helpers/edge-server.ts): its TLS certificates,
// the real MP3 it answers with (made by ffmpeg), the read-aloud protocol's framing and token check, and
// the voices/list it serves.
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, statSync } from 'node:fs';
import forge from 'node-forge';

export const EDGE_HOST = 'speech.platform.bing.com';
export const TRUSTED_CLIENT_TOKEN = '6A5AA1D4EAFF4E9FB37E23D68491D6F4';

// ---------------------------------------------------------------------------------------------- TLS

export function makeCertificates(): { caPem: string; keyPem: string; certPem: string } {
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
export function makeTone(durationMs: number, frequency: number, kbps = 96): Promise<Buffer> {
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

/** Samples per MP3 frame at 24 kHz (MPEG-2 Layer III) and the sample rate every tone is made at. */
const FRAME_SAMPLES = 576;
const TONE_RATE = 24000;
/** Shortest tone encoded; longer ones double until they fit. */
const MIN_TONE_MS = 16_000;
const longTones = new Map<string, Promise<Buffer>>();

/**
 * A tone of at least `durationMs`: whole frames from the start of one longer encode per pitch and
 * bitrate (a prefix of an MP3 is itself a valid MP3), so answering a request runs no ffmpeg. The server
 * shares the client's cores: an encode per request would slow every answer by the client's own load,
 * and more so the more requests run at once, where the service synthesizes on its own machines (its
 * time per request is what `latencyMs` stands for).
 */
export async function toneOf(durationMs: number, frequency: number, kbps: number): Promise<Buffer> {
  // At 24 kHz a frame is 24 ms and exactly 3 bytes per kbit/s: no padding slots, every frame one size.
  const frameBytes = 3 * kbps;
  const frames = Math.ceil((durationMs * TONE_RATE) / 1000 / FRAME_SAMPLES) + 1; // + the encoder's priming
  let longMs = MIN_TONE_MS;
  while (longMs < durationMs + 1000) longMs *= 2;
  const key = `${frequency}/${kbps}/${longMs}`;
  let long = longTones.get(key);
  if (!long) {
    long = makeTone(longMs, frequency, kbps);
    longTones.set(key, long);
    long.catch(() => longTones.delete(key));
  }
  const mp3 = await long;
  if (mp3.length % frameBytes !== 0 || mp3[0] !== 0xff) throw new Error(`the ${kbps} kbit/s tone is not whole ${frameBytes}-byte frames`);
  return mp3.subarray(0, Math.min(mp3.length, frames * frameBytes));
}

// ----------------------------------------------------------------------------------------- protocol

function secMsGec(atMs: number): string {
  const ticks = BigInt(Math.floor(atMs / 1000) + 11644473600) * 10_000_000n;
  const rounded = ticks - (ticks % 3_000_000_000n);
  return createHash('sha256').update(`${rounded}${TRUSTED_CLIENT_TOKEN}`, 'ascii').digest('hex').toUpperCase();
}

/** The token the service accepts now (the current five-minute window or the previous one). */
export function validToken(token: string | null): boolean {
  const now = Date.now();
  return token !== null && (token === secMsGec(now) || token === secMsGec(now - 300_000));
}

export function parseHeaders(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => XML_ESCAPES[c] ?? c);
export const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

export function textFrame(requestId: string, path: string, body: string): string {
  return `X-RequestId:${requestId}\r\nContent-Type:application/json; charset=utf-8\r\nPath:${path}\r\n\r\n${body}`;
}

export function audioFrame(requestId: string, payload: Buffer, pathFirst: boolean): Buffer {
  const headers = pathFirst
    ? `Path:audio\r\nX-RequestId:${requestId}\r\nContent-Type:audio/mpeg\r\nX-StreamId:${requestId.slice(0, 8)}\r\n`
    : `X-RequestId:${requestId}\r\nContent-Type:audio/mpeg\r\nX-StreamId:${requestId.slice(0, 8)}\r\nPath:audio\r\n`;
  const head = Buffer.from(headers, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(head.length);
  return Buffer.concat([length, head, payload]);
}

export interface Word {
  text: string;
  offsetTicks: number;
  durationTicks: number;
}

/** Word boundaries spread over the speech, in proportion to the characters before each word. */
export function wordBoundaries(text: string, speechMs: number): Word[] {
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

export const VOICES = [
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

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
