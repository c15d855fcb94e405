import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asQuote } from '../../src/article/blocks.ts';
import { markupDepth } from '../../src/article/html-limits.ts';
import { stripSiteName } from '../../src/article/html-metadata.ts';
import { parseHtml } from '../../src/article/read-html.ts';
import { AppError } from '../../src/errors.ts';
import type { Article } from '../../src/model.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'inputs');
const allText = (a: Article): string => [a.headline, a.dek ?? '', ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');
const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const filler = 'It has enough ordinary words in it to look like a real paragraph of a news story.';

describe('parseHtml on a news page', () => {
  let article: Article;
  beforeAll(async () => {
    article = parseHtml(await readFile(join(fixtures, 'article.html'), 'utf8'), 'https://dailyledger.example/world/zelenskyy');
  });

  it('reads headline, dek, byline and date from the article', () => {
    expect(article.headline).toBe('Zelenskyy Condemns Lack of Response From Western Allies');
    expect(article.dek).toBe('Ukraine’s president says allies are “just waiting” for North Korean troops to attack.');
    expect(article.byline).toBe('Katabella Roberts');
    expect(article.dateline).toBe('Nov. 1, 2024');
    expect(article.credits).toEqual(['Reuters contributed to this report.']);
  });

  it('makes h2 sections and keeps the paragraphs in order', () => {
    expect(article.sections.map((s) => s.heading)).toEqual([null, 'What Washington says', 'Kremlin response']);
    expect(article.sections.map((s) => s.paragraphs.length)).toEqual([3, 2, 2]);
    expect(article.sections[0]!.paragraphs[0]).toMatch(/^Ukraine’s President Volodymyr Zelenskyy has condemned/);
  });

  it('turns <q> and <blockquote> into quotation marks, with the attribution outside', () => {
    expect(article.sections[0]!.paragraphs[1]).toContain('be “forced to defend themselves against them,” he said.');
    expect(article.sections[0]!.paragraphs[2]).toBe(
      '“Yet instead of providing the much-needed long-range capabilities, America is watching, Britain is watching, Germany is watching.” — Volodymyr Zelenskyy',
    );
  });

  it.each(['SCRIPT TEXT', 'STYLE TEXT', 'NAV TEXT', 'ADVERT TEXT', 'CAPTION TEXT', 'ALT TEXT', 'SHARE TEXT', 'RELATED TEXT', 'NEWSLETTER TEXT', 'NOSCRIPT TEXT', 'ASIDE TEXT', 'FOOTER TEXT', 'Skip to content', 'Getty', 'Subscribe', 'Russia-Ukraine War', 'By Katabella'])(
    'never speaks %s',
    (junk) => {
      expect(allText(article)).not.toContain(junk);
    },
  );

  it('decodes entities exactly once', () => {
    expect(article.sections[2]!.paragraphs[0]).toContain('AT&T &amp; others noted.');
  });
});

describe('parseHtml details', () => {
  it.each([
    ['og:title without the site name', page(`<p>${filler}</p><p>${filler}</p>`, '<meta property="og:title" content="Markets Rally as Rates Fall – The Ledger"><meta property="og:site_name" content="The Ledger">'), 'Markets Rally as Rates Fall'],
    ['<title> with a short " | " tail', page(`<p>${filler}</p>`, '<title>Markets Rally as Rates Fall | Ledger News</title>'), 'Markets Rally as Rates Fall'],
    ['site name first', page(`<p>${filler}</p>`, '<title>The Ledger - Markets Rally as Rates Fall</title><meta property="og:site_name" content="The Ledger">'), 'Markets Rally as Rates Fall'],
    ['the printed h1 when it agrees with og:title', page(`<h1>Markets Rally</h1><p>${filler}</p>`, '<meta property="og:title" content="Markets Rally | Ledger">'), 'Markets Rally'],
    ['a logo h1 outside the article loses to og:title', page(`<h1>The Ledger</h1><article><p>${filler}</p></article>`, '<meta property="og:title" content="Markets Rally as Rates Fall">'), 'Markets Rally as Rates Fall'],
    ['og:title entities decoded once', page(`<p>${filler}</p>`, '<meta property="og:title" content="Q&amp;amp;A: rates">'), 'Q&amp;A: rates'],
    ['buttons inside the h1 are not part of it', page(`<h1>Markets Rally <button>Copy link</button><svg><title>icon</title></svg></h1><p>${filler}</p>`), 'Markets Rally'],
    ['the h1 that starts the title, not the site-name h1', page(`<header><h1>Ledger Book</h1></header><div><h1>What Rates Do</h1><p>${filler}</p></div>`, '<title>What Rates Do - Ledger Book</title>'), 'What Rates Do'],
    ['a fragment without <html> or <body>', `<h1>Fragment Headline</h1><p>${filler}</p>`, 'Fragment Headline'],
    ['a page whose <html> has no <body>', `<html><head><title>No Body Here</title></head><h1>No Body Here</h1><p>${filler}</p></html>`, 'No Body Here'],
  ])('headline: %s', (_, html, headline) => {
    const a = parseHtml(html, 'page.html');
    expect(a.headline).toBe(headline);
    expect(a.sections[0]!.paragraphs[0]).toBe(filler);
  });

  it('reads byline and date from JSON-LD and <time> datetime when the page prints none', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Rates &amp; Markets', datePublished: '2024-11-01', author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Chen' }] }] });
    const a = parseHtml(page(`<p>${filler}</p>`, `<script type="application/ld+json">${ld}</script>`), 'x.html');
    expect(a).toMatchObject({ headline: 'Rates & Markets', byline: 'Ann Lee and Bo Chen', dateline: '2024-11-01' });
    const b = parseHtml(page(`<h1>Rates</h1><time datetime="2024-11-02T08:00:00Z"></time><p>${filler}</p>`), 'x.html');
    expect(b.dateline).toBe('2024-11-02T08:00:00Z');
  });

  it('reads h3 as sections, nested quotes as single marks, and tables/lists as paragraphs', () => {
    const a = parseHtml(
      page(`<h1>Head</h1><p>${filler}</p><h3>Details</h3><blockquote><p>She said <q>no</q> twice.</p><p>“Already quoted.”</p></blockquote><ul><li>First item</li><li>Second item</li></ul><table><tr><th>Year</th><th>Sales</th></tr><tr><td>2024</td><td>5</td></tr></table>`),
      'x.html',
    );
    expect(a.sections[1]).toEqual({ heading: 'Details', paragraphs: ['“She said ‘no’ twice.”', '“Already quoted.”', 'First item', 'Second item', 'Year, Sales', '2024, 5'] });
  });

  it('drops social embeds, hidden text, footnote links and share widgets but keeps a story wrapper with "ads" in its class', () => {
    const a = parseHtml(
      page(
        `<h1>Head</h1><div class="story-body has-ads"><p>${filler}</p><p>A claim that needs a source.<sup><a href="#fn1">1</a></sup></p>` +
          `<blockquote class="twitter-tweet"><p>TWEET TEXT</p>— Someone (@someone) <a href="https://twitter.com/x">Nov 1</a></blockquote>` +
          `<span class="sr-only">SR TEXT</span><div aria-hidden="true">ARIA TEXT</div><ul class="social-share"><li>Facebook</li><li>X</li></ul><p>${filler}</p></div>`,
      ),
      'x.html',
    );
    expect(a.sections[0]!.paragraphs).toEqual([filler, 'A claim that needs a source.', filler]);
  });

  it('wraps quotes once', () => {
    expect(asQuote('He said “no” and "yes".')).toBe('“He said ‘no’ and ‘yes’.”');
    expect(asQuote('“Done.”')).toBe('“Done.”');
    expect(asQuote('"Straight."')).toBe('"Straight."');
  });

  it('strips site names only when they are site names', () => {
    expect(stripSiteName('Biden meets Xi - and talks trade', null, 'news.example.com')).toBe('Biden meets Xi - and talks trade');
    expect(stripSiteName('Biden meets Xi - Example News', null, 'www.example.com')).toBe('Biden meets Xi');
  });

  it('throws an input error when a page has no article text', () => {
    for (const html of ['<html><head><title>Only a title</title></head><body><nav>Home</nav><script>app()</script></body></html>', '', '<html></html>']) {
      const error = (() => {
        try {
          parseHtml(html, 'empty.html');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).kind).toBe('input');
      expect((error as AppError).message).toMatch(/No article/);
    }
  });
});

describe('a hostile page', () => {
  let server: Server;
  let port = 0;
  const hits: string[] = [];
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hostile-'));
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await rm(dir, { recursive: true, force: true });
  });

  it('makes the tool fetch nothing and run nothing', async () => {
    const marker = join(dir, 'pwned.txt');
    const html = (await readFile(join(fixtures, 'hostile.html'), 'utf8')).replaceAll('__PORT__', String(port)).replaceAll('__FILE__', marker);
    // The server works: a request from here is recorded (so zero hits below is meaningful).
    await fetch(`http://127.0.0.1:${port}/probe`).then((r) => r.text());
    expect(hits).toEqual(['/probe']);
    const article = parseHtml(html, 'hostile.html');
    await new Promise((done) => setTimeout(done, 150));
    expect(hits).toEqual(['/probe']);
    expect(existsSync(marker)).toBe(false);
    expect(article.headline).toBe('Hostile Page Keeps Its Secrets');
    const text = allText(article);
    expect(text).toContain('A javascript link is only words, and this link is never followed.');
    expect(text).toContain('Entities stay decoded once: &lt;script&gt; is text, and so is <img src=x onerror=alert(1)> here.');
    for (const junk of ['require', 'alert(1)<', 'TEMPLATE TEXT', 'HIDDEN TEXT', 'NONE TEXT', 'Evil Site']) expect(text).not.toContain(junk);
  });

  it('rejects absurd nesting quickly and survives deep nesting and huge attributes', () => {
    const deep = `<h1>Deep</h1>${'<div><span>'.repeat(50_000)}x${'</span></div>'.repeat(50_000)}`;
    expect(markupDepth(deep)).toBe(100_000);
    expect(() => parseHtml(deep, 'deep.html')).toThrow(/levels deep/);
    const unclosed = `<h1>Unclosed</h1>${'<b><i>'.repeat(20_000)}text`;
    expect(() => parseHtml(unclosed, 'unclosed.html')).toThrow(/levels deep/);
    // Deep but under the limit: read without Readability, without overflowing the stack.
    const fairlyDeep = `<h1>Fairly Deep</h1>${'<div>'.repeat(2000)}<p>${filler}</p>${'</div>'.repeat(2000)}<p>After.</p>`;
    expect(parseHtml(fairlyDeep, 'deep.html').sections[0]!.paragraphs).toEqual([filler, 'After.']);
    const huge = `<h1>Huge</h1><p class="${'a b-'.repeat(500_000)}" data-x="${'"'.repeat(0)}${'x'.repeat(2_000_000)}">${filler}</p>`;
    expect(parseHtml(huge, 'huge.html').sections[0]!.paragraphs).toEqual([filler]);
  }, 30_000); // the hang guard: a quadratic or recursive reader would not finish these in time at all
});
