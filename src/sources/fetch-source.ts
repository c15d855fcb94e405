// Polite reading of feeds and their articles: one User-Agent naming the tool and its version, a
// conditional GET (If-None-Match / If-Modified-Since → 304 costs the publisher nothing), and at most
// two requests at once per host. The downloads themselves go through fetchUrl, with its timeout,
// size limit and redirect checks. A local feed file is read with the same size limit.
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import pLimit, { type LimitFunction } from 'p-limit';
import { AppError, describeErrno, inputError } from '../errors.ts';
import { decodeBytes } from '../article/decode.ts';
import { FETCH_DEFAULTS, fetchUrl, looksLikeUrl, type FetchOptions, type FetchedPage } from '../article/fetch-url.ts';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const USER_AGENT = `audio-edition/${VERSION} (feed reader; narrates articles for a private podcast)`;

/** RFC 9110 suggests a client keep its connections per server low; feed readers commonly use 2. */
export const PER_HOST = 2;

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type SourceDocument =
  | { status: 200; text: string; finalUrl: string | null; validators: Validators }
  | { status: 304; validators: Validators };

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/x-opml;q=0.9, */*;q=0.5';

/** Per-host queues: every request of a run to one host waits its turn behind at most PER_HOST others. */
export class HostLimiter {
  private readonly limits = new Map<string, LimitFunction>();

  run<T>(url: string, task: () => Promise<T>): Promise<T> {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return task();
    }
    let limit = this.limits.get(host);
    if (!limit) this.limits.set(host, (limit = pLimit(PER_HOST)));
    return limit(task);
  }
}

async function readLocal(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) throw inputError(`${path} is not a regular file.`, 'Give a feed file or a feed address.');
    if (info.size > maxBytes) throw inputError(`${path} is larger than ${(maxBytes / 1048576).toFixed(0)} MB; that is not a feed.`, 'Give a feed file or a feed address.');
    const bytes = new Uint8Array(info.size);
    await handle.read(bytes, 0, info.size, 0);
    return bytes;
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw inputError(`Cannot read the source ${path}: ${describeErrno(cause)}.`, 'Check the path in "sources" or on the command line.', cause);
  } finally {
    await handle?.close();
  }
}

/** The charset an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`). */
function xmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1] ?? null;
}

/** Reads a feed (or any document that may be one) from an address or a file, conditionally when validators are known. */
export async function readSourceDocument(location: string, validators: Validators, limiter: HostLimiter, options: FetchOptions = {}): Promise<SourceDocument> {
  if (!looksLikeUrl(location)) {
    const bytes = await readLocal(location, options.maxBytes ?? FETCH_DEFAULTS.maxBytes);
    return { status: 200, text: decodeBytes(bytes, { charset: xmlCharset(bytes), source: location, undeclared: 'windows-1252' }), finalUrl: null, validators: {} };
  }
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: FEED_ACCEPT };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const page = await limiter.run(location, () => fetchUrl(location, { ...options, headers, anyType: true }));
  const next = { etag: page.http?.etag ?? validators.etag ?? null, lastModified: page.http?.lastModified ?? validators.lastModified ?? null };
  if (page.http?.status === 304) return { status: 304, validators: next };
  return { status: 200, text: page.text, finalUrl: page.finalUrl, validators: next };
}

/** An item's article page, with the same manners. */
export function fetchArticlePage(url: string, limiter: HostLimiter, options: FetchOptions = {}): Promise<FetchedPage> {
  return limiter.run(url, () => fetchUrl(url, { ...options, headers: { 'user-agent': USER_AGENT } }));
}
