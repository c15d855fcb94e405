// `npm run narrate` with or without feeds: splits the inputs into articles and feeds (by content), and
// runs plain articles straight through narrate. With sources (feeds on the command line or in the
// config) it locks the output folder and hands over to feed-run.ts, loaded only then, so a run of plain
// articles never loads the feed parser.
import { readdir } from 'node:fs/promises';
import type { RunContext } from '../core/run-context.ts';
import { ensureDir } from '../core/fs.ts';
import { fetchOptionsFromEnv } from '../article/fetch-url.ts';
import { ARTICLE_EXTENSIONS } from '../article/read-input.ts';
import { HostLimiter } from '../sources/fetch-source.ts';
import { splitInputs } from '../sources/inputs.ts';
import { parseSources } from '../sources/source-config.ts';
import { narrate, takeLock } from './narrate.ts';
import type { SourcesRunOptions } from './feed-run.ts';

export type { SourcesRunOptions };
import type { ArticleResult } from './types.ts';

async function hasArticles(folder: string): Promise<boolean> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.some((n) => !n.startsWith('.') && ARTICLE_EXTENSIONS.includes(n.slice(n.lastIndexOf('.')).toLowerCase()));
}


/** `npm run narrate` with feeds: the inputs' articles, then every source's new and edited items. */
export async function narrateWithSources(ctx: RunContext, options: SourcesRunOptions): Promise<ArticleResult[]> {
  const { config, reporter } = options;
  const limiter = new HostLimiter();
  const fetch = fetchOptionsFromEnv();
  const split = await splitInputs(options.inputs, limiter, fetch);
  const sources = [...config.sources, ...parseSources(split.feeds.map((url) => ({ url })))];
  const unreachable: ArticleResult[] = split.failures.map((f) => ({ source: f.source, ok: false, error: f.error }));
  if (sources.length === 0) {
    // One input that failed fails the run with its own error, as it does without feeds.
    if (split.failures.length === 1 && options.inputs.length === 1) throw split.failures[0]!.error;
    for (const f of unreachable) reporter.result(f);
    return [...unreachable, ...(split.articles.length || unreachable.length === 0 ? await narrate(ctx, { ...options, inputs: split.articles }) : [])];
  }
  for (const f of unreachable) reporter.result(f);
  let inputs = split.articles;
  if (options.defaultInputs && !(await Promise.all(inputs.map(hasArticles))).some(Boolean)) inputs = [];

  const outDir = config.outDir;
  await ensureDir(outDir);
  // Held from reading the state to the last deletion: a second run exits at once ("busy", exit 9).
  const lock = takeLock(outDir);
  const unwatch = ctx.onAbort(() => lock.release());
  try {
    const { runFeeds } = await import('./feed-run.ts');
    return [...unreachable, ...(await runFeeds(ctx, { ...options, inputs, lockHeld: true }, sources, limiter, fetch))];
  } finally {
    unwatch();
    lock.release();
  }
}
