// One entry point from an input (file, folder entry, URL or "-") to an Article: picks the reader by
// URL content type or file extension. Everything after this sees only Articles.
import { extname } from 'node:path';
import type { Article } from '../model.ts';
import { decodeBody, fetchUrl, looksLikeUrl } from './fetch-url.ts';
import { parseHtml } from './read-html.ts';
import { checkNotEmpty, decodeText, readArticleBytes } from './read-input.ts';
import { parseMarkdown } from './read-markdown.ts';
import { parseText } from './parse-text.ts';

type Kind = 'html' | 'markdown' | 'text';

function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

function parse(kind: Kind, text: string, source: string): Article {
  if (kind === 'html') return parseHtml(text, source);
  if (kind === 'markdown') return parseMarkdown(text, source);
  return parseText(text, source);
}

export async function loadArticle(input: string): Promise<Article> {
  if (looksLikeUrl(input)) {
    const page = await fetchUrl(input);
    const article = parse(page.contentType, checkNotEmpty(page.text, input), page.contentType === 'html' ? page.finalUrl : input);
    return { ...article, source: input };
  }
  const kind = kindOf(input);
  const bytes = await readArticleBytes(input);
  // decodeText first: it rejects binary files whatever their extension claims.
  const text = kind === 'html' && !(bytes[0] === 0xff || bytes[0] === 0xfe) ? (decodeText(bytes, input), decodeBody(bytes, { html: true, source: input })) : decodeText(bytes, input);
  return parse(kind, checkNotEmpty(text, input), input);
}
