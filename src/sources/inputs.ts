// Which command-line inputs are feeds: decided by their content, never their name. A URL is asked for
// once (with the feed reader's manners) and sniffed; a file's first bytes are sniffed. Everything else
// goes on to the article readers unchanged.
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { looksLikeUrl, type FetchOptions } from '../article/fetch-url.ts';
import { type AppError, toAppError } from '../errors.ts';
import { ARTICLE_EXTENSIONS } from '../article/read-input.ts';
import { HostLimiter, readSourceDocument } from './fetch-source.ts';
import { sniffFeed } from './sniff-feed.ts';

async function head(path: string): Promise<string | null> {
  let handle;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    handle = await open(path, 'r');
    const bytes = new Uint8Array(4096);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return Buffer.from(bytes.subarray(0, bytesRead)).toString('utf8');
  } catch {
    return null; // unreadable: the article reader will say why, in its own words
  } finally {
    await handle?.close();
  }
}

export interface SplitInputs {
  articles: string[];
  feeds: string[];
  /** URLs that could not be downloaded: reported as they are, not asked for a second time. */
  failures: { source: string; error: AppError }[];
}

/**
 * Splits inputs into feeds and articles. In a folder, files that are not articles by extension are
 * sniffed too, so a saved feed or an OPML export dropped into input/ is read as one.
 */
export async function splitInputs(inputs: string[], limiter: HostLimiter, fetch: FetchOptions = {}): Promise<SplitInputs> {
  const out: SplitInputs = { articles: [], feeds: [], failures: [] };
  for (const input of inputs) {
    if (input === '-') {
      out.articles.push(input);
    } else if (looksLikeUrl(input)) {
      try {
        const doc = await readSourceDocument(input, {}, limiter, fetch);
        // Not a feed: the article reader asks again (it checks the type of page it gets).
        (doc.status === 200 && sniffFeed(doc.text) ? out.feeds : out.articles).push(input);
      } catch (error) {
        out.failures.push({ source: input, error: toAppError(error) });
      }
    } else if ((await stat(input).catch(() => null))?.isDirectory()) {
      const names = (await readdir(input)).filter((n) => !n.startsWith('.')).sort();
      const feeds: string[] = [];
      for (const name of names) {
        const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
        if (ARTICLE_EXTENSIONS.includes(ext)) continue;
        const text = await head(join(input, name));
        if (text !== null && sniffFeed(text)) feeds.push(join(input, name));
      }
      out.feeds.push(...feeds);
      // The folder still goes to the article reader, unless feeds are all it holds.
      if (feeds.length === 0 || names.some((n) => ARTICLE_EXTENSIONS.includes(n.slice(n.lastIndexOf('.')).toLowerCase()))) out.articles.push(input);
    } else {
      const text = await head(input);
      (text !== null && sniffFeed(text) ? out.feeds : out.articles).push(input);
    }
  }
  return out;
}
