// A run with feeds as sources: the feeds on the command line and in "sources", each new or edited
// item narrated once, then retention and the feed. The steps are ordered so that a crash at any
// moment loses and duplicates nothing:
//   1. an item's `.item.json` (guid, link, credit, the Article) is written before its MP3;
//   2. the MP3 is written atomically, named after its title and the hash of its text;
//   3. the state records it as the item's current episode (fsync + rename);
//   4. feed.xml is rewritten; 5. replaced and expired files are deleted.
// Killed before 3, the next run finds the same text, so the same file name, and reuses the MP3 (the
// feed hides an MP3 with an item sidecar that the state does not name). Killed before 5, the old
// files are already out of the feed (the state hides them) and go on the next run.
import { join } from 'node:path';
import type { RunContext } from '../core/run-context.ts';
import type { FetchOptions } from '../article/fetch-url.ts';
import { metaSidecar } from '../sources/episode-meta.ts';
import { editionArticles } from '../sources/edition-items.ts';
import type { HostLimiter } from '../sources/fetch-source.ts';
import { gatherSources, inRunOrder, type ItemJob } from '../sources/gather.ts';
import type { SourceConfig } from '../sources/source-config.ts';
import { episodeFiles, loadState, recordEpisode, recordFailure, saveState } from '../sources/state.ts';
import { applyRetention, removeStale } from '../sources/upkeep.ts';
import { feedIsCurrent, publishFeed } from './publish.ts';
import { narrate, type NarrateOptions } from './narrate.ts';
import type { ArticleResult, Reporter } from './types.ts';

export interface SourcesRunOptions extends NarrateOptions {
  /** The inputs are the default (`input/`): with sources, an empty input/ is no error. */
  defaultInputs?: boolean;
}

/** The run once the output folder is locked: gather the sources' items, narrate them, then upkeep. */
export async function runFeeds(ctx: RunContext, options: SourcesRunOptions, sources: SourceConfig[], limiter: HostLimiter, fetch: FetchOptions): Promise<ArticleResult[]> {
  const { config, reporter } = options;
  const outDir = config.outDir;
  const now = new Date();
  const state = await loadState(outDir);
  const gathered = await gatherSources(sources, { state, limiter, now, fetch, load: { boilerplate: config.boilerplate, language: config.language }, signal: ctx.signal });
  for (const line of gathered.notices) reporter.notice(line);
  const failures: ArticleResult[] = gathered.failures.map((f) => ({ source: f.source, ok: false, error: f.error }));
  for (const f of failures) reporter.result(f);
  await saveState(outDir, state);
  ctx.throwIfAborted();

  const jobs = inRunOrder(gathered.jobs);
  for (const job of jobs) await ctx.writeAtomic(join(outDir, metaSidecar(`${job.article.source}.mp3`)), JSON.stringify({ ...job.meta, article: job.article }));
  const byStem = new Map<string, ItemJob>(jobs.map((j) => [j.article.source, j]));
  // With --edition, items narrated by earlier runs since the last edition are stories too (cached clips).
  const stories = options.edition ? await editionArticles(outDir, state, jobs, sources.map((s) => s.url), now) : [];
  const articles = [...jobs.map((j) => j.article), ...stories.filter((a) => !byStem.has(a.source))];

  let saving = Promise.resolve();
  const recording: Reporter = {
    ...reporter,
    result(result) {
      const job = byStem.get(result.source);
      if (job) {
        if (result.ok) recordEpisode(state, job.id, job.facts, { hash: job.hash, episode: `${job.article.source}.mp3`, now });
        else recordFailure(state, job.id, job.facts, result.error.message);
        saving = saving.then(() => saveState(outDir, state));
      }
      reporter.result(result);
    },
  };
  const results = await narrate(ctx, {
    ...options,
    articles,
    reporter: recording,
    ...(options.edition ? { edition: { ...options.edition, stories: stories.map((a) => a.source) } } : {}),
  });
  await saving;
  if (ctx.signal.aborted) return [...failures, ...results];
  if (options.edition && results.some((r) => r.ok && /^edition-/.test(r.source))) state.lastEdition = now.toISOString();
  for (const file of await applyRetention(outDir, state, config.keep, now)) reporter.notice(`Retention: ${file} is past "keep"; it leaves the feed and the folder.`);
  await saveState(outDir, state);
  // narrate published the feed already when it made episodes; again only if files leave it now, or
  // if it was built before the state named the last episode.
  const pending = Object.values(state.items).some((i) => i.stale?.length) || Boolean(state.remove?.length);
  if (pending || !(await feedIsCurrent(config, [...episodeFiles(state).current]))) await publishFeed(ctx, config);
  await removeStale(outDir, state);
  await saveState(outDir, state);
  return [...failures, ...results];
}
