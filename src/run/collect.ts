// Inputs → the article files of a run; and --plan, which stops at the scripts.
import type { Config } from '../config.ts';
import { toAppError } from '../errors.ts';
import type { EngineName, Script } from '../model.ts';
import { collectInputs } from '../article/read-input.ts';
import type { CastMemory } from '../voices/casting.ts';
import { cachedScriptFor, type ScriptCache } from './script-cache.ts';
import type { ArticleResult, Failure } from './types.ts';

/**
 * Expands every input on its own, so a missing file or an empty folder fails alone in a batch.
 * A run whose every input fails this way fails as a whole, with that error.
 */
export async function collectEach(inputs: string[], config: Config): Promise<{ files: string[]; failures: Failure[] }> {
  const files: string[] = [];
  const failures: Failure[] = [];
  for (const input of inputs) {
    try {
      files.push(...(await collectInputs([input], { followSymlinks: config.followSymlinks })));
    } catch (error) {
      failures.push({ source: input, ok: false, error: toAppError(error) });
    }
  }
  if (files.length === 0 && failures.length === 1) throw failures[0]!.error;
  return { files, failures };
}

/** Builds the plans of every input without synthesizing anything (`cache`: scripts kept across runs, or null). */
export async function planRun(inputs: string[], config: Config, engine: EngineName, cast: CastMemory = { speakers: new Map() }, cache: ScriptCache | null = null): Promise<{ scripts: Script[]; failures: ArticleResult[] }> {
  const { files, failures: collected } = await collectEach(inputs, config);
  const failures: ArticleResult[] = [...collected];
  const scripts: Script[] = [];
  for (const file of files) {
    try {
      scripts.push(await cachedScriptFor(file, config, engine, cast, cache));
    } catch (error) {
      failures.push({ source: file, ok: false, error: toAppError(error) });
    }
  }
  return { scripts, failures };
}
