// Reads and checks the evaluation corpus: corpus/<split>/<name>.<txt|md|html> beside <name>.json.
// A malformed corpus (missing or extra annotation, a field of the wrong type, a boilerplate line or
// snippet that is not in its article) stops `npm run eval` with one line naming the file, because
// scores over a broken annotation would mislead whoever tunes on them.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { findRun, tokens, type Annotation } from './eval-score.ts';

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];
const ARTICLE_EXTS = new Set(['.txt', '.md', '.html']);

export interface CorpusArticle {
  split: Split;
  /** Path relative to the repository root, as handed to the CLI. */
  path: string;
  /** The text a reader sees: the file itself, or for .md/.html the text without markup. */
  text: string;
  annotation: Annotation;
}

export class CorpusError extends Error {}

/** Visible text: link targets and markup removed, one line per block, so lines compare as they read. */
export function visibleText(ext: string, raw: string): string {
  if (ext === '.md') {
    return raw
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/\*\*?([^*\n]+)\*\*?/g, '$1');
  }
  if (ext !== '.html') return raw;
  return raw
    .replace(/<(head|script|style|noscript)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|header|footer|nav|section|article|aside|figure|figcaption|blockquote|br|tr|table|main|form)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function fail(file: string, what: string): never {
  throw new CorpusError(`corpus is malformed: ${file}: ${what}`);
}

function checkAnnotation(file: string, value: unknown): Annotation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, 'not a JSON object');
  const o = value as Record<string, unknown>;
  for (const key of ['source', 'licence', 'language', 'headline'] as const) {
    if (typeof o[key] !== 'string' || o[key] === '') fail(file, `"${key}" must be a non-empty string`);
  }
  const strings = (key: string, optional = false) => {
    const v = o[key];
    if (v === undefined && optional) return;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) fail(file, `"${key}" must be an array of non-empty strings`);
  };
  strings('boilerplate');
  strings('narration');
  strings('chapters');
  strings('labels', true);
  if (!Array.isArray(o.quotes)) fail(file, '"quotes" must be an array');
  o.quotes.forEach((q: unknown, i: number) => {
    const x = q as Record<string, unknown> | null;
    if (typeof x !== 'object' || x === null) fail(file, `quotes[${i}] must be an object`);
    if (typeof x.text !== 'string' || x.text.trim() === '') fail(file, `quotes[${i}].text must be a non-empty string`);
    if (x.speaker !== null && typeof x.speaker !== 'string') fail(file, `quotes[${i}].speaker must be a string or null`);
    if (x.gender !== null && x.gender !== 'female' && x.gender !== 'male') fail(file, `quotes[${i}].gender must be "female", "male" or null`);
  });
  if (!/^[a-z]{2}$/.test(o.language as string)) fail(file, '"language" must be an ISO 639-1 code such as "en"');
  return o as unknown as Annotation;
}

/** Every annotated string must really be in the article, or the score would count a typo as a miss. */
function checkAgainstText(file: string, text: string, a: Annotation): void {
  const lines = new Set(text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()));
  const all = tokens(text);
  const inText = (s: string) => findRun(all, tokens(s)) >= 0;
  if (!lines.has(a.headline.replace(/\s+/g, ' ').trim())) fail(file, `headline is not a line of the article: ${a.headline}`);
  for (const line of a.boilerplate) if (!lines.has(line.replace(/\s+/g, ' ').trim())) fail(file, `boilerplate is not a line of the article: ${line}`);
  for (const title of a.chapters) if (!inText(title)) fail(file, `chapter title is not in the article: ${title}`);
  for (const q of a.quotes) if (!inText(q.text)) fail(file, `quote is not in the article: ${q.text}`);
  for (const n of a.narration) if (!inText(n)) fail(file, `narration snippet is not in the article: ${n}`);
  for (const l of a.labels ?? []) if (!text.includes(l)) fail(file, `label is not in the article: ${l}`);
}

export async function loadCorpus(root: string): Promise<CorpusArticle[]> {
  const out: CorpusArticle[] = [];
  for (const split of SPLITS) {
    const dir = join(root, 'corpus', split);
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch {
      throw new CorpusError(`corpus is malformed: corpus/${split}/ is missing`);
    }
    const articles = names.filter((n) => ARTICLE_EXTS.has(extname(n)));
    const jsons = new Set(names.filter((n) => extname(n) === '.json'));
    for (const name of articles) {
      const base = name.slice(0, -extname(name).length);
      const rel = `corpus/${split}/${name}`;
      if (!jsons.delete(`${base}.json`)) fail(rel, `no annotation ${base}.json beside it`);
      let annotation: Annotation;
      try {
        annotation = checkAnnotation(`${rel} (json)`, JSON.parse(await readFile(join(dir, `${base}.json`), 'utf8')));
      } catch (error) {
        if (error instanceof CorpusError) throw error;
        fail(`corpus/${split}/${base}.json`, `not valid JSON (${(error as Error).message})`);
      }
      const text = visibleText(extname(name), await readFile(join(dir, name), 'utf8'));
      checkAgainstText(rel, text, annotation);
      out.push({ split, path: rel, text, annotation });
    }
    for (const orphan of jsons) fail(`corpus/${split}/${orphan}`, 'annotation without an article beside it');
  }
  if (out.length === 0) throw new CorpusError('corpus is malformed: no articles in corpus/dev or corpus/heldout');
  const seen = new Map<string, string>();
  for (const a of out) {
    const base = a.path.split('/').pop()!.replace(/\.[^.]+$/, '');
    if (seen.has(base)) fail(a.path, `same name as ${seen.get(base)} (an article is in one split only)`);
    seen.set(base, a.path);
  }
  return out;
}
