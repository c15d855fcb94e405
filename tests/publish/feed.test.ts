import { describe, expect, it } from 'vitest';
import { escapeXml, itunesDuration, renderFeed, urlFor } from '../../src/publish/feed.ts';

const channel = {
  title: 'News & Views <daily>',
  description: 'Stories',
  baseUrl: 'http://127.0.0.1:8080/',
  language: 'en-US',
  author: 'Desk',
  image: 'cover.png',
};

describe('feed', () => {
  it('escapes XML specials exactly once and drops characters XML forbids', () => {
    expect(escapeXml(`a & b < c > "d" 'e'\u0001`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('builds URLs with encoded file names', () => {
    expect(urlFor('http://h:1/pod/', 'my story #1.mp3')).toBe('http://h:1/pod/my%20story%20%231.mp3');
  });

  it('formats itunes:duration', () => {
    expect(itunesDuration(3_725_400)).toBe('1:02:05');
    expect(itunesDuration(59_600)).toBe('0:01:00');
  });

  it('renders the channel and items with what Apple requires, newest first', () => {
    const xml = renderFeed(channel, [
      { guid: 'g1', title: 'Old', description: 'd1', audio: 'old.mp3', lengthBytes: 10, durationMs: 1000, pubDate: new Date('2024-01-01T00:00:00Z'), author: 'A' },
      { guid: 'g2', title: 'New & "hot"', description: 'd2', audio: 'new.mp3', chapters: 'new.chapters.json', transcript: 'new.vtt', lengthBytes: 20, durationMs: 2000, pubDate: new Date('2024-02-01T00:00:00Z'), author: 'B' },
    ]);
    for (const needle of [
      'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
      'xmlns:podcast="https://podcastindex.org/namespace/1.0"',
      '<title>News &amp; Views &lt;daily&gt;</title>',
      '<itunes:image href="http://127.0.0.1:8080/cover.png"/>',
      '<itunes:category text="News"/>',
      '<itunes:explicit>false</itunes:explicit>',
      '<language>en-US</language>',
      '<enclosure url="http://127.0.0.1:8080/new.mp3" length="20" type="audio/mpeg"/>',
      '<guid isPermaLink="false">g2</guid>',
      '<pubDate>Thu, 01 Feb 2024 00:00:00 GMT</pubDate>',
      '<podcast:chapters url="http://127.0.0.1:8080/new.chapters.json" type="application/json+chapters"/>',
      '<podcast:transcript url="http://127.0.0.1:8080/new.vtt" type="text/vtt" language="en-US"/>',
      '<title>New &amp; &quot;hot&quot;</title>',
    ]) {
      expect(xml).toContain(needle);
    }
    expect(xml.indexOf('g2')).toBeLessThan(xml.indexOf('g1'));
  });
});
