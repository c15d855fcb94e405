// A small real HTTP server on 127.0.0.1 for feed tests: serves a folder (the tests edit it between
// runs), answers conditional GETs with 304, and logs every request it answers.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

export interface LoggedRequest {
  path: string;
  status: number;
  userAgent: string;
  conditional: boolean;
}

export interface FeedServer {
  base: string;
  log: LoggedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml',
  '.rdf': 'application/rdf+xml',
  '.json': 'application/feed+json',
  '.opml': 'text/x-opml',
  '.html': 'text/html; charset=utf-8',
};

/** `/stall/…` never answers (a stalled site); anything missing is a 404. */
export async function startFeedServer(root: string): Promise<FeedServer> {
  const log: LoggedRequest[] = [];
  const stalled = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const entry = (status: number) => log.push({ path, status, userAgent: String(req.headers['user-agent'] ?? ''), conditional: Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']) });
    if (path.startsWith('/stall/')) {
      entry(0);
      stalled.add(res);
      return;
    }
    readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))).then(
      (body) => {
        const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
        if (req.headers['if-none-match'] === etag) {
          entry(304);
          res.writeHead(304, { ETag: etag }).end();
          return;
        }
        entry(200);
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', ETag: etag, 'Content-Length': body.length }).end(body);
      },
      () => {
        entry(404);
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}/`,
    log,
    close: () =>
      new Promise((done) => {
        for (const res of stalled) res.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
