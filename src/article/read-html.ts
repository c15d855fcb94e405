// HTML pages into an Article. linkedom builds a DOM without a browser: it never runs scripts, fires
// events or loads resources, so a hostile page can at most be text. Metadata (headline, byline, date)
// is read from the DOM before anything is removed, page furniture is removed, and @mozilla/readability
// picks the article body. The body is then walked into blocks and assembled by the same rules as
// Markdown (`articleFromBlocks`), so both formats agree on bylines, deks, credits and junk lines.
//
// Entities are decoded exactly once, by the HTML parser: text is only ever read from text nodes and
// attribute values, never re-parsed or passed through Readability's own metadata (which unescapes a
// second time: `&amp;amp;` would come out as `&`).
import { AppError, inputError } from '../errors.ts';
import type { Article } from '../model.ts';
import { articleFromBlocks, normalizeText } from './blocks.ts';
import { blocksOf } from './html-cleanup.ts';
import { chooseByline, chooseDateline, chooseHeadline, readJsonLd, takeDek } from './html-metadata.ts';
import { MAX_MARKUP_DEPTH, articleRoot, markupDepth, parsePage } from './html-limits.ts';

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
  // The body comes from the same DOM (the dek removed from it; reading metadata changes nothing
  // else a body would keep): one parse of the page fewer, which is most of the time on a big page.
  // Should Readability find nothing, the plain walk needs a DOM it has not touched: parse again.
  const bodyHtml = dek === null ? html : document.toString();
  const root = articleRoot(document, () => parsePage(bodyHtml));
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
    if (error instanceof AppError && error.code === 'input.no-body') {
      throw inputError(`No article text found in ${source}.`, 'The page may need JavaScript to show the article, or be behind a login. Save the article text as .txt instead.', error);
    }
    throw error;
  }
}
