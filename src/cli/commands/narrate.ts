import { chooseEngine } from '../../run/engine-choice.ts';
import { narrate as narrateRun } from '../../run/narrate.ts';
import { createReporter } from '../../progress.ts';
import { defaultCacheDir } from '../../tts/clip-cache.ts';
import { exitCodeFor } from '../exit-code.ts';
import type { Command } from './types.ts';

export const narrate: Command = async ({ inputs, flags, config, io, ctx }) => {
  const choice = await chooseEngine(config);
  if (!flags.quiet) io.stderr(`Engine: ${choice.name} (${choice.reason}).\n`);
  const reporter = createReporter({ io, quiet: Boolean(flags.quiet) });
  const results = await narrateRun(ctx, {
    inputs,
    config,
    engine: choice.name,
    cacheDir: flags.cache ? defaultCacheDir() : null,
    reporter,
    ...(flags.edition ? { edition: { date: new Date() } } : {}),
  });
  return exitCodeFor(results);
};
