// A feed's text → its entries, the same shape for every dialect. Parsing is feedsmith's (RSS 0.9x/2.0,
// Atom 0.3/1.0, RSS 1.0/RDF, JSON Feed 1.0/1.1, OPML): it reads XML with fast-xml-parser with
// processEntities off, so a DOCTYPE's entities are never expanded (an entity-expansion bomb stays the
// literal "&lol9;", in milliseconds), and decodes HTML's named and numeric references itself; CDATA is
// kept as text. Detection is by content, never by file name or Content-Type.
import { createHash } from 'node:crypto';
import { parseFeed, parseOpml } from 'feedsmith';
import { inputError } from '../errors.ts';
import { sniffFeed } from './sniff-feed.ts';

export interface FeedEntry {
  /** Stable identity inside the feed: guid / Atom id / JSON id, else the link, else a hash of title and date. */
  key: string;
  link: string | null;
  title: string | null;
  author: string | null;
  published: Date | null;
  language: string | null;
  /** The richest HTML the feed carries for the item (content:encoded, Atom content, content_html, description). */
  html: string | null;
  categories: string[];
}

export interface ParsedFeed {
  kind: 'feed';
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  link: string | null;
  language: string | null;
  entries: FeedEntry[];
  /** Entries dropped because an earlier one had the same key. */
  duplicates: string[];
}

export interface ParsedOpml {
  kind: 'opml';
  feeds: { url: string; name: string | null }[];
}

type Loose = Record<string, any>;

const clean = (s: unknown): string | null => (typeof s === 'string' && s.trim() !== '' ? s.replace(/\s+/g, ' ').trim() : null);

/** Text of an HTML-typed title: tags out, the five XML entities and numeric references decoded. */
function htmlText(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n]!);
}

function atomText(t: Loose | undefined): string | null {
  const value = clean(t?.value);
  if (value === null) return null;
  return t?.type === 'html' || t?.type === 'xhtml' ? clean(htmlText(value)) : value;
}

/** "jane@example.com (Jane Doe)" (RSS's author is an e-mail address) → "Jane Doe". */
function personName(s: unknown): string | null {
  const text = clean(s);
  if (text === null) return null;
  const inParens = /\(([^)]+)\)\s*$/.exec(text)?.[1];
  if (inParens) return clean(inParens);
  return /^\S+@\S+$/.test(text) ? null : text;
}

function date(...values: unknown[]): Date | null {
  for (const v of values) {
    if (typeof v !== 'string' || v.trim() === '') continue;
    const t = Date.parse(v.trim());
    if (!Number.isNaN(t)) return new Date(t);
  }
  return null;
}

/** An absolute http(s) address, resolved against the document's base; anything else (javascript:, data:) is no link. */
function absolute(link: unknown, base: string | null): string | null {
  const text = clean(link);
  if (text === null) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function textToHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split(/\n\s*\n/).map((p) => `<p>${esc(p.trim())}</p>`).join('\n');
}

interface RawEntry extends Omit<FeedEntry, 'key'> {
  id: string | null;
}

function rssEntry(item: Loose, base: string | null, channel: Loose): RawEntry {
  return {
    id: clean(item.guid?.value),
    link: absolute(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined), base),
    title: clean(item.title) && clean(htmlText(item.title)),
    author: personName(item.dc?.creators?.[0]) ?? personName(item.authors?.[0]?.name ?? item.authors?.[0]) ?? personName(item.itunes?.author) ?? personName(channel.dc?.creators?.[0]),
    published: date(item.pubDate, item.dc?.dates?.[0], item.dcterms?.issued, item.dcterms?.modified),
    language: clean(item.dc?.languages?.[0]) ?? clean(channel.language) ?? clean(channel.dc?.languages?.[0]),
    html: clean(item.content?.encoded) ? item.content.encoded : clean(item.description) ? item.description : null,
    categories: (item.categories ?? []).map((c: Loose) => clean(c?.name ?? c)).concat(item.dc?.subjects ?? []).filter((c: unknown): c is string => typeof c === 'string'),
  };
}

function atomEntry(entry: Loose, base: string | null, feed: Loose): RawEntry {
  const entryBase = entry.xml?.base ? absolute(entry.xml.base, base) : base;
  const links: Loose[] = entry.links ?? [];
  const alternate = links.find((l) => (l.rel ?? 'alternate') === 'alternate' && (!l.type || /html/i.test(l.type))) ?? links.find((l) => (l.rel ?? 'alternate') === 'alternate');
  const content = entry.content;
  const contentHtml = content?.src ? null : clean(content?.value) ? (content.type === 'html' || content.type === 'xhtml' ? content.value : textToHtml(content.value)) : null;
  const summary = clean(entry.summary?.value) ? (entry.summary.type === 'html' || entry.summary.type === 'xhtml' ? entry.summary.value : textToHtml(entry.summary.value)) : null;
  return {
    id: clean(entry.id),
    link: absolute(alternate?.href ?? content?.src, entryBase),
    title: atomText(entry.title),
    author: personName(entry.authors?.[0]?.name) ?? personName(entry.dc?.creators?.[0]) ?? personName(feed.authors?.[0]?.name),
    published: date(entry.published, entry.updated, entry.dc?.dates?.[0]),
    language: clean(entry.xml?.lang) ?? clean(feed.xml?.lang),
    html: contentHtml ?? summary,
    categories: (entry.categories ?? []).map((c: Loose) => clean(c.label) ?? clean(c.term)).filter((c: string | null): c is string => c !== null),
  };
}

function jsonEntry(item: Loose, base: string | null, feed: Loose): RawEntry {
  return {
    id: clean(item.id === undefined ? undefined : String(item.id)),
    link: absolute(item.url ?? item.external_url, base),
    title: clean(item.title),
    author: personName(item.authors?.[0]?.name) ?? personName(feed.authors?.[0]?.name),
    published: date(item.date_published, item.date_modified),
    language: clean(item.language) ?? clean(feed.language),
    html: clean(item.content_html) ? item.content_html : clean(item.content_text) ? textToHtml(item.content_text) : clean(item.summary) ? textToHtml(item.summary) : null,
    categories: (item.tags ?? []).filter((t: unknown): t is string => typeof t === 'string'),
  };
}

function rdfEntry(item: Loose, base: string | null, channel: Loose): RawEntry {
  return {
    id: clean(item.rdf?.about),
    link: absolute(item.link ?? item.rdf?.about, base),
    title: clean(item.title) && clean(htmlText(item.title)),
    author: personName(item.dc?.creators?.[0]) ?? personName(channel.dc?.creators?.[0]),
    published: date(item.dc?.dates?.[0], item.dcterms?.issued),
    language: clean(item.dc?.languages?.[0]) ?? clean(channel.dc?.languages?.[0]),
    html: clean(item.content?.encoded) ? item.content.encoded : clean(item.description) ? item.description : null,
    categories: (item.dc?.subjects ?? []).filter((s: unknown): s is string => typeof s === 'string'),
  };
}

function keyOf(raw: RawEntry): string {
  if (raw.id) return raw.id;
  if (raw.link) return raw.link;
  return `sha1:${createHash('sha1').update(`${raw.title ?? ''}\n${raw.published?.toISOString() ?? ''}\n${raw.html ?? ''}`).digest('hex').slice(0, 16)}`;
}

/**
 * Parses a feed or an OPML list. `base` is the address the document came from (relative links resolve
 * against it, or the xml:base it declares). Not a feed, or a feed too broken to read: an input error.
 */
export function parseFeedText(text: string, source: string, base: string | null): ParsedFeed | ParsedOpml {
  const kind = sniffFeed(text);
  if (kind === null) throw inputError(`${source} is not a feed (RSS, Atom, RDF, JSON Feed) or an OPML list.`, 'Give the address of the feed itself (often /feed, /rss or /atom.xml).');
  const body = text.replace(/^\ufeff/, '');
  if (kind === 'opml') {
    let opml: Loose;
    try {
      opml = parseOpml(body) as Loose;
    } catch (cause) {
      throw inputError(`${source} is a broken OPML file (${(cause as Error).message}).`, 'Export the list again from your feed reader.', cause);
    }
    const feeds: ParsedOpml['feeds'] = [];
    const walk = (outlines: Loose[] | undefined) => {
      for (const o of outlines ?? []) {
        const url = absolute(o.xmlUrl, base);
        if (url) feeds.push({ url, name: clean(o.title) ?? clean(o.text) });
        walk(o.outlines);
      }
    };
    walk(opml.body?.outlines);
    return { kind: 'opml', feeds };
  }
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseFeed(body) as { format: string; feed: Loose };
  } catch (cause) {
    throw inputError(`${source} is a malformed feed (${(cause as Error).message}).`, 'The publisher\'s feed is broken; try again later or tell them.', cause);
  }
  const feed = parsed.feed;
  const format = parsed.format as ParsedFeed['format'];
  const docBase = feed.xml?.base ? absolute(feed.xml.base, base) : base;
  const channelLink = format === 'atom' ? absolute((feed.links as Loose[] | undefined)?.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href, docBase) : absolute(format === 'json' ? feed.home_page_url : feed.link, docBase);
  const linkBase = docBase ?? channelLink;
  const raws: RawEntry[] =
    format === 'atom' ? (feed.entries ?? []).map((e: Loose) => atomEntry(e, linkBase, feed))
    : format === 'json' ? (feed.items ?? []).map((i: Loose) => jsonEntry(i, linkBase, feed))
    : format === 'rdf' ? (feed.items ?? []).map((i: Loose) => rdfEntry(i, linkBase, feed))
    : (feed.items ?? []).map((i: Loose) => rssEntry(i, linkBase, feed));
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  const duplicates: string[] = [];
  for (const raw of raws) {
    const key = keyOf(raw);
    if (seen.has(key)) {
      duplicates.push(key);
      continue;
    }
    seen.add(key);
    const { id: _id, ...rest } = raw;
    entries.push({ key, ...rest });
  }
  const title = format === 'atom' ? atomText(feed.title) : clean(feed.title);
  const language = format === 'atom' ? clean(feed.xml?.lang) : clean(feed.language) ?? clean(feed.dc?.languages?.[0]);
  return { kind: 'feed', format, title, link: channelLink, language, entries, duplicates };
}
