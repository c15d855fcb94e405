// The inputs of a run or of --plan, split alike: articles and feeds are told apart by content
// (sources/inputs.ts), the feeds join the configured sources, and inputs that could not be read are
// kept as failures. One failing input with no sources fails as a whole, with its own error; with
// sources, `npm run narrate` alone may find input/ empty, and that is no error.
import { readdir } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { fetchOptionsFromEnv, type FetchOptions } from '../article/fetch-url.ts';
import { ARTICLE_EXTENSIONS } from '../article/read-input.ts';
import { HostLimiter } from '../sources/fetch-source.ts';
import { splitInputs } from '../sources/inputs.ts';
import { parseSources, type SourceConfig } from '../sources/source-config.ts';
import type { ArticleResult } from './types.ts';

export interface SplitRun {
  limiter: HostLimiter;
  fetch: FetchOptions;
  /** Article inputs (files, folders, URLs, "-"). */
  articles: string[];
  sources: SourceConfig[];
  /** Inputs that could not be read, reported as they are (not asked for a second time). */
  unreachable: ArticleResult[];
}

async function hasArticles(folder: string): Promise<boolean> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.some((n) => !n.startsWith('.') && ARTICLE_EXTENSIONS.includes(n.slice(n.lastIndexOf('.')).toLowerCase()));
}

/** `defaultInputs`: the inputs are the default `input/`. */
export async function splitRun(inputs: string[], config: Config, defaultInputs: boolean): Promise<SplitRun> {
  const limiter = new HostLimiter();
  const fetch = fetchOptionsFromEnv();
  const split = await splitInputs(inputs, limiter, fetch);
  const sources = [...config.sources, ...parseSources(split.feeds.map((url) => ({ url })))];
  if (sources.length === 0 && split.failures.length === 1 && inputs.length === 1) throw split.failures[0]!.error;
  const unreachable: ArticleResult[] = split.failures.map((f) => ({ source: f.source, ok: false, error: f.error }));
  let articles = split.articles;
  if (sources.length > 0 && defaultInputs && !(await Promise.all(articles.map(hasArticles))).some(Boolean)) articles = [];
  return { limiter, fetch, articles, sources, unreachable };
}
