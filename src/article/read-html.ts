// HTML pages into an Article. linkedom builds a DOM without a browser: it never runs scripts, fires
// events or loads resources, so a hostile page can at most be text. Metadata (headline, byline, date)
// is read from the DOM before anything is removed, page furniture is removed, and @mozilla/readability
// picks the article body. The body is then walked into blocks and assembled by the same rules as
// Markdown (`articleFromBlocks`), so both formats agree on bylines, deks, credits and junk lines.
//
// Entities are decoded exactly once, by the HTML parser: text is only ever read from text nodes and
// attribute values, never re-parsed or passed through Readability's own metadata (which unescapes a
// second time: `&amp;amp;` would come out as `&`).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { inputError } from '../errors.ts';
import type { Article, Section } from '../model.ts';
import { cleanText } from './clean-text.ts';
import { bylineOf, dateOf, isCaption, isCredit, isDateOnly, isDateStub, isEndMarker, isFurniture, isNameOnly, wireDatelineLength } from './junk.ts';

// ---------------------------------------------------------------------------------------------
// Blocks: the common shape of Markdown and HTML bodies.

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | {
      kind: 'paragraph';
      text: string;
      /** From a `<blockquote>` / `> ` block: spoken as a quote. */
      quote?: boolean;
      /** Who said the quote (a blockquote's <cite>/<footer>): read after the closing quotation mark. */
      attribution?: string;
      /** The whole paragraph is italic/bold (a Markdown standfirst looks like this). */
      emphasized?: boolean;
    };

export interface ArticleHints {
  source: string;
  headline: string;
  dek?: string | null;
  byline?: string | null;
  dateline?: string | null;
}

/** One line of text: invisible characters removed, all whitespace (newlines too) collapsed. */
export function normalizeText(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const sameText = (a: string, b: string): boolean => comparable(a) === comparable(b);
const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Double quotes in either direction, straight or curly, including the low-9 and guillemets. */
const OPENING = /^["“„«]/;
const CLOSING = /["”“»][\s.,;:!?)]*$/;

/**
 * A quotation as the segmenter expects it: wrapped in “…”. Text that already opens and closes with
 * quotation marks is left alone. Quotation marks inside become single ones (‘…’), the typographic
 * rule for a quote within a quote, so the segmenter does not end the quote early.
 */
export function asQuote(text: string): string {
  const t = text.trim();
  if (t === '' || (OPENING.test(t) && CLOSING.test(t))) return t;
  const inner = t
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{—–-])"/g, '$1‘')
    .replace(/"/g, '’');
  return `“${inner}”`;
}

/** "By Jane Doe | Nov. 1, 2024" or "By Jane Doe" or "Jane Doe · 5 min read": the byline and the date in it. */
function headerLine(text: string): { byline: string | null; date: string | null } | null {
  const parts = text.split(/\s+[|·•—–]\s+/);
  let byline: string | null = null;
  let date: string | null = null;
  for (const part of parts) {
    const by = bylineOf(part);
    if (by !== null && byline === null) byline = by;
    else if (isDateOnly(part) || isDateStub(part)) date ??= dateOf(part);
    else if (!isFurniture(part)) return null;
  }
  return byline !== null || date !== null ? { byline, date } : null;
}

/**
 * Turns blocks (everything after the headline) into an Article. The header (lines before the first
 * story paragraph) gives the byline, the date and the dek; in the body, headings of level 1-3 start
 * sections, level 4-6 headings are read as short paragraphs, closing credits are collected, and page
 * furniture and captions are dropped. Throws when no story text is left.
 */
export function articleFromBlocks(blocks: Block[], hints: ArticleHints): Article {
  const headline = normalizeText(hints.headline);
  if (headline === '') throw inputError(`${hints.source} has no headline.`, 'Start the article with its headline.');
  let dek = hints.dek ? normalizeText(hints.dek) || null : null;
  let byline = hints.byline ? normalizeText(hints.byline).replace(/^by[:\s]+/i, '') || null : null;
  let dateline = hints.dateline ? normalizeText(hints.dateline) || null : null;
  const credits: string[] = [];
  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  const items = blocks.map((b) => ({ ...b, text: normalizeText(b.text) })).filter((b) => b.text !== '');

  let inHeader = true;
  let firstBody = true;
  for (let i = 0; i < items.length; i++) {
    const block = items[i]!;
    const text = block.text;
    if (inHeader && block.kind === 'paragraph' && !block.quote) {
      const line = headerLine(text);
      if (line) {
        byline ??= line.byline;
        dateline ??= line.date;
        continue;
      }
      if (sameText(text, headline) || (dek !== null && sameText(text, dek))) continue;
      if (byline !== null && sameText(text, byline) && isNameOnly(text)) continue;
      if (isFurniture(text) || isCaption(text)) continue;
      if (dek === null && looksLikeDek(block, items[i + 1])) {
        dek = text;
        continue;
      }
    }
    if (block.kind === 'heading' && block.level <= 3) {
      inHeader = false;
      if (sameText(text, headline)) continue;
      sections.push({ heading: text, paragraphs: [] });
      continue;
    }
    inHeader = false;
    if (isEndMarker(text)) break;
    if (isCredit(text)) {
      credits.push(text);
      continue;
    }
    if (isFurniture(text) || isCaption(text) || isDateStub(text) || isDateOnly(text)) continue;
    if (dek !== null && sameText(text, dek)) continue;
    const isQuote = block.kind === 'paragraph' && block.quote === true;
    if (!isQuote && block.kind === 'paragraph') {
      const by = bylineOf(text);
      if (by !== null) {
        byline ??= by;
        continue;
      }
    }
    let spoken = text;
    if (firstBody && !isQuote) {
      // Agency copy opens with "KYIV, Nov 1 (Reuters) - ": the credit in it is not spoken.
      const n = wireDatelineLength(spoken);
      if (n > 0 && n < spoken.length) {
        dateline ??= spoken.slice(0, n).replace(/\s*(?:-{1,2}|–|—)\s*$/, '').trim();
        spoken = spoken.slice(n).trim();
      }
    }
    firstBody = false;
    const attribution = block.kind === 'paragraph' && block.attribution ? ` ${normalizeText(block.attribution)}` : '';
    sections.at(-1)!.paragraphs.push(isQuote ? asQuote(spoken) + attribution : spoken);
  }

  const kept = sections.filter((s) => s.paragraphs.length > 0);
  if (kept.length === 0) {
    throw inputError(`${hints.source} has a headline but no body.`, 'Check that the file holds the whole article, not only its title.');
  }
  return { source: hints.source, headline, dek, byline, dateline, sections: kept, credits };
}

/**
 * A standfirst sits between the headline and the story. Italic/bold paragraphs of up to 60 words are
 * deks (that is how Markdown writes them); a plain paragraph is one only when a byline or date line
 * follows it, the classic header layout, since a plain first paragraph is usually the story's lead.
 */
function looksLikeDek(block: Block, next: Block | undefined): boolean {
  if (block.kind !== 'paragraph' || block.quote) return false;
  const n = words(block.text);
  if (n < 3 || n > 60 || OPENING.test(block.text) || wireDatelineLength(block.text) > 0) return false;
  if (block.emphasized) return true;
  return n <= 50 && next !== undefined && next.kind === 'paragraph' && headerLine(next.text) !== null;
}

// ---------------------------------------------------------------------------------------------
// The DOM side.

type El = Element;

/** Elements that are never part of the story, whatever their content. */
const NEVER_SPOKEN = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'video', 'audio', 'picture', 'img', 'source', 'track', 'map', 'area', 'form',
  'button', 'input', 'select', 'textarea', 'option', 'label', 'dialog', 'nav', 'aside', 'figcaption',
  'link', 'meta', 'base', 'head', 'title', 'menu', 'sup', 'pre',
]);

/** Class/id words of widgets: share bars, adverts, newsletter boxes, related links, comments, captions. */
const JUNK_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'shares', 'social', 'socials', 'ad', 'ads', 'advert', 'adverts',
  'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'sponsor', 'sponsored', 'promo', 'promotion',
  'newsletter', 'signup', 'subscribe', 'subscription', 'paywall', 'related', 'recirc', 'recirculation',
  'recommended', 'outbrain', 'taboola', 'comments', 'comment', 'disqus', 'breadcrumb', 'breadcrumbs',
  'toolbar', 'popup', 'modal', 'cookie', 'cookies', 'consent', 'gdpr', 'caption', 'sidebar', 'widget',
  'trending', 'popular', 'mostread', 'tags', 'email', 'tweet', 'facebook', 'whatsapp', 'linkedin',
  'twitter', 'pinterest', 'reddit', 'sr', 'visually', 'offscreen', 'skip',
]);

/** Social embeds: their text ends in handles, dates and "pic.twitter.com" links. */
const EMBED_CLASSES = /\b(?:twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|bluesky-embed)\b/i;

const ROLES_NEVER_SPOKEN = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'button']);

function classWords(el: El): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Huge attribute values cost linear time only: split and a Set lookup.
  return raw
    .slice(0, 2000)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isHidden(el: El): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').slice(0, 2000).toLowerCase();
  return /display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
}

/**
 * Story prose inside an element, which widgets do not have: more than 600 characters of paragraph
 * text outside links, or two paragraphs of a dozen words each.
 */
function holdsProse(el: El): boolean {
  let total = 0;
  let paragraphs = 0;
  for (const p of el.querySelectorAll('p')) {
    let links = 0;
    for (const a of p.querySelectorAll('a')) links += (a.textContent ?? '').length;
    const text = p.textContent ?? '';
    const own = Math.max(0, text.length - links);
    total += own;
    if (own > 0.5 * text.length && words(text) >= 12) paragraphs++;
    if (total > 600 || paragraphs >= 2) return true;
  }
  return false;
}

function isJunkElement(el: El): boolean {
  const tag = el.localName;
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return false;
  if (isHidden(el)) return true;
  const role = el.getAttribute('role');
  if (role && ROLES_NEVER_SPOKEN.has(role.toLowerCase())) return true;
  if (EMBED_CLASSES.test((el.getAttribute('class') ?? '').slice(0, 2000))) return true;
  const junk = classWords(el).some((w) => JUNK_WORDS.has(w));
  if (!junk) return false;
  // A wrapper such as <div class="article-body has-ads"> holds the story: keep what has real prose.
  if (el.querySelector('article, main')) return false;
  return !holdsProse(el);
}

function renameTo(el: El, tag: string): void {
  const replacement = el.ownerDocument.createElement(tag);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
}

/**
 * Removes furniture, hidden elements and widgets. Walks top-down with an explicit stack and never
 * descends into what it removes, so nested junk costs nothing and deep nesting cannot overflow.
 * A footer inside a blockquote is its attribution, and a figure holding a blockquote is a pull quote.
 */
function removeJunk(root: El): void {
  const doomed: El[] = [];
  const stack: El[] = Array.from(root.children);
  while (stack.length > 0) {
    const el = stack.pop()!;
    const tag = el.localName;
    let remove: boolean;
    if (NEVER_SPOKEN.has(tag)) remove = tag !== 'sup' || el.querySelector('a') !== null; // footnote markers are links
    else if (tag === 'footer') {
      remove = !el.closest('blockquote');
      // Readability drops every <footer>; as a <cite> the quote's attribution survives it.
      if (!remove) renameTo(el, 'cite');
    }
    else if (tag === 'figure') remove = !el.querySelector('blockquote');
    else remove = isJunkElement(el);
    if (remove) doomed.push(el);
    else for (const child of Array.from(el.children)) stack.push(child);
  }
  for (const el of doomed) el.remove();
}

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'pre', 'address', 'center', 'details', 'summary', 'hr', 'figure', 'hgroup',
  'body', 'html', 'caption', 'fieldset', 'legend',
]);
const CELLS = new Set(['td', 'th']);
/** Beyond this depth a subtree is read as plain text: deeply nested pages cannot exhaust the stack. */
const MAX_DEPTH = 150;

interface WalkState {
  blocks: Block[];
  buffer: string;
  quote: boolean;
  /** Inside a <q> or <blockquote>: nested quotes take single marks. */
  quoteDepth: number;
}

function flush(state: WalkState): void {
  const text = normalizeText(state.buffer);
  state.buffer = '';
  // A leftover dash or bullet with no words is not a paragraph.
  if (/[\p{L}\p{N}]/u.test(text)) state.blocks.push({ kind: 'paragraph', text, ...(state.quote ? { quote: true } : {}) });
}

function walk(node: Node, state: WalkState, depth: number): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      state.buffer += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue; // comments, processing instructions
    const el = child as El;
    const tag = el.localName;
    if (depth > MAX_DEPTH) {
      state.buffer += ` ${el.textContent ?? ''} `;
      continue;
    }
    if (tag === 'br') {
      state.buffer += ' ';
    } else if (tag in HEADINGS) {
      flush(state);
      const text = normalizeText(el.textContent ?? '');
      if (text !== '') state.blocks.push({ kind: 'heading', level: HEADINGS[tag]!, text });
    } else if (tag === 'blockquote') {
      flush(state);
      walkQuote(el, state, depth);
    } else if (tag === 'q') {
      const [open, close] = state.quoteDepth > 0 ? ['‘', '’'] : ['“', '”'];
      const inner: WalkState = { blocks: [], buffer: '', quote: state.quote, quoteDepth: state.quoteDepth + 1 };
      walk(el, inner, depth + 1);
      const text = normalizeText(inner.buffer);
      state.buffer += /^["“‘'„«]/.test(text) ? text : `${open}${text}${close}`;
    } else if (CELLS.has(tag)) {
      walk(el, state, depth + 1);
      state.buffer += ', ';
    } else if (BLOCKS.has(tag)) {
      flush(state);
      walk(el, state, depth + 1);
      if (tag === 'tr') state.buffer = state.buffer.replace(/,\s*$/, '');
      flush(state);
    } else {
      walk(el, state, depth + 1);
    }
  }
}

/** A blockquote's paragraphs become quotes; its <cite>/<footer> attribution follows the last one. */
function walkQuote(el: El, state: WalkState, depth: number): void {
  const attribution: string[] = [];
  for (const a of Array.from(el.querySelectorAll('footer, cite'))) {
    if (a.parentElement?.closest('footer, cite')) continue;
    attribution.push(normalizeText(a.textContent ?? ''));
    a.remove();
  }
  const inner: WalkState = { blocks: [], buffer: '', quote: true, quoteDepth: state.quoteDepth + 1 };
  walk(el, inner, depth + 1);
  flush(inner);
  const by = attribution.filter(Boolean).join(' ');
  if (by !== '') {
    const last = inner.blocks.at(-1);
    if (last && last.kind === 'paragraph') last.attribution = by;
  }
  state.blocks.push(...inner.blocks);
}

/** Blocks of an HTML element's content (after junk removal). Exported for Markdown's HTML blocks. */
export function blocksOf(root: Node): Block[] {
  const state: WalkState = { blocks: [], buffer: '', quote: false, quoteDepth: 0 };
  walk(root, state, 0);
  flush(state);
  return state.blocks;
}

/** Blocks of an HTML fragment, with the same junk removal as a page (Markdown's raw HTML blocks). */
export function htmlFragmentBlocks(html: string): Block[] {
  const body = parsePage(`<body>${html}</body>`).body as unknown as El;
  removeJunk(body);
  return blocksOf(body);
}

// ---------------------------------------------------------------------------------------------
// Metadata.

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    for (const el of document.querySelectorAll('meta')) {
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

function readJsonLd(document: Document): JsonLd {
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

function chooseHeadline(document: Document, ld: JsonLd, source: string): string | null {
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

function chooseByline(document: Document, ld: JsonLd): string | null {
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

function chooseDateline(document: Document, ld: JsonLd): string | null {
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
function takeDek(document: Document, headline: string | null): string | null {
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
function parsePage(html: string): Document {
  // linkedom splits a class attribute with a spread call: a million classes overflow the stack.
  // No real attribute is this long; the text between tags is untouched.
  html = html.replace(/(=\s*)(?:"([^"]{20000})[^"]*"|'([^']{20000})[^']*')/g, (_, eq: string, dq?: string, sq?: string) => `${eq}"${(dq ?? sq ?? '').slice(0, 2000).replace(/"/g, '')}"`);
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html>${/<body[\s>]/i.test(html) ? html : `<head></head><body>${html}</body>`}</html>`;
  const { document } = parseHTML(wrapped);
  const root = document.documentElement as El | null;
  if (!root) return document;
  let body = Array.from(root.children).find((c) => c.localName === 'body');
  if (!body) {
    body = document.createElement('body') as El;
    root.appendChild(body);
  }
  const first = body.firstChild;
  let beforeBody = true;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) {
      beforeBody = false;
      continue;
    }
    if (node.nodeType === 1 && (node as El).localName === 'head') continue;
    if (beforeBody) body.insertBefore(node, first);
    else body.appendChild(node);
  }
  return document;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Closed implicitly by their next sibling in real pages, so they do not add depth. */
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup', 'thead', 'tbody', 'tfoot']);
/** Real articles nest a few dozen levels; the HTML parser slows down quadratically with depth. */
export const MAX_MARKUP_DEPTH = 5000;

/** Nesting depth of the markup, estimated from its tags before parsing (linear, no DOM). */
export function markupDepth(html: string): number {
  const text = html.replace(/<(script|style|textarea|template|xmp)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, '');
  let depth = 0;
  let max = 0;
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const tag = m[2]!.toLowerCase();
    if (VOID.has(tag) || IMPLIED_END.has(tag) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Deepest element nesting below `root`, counted without recursion; stops counting at `limit`. */
function nestingDepth(root: El, limit: number): number {
  const stack: Array<[El, number]> = [[root, 0]];
  let max = 0;
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return max;
}

/** Readability recurses through the DOM and slows down quadratically on very deep trees: walk those plainly. */
const MAX_READABILITY_DEPTH = 300;

/** Pages with more elements than this skip Readability (whose scoring is slow on them) for a plain walk. */
const MAX_READABILITY_ELEMENTS = 30_000;

function articleRoot(html: string): El | null {
  const document = parsePage(html);
  removeJunk(document.documentElement as unknown as El);
  if (nestingDepth(document.documentElement as unknown as El, MAX_READABILITY_DEPTH) > MAX_READABILITY_DEPTH) {
    return (document.querySelector('article') ?? document.querySelector('main') ?? document.body) as El | null;
  }
  let content: El | null = null;
  try {
    const result = new Readability(document as unknown as Document, {
      serializer: (node: Node) => node,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      charThreshold: 200,
    }).parse();
    content = (result?.content as El | null | undefined) ?? null;
  } catch {
    content = null; // too many elements, or a DOM shape Readability trips on: walk the page instead
  }
  if (content && normalizeText(content.textContent ?? '') !== '') return content;
  const fresh = parsePage(html);
  const root = (fresh.querySelector('article') ?? fresh.querySelector('main') ?? fresh.body) as El | null;
  if (root) removeJunk(root);
  return root;
}

/**
 * Parses an HTML page into an Article: headline (printed h1, or og:title/title without the site
 * name), byline, date, standfirst, h2/h3 sections, blockquotes and <q> as quotes. Captions, scripts,
 * styles, navigation, asides, footers, forms and share/ad widgets are never part of it.
 */
export function parseHtml(html: string, source: string): Article {
  try {
    return parsePageArticle(html, source);
  } catch (error) {
    // The DOM library recurses in places; a page shaped to exhaust the stack is bad input, not a crash.
    if (error instanceof RangeError) {
      throw inputError(`${source} could not be read as HTML (${error.message}).`, 'Save the article text as .txt instead.', error);
    }
    throw error;
  }
}

function parsePageArticle(html: string, source: string): Article {
  const depth = markupDepth(html);
  if (depth > MAX_MARKUP_DEPTH) {
    throw inputError(`${source} nests its HTML tags ${depth} levels deep; that is not an article page.`, 'Save the article text as .txt instead.');
  }
  const document = parsePage(html);
  const ld = readJsonLd(document);
  const headline = chooseHeadline(document, ld, source);
  const byline = chooseByline(document, ld);
  const dateline = chooseDateline(document, ld);
  const dek = takeDek(document, headline);
  // The dek was removed from `document`; the body is extracted from a fresh parse of the page without it.
  const root = articleRoot(dek === null ? html : document.toString());
  const blocks = root ? blocksOf(root) : [];
  let title = headline;
  if (title === null) {
    const first = blocks.shift();
    title = first?.text ?? null;
  }
  if (title === null || normalizeText(title) === '') {
    throw inputError(`No article found in ${source}.`, 'The page has no headline or text; it may need JavaScript to show the article. Save the article text as .txt instead.');
  }
  try {
    return articleFromBlocks(blocks, { source, headline: title, dek, byline, dateline });
  } catch (error) {
    if (error instanceof Error && /headline but no body/.test(error.message)) {
      throw inputError(`No article text found in ${source}.`, 'The page may need JavaScript to show the article, or be behind a login. Save the article text as .txt instead.', error);
    }
    throw error;
  }
}
