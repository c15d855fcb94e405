// The edition: every finished article as one chapter, with a spoken introduction, transitions and a
// closing line. It is a Script like any other, so its stories' clips come from the cache.
import type { Config } from '../config.ts';
import type { RunContext } from '../core/run-context.ts';
import { inputError, toAppError } from '../errors.ts';
import type { Clip, EngineName, Script } from '../model.ts';
import { buildEditionScript, editionFileStem } from '../edition/build-edition-script.ts';
import { editionPauses } from '../edition/edition-pauses.ts';
import { orderScripts } from '../edition/order-scripts.ts';
import type { CacheStats } from '../tts/clip-cache.ts';
import type { Engine } from '../tts/engine.ts';
import { assemble } from './assemble-episode.ts';
import { synthesizeScript } from './synthesize.ts';
import type { ArticleResult, Reporter } from './types.ts';

export async function narrateEdition(
  ctx: RunContext,
  options: {
    articles: { script: Script; clips: Clip[][] }[];
    inputs: string[];
    config: Config;
    engine: Engine;
    engineName: EngineName;
    stats: CacheStats;
    reporter: Reporter;
    date: Date;
  },
): Promise<ArticleResult> {
  const { config, date } = options;
  // Input order, whatever order the articles finished in; then the config's list, if any.
  const byInput = [...options.articles].sort((a, b) => options.inputs.indexOf(a.script.source) - options.inputs.indexOf(b.script.source));
  const source = editionFileStem(date);
  try {
    if (byInput.length === 0) throw inputError('No article succeeded, so there is no edition to build.', 'Fix the articles above and run again.');
    const script = buildEditionScript(orderScripts(byInput.map((a) => a.script), config.editionOrder), { config, engine: options.engineName, date });
    const before = options.stats.misses;
    const clips = await synthesizeScript(options.engine, script, options.reporter, ctx.signal);
    const episode = await assemble(ctx, script, clips, config, { pauses: editionPauses(script, config.pauses), date });
    const segments = clips.reduce((n, c) => n + c.length, 0);
    return { source, ok: true, episode, segments, synthesized: options.stats.misses - before, reused: episode.reused };
  } catch (error) {
    return { source, ok: false, error: toAppError(error) };
  }
}
