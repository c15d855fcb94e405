// Downloading an article from a URL with the limits a CLI needs against slow, huge, looping or
// non-article responses. Node's fetch with `redirect: 'manual'` lets every hop be counted and checked
// (a redirect to file: or data: is refused like the same URL typed by hand); one AbortController
// and one timer cover the whole download, including a body that trickles in.
import { AppError, configError, inputError, networkError } from '../errors.ts';
import { decodeBytes } from './decode.ts';

export interface FetchOptions {
  /** For the whole download, headers and body. Default 15 s. */
  timeoutMs?: number;
  /** Decoded body size limit. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Extra request headers, over the defaults: a feed's Accept, If-None-Match / If-Modified-Since. */
  headers?: Record<string, string>;
  /** Accept any Content-Type (feeds are sniffed by content, whatever the server calls them). */
  anyType?: boolean;
}

export type ContentKind = 'html' | 'markdown' | 'text';

export interface FetchedPage {
  text: string;
  contentType: ContentKind;
  finalUrl: string;
  /**
   * Only when the request sent extra headers (a feed reader's conditional GET): the status, 200 or
   * 304 (Not Modified; text is then empty), the MIME type, and the validators for the next request.
   */
  http?: { status: number; mime: string; etag: string | null; lastModified: string | null };
}

/**
 * Download limits from the environment (AUDIO_EDITION_FETCH_TIMEOUT_MS, AUDIO_EDITION_FETCH_MAX_BYTES):
 * for slow networks, and for tests that need a timeout in milliseconds rather than 15 s.
 */
export function fetchOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): FetchOptions {
  const read = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw configError(`${name}=${raw} is not a whole number above 0.`, `Unset ${name} or give a number, e.g. ${name}=30000.`);
    return n;
  };
  const timeoutMs = read('AUDIO_EDITION_FETCH_TIMEOUT_MS');
  const maxBytes = read('AUDIO_EDITION_FETCH_MAX_BYTES');
  return { ...(timeoutMs ? { timeoutMs } : {}), ...(maxBytes ? { maxBytes } : {}) };
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'audio-edition/0.1 (reads one article for narration)';

/**
 * Inputs that are addresses rather than file paths: `scheme://…`, or a scheme that never names a
 * file (`data:`, `javascript:`…). `C:\\x` (a drive letter) is a path.
 */
export function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(input) || /^(?:data|javascript|mailto|file|about|blob|vbscript):/i.test(input);
}

function checkProtocol(url: URL, original: string, redirected: boolean): void {
  if (url.protocol === 'http:' || url.protocol === 'https:') return;
  const what = redirected ? `${original} redirects to a ${url.protocol} address` : `${original} is a ${url.protocol} address`;
  throw inputError(`${what}; only http and https pages can be read.`, 'Give a web address (https://…), or a local file path without a scheme.');
}

const mb = (n: number): string => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 1)} MB`;

function kindOf(mime: string, url: URL): ContentKind | null {
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/markdown' || mime === 'text/x-markdown') return 'markdown';
  // Raw Markdown files (e.g. from code hosts) are usually served as text/plain.
  if (mime === 'text/plain') return /\.(?:md|markdown|mdown|mkd)$/i.test(url.pathname) ? 'markdown' : 'text';
  return null;
}

function httpError(status: number, statusText: string, url: string): AppError {
  const hint =
    status === 401 || status === 403
      ? 'The page needs a login or blocks automated readers: save the article text to a file instead.'
      : status === 404 || status === 410
        ? 'Check the address: the page does not exist (any more).'
        : status === 429
          ? 'The site is rate-limiting requests: wait a while and try again.'
          : status >= 500
            ? 'The site has a problem on its side: try again later.'
            : 'Check the address, or save the article text to a file instead.';
  return networkError(`${url} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}.`, hint);
}

/** Turns fetch's "fetch failed" TypeError into one line that names what went wrong. */
function connectionError(error: unknown, url: URL): AppError {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code ?? '';
  const host = url.host;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return networkError(`Cannot find the host ${host}.`, 'Check the address and your internet connection.', error);
  }
  if (code === 'ECONNREFUSED') return networkError(`${host} refused the connection.`, 'Check the address (and port); the site may be down.', error);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return networkError(`The connection to ${host} was dropped.`, 'Try again; if it keeps happening, save the article to a file instead.', error);
  }
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return networkError(`The TLS certificate of ${host} is not trusted (${code}).`, 'Check the address; a proxy or captive portal may be intercepting the connection.', error);
  }
  const detail = cause?.message ?? (error as Error)?.message ?? String(error);
  return networkError(`Cannot download ${url.href}: ${detail}.`, 'Check the address and your internet connection.', error);
}

/** Reads a body up to `maxBytes`, stopping (and cancelling the download) as soon as it is exceeded. */
async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw inputError(`${url} is larger than ${mb(maxBytes)}; that is not a single article.`, 'Give the address of one article page, or save the article text to a file.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Downloads an article page. Network trouble → networkError; wrong type, size or scheme → inputError. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  let current: URL;
  try {
    current = new URL(url);
  } catch (cause) {
    throw inputError(`Not a valid address: ${url}`, 'Write the full address, e.g. https://example.com/story.', cause);
  }
  checkProtocol(current, url, false);
  if (current.username || current.password) {
    throw inputError(`${url} contains a user name or password.`, 'Remove the credentials from the address; save pages behind a login to a file instead.');
  }

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const visited = new Set<string>([current.href]);
  try {
    for (let hops = 0; ; hops++) {
      let response: Response;
      try {
        response = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': USER_AGENT,
            accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8',
            ...options.headers,
          },
        });
      } catch (error) {
        if (timedOut) throw error;
        throw connectionError(error, current);
      }

      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get('location');
        if (!location) throw networkError(`${current.href} answered HTTP ${response.status} without saying where to go.`, 'The site is misconfigured; try the address in a browser.');
        const next = new URL(location, current);
        checkProtocol(next, current.href, true);
        if (visited.has(next.href)) {
          throw networkError(`${url} redirects in a loop (back to ${next.href}).`, 'The site is misconfigured or needs cookies; save the article to a file instead.');
        }
        if (hops + 1 > maxRedirects) {
          throw networkError(`${url} redirects more than ${maxRedirects} times.`, 'Give the final address of the article (open it in a browser and copy it).');
        }
        visited.add(next.href);
        current = next;
        continue;
      }
      const http = (mime: string) => (options.headers ? { http: { status: response.status, mime, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') } } : {});
      if (response.status === 304 && options.headers) {
        await response.body?.cancel().catch(() => {});
        return { text: '', contentType: 'text', finalUrl: current.href, ...http('') };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw httpError(response.status, response.statusText, current.href);
      }

      const contentType = response.headers.get('content-type') ?? '';
      const mime = contentType.split(';')[0]!.trim().toLowerCase();
      let kind = mime === '' ? null : (kindOf(mime, current) ?? (options.anyType ? 'text' : null));
      if (mime !== '' && kind === null) {
        await response.body?.cancel().catch(() => {});
        throw inputError(`${current.href} is ${mime}, not an article page.`, 'Give the address of an HTML, Markdown or plain-text article.');
      }
      const declaredLength = Number(response.headers.get('content-length'));
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw inputError(`${current.href} is ${mb(declaredLength)}; the limit is ${mb(maxBytes)}.`, 'Give the address of one article page, or save the article text to a file.');
      }

      let bytes: Uint8Array;
      try {
        bytes = await readLimited(response.body, maxBytes, current.href);
      } catch (error) {
        if (error instanceof AppError || timedOut) throw error;
        throw connectionError(error, current);
      }
      const charset = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType)?.[2] ?? null;
      if (kind === null) {
        // No Content-Type: sniff like a browser would for the three kinds we accept.
        const start = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
        kind = /^(?:\ufeff|ï»¿)?<(?:!doctype html|html|head|body|!--|meta|title|article|p\b|div)/.test(start) ? 'html' : 'text';
      }
      const text = decodeBytes(bytes, { charset, html: kind === 'html', source: current.href, undeclared: 'windows-1252', binaryHint: 'Give the address of an article page.' });
      if (text.replace(/\s/g, '') === '') {
        throw inputError(`${current.href} returned an empty page.`, 'Check the address; the article may be loaded by JavaScript. Save its text to a file instead.');
      }
      return { text, contentType: kind, finalUrl: current.href, ...http(mime) };
    }
  } catch (error) {
    if (timedOut && !(error instanceof AppError && error.kind === 'input')) {
      throw networkError(`${url} did not finish downloading within ${(timeoutMs / 1000).toFixed(timeoutMs < 1000 ? 1 : 0)} s.`, 'The site is slow or not responding: try again later, or save the article to a file.', error);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
