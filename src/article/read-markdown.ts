// Markdown articles into an Article, from marked's token tree (never from regexes over the source):
// the syntax (emphasis, links, images, HTML tags, code, rules, footnotes) is structure, not speech.
//
// Decisions:
// - Headline: YAML front matter `title:`, else the first `#` heading when it comes within the first
//   three blocks after nothing but short lines (a kicker such as "Politics" above it is not spoken),
//   else the first heading of any level if it opens the file, else the first line.
// - Dek: a paragraph right after the headline that is wholly italic or bold and ≤ 60 words, or a
//   plain one of ≤ 50 words directly followed by a byline/date line. A plain first paragraph is
//   otherwise the story's lead, so it stays in the body.
// - `#`, `##`, `###` headings after the headline start sections (chapters); `####` and deeper are read
//   as short paragraphs. A heading with nothing under it does not make an empty chapter.
// - Lists: one paragraph per item. Tables: one paragraph per row, cells joined by commas.
// - `> ` blocks become quotes (wrapped in “…”). Code blocks, rules, images, link URLs, footnote
//   markers and definitions, and HTML comments are dropped; raw HTML blocks are read like HTML.
import { Lexer, type Token, type Tokens } from 'marked';
import { inputError } from '../errors.ts';
import type { Article } from '../model.ts';
import { articleFromBlocks, normalizeText, type Block } from './blocks.ts';
import { htmlFragmentBlocks } from './html-limits.ts';
import { decodeEntitiesOnce } from './html-metadata.ts';
import { bylineOf, dateOf, isDateOnly, isDateStub } from './junk.ts';

const FOOTNOTE_MARK = /\[\^[^\]\s]{1,40}\]/g;
const FOOTNOTE_DEF = /^\s*\[\^[^\]\s]{1,40}\]:/;

interface FrontMatter {
  title: string | null;
  author: string | null;
  date: string | null;
  description: string | null;
}

/** `---` YAML front matter (flat `key: value` lines only) and the Markdown after it. */
export function splitFrontMatter(text: string): { body: string; front: FrontMatter } {
  const front: FrontMatter = { title: null, author: null, date: null, description: null };
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { body: text, front };
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value === '') continue;
    const key = kv[1]!.toLowerCase();
    if (key === 'title') front.title = value;
    else if (key === 'author' || key === 'byline') front.author = value;
    else if (key === 'date' || key === 'published') front.date = value;
    else if (key === 'description' || key === 'subtitle' || key === 'dek') front.description = value;
  }
  return { body: text.slice(m[0].length), front };
}

/** The spoken text of inline tokens: link text without its URL, no images, no HTML tags. */
function inlineText(tokens: Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntitiesOnce(token.text);
        break;
      case 'escape':
        out += token.text;
        break;
      case 'codespan':
        out += token.text;
        break;
      case 'strong':
      case 'em':
      case 'del':
        out += inlineText(token.tokens);
        break;
      case 'link':
        // A bare URL (autolink) is a link with no words to say.
        if (!(token as Tokens.Link).autolink && token.text !== token.href) out += inlineText(token.tokens);
        break;
      case 'br':
        out += ' ';
        break;
      case 'image':
      case 'html':
      case 'checkbox':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out += inlineText(token.tokens);
        else if ('text' in token && typeof token.text === 'string') out += token.text;
    }
  }
  return out.replace(FOOTNOTE_MARK, '');
}

/** The paragraph is one emphasis run (`*…*`, `**…**`, `_…_`), ignoring spaces around it. */
function isEmphasized(tokens: Token[] | undefined): boolean {
  const real = (tokens ?? []).filter((t) => !(t.type === 'text' && t.text.trim() === ''));
  return real.length === 1 && (real[0]!.type === 'em' || real[0]!.type === 'strong');
}

function toBlocks(tokens: Token[], quote: boolean, out: Block[]): Block[] {
  const paragraph = (text: string, emphasized = false) => {
    if (text.trim() === '') return;
    out.push({ kind: 'paragraph', text, ...(quote ? { quote: true } : {}), ...(emphasized ? { emphasized: true } : {}) });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const text = inlineText(token.tokens);
        if (quote || token.depth > 3) paragraph(text);
        else if (text.trim() !== '') out.push({ kind: 'heading', level: token.depth, text });
        break;
      }
      case 'paragraph':
        if (!FOOTNOTE_DEF.test(token.text)) paragraph(inlineText(token.tokens), isEmphasized(token.tokens));
        break;
      case 'text':
        paragraph(token.tokens ? inlineText(token.tokens) : decodeEntitiesOnce(token.text));
        break;
      case 'blockquote':
        toBlocks(token.tokens ?? [], true, out);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) toBlocks(item.tokens, quote, out);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          paragraph(row.map((cell) => inlineText(cell.tokens).trim()).filter(Boolean).join(', '));
        }
        break;
      }
      case 'html':
        for (const block of htmlFragmentBlocks(token.text)) {
          out.push(quote && block.kind === 'paragraph' ? { ...block, quote: true } : block);
        }
        break;
      case 'code':
      case 'hr':
      case 'space':
      case 'def':
        break;
      default:
        // Tokens from extensions: read their children if they have any.
        if ('tokens' in token && Array.isArray(token.tokens)) toBlocks(token.tokens, quote, out);
    }
  }
  return out;
}

const isHeaderLine = (text: string): boolean => {
  const t = normalizeText(text);
  return bylineOf(t) !== null || isDateOnly(t) || isDateStub(t);
};

/** Parses a Markdown article. `source` names it in errors and in the Article. */
export function parseMarkdown(text: string, source: string): Article {
  const { body, front } = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const tokens = new Lexer({ gfm: true }).lex(body);
  const blocks = toBlocks(tokens, false, []).filter((b) => normalizeText(b.text) !== '');
  if (blocks.length === 0 && front.title === null) {
    throw inputError(`${source} is empty.`, 'Put the article into the file: a `# Headline`, then the text.');
  }

  let headline: string;
  let rest: Block[];
  const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  const beforeH1AreShort = h1 >= 0 && h1 < 3 && blocks.slice(0, h1).every((b) => b.kind === 'paragraph' && !b.quote && normalizeText(b.text).split(' ').length <= 12);
  if (front.title !== null) {
    headline = front.title;
    rest = blocks[0] && normalizeText(blocks[0].text) === normalizeText(front.title) ? blocks.slice(1) : blocks;
  } else if (beforeH1AreShort) {
    headline = blocks[h1]!.text;
    // Bylines and dates above the headline still count; kickers and section labels are not spoken.
    rest = [...blocks.slice(0, h1).filter((b) => isHeaderLine(b.text)), ...blocks.slice(h1 + 1)];
  } else if (blocks[0]!.kind === 'heading') {
    headline = blocks[0]!.text;
    rest = blocks.slice(1);
  } else {
    const first = blocks[0]!;
    const lines = first.text.split('\n').filter((l) => l.trim() !== '');
    headline = lines[0] ?? '';
    const remainder = lines.slice(1).join('\n');
    rest = remainder.trim() !== '' ? [{ ...first, text: remainder, emphasized: false }, ...blocks.slice(1)] : blocks.slice(1);
  }
  return articleFromBlocks(rest, {
    source,
    headline,
    dek: front.description,
    byline: front.author,
    dateline: front.date === null ? null : dateOf(front.date) ?? front.date,
  });
}
