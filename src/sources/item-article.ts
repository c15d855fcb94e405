// One feed entry → the Article to narrate. The feed's own HTML when it carries the whole story
// (content:encoded, Atom content, content_html, a long description), read by the same HTML reader as
// any page; otherwise the item's link, fetched and read like any URL. What the page lacks (byline,
// date, language) comes from the feed. A teaser or a paywalled page is not an article: it is skipped
// with its reason, never published as a twenty-second stub.
import type { Article } from '../model.ts';
import { inputError } from '../errors.ts';
import type { FetchedPage } from '../article/fetch-url.ts';
import { checkLength, parse, type LoadOptions } from '../article/load-article.ts';
import type { FeedEntry } from './parse-feed.ts';

export interface EntryContext {
  /** The source's name, for messages. */
  source: string;
  minWords: number;
  /** Language when neither the feed nor the page says (BCP 47). */
  language?: string;
  /** Downloads an article page (the caller's polite fetcher). */
  fetchPage: (url: string) => Promise<FetchedPage>;
  /** The article readers' settings (boilerplate patterns, configured language). */
  load?: LoadOptions;
}

export type EntryArticle = { ok: true; article: Article; from: 'feed' | 'page' } | { ok: false; skipped: string };

export const wordCount = (article: Article): number =>
  article.sections.reduce((n, s) => n + s.paragraphs.reduce((m, p) => m + (p.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0), 0);

/**
 * schema.org's `isAccessibleForFree: false`, the documented way (Google's "paywalled content" markup)
 * for a publisher to say a page's text is behind a paywall. Looked for in the page's JSON-LD.
 */
export function declaresPaywall(html: string): boolean {
  const scripts = html.matchAll(/<script[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi);
  const visit = (node: unknown, depth: number): boolean => {
    if (depth > 8 || node === null || typeof node !== 'object') return false;
    if (Array.isArray(node)) return node.slice(0, 50).some((n) => visit(n, depth + 1));
    const o = node as Record<string, unknown>;
    const free = o.isAccessibleForFree;
    if (free === false || (typeof free === 'string' && free.trim().toLowerCase() === 'false')) return true;
    return visit(o['@graph'], depth + 1) || visit(o.hasPart, depth + 1);
  };
  for (const [, json] of scripts) {
    try {
      if (visit(JSON.parse(json!), 0)) return true;
    } catch {
      // Broken JSON-LD says nothing either way.
    }
  }
  return false;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed's HTML as a page of its own, so the HTML reader sees headline, language and body as on the web. */
function feedPage(entry: FeedEntry, html: string): string {
  const title = entry.title ?? '';
  const lang = entry.language ? ` lang="${esc(entry.language)}"` : '';
  return `<!doctype html><html${lang}><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article>${title ? `<h1>${esc(title)}</h1>` : ''}${html}</article></body></html>`;
}

/** The same readers, cleanup and length limit as an article given on the command line. */
async function readPage(page: Pick<FetchedPage, 'text' | 'contentType' | 'finalUrl'>, source: string, load: LoadOptions): Promise<Article> {
  return checkLength(await parse(page.contentType, page.text, page.contentType === 'html' ? page.finalUrl : source, load), source);
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The feed fills what the page left empty; the page's own values win. */
function withFeedFacts(article: Article, entry: FeedEntry, context: EntryContext): Article {
  const language = (entry.language ?? context.language)?.slice(0, 2).toLowerCase();
  return {
    ...article,
    headline: article.headline || entry.title || article.headline,
    byline: article.byline ?? entry.author,
    dateline: article.dateline ?? (entry.published ? DATE_FORMAT.format(entry.published) : null),
    ...(article.language === undefined && language ? { language } : {}),
  };
}

/** What to call an entry in one line: its title, else its link, else its key. */
export const entryLabel = (entry: FeedEntry): string => (entry.title ? `"${entry.title}"` : (entry.link ?? entry.key));

export async function articleForEntry(entry: FeedEntry, context: EntryContext): Promise<EntryArticle> {
  const label = entryLabel(entry);
  const source = entry.link ?? `${context.source}#${entry.key}`;
  let fromFeed: Article | null = null;
  if (entry.html) {
    try {
      fromFeed = await readPage({ text: feedPage(entry, entry.html), contentType: 'html', finalUrl: source }, source, context.load ?? {});
    } catch {
      fromFeed = null; // an unreadable fragment: the page may still be fine
    }
    if (fromFeed && wordCount(fromFeed) >= context.minWords) return { ok: true, article: withFeedFacts({ ...fromFeed, source }, entry, context), from: 'feed' };
  }
  if (!entry.link) {
    if (fromFeed) return { ok: false, skipped: `${label} has only ${wordCount(fromFeed)} words in the feed and no link to the full article (minimum ${context.minWords}).` };
    throw inputError(`${context.source}: item ${label} has neither a link nor its text.`, 'Nothing to narrate; the publisher\'s feed leaves this item empty.');
  }
  const page = await context.fetchPage(entry.link);
  if (page.contentType === 'html' && declaresPaywall(page.text)) {
    return { ok: false, skipped: `${label} is behind a paywall (${entry.link} marks it isAccessibleForFree: false).` };
  }
  const article = withFeedFacts({ ...(await readPage(page, entry.link, context.load ?? {})), source: entry.link }, entry, context);
  const words = wordCount(article);
  if (words < context.minWords) {
    return { ok: false, skipped: `${label} is a teaser: ${words} words at ${entry.link} (minimum ${context.minWords}; set "minWords" for this source to change it).` };
  }
  return { ok: true, article, from: 'page' };
}
