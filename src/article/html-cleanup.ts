// The DOM side of the HTML reader: what is never part of the story (scripts, navigation, captions,
// share and ad widgets, hidden elements) is removed, and what is left is walked into Blocks.
import { normalizeText, words, type Block } from './blocks.ts';

export type El = Element;

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

export function classWords(el: El): string[] {
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
export function removeJunk(root: El): void {
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
