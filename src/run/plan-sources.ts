// --plan with feeds: the scripts a run would narrate, without narrating or recording anything. The
// inputs are split as a run splits them (split-sources.ts); each source's new and edited items,
// judged by the output folder's state (read, never written), are read and scripted as the run would.
// The feed modules (and the script builders, which a cached article file does not need: see
// script-cache.ts) load only when there are sources, as in a run.
import type { Config } from '../config.ts';
import type { EngineName, Script } from '../model.ts';
import { toAppError } from '../errors.ts';
import type { CastMemory } from '../voices/casting.ts';
import { planRun } from './collect.ts';
import type { ScriptCache } from './script-cache.ts';
import { splitRun } from './split-sources.ts';
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
  const { limiter, fetch, articles, sources, unreachable } = await splitRun(inputs, config, defaultInputs);
  const failures: ArticleResult[] = [...unreachable];
  const cast: CastMemory = { speakers: new Map() };
  const scripts: Script[] = [];
  if (articles.length || (sources.length === 0 && failures.length === 0)) {
    try {
      const planned = await planRun(articles, config, engine, cast, cache);
      scripts.push(...planned.scripts);
      failures.push(...planned.failures);
    } catch (error) {
      // Without sources the plan fails as a run does; with them, the other inputs' items still plan.
      if (sources.length === 0) throw error;
      failures.push({ source: articles.join(', '), ok: false, error: toAppError(error) });
    }
  }
  if (sources.length === 0) return { scripts, failures, notices: [], sourced: false };
  const { gatherSources, inRunOrder } = await import('../sources/gather.ts');
  const { loadState } = await import('../sources/state.ts');
  const { scriptForArticle } = await import('./script-for.ts');
  const gathered = await gatherSources(sources, { state: await loadState(config.outDir), limiter, now: new Date(), fetch, load: { boilerplate: config.boilerplate, language: config.language } });
  failures.push(...gathered.failures.map((f): ArticleResult => ({ source: f.source, ok: false, error: f.error })));
  const jobs = inRunOrder(gathered.jobs);
  for (const job of jobs) {
    try {
      scripts.push(scriptForArticle(job.article, config, engine, cast));
    } catch (error) {
      failures.push({ source: job.article.source, ok: false, error: toAppError(error) });
    }
  }
  return { scripts, failures, notices: gathered.notices, sourced: true };
}
