import { chooseEngine } from '../../run/engine-choice.ts';
import { narrateWithSources } from '../../run/sources.ts';
import { createReporter } from '../../progress.ts';
import { defaultCacheDir } from '../../tts/clip-cache.ts';
import { exitCodeFor } from '../exit-code.ts';
import type { Command } from './types.ts';

export const narrate: Command = async ({ inputs, flags, config, io, ctx }) => {
  const choice = await chooseEngine(config);
  if (!flags.quiet) io.stderr(`Engine: ${choice.name} (${choice.reason}).\n`);
  const reporter = createReporter({ io, quiet: Boolean(flags.quiet) });
  for (;;) {
    const results = await narrateWithSources(ctx, {
      inputs,
      // `npm run narrate` alone: input/ may be empty when there are sources.
      defaultInputs: inputs.length === 1 && inputs[0] === 'input',
      config,
      engine: choice.name,
      cacheDir: flags.cache ? defaultCacheDir() : null,
      reporter,
      ...(flags.edition ? { edition: { date: new Date() } } : {}),
    });
    const code = exitCodeFor(results);
    if (!flags.watch || ctx.signal.aborted) return code;
    // A signal while waiting ends the process at once (the CLI's signal handler); during a run it
    // stops the run like any other: finished items are recorded, partial files removed.
    const next = new Date(Date.now() + flags.watch);
    if (!flags.quiet) io.stderr(`Next run at ${next.toTimeString().slice(0, 5)} (--watch); Ctrl-C to stop.\n`);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, flags.watch);
      ctx.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
    if (ctx.signal.aborted) return code;
  }
};
