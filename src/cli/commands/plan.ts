import { setFlagsFromString } from 'node:v8';
import { chooseEngine } from '../../run/engine-choice.ts';
import { planWithSources } from '../../run/plan-sources.ts';
import { planJson } from '../../script/plan.ts';
import { resultLine } from '../../progress.ts';
import { defaultCacheDir } from '../../tts/clip-cache.ts';
import { exitCodeFor } from '../exit-code.ts';
import type { Command } from './types.ts';

export const plan: Command = async ({ inputs, flags, config, io, ctx }) => {
  // A plan is regular expressions and short-lived code, done in well under a second per article: V8's
  // optimizing compiler (TurboFan) cannot pay for itself here. Its background compiles cost ~75 ms of
  // CPU on a cold --plan of the sample and took that from the other core, where compromise loads on
  // its worker: ~35 ms less wall without it (median of 10 interleaved runs), and the whole dev corpus
  // planned in ~0.45 s less CPU. Only for --plan: synthesis and assembly run long numeric loops
  // (sample gains, WAV handling) that need it. The code's meaning is the same in every tier.
  setFlagsFromString('--no-turbofan');
  const choice = await chooseEngine(config);
  // On stderr, so stdout stays pure JSON; only when auto chose (whose voices?).
  if (!flags.quiet && config.engine === 'auto') io.stderr(`Engine: ${choice.name} (${choice.reason}).\n`);
  // Feeds (on the command line or in the config) plan their new and edited items, as a run would.
  const { scripts, failures, notices, sourced } = await planWithSources(inputs, config, choice.name, inputs.length === 1 && inputs[0] === 'input', flags.cache ? { dir: defaultCacheDir(), ctx } : null);
  if (!flags.quiet) for (const line of notices) io.stderr(`${line}\n`);
  if (!flags.quiet && sourced && scripts.length === 0 && failures.length === 0) io.stderr('Nothing new in the sources.\n');
  for (const f of failures) io.stderr(`${resultLine(f)}\n`);
  if (flags.edition && scripts.length) {
    const { buildEditionScript } = await import('../../edition/build-edition-script.ts');
    const { orderScripts } = await import('../../edition/order-scripts.ts');
    scripts.push(buildEditionScript(orderScripts(scripts, config.editionOrder), { config, engine: choice.name, date: new Date() }));
  }
  if (scripts.length) io.stdout(`${planJson(scripts)}\n`);
  return exitCodeFor([...failures, ...scripts.map(() => ({ ok: true }) as const)]);
};
