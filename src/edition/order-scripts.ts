// The running order of an edition: the config's list first, then every other article in input order.
// A list entry may be a path ("input/a.txt", relative to the working folder or absolute), a file name
// ("a.txt") or a base name ("a"); for a URL, the URL itself or its last path segment.
import { basename, extname, resolve } from 'node:path';
import { configError } from '../errors.ts';
import type { Script } from '../model.ts';

const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

/** Every name a list entry may use for this source. */
export function namesOf(source: string): Set<string> {
  const names = new Set([source]);
  let file = source;
  if (isUrl(source)) {
    try {
      file = decodeURIComponent(new URL(source).pathname.split('/').filter(Boolean).pop() ?? '');
    } catch {
      file = '';
    }
  } else if (source !== '-') {
    names.add(resolve(source));
  }
  if (file) {
    names.add(basename(file));
    names.add(basename(file, extname(file)));
  }
  names.delete('');
  return names;
}

function matches(entry: string, source: string): boolean {
  const names = namesOf(source);
  if (names.has(entry)) return true;
  // A path entry names the same file however it is spelled ("./input/a.txt", "/abs/input/a.txt").
  return !isUrl(entry) && /[\\/]/.test(entry) && names.has(resolve(entry));
}

/**
 * Scripts in the configured order. An entry matching several inputs (same base name in two folders)
 * places them all there, in input order; an entry repeated later is ignored. Entries that match no
 * input are an error: a misspelt name would otherwise silently reorder the edition.
 */
export function orderScripts(scripts: Script[], order?: string[]): Script[] {
  if (!order?.length) return [...scripts];
  const placed = new Set<number>();
  const out: Script[] = [];
  const unknown: string[] = [];
  for (const entry of order) {
    const hits = scripts.map((s, i) => (matches(entry, s.source) ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 0) {
      unknown.push(entry);
      continue;
    }
    for (const i of hits) {
      if (placed.has(i)) continue;
      placed.add(i);
      out.push(scripts[i]!);
    }
  }
  if (unknown.length) {
    const list = unknown.map((u) => `"${u}"`).join(', ');
    throw configError(
      `Config: the edition order names ${unknown.length === 1 ? 'an article' : 'articles'} not in this run: ${list}.`,
      'Each entry must be an input file of this run, by path, file name or base name; remove it or add the file.',
    );
  }
  scripts.forEach((s, i) => {
    if (!placed.has(i)) out.push(s);
  });
  return out;
}
