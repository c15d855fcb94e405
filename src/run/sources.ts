// `npm run narrate` with or without feeds: splits the inputs into articles and feeds (by content), and
// runs plain articles straight through narrate. With sources (feeds on the command line or in the
// config) it locks the output folder and hands over to feed-run.ts, loaded only then, so a run of plain
// articles never loads the feed parser.
import type { RunContext } from '../core/run-context.ts';
import { ensureDir } from '../core/fs.ts';
import { narrate, takeLock } from './narrate.ts';
import type { SourcesRunOptions } from './feed-run.ts';
import { splitRun } from './split-sources.ts';
import type { ArticleResult } from './types.ts';

export type { SourcesRunOptions };

/** `npm run narrate` with feeds: the inputs' articles, then every source's new and edited items. */
export async function narrateWithSources(ctx: RunContext, options: SourcesRunOptions): Promise<ArticleResult[]> {
  const { config, reporter } = options;
  const { limiter, fetch, articles: inputs, sources, unreachable } = await splitRun(options.inputs, config, Boolean(options.defaultInputs));
  for (const f of unreachable) reporter.result(f);
  if (sources.length === 0) return [...unreachable, ...(inputs.length || unreachable.length === 0 ? await narrate(ctx, { ...options, inputs }) : [])];

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
