// The file an article's episode is written to: its base name, made safe, inside the output folder.
import { basename, extname, join, resolve } from 'node:path';

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

/**
 * Inputs whose episodes would be written to one file (`story.txt` + `story.html`, `with space.txt` +
 * `with-space.txt`), by that file. The same input named twice is one input, not a collision.
 */
export function episodeNameClashes(sources: readonly string[], outDir: string): Map<string, string[]> {
  const byFile = new Map<string, Set<string>>();
  for (const source of sources) {
    const file = episodePath(outDir, source);
    const same = byFile.get(file) ?? new Set<string>();
    same.add(/^[a-z][a-z0-9+.-]*:/i.test(source) || source === '-' ? source : resolve(source));
    byFile.set(file, same);
  }
  const clashes = new Map<string, string[]>();
  for (const [file, same] of byFile) if (same.size > 1) clashes.set(file, sources.filter((s) => episodePath(outDir, s) === file));
  return clashes;
}
