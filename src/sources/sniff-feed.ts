// Whether a text is a feed, by its first bytes (never its name or Content-Type). Its own module, without
// the feed parser: every run sniffs its inputs, and only a run that finds a feed loads feedsmith
// (~170 files, a noticeable part of a re-run's start-up).
/** What the start of a document says it is, before a full parse: cheap enough to run on any input. */
export function sniffFeed(text: string): 'xml-feed' | 'json-feed' | 'opml' | null {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'json-feed' : null;
  // Skip the XML declaration, processing instructions, comments and a DOCTYPE to the root element.
  const root = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*<([A-Za-z_][\w.:-]*)/.exec(head)?.[1]?.toLowerCase();
  if (root === undefined) return null;
  if (root === 'opml') return 'opml';
  return root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root.endsWith(':rdf') || root === 'rdf' ? 'xml-feed' : null;
}
