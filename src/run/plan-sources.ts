// --plan with feeds: the scripts a run would narrate, without narrating or recording anything. The
// inputs are split as a run splits them (by content: sources.ts); each source's new and edited items,
// judged by the output folder's state (read, never written), are read and scripted as the run would.
// The feed modules load only when there are sources, as in a run.
import type { Config } from '../config.ts';
import type { EngineName, Script } from '../model.ts';
import { toAppError } from '../errors.ts';
import { fetchOptionsFromEnv } from '../article/fetch-url.ts';
import { HostLimiter } from '../sources/fetch-source.ts';
import { splitInputs } from '../sources/inputs.ts';
import { parseSources } from '../sources/source-config.ts';
import type { CastMemory } from '../voices/casting.ts';
import { planRun } from './collect.ts';
import type { ScriptCache } from './script-cache.ts';
import { scriptForArticle } from './script-for.ts';
import type { ArticleResult } from './types.ts';

export interface SourcesPlan {
  scripts: Script[];
  failures: ArticleResult[];
  /** One line each, as the run prints them: teasers skipped, duplicate guids, items given up on. */
  notices: string[];
  /** Whether there were sources to read (so "nothing to plan" means nothing new in them). */
  sourced: boolean;
}

/**
 * `defaultInputs`: the inputs are the default `input/`, which may be empty when there are sources.
 * `cache`: the scripts of article files kept across runs (run/script-cache.ts), or null.
 */
export async function planWithSources(inputs: string[], config: Config, engine: EngineName, defaultInputs = false, cache: ScriptCache | null = null): Promise<SourcesPlan> {
  const limiter = new HostLimiter();
  const fetch = fetchOptionsFromEnv();
  const split = await splitInputs(inputs, limiter, fetch);
  const sources = [...config.sources, ...parseSources(split.feeds.map((url) => ({ url })))];
  const failures: ArticleResult[] = split.failures.map((f) => ({ source: f.source, ok: false, error: f.error }));
  const cast: CastMemory = { speakers: new Map() };
  if (sources.length === 0) {
    // One input that failed fails the plan with its own error, as it fails a run.
    if (split.failures.length === 1 && inputs.length === 1) throw split.failures[0]!.error;
    const planned = split.articles.length || failures.length === 0 ? await planRun(split.articles, config, engine, cast, cache) : { scripts: [], failures: [] };
    return { scripts: planned.scripts, failures: [...failures, ...planned.failures], notices: [], sourced: false };
  }
  const scripts: Script[] = [];
  if (split.articles.length) {
    try {
      const planned = await planRun(split.articles, config, engine, cast, cache);
      scripts.push(...planned.scripts);
      failures.push(...planned.failures);
    } catch (error) {
      // With sources, an empty input/ is no error (as in a run); any other input's failure is reported.
      if (!defaultInputs) failures.push({ source: split.articles.join(', '), ok: false, error: toAppError(error) });
    }
  }
  const { gatherSources } = await import('../sources/gather.ts');
  const { loadState } = await import('../sources/state.ts');
  const gathered = await gatherSources(sources, { state: await loadState(config.outDir), limiter, now: new Date(), fetch, load: { boilerplate: config.boilerplate, language: config.language } });
  failures.push(...gathered.failures.map((f): ArticleResult => ({ source: f.source, ok: false, error: f.error })));
  // Source order, newest first within a source: the order a run narrates them.
  const jobs = [...gathered.jobs].sort((a, b) => a.sourceIndex - b.sourceIndex || (b.entry.published?.getTime() ?? 0) - (a.entry.published?.getTime() ?? 0));
  for (const job of jobs) {
    try {
      scripts.push(scriptForArticle(job.article, config, engine, cast));
    } catch (error) {
      failures.push({ source: job.article.source, ok: false, error: toAppError(error) });
    }
  }
  return { scripts, failures, notices: gathered.notices, sourced: true };
}
