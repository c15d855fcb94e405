// The file an article's episode is written to: its base name, made safe, inside the output folder.
import { basename, extname, join } from 'node:path';

/** A URL's last path segment without extension, or its host for "https://site/". */
function urlBaseName(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last).replace(/\.[a-z0-9]+$/i, '') : u.hostname;
  } catch {
    return 'article';
  }
}

/** `story.txt` → `<outDir>/story.mp3`; `-` → `stdin.mp3`; a URL → its last path segment. */
export function episodePath(outDir: string, source: string): string {
  const base = source === '-' ? 'stdin' : /^[a-z][a-z0-9+.-]*:/i.test(source) ? urlBaseName(source) : basename(source, extname(source));
  const safe = base.normalize('NFKC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+|-+$/g, '').slice(0, 120) || 'article';
  return join(outDir, `${safe}.mp3`);
}
