// `npm run serve`: the output folder over HTTP so a podcast app can subscribe. The feed is rendered
// with the Host the client used, so its URLs work from a phone on the LAN too; it is cached per host
// and rebuilt only when the folder changes, because reading every MP3's tags takes ~1 s for a hundred
// episodes and any client on the LAN could otherwise keep the server busy.
// Range requests are supported because players seek (and resume downloads) with them.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { constants } from 'node:fs';
import { lstat, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from './config.ts';
import { isInside, isRegularEntry } from './core/folder-entries.ts';
import { AppError, ExitCode, toAppError } from './errors.ts';
import { FEED_FILE, buildFeed } from './publish/collect-episodes.ts';

const MIME: Record<string, string> = {
  '.mp3': 'audio/mpeg',
  '.json': 'application/json; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Web players on other sites fetch chapters and transcripts with fetch(): they need CORS. */
const CORS_TYPES = new Set(['.json', '.vtt']);

/** Slow clients: headers within 10 s, the whole request within 30 s (GET and HEAD have no body). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Parses a single-range `Range: bytes=…` header; null when absent or multi-range (then send 200). */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a, b] = m as unknown as [string, string, string];
  if (a === '' && b === '') return null;
  let start: number;
  let end: number;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/**
 * What the feed depends on: every entry of the folder (name, type, size, mtime, inode, and the same
 * of a symlink's target). Atomic renames change the inode, so a rewrite within one mtime tick shows.
 */
async function folderSignature(root: string): Promise<string> {
  const names = (await readdir(root)).sort();
  const parts = await Promise.all(
    names.map(async (name) => {
      const info = await lstat(join(root, name)).catch(() => null);
      const target = info?.isSymbolicLink() ? await stat(join(root, name)).catch(() => null) : null;
      const sig = (i: typeof info) => (i ? `${i.mode}:${i.size}:${i.mtimeMs}:${i.ino}` : '-');
      return `${name}\0${sig(info)}\0${sig(target)}`;
    }),
  );
  return parts.join('\n');
}

/** The rendered feed per Host header, rebuilt when the folder's signature changes; one build at a time per host. */
function feedCache(root: string, config: Config) {
  const cache = new Map<string, { signature: string; xml: Promise<string> }>();
  // Requests that arrive while the folder is being looked at share that look (50 at once cost one).
  let looking: Promise<string> | null = null;
  return async (host: string): Promise<string> => {
    const signature = await (looking ??= folderSignature(root).finally(() => (looking = null)));
    const hit = cache.get(host);
    if (hit?.signature === signature) return hit.xml;
    const xml = buildFeed(root, config, `http://${host}/`);
    // A failed build is not kept: the next request tries again.
    xml.catch(() => cache.get(host)?.xml === xml && cache.delete(host));
    // Each distinct Host costs one entry; a client inventing hosts cannot grow the map past a bound.
    if (cache.size >= 64 && !cache.has(host)) cache.delete(cache.keys().next().value!);
    cache.set(host, { signature, xml });
    return xml;
  };
}

/**
 * Opens a file of the served folder for reading: a regular file, or a symlink whose target is a
 * regular file inside the folder. O_NONBLOCK so a FIFO never blocks the open; fstat on the
 * descriptor, so what is checked is what is sent. Null means 404.
 */
async function openServed(realRoot: string, file: string): Promise<FileHandle | null> {
  const link = await lstat(file).catch(() => null);
  if (!link) return null;
  if (link.isSymbolicLink()) {
    const target = await realpath(file).catch(() => null);
    if (!target || !isInside(realRoot, target)) return null;
  }
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => null);
  if (!handle) return null;
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    return null;
  }
  return handle;
}

interface Served {
  root: string;
  realRoot: string;
  config: Config;
  feed: (host: string) => Promise<string>;
}

async function handle(served: Served, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { root, config } = served;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end(); // a malformed % escape is the client's mistake
    return;
  }
  // With a feedToken everything lives under /<token>/: without it, the same 404 as a missing file.
  if (config.feedToken) {
    const prefix = `/${config.feedToken}/`;
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    path = path.slice(prefix.length - 1);
  }
  // A browser asking for / gets the show page when there is one; a podcast app gets the feed.
  const wantsPage = path === '/' && /\btext\/html\b/.test(req.headers.accept ?? '') && (await isRegularEntry(root, served.realRoot, 'index.html'));
  if (!wantsPage && (path === '/' || path === `/${FEED_FILE}`)) {
    const xml = await served.feed(req.headers.host ?? 'localhost');
    res.writeHead(200, { 'Content-Type': MIME['.xml']!, 'Content-Length': Buffer.byteLength(xml) });
    res.end(req.method === 'HEAD' ? undefined : xml);
    return;
  }
  const file = resolve(root, `.${wantsPage ? '/index.html' : path}`);
  // Only files directly inside the served folder: no traversal, no dotfiles, no temp files.
  if (!file.startsWith(root + sep) || file.slice(root.length + 1).includes(sep) || path.includes('/.') || file.endsWith('.tmp')) {
    res.writeHead(404).end();
    return;
  }
  const handle = await openServed(served.realRoot, file);
  if (!handle) {
    res.writeHead(404).end();
    return;
  }
  let streaming = false;
  try {
    const info = await handle.stat();
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const range = parseRange(req.headers.range, info.size);
    const common = {
      'Content-Type': type,
      'Accept-Ranges': 'bytes',
      'Last-Modified': info.mtime.toUTCString(),
      ...(CORS_TYPES.has(extname(file).toLowerCase()) ? { 'Access-Control-Allow-Origin': '*' } : {}),
    };
    if (range === 'unsatisfiable') {
      res.writeHead(416, { ...common, 'Content-Range': `bytes */${info.size}` }).end();
      return;
    }
    const { start, end } = range ?? { start: 0, end: info.size - 1 };
    res.writeHead(range ? 206 : 200, {
      ...common,
      'Content-Length': info.size === 0 ? 0 : end - start + 1,
      ...(range ? { 'Content-Range': `bytes ${start}-${end}/${info.size}` } : {}),
    });
    if (req.method === 'HEAD' || info.size === 0) {
      res.end();
      return;
    }
    streaming = true; // the stream closes the handle when it ends or fails
    handle.createReadStream({ start, end }).on('error', () => res.destroy()).pipe(res);
  } finally {
    if (!streaming) await handle.close().catch(() => {});
  }
}

export async function startServer(options: { root: string; config: Config; host: string; port: number }): Promise<Server> {
  const root = resolve(options.root);
  const served: Served = { root, realRoot: await realpath(root), config: options.config, feed: feedCache(root, options.config) };
  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => {
    handle(served, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host, () => ok(server));
  });
}

/**
 * Stops at once: no new connections, and the open ones (idle keep-alives, a client still sending
 * its headers, a download in progress) are closed rather than waited for.
 */
export function stopServer(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

export async function serveMain(argv: string[]): Promise<number> {
  const program = new Command('serve')
    .description('Serve the output folder and its podcast feed over HTTP, so a podcast app can subscribe.')
    .option('-o, --out <dir>', 'folder to serve (default: output/ or outDir from the config)')
    .option('--host <host>', 'address to listen on; 0.0.0.0 offers it to your LAN (e.g. a phone)', '127.0.0.1')
    .option('-p, --port <n>', 'port', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number.');
      return n;
    }, 8080)
    .option('-c, --config <file>', 'JSON configuration file')
    .exitOverride();
  let opts: { out?: string; host: string; port: number; config?: string };
  try {
    program.parse(argv, { from: 'user' });
    opts = program.opts();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    throw error;
  }
  try {
    const config = loadConfig(opts.config ? { file: opts.config } : {});
    const root = opts.out ?? config.outDir;
    const info = await stat(root).catch(() => null);
    if (!info?.isDirectory()) throw new AppError('input', `Nothing to serve: ${root}/ does not exist.`, { hint: 'Run `npm run narrate` first.' });
    const server = await startServer({ root, config, host: opts.host, port: opts.port }).catch((cause: NodeJS.ErrnoException) => {
      throw new AppError('network', `Cannot listen on ${opts.host}:${opts.port} (${cause.code ?? cause.message}).`, { hint: 'Pick another port with --port.', cause });
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port;
    const host = opts.host === '0.0.0.0' || opts.host === '::' ? (lanAddress() ?? 'localhost') : opts.host;
    const folder = `http://${host}:${port}/${config.feedToken ? `${config.feedToken}/` : ''}`;
    process.stdout.write(`Serving ${resolve(root)}\nFeed: ${folder}${FEED_FILE}  (paste this URL into your podcast app)\nPages: ${folder}  (listen in a browser)\n`);
    await new Promise<void>((done) => {
      const stop = () => void stopServer(server).then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return ExitCode.ok;
  } catch (error) {
    const e = toAppError(error);
    process.stderr.write(`error: ${e.message}${e.hint ? ` ${e.hint}` : ''}\n`);
    return e.exitCode;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await serveMain(process.argv.slice(2));
}
