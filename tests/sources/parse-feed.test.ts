import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { parseFeedText, type ParsedFeed } from '../../src/sources/parse-feed.ts';
import { sniffFeed } from '../../src/sources/sniff-feed.ts';
import { ROOT } from '../helpers/run-child.ts';

const FEEDS = join(ROOT, 'tests', 'fixtures', 'feeds');
const read = (name: string) => readFileSync(join(FEEDS, name), 'utf8');
const BASE = 'http://127.0.0.1:9/feeds/';
const feed = (name: string) => parseFeedText(read(name), name, `${BASE}${name}`) as ParsedFeed;

describe('parseFeedText', () => {
  it('RSS 2.0: content:encoded with CDATA and entities, dc:creator, relative links against the feed address', () => {
    const f = feed('rss2-wordpress.xml');
    expect(f).toMatchObject({ kind: 'feed', format: 'rss', title: 'Harbour Town Gazette', language: 'en-US' });
    expect(f.entries).toHaveLength(2);
    const [a, b] = f.entries;
    expect(a).toMatchObject({ key: 'https://gazette.example/?p=4121', link: `${BASE}articles/ferry-service.html`, title: 'Ferry service to resume on Monday after repairs', author: 'Maria Lindqvist', categories: ['Transport'] });
    expect(a!.published?.toISOString()).toBe('2026-11-30T17:30:00.000Z');
    // CDATA is HTML left as the publisher wrote it: its character references are for the HTML reader.
    expect(a!.html).toContain('&#8220;The ramp is stronger now than when it was built,&#8221;');
    expect(b!.title).toBe('Library & museum extend winter opening hours');
    // Only a description: the reader decides whether it is the whole story.
    expect(b!.html).toContain('stay open until nine');
  });

  it('Atom 1.0: xml:base, html-typed title, xml:lang, the feed author for entries without one', () => {
    const f = feed('atom-blog.xml');
    expect(f).toMatchObject({ format: 'atom', title: 'Field Notes from the Fens', language: 'en-GB', link: 'http://127.0.0.1:9/feeds/' });
    const [a, b] = f.entries;
    expect(a).toMatchObject({ title: 'Cranes & curlews return to the wash', link: `${BASE}articles/cranes-return.html`, author: 'Eleanor Pike', language: 'en-GB', categories: ['Birds'] });
    expect(a!.html).toContain('<p>Common cranes have returned');
    expect(a!.html).toContain('&ldquo;Ten years ago');
    expect(b!.html).toBe('<p>Where the herons nest, and why we will not say.</p>');
  });

  it('RSS 1.0 (RDF) and JSON Feed 1.1', () => {
    const r = feed('rdf-slashdot.rdf');
    expect(r).toMatchObject({ format: 'rdf', title: 'Tech Wire', language: 'en-us' });
    expect(r.entries[0]).toMatchObject({ link: `${BASE}articles/solar-roads.html`, author: 'Jonas Weber', categories: ['energy'] });
    expect(r.entries[0]!.published?.toISOString()).toBe('2026-11-30T12:00:00.000Z');
    const j = feed('jsonfeed.json');
    expect(j).toMatchObject({ format: 'json', title: 'The Kitchen Table', language: 'en' });
    expect(j.entries[0]).toMatchObject({ key: 'https://kitchen.example/2026/11/30/bread-prices', author: 'Sam Okafor', categories: ['food', 'prices'] });
  });

  it('OPML: every feed address, nested outlines included, resolved against the list', () => {
    expect(parseFeedText(read('sources.opml'), 'sources.opml', `${BASE}sources.opml`)).toEqual({
      kind: 'opml',
      feeds: [
        { url: `${BASE}rss2-wordpress.xml`, name: 'Harbour Town Gazette' },
        { url: `${BASE}jsonfeed.json`, name: 'Kitchen Table' },
      ],
    });
  });

  // Expanded, the bomb would be gigabytes: the size check below proves it was not, and the test's own
  // timeout is the hang guard.
  it('never expands an entity bomb', () => {
    const f = feed('bad/bomb.xml');
    expect(f.entries).toHaveLength(1);
    expect(f.entries[0]!.title).toBe('Item &lol9;');
    expect(JSON.stringify(f).length).toBeLessThan(2000);
  }, 30_000);

  it('odd items: no link, no title, duplicate guids, script links', () => {
    const f = feed('bad/odd-items.xml');
    expect(f.title).toBe('Odd ‘items’');
    expect(f.duplicates).toEqual(['same']);
    const byKey = new Map(f.entries.map((e) => [e.key, e]));
    expect(byKey.get('odd-1')).toMatchObject({ link: null, title: 'No link, but the whole text' });
    expect(byKey.get('odd-2')).toMatchObject({ link: `${BASE}bad/relative/no-title.html`, title: null });
    expect(byKey.get('same')!.title).toBe('Dup A');
    expect(byKey.get('odd-5')!.link).toBeNull();
  });

  it('refuses what is not a feed, and a malformed one, as input errors naming the source', () => {
    for (const name of ['bad/not-a-feed.html', 'bad/malformed.xml']) {
      const error = (() => {
        try {
          feed(name);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).kind).toBe('input');
      expect((error as AppError).message).toContain(name);
    }
  });

  it('sniffs by content, not by name', () => {
    expect(sniffFeed(read('rss2-wordpress.xml'))).toBe('xml-feed');
    expect(sniffFeed(read('atom-blog.xml'))).toBe('xml-feed');
    expect(sniffFeed(read('rdf-slashdot.rdf'))).toBe('xml-feed');
    expect(sniffFeed(read('jsonfeed.json'))).toBe('json-feed');
    expect(sniffFeed(read('sources.opml'))).toBe('opml');
    expect(sniffFeed(read('bad/bomb.xml'))).toBe('xml-feed');
    expect(sniffFeed(read('bad/not-a-feed.html'))).toBeNull();
    expect(sniffFeed('{"title": "not a feed"}')).toBeNull();
    expect(sniffFeed('Plain text article\n\nBody.')).toBeNull();
  });

  it('reads 10,000 items', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `<item><title>T${i}</title><link>https://x.example/${i}</link></item>`).join('');
    const f = parseFeedText(`<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`, 'big', null) as ParsedFeed;
    expect(f.entries).toHaveLength(10_000);
    expect(f.entries[9999]!.key).toBe('https://x.example/9999');
  });
});
