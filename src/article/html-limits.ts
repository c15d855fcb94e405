// Parsing a page within bounds: the HTML parser and Readability slow down quadratically on very deep
// or very large trees, and linkedom overflows its stack on giant attributes, so such pages are
// refused (too deep), trimmed (attributes) or walked plainly instead of through Readability.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeText, type Block } from './blocks.ts';
import { blocksOf, removeJunk, type El } from './html-cleanup.ts';

export function parsePage(html: string): Document {
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

/**
 * True when the tree below `root` is deeper or has more elements than the limits, counted without
 * recursion and stopping as soon as one is exceeded. Readability's own maxElemsToParse never fires
 * under linkedom (its getElementsByTagName('*') returns nothing), so the element count is ours.
 */
function exceeds(root: El, maxDepth: number, maxElements: number): boolean {
  const stack: Array<[El, number]> = [[root, 0]];
  let elements = 0;
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > maxDepth || ++elements > maxElements) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Readability recurses through the DOM and slows down quadratically on very deep trees: walk those plainly. */
const MAX_READABILITY_DEPTH = 300;

/** Pages with more elements than this skip Readability (whose scoring is slow on them) for a plain walk. */
const MAX_READABILITY_ELEMENTS = 30_000;

/** The element holding the story in `document` (which this changes); `reparse` gives a fresh copy. */
export function articleRoot(document: Document, reparse: () => Document): El | null {
  removeJunk(document.documentElement as unknown as El);
  if (exceeds(document.documentElement as unknown as El, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS)) {
    return (document.querySelector('article') ?? document.querySelector('main') ?? document.body) as El | null;
  }
  let content: El | null = null;
  try {
    const result = new Readability(document as unknown as Document, {
      serializer: (node: Node) => node,
      charThreshold: 200,
    }).parse();
    content = (result?.content as El | null | undefined) ?? null;
  } catch {
    content = null; // a DOM shape Readability trips on: walk the page instead
  }
  if (content && normalizeText(content.textContent ?? '') !== '') return content;
  const fresh = reparse();
  const root = (fresh.querySelector('article') ?? fresh.querySelector('main') ?? fresh.body) as El | null;
  if (root) removeJunk(root);
  return root;
}

/** Blocks of an HTML fragment, with the same junk removal as a page (Markdown's raw HTML blocks). */
export function htmlFragmentBlocks(html: string): Block[] {
  const body = parsePage(`<body>${html}</body>`).body as unknown as El;
  removeJunk(body);
  return blocksOf(body);
}
