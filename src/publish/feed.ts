// RSS 2.0 podcast feed with the iTunes tags Apple requires and the Podcasting 2.0 chapters and
// transcript, person tags. Pure rendering here; reading the output folder is in collect-episodes.ts.
// Kept as a template rather than feedsmith's generator: it writes exactly the tags Apple and the
// Podcasting 2.0 apps read, and the tests read it back with feedsmith's parser.

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL the folder is served from, ending in "/". */
  baseUrl: string;
  language: string;
  author: string;
  /** File name of the show's cover image inside the folder. */
  image: string;
  /** Secret first path segment of every URL in the feed ("feedToken"): the served folder is under it. */
  token?: string;
}

export interface FeedItem {
  guid: string;
  title: string;
  description: string;
  /** File names inside the folder. */
  audio: string;
  chapters?: string;
  transcript?: string;
  image?: string;
  lengthBytes: number;
  durationMs: number;
  pubDate: Date;
  author: string;
  /** The original article (episodes from sources): the item's <link> and the credit line. */
  link?: string;
  /** Who published the article: "From <name>: <url>" closes the description. */
  credit?: { name: string; url: string };
  /** The article's author as a podcast:person (role "author"). */
  person?: string;
}

/** Escapes text for XML content and attribute values; applied exactly once, at rendering. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function urlFor(baseUrl: string, file: string): string {
  return new URL(file.split('/').map(encodeURIComponent).join('/'), baseUrl).href;
}

/** itunes:duration as H:MM:SS. */
export function itunesDuration(ms: number): string {
  const t = Math.round(ms / 1000);
  return `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** The folder's public address, with the feed token as its first path segment when there is one. */
export const servedBase = (channel: Pick<FeedChannel, 'baseUrl' | 'token'>): string => (channel.token ? new URL(`${encodeURIComponent(channel.token)}/`, channel.baseUrl).href : channel.baseUrl);

/** The description, closed by a credit line naming where the article comes from. */
export function describe(item: FeedItem): string {
  return item.credit ? `${item.description}\n\nFrom ${item.credit.name}: ${item.credit.url}` : item.description;
}

export function renderFeed(channel: FeedChannel, items: FeedItem[]): string {
  const e = escapeXml;
  const base = servedBase(channel);
  const url = (file: string) => e(urlFor(base, file));
  const sorted = [...items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const itemXml = sorted.map((item) =>
    [
      '    <item>',
      `      <title>${e(item.title)}</title>`,
      ...(item.link ? [`      <link>${e(item.link)}</link>`] : []),
      `      <description>${e(describe(item))}</description>`,
      `      <itunes:summary>${e(describe(item))}</itunes:summary>`,
      `      <itunes:author>${e(item.author)}</itunes:author>`,
      ...(item.person ? [`      <podcast:person role="author">${e(item.person)}</podcast:person>`] : []),
      `      <enclosure url="${url(item.audio)}" length="${item.lengthBytes}" type="audio/mpeg"/>`,
      `      <guid isPermaLink="false">${e(item.guid)}</guid>`,
      `      <pubDate>${item.pubDate.toUTCString()}</pubDate>`,
      `      <itunes:duration>${itunesDuration(item.durationMs)}</itunes:duration>`,
      '      <itunes:episodeType>full</itunes:episodeType>',
      '      <itunes:explicit>false</itunes:explicit>',
      ...(item.image ? [`      <itunes:image href="${url(item.image)}"/>`] : []),
      ...(item.chapters ? [`      <podcast:chapters url="${url(item.chapters)}" type="application/json+chapters"/>`] : []),
      ...(item.transcript ? [`      <podcast:transcript url="${url(item.transcript)}" type="text/vtt" language="${e(channel.language)}"/>`] : []),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${e(channel.title)}</title>`,
    `    <link>${e(base)}</link>`,
    `    <atom:link href="${url('feed.xml')}" rel="self" type="application/rss+xml"/>`,
    `    <description>${e(channel.description)}</description>`,
    `    <language>${e(channel.language)}</language>`,
    `    <itunes:author>${e(channel.author)}</itunes:author>`,
    `    <itunes:image href="${url(channel.image)}"/>`,
    `    <image><url>${url(channel.image)}</url><title>${e(channel.title)}</title><link>${e(base)}</link></image>`,
    '    <itunes:category text="News"/>',
    '    <itunes:explicit>false</itunes:explicit>',
    '    <itunes:type>episodic</itunes:type>',
    ...itemXml,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
