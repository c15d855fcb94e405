// One entry point from an input (file, folder entry, URL or "-") to an Article: picks the reader by
// URL content type or file extension. Everything after this sees only Articles.
import { extname } from 'node:path';
import type { Article } from '../model.ts';
import { configError, inputError } from '../errors.ts';
import { decodeBytes } from './decode.ts';
import { fetchOptionsFromEnv, fetchUrl, looksLikeUrl } from './fetch-url.ts';
import { checkNotEmpty, readArticleBytes } from './read-input.ts';
import { parseText, type ParseOptions } from './parse-text.ts';
import { refineArticle } from './refine-article.ts';
import type { BoilerplateConfig } from './boilerplate-config.ts';

type Kind = 'html' | 'markdown' | 'text';

function kindOf(file: string): Kind {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

// The HTML and Markdown readers load a DOM and a Markdown lexer (~0.2 s): only when needed.
// Exported for feed items (src/sources), whose text arrives from a feed or a fetched page.
export async function parse(kind: Kind, text: string, source: string, options: LoadOptions): Promise<Article> {
  const refine = { boilerplate: options.boilerplate, configured: options.language, declared: kind === 'html' ? htmlLang(text) : null };
  if (kind === 'html') return refineArticle((await import('./read-html.ts')).parseHtml(text, source), refine);
  if (kind === 'markdown') return refineArticle((await import('./read-markdown.ts')).parseMarkdown(text, source), refine);
  return parseText(text, source, { boilerplate: options.boilerplate, configuredLanguage: options.language } satisfies ParseOptions);
}

/** What the configuration says about reading articles: the user's boilerplate patterns, the configured language. */
export interface LoadOptions {
  boilerplate?: BoilerplateConfig;
  language?: string;
}

/** The language a page declares on its root element (`<html lang="de-DE">`), or null. */
function htmlLang(html: string): string | null {
  return /<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)/i.exec(html.slice(0, 20_000))?.[1] ?? null;
}

/**
 * Spoken text of one article at most: ~50,000 words, over five hours of audio. Longer is a book or a
 * pasted archive, not an article, and would take many minutes and gigabytes of temporary audio.
 */
export const MAX_ARTICLE_TEXT_CHARS = 300_000;

export function checkLength(article: Article, input: string): Article {
  const chars = [article.headline, article.dek ?? '', ...article.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].reduce((n, t) => n + t.length, 0);
  if (chars > MAX_ARTICLE_TEXT_CHARS) {
    throw inputError(`${input} has ${chars.toLocaleString('en-US')} characters of text; one article is limited to ${MAX_ARTICLE_TEXT_CHARS.toLocaleString('en-US')} (about five hours of audio).`, 'Split it into separate articles.');
  }
  return article;
}

export async function loadArticle(input: string, options: LoadOptions = {}): Promise<Article> {
  return checkLength(await readAndParse(input, options), input);
}

async function readAndParse(input: string, options: LoadOptions): Promise<Article> {
  if (looksLikeUrl(input)) {
    const page = await fetchUrl(input, fetchOptionsFromEnv());
    const article = await parse(page.contentType, checkNotEmpty(page.text, input), page.contentType === 'html' ? page.finalUrl : input, options);
    return { ...article, source: input };
  }
  return parseBytes(input, await readArticleBytes(input), options);
}

/** An article file's bytes, already read (the script cache hashes the very bytes the script is built from). */
export async function loadArticleBytes(input: string, bytes: Buffer, options: LoadOptions = {}): Promise<Article> {
  return checkLength(await parseBytes(input, bytes, options), input);
}

async function parseBytes(input: string, bytes: Buffer, options: LoadOptions): Promise<Article> {
  const kind = kindOf(input);
  // HTML declares its own charset (<meta charset=iso-8859-1>) and falls back like a browser; plain
  // text and Markdown cannot declare one, so bytes that are not UTF-8 (or UTF-16 with a BOM) are refused.
  const text = decodeBytes(bytes, kind === 'html' ? { source: input, html: true, undeclared: 'windows-1252' } : { source: input });
  return parse(kind, checkNotEmpty(text, input), input, options);
}
