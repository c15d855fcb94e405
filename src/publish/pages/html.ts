// Small HTML helpers for the pages. Everything that comes from an article (titles, bylines, transcript
// text, speaker names) is untrusted: it goes through esc() exactly once, at rendering.

/** Escapes text for HTML element content and quoted attribute values. */
export function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A file in the output folder as a relative URL (names may hold spaces or non-ASCII letters). */
export function fileHref(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

/** An article link only when it is plain http(s): never a javascript: or data: URL from the input. */
export function safeLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A duration as M:SS, or H:MM:SS from an hour. */
export function clock(ms: number): string {
  const t = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = String(t % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A duration in words for screen readers and listings: "4 min 28 s", "1 h 2 min". */
export function spokenDuration(ms: number): string {
  const t = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  if (h) return `${h} h ${m} min`;
  return m ? `${m} min ${s} s` : `${s} s`;
}

/** A short description for listings: whole words, at most `max` characters. */
export function shorten(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function formatDate(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toDateString();
  }
}

// No inline script or style anywhere: our own files only, from the page's own origin. frame-ancestors
// cannot be set from a meta tag, which is what lets publishers frame the embed page.
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

export const GENERATOR = 'audio-edition';

export interface Shell {
  title: string;
  language: string;
  description?: string;
  bodyClass: string;
  body: string;
}

/** The document around a page: CSP, viewport, our stylesheet and deferred script (works from disk too). */
export function pageShell(page: Shell): string {
  return [
    '<!doctype html>',
    `<html lang="${esc(page.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="${GENERATOR}">`,
    ...(page.description ? [`<meta name="description" content="${esc(page.description)}">`] : []),
    `<title>${esc(page.title)}</title>`,
    '<link rel="icon" href="cover.png" type="image/png">',
    '<link rel="stylesheet" href="player.css">',
    '<script src="player.js" defer></script>',
    '</head>',
    `<body class="${page.bodyClass}">`,
    page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
