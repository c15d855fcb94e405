import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, looksLikeUrl } from '../../src/article/fetch-url.ts';
import { AppError } from '../../src/errors.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const page = '<!doctype html><html><head><title>Hello</title></head><body><p>Caf\u00e9 “news”.</p></body></html>';

const routes: Record<string, Handler> = {
  '/page': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  },
  '/latin1': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' });
    res.end(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94])); // Café “ok” (windows-1252 quotes)
  },
  '/meta-charset': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), Buffer.from([0xe9, 0x96]), Buffer.from('</body></html>')]));
  },
  '/utf16': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-16le' });
    res.end(Buffer.from('Zelenskyy’s “war”', 'utf16le'));
  },
  '/story.md': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('# Title\n\nBody.');
  },
  '/markdown': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
    res.end('# Title\n\nBody.');
  },
  '/gzip': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(page));
  },
  '/no-type': (_, res) => {
    res.end('<!DOCTYPE html><html><body>x</body></html>');
  },
  '/slow': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>start');
    // …and never finishes.
  },
  '/stall': () => {
    // Never answers at all.
  },
  '/huge': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < 50 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (sent = Infinity));
    pump();
  },
  '/big-length': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
    res.write('<html>');
  },
  '/loop-a': (_, res) => {
    res.writeHead(302, { location: '/loop-b' });
    res.end();
  },
  '/loop-b': (_, res) => {
    res.writeHead(301, { location: '/loop-a' });
    res.end();
  },
  '/to-file': (_, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  },
  '/missing': (_, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  },
  '/broken': (_, res) => {
    res.writeHead(503);
    res.end();
  },
  '/image': (_, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  },
  '/empty': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('  \n');
  },
  '/bad-charset': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=x-klingon' });
    res.end('<p>x</p>');
  },
};

let server: Server;
let base = '';
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const hop = /^\/hop\/(\d+)$/.exec(req.url ?? '');
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(n === 0 ? 200 : 307, n === 0 ? { 'content-type': 'text/plain' } : { location: `/hop/${n - 1}` });
      res.end(n === 0 ? 'arrived' : '');
      return;
    }
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('fetchUrl', () => {
  it('downloads a page and says what it is', async () => {
    expect(await fetchUrl(`${base}/page`)).toEqual({ text: page, contentType: 'html', finalUrl: `${base}/page` });
    expect(await fetchUrl(`${base}/gzip`)).toMatchObject({ text: page, contentType: 'html' });
    expect(await fetchUrl(`${base}/markdown`)).toMatchObject({ contentType: 'markdown', text: '# Title\n\nBody.' });
    expect(await fetchUrl(`${base}/story.md`)).toMatchObject({ contentType: 'markdown' });
    expect(await fetchUrl(`${base}/no-type`)).toMatchObject({ contentType: 'html' });
  });

  it.each([
    ['latin1 from Content-Type', '/latin1', 'Café “ok”'],
    ['windows-1252 from <meta charset>', '/meta-charset', '<html><head><meta charset="windows-1252"></head><body>é–</body></html>'],
    ['utf-16 from Content-Type', '/utf16', 'Zelenskyy’s “war”'],
  ])('decodes %s', async (_, path, text) => {
    expect((await fetchUrl(`${base}${path}`)).text).toBe(text);
  });

  it('follows redirects up to the limit and reports the final URL', async () => {
    expect(await fetchUrl(`${base}/hop/3`)).toEqual({ text: 'arrived', contentType: 'text', finalUrl: `${base}/hop/0` });
    const error = await failure(fetchUrl(`${base}/hop/3`, { maxRedirects: 2 }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/redirects more than 2 times/);
  });

  it.each([
    ['a redirect loop', '/loop-a', {}, 'network', /redirects in a loop/],
    ['a redirect to file:', '/to-file', {}, 'input', /redirects to a file: address/],
    ['HTTP 404', '/missing', {}, 'network', /answered HTTP 404 Not Found/],
    ['HTTP 503', '/broken', {}, 'network', /answered HTTP 503/],
    ['an image', '/image', {}, 'input', /is image\/png, not an article page/],
    ['an empty page', '/empty', {}, 'input', /empty page/],
    ['an unknown charset', '/bad-charset', {}, 'input', /unsupported character encoding "x-klingon"/],
    ['a huge body', '/huge', { maxBytes: 1024 * 1024 }, 'input', /larger than 1\.0 MB/],
    ['a Content-Length over the limit', '/big-length', {}, 'input', /is 10\.0 MB; the limit is 5\.0 MB/],
  ] as const)('rejects %s', async (_, path, options, kind, message) => {
    const error = await failure(fetchUrl(`${base}${path}`, options));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.hint).not.toBe('');
  });

  // The message names the 0.3 s limit, so the timeout is what ended each fetch; the test's own timeout
  // is the hang guard (no elapsed-time assertion: those fail under load, not on bugs).
  it('times out on a slow body and on a server that never answers', async () => {
    for (const path of ['/slow', '/stall']) {
      const error = await failure(fetchUrl(`${base}${path}`, { timeoutMs: 300 }));
      expect(error.kind).toBe('network');
      expect(error.message).toMatch(/did not finish downloading within 0\.3 s/);
    }
  }, 30_000);

  it('refuses non-web addresses and names unreachable hosts', async () => {
    for (const url of ['file:///etc/passwd', 'data:text/html,<p>x</p>', 'javascript:alert(1)', 'ftp://example.com/x']) {
      const error = await failure(fetchUrl(url));
      expect(error.kind).toBe('input');
      expect(error.message).toMatch(/only http and https/);
    }
    expect((await failure(fetchUrl('http://'))).kind).toBe('input');
    const before = requests.length;
    expect((await failure(fetchUrl(`http://user:pw@127.0.0.1:1/`))).message).toMatch(/user name or password/);
    expect(requests.length).toBe(before);
    // A port that was just closed: nothing listens there.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const refused = await failure(fetchUrl(`http://127.0.0.1:${port}/`));
    expect(refused.kind).toBe('network');
    expect(refused.message).toMatch(/refused the connection/);
  });
});

describe('looksLikeUrl', () => {
  it.each([
    ['https://example.com/a', true],
    ['http://x', true],
    ['data:text/plain,hi', true],
    ['file:///tmp/a.txt', true],
    ['input/article.txt', false],
    ['C:\\articles\\a.txt', false],
    ['-', false],
  ])('%s → %s', (input, url) => {
    expect(looksLikeUrl(input)).toBe(url);
  });
});
