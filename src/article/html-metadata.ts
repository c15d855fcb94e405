// Metadata of an HTML page, read from the DOM before anything is removed: headline (printed h1, or
// og:title/title without the site name), byline, date and standfirst, from <meta>, JSON-LD and markup.
// Entities are decoded exactly once, by the HTML parser (see read-html.ts).
import { parseHTML } from 'linkedom';
import { bylineOf, dateOf, isDateOnly, isDateStub, isNameOnly } from './junk.ts';
import { comparable, normalizeText, sameText, words } from './blocks.ts';
import { classWords } from './html-cleanup.ts';

/** The page's <meta> elements, found once per document: querySelectorAll walks the whole tree. */
const metaElements = new WeakMap<Document, Element[]>();

function meta(document: Document, ...names: string[]): string | null {
  let elements = metaElements.get(document);
  if (!elements) metaElements.set(document, (elements = Array.from(document.querySelectorAll('meta'))));
  for (const name of names) {
    for (const el of elements) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      if (key !== name) continue;
      const value = normalizeText(el.getAttribute('content') ?? '');
      if (value !== '') return value;
    }
  }
  return null;
}

interface JsonLd {
  headline: string | null;
  author: string | null;
  date: string | null;
}

const decoder = { document: null as Document | null };

/**
 * Decodes character references once, with the HTML parser's own decoder. For text no parser has
 * seen yet: JSON-LD (raw script text that publishers escape as HTML) and Markdown text.
 */
export function decodeEntitiesOnce(text: string): string {
  if (!text.includes('&')) return text;
  decoder.document ??= parseHTML('<!doctype html><html><body><p></p></body></html>').document;
  const p = decoder.document.querySelector('p')!;
  p.innerHTML = text.replace(/</g, '&lt;');
  return p.textContent ?? text;
}

export function readJsonLd(document: Document): JsonLd {
  const found: JsonLd = { headline: null, author: null, date: null };
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? normalizeText(decodeEntitiesOnce(v)) : null);
  const visit = (node: unknown, depth: number): void => {
    if (depth > 8 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node.slice(0, 50)) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (type.some((t) => /Article|BlogPosting|Report/.test(t))) {
      found.headline ??= str(o.headline) ?? str(o.name);
      found.date ??= str(o.datePublished);
      const authors = ([] as unknown[]).concat(o.author ?? []).map((a) => (typeof a === 'string' ? str(a) : str((a as Record<string, unknown> | null)?.name)));
      const names = authors.filter((a): a is string => a !== null && !/^https?:/i.test(a));
      if (names.length > 0) found.author ??= names.join(', ').replace(/, ([^,]+)$/, names.length > 1 ? ' and $1' : ', $1');
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common and harmless: the meta tags and the page itself still speak.
    }
  }
  return found;
}

const SEPARATORS = /\s+(?:\||-|–|—|·|::|»|:)\s+/;

/**
 * "Headline | Site", "Site - Headline", "Headline – The Site": the site name is not part of the
 * headline. A tail is cut when it is the site's name, or after " | " when it is short.
 */
export function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  const t = normalizeText(title);
  const site = siteName ? comparable(siteName.replace(/^the\s+/i, '')) : null;
  const hostWord = host ? comparable(host.replace(/^www\./, '').split('.')[0] ?? '') : null;
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const names = (part: string): boolean => {
    const c = comparable(part.replace(/^the\s+/i, ''));
    return c !== '' && (c === site || c === hostWord || (site !== null && site.length > 3 && c.startsWith(site)) || (hostWord !== null && hostWord.length > 2 && c.startsWith(hostWord)));
  };
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (names(last)) return t.slice(0, t.length - last.length).replace(new RegExp(`${SEPARATORS.source}$`), '').trim();
  if (names(first)) return t.slice(first.length).replace(new RegExp(`^${SEPARATORS.source}`), '').trim();
  const pipe = t.lastIndexOf(' | ');
  if (pipe > 0 && words(t.slice(pipe + 3)) <= 4 && words(t.slice(0, pipe)) >= 3) return t.slice(0, pipe).trim();
  return t;
}

function hostOf(source: string): string | null {
  try {
    return new URL(source).hostname || null;
  } catch {
    return null;
  }
}

export function chooseHeadline(document: Document, ld: JsonLd, source: string): string | null {
  const site = meta(document, 'og:site_name', 'application-name');
  const host = hostOf(source);
  // Buttons and icons inside a heading ("Copy link", "Share") are not part of the headline.
  for (const junk of document.querySelectorAll('h1 button, h1 svg, h1 script, h1 style, h1 noscript, h1 img, h1 [aria-hidden="true"]')) junk.remove();
  // An <svg><title> is an icon's name, not the page's.
  const titleEl = Array.from(document.querySelectorAll('title')).find((t) => !t.closest('svg'));
  const reference = meta(document, 'og:title', 'twitter:title') ?? ld.headline ?? (titleEl ? normalizeText(titleEl.textContent ?? '') : null);
  const h1s = Array.from(document.querySelectorAll('h1'))
    .map((h) => ({ el: h, text: normalizeText(h.textContent ?? '') }))
    .filter((h) => h.text !== '');
  if (reference) {
    const ref = comparable(reference);
    // The printed h1 wins when it agrees with the declared title: it is the headline as the reader saw it.
    // "Headline | Site" is the common order, so an h1 that starts the title is the best match; one
    // that only ends it may be the site's name in a "Headline - Site" title.
    const starts = h1s.find((h) => {
      const c = comparable(h.text);
      return c.length > 0 && (ref === c || ref.startsWith(c) || c.startsWith(ref));
    });
    if (starts) return starts.text;
  }
  const inArticle = h1s.find((h) => h.el.closest('article, main'));
  if (inArticle) return inArticle.text;
  if (reference) {
    const ref = comparable(stripSiteName(reference, site, host));
    const ends = h1s.find((h) => comparable(h.text) === ref);
    if (ends) return ends.text;
  }
  if (reference) return stripSiteName(reference, site, host);
  return h1s[0]?.text ?? null;
}

export function chooseByline(document: Document, ld: JsonLd): string | null {
  const fromMeta = meta(document, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author');
  for (const candidate of [fromMeta, ld.author]) {
    if (candidate && !/^https?:|^www\.|\//i.test(candidate) && words(candidate) <= 16) return candidate.replace(/^by[:\s]+/i, '');
  }
  for (const el of document.querySelectorAll('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]')) {
    const text = normalizeText(el.textContent ?? '');
    const by = bylineOf(text) ?? (isNameOnly(text) ? text : null);
    if (by) return by;
  }
  return null;
}

export function chooseDateline(document: Document, ld: JsonLd): string | null {
  // As printed on the page when there is a <time>, otherwise the declared machine date.
  const time = document.querySelector('article time, header time, main time') ?? document.querySelector('time');
  if (time) {
    const text = normalizeText(time.textContent ?? '');
    if (text !== '' && words(text) <= 12) return dateOf(text) ?? text;
    const attr = normalizeText(time.getAttribute('datetime') ?? '');
    if (attr !== '') return attr;
  }
  return meta(document, 'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'parsely-pub-date', 'sailthru.date') ?? ld.date;
}

const DEK_WORDS = new Set(['standfirst', 'dek', 'deck', 'subtitle', 'subheadline', 'subhead', 'strapline', 'subheading', 'summary']);

/** A standfirst marked as such, or the short line right after the h1 inside the article's <header>. Removed from the body. */
export function takeDek(document: Document, headline: string | null): string | null {
  for (const el of document.querySelectorAll('p, div, h2, span, h3')) {
    if (!classWords(el).some((w) => DEK_WORDS.has(w))) continue;
    const text = normalizeText(el.textContent ?? '');
    if (words(text) >= 3 && words(text) <= 60 && (headline === null || !sameText(text, headline))) {
      el.remove();
      return text;
    }
  }
  for (const h1 of document.querySelectorAll('header h1')) {
    const next = h1.nextElementSibling;
    if (next && (next.localName === 'p' || next.localName === 'h2') && !next.querySelector('time')) {
      const text = normalizeText(next.textContent ?? '');
      if (words(text) >= 3 && words(text) <= 45 && bylineOf(text) === null && !isDateOnly(text) && !isDateStub(text)) {
        next.remove();
        return text;
      }
    }
  }
  return null;
}

/**
 * Parses a page into a document whose <body> holds the content. linkedom follows the markup as
 * written, so a fragment without <html> or a page without <body> would leave the body empty (and
 * Readability reads only the body): wrap fragments, and move stray children of <html> into <body>.
 */
