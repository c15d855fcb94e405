// scriptWillBuild, the probe narrate asks before the engine loads (to start the NLP library's worker
// early): it must say "builds" exactly when cachedScriptFor will build rather than read. Run on the
// compiled modules, as users run them: from the sources there is no build id, and nothing is cached.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { RunContext } from '../../src/core/run-context.ts';
import type * as ScriptCacheModule from '../../src/run/script-cache.ts';
import type { CastMemory } from '../../src/voices/casting.ts';
import { ROOT } from '../helpers/run-cli.ts';

const SAMPLE = join(ROOT, 'input', 'zelenskyy-north-korea.txt');
const work = mkdtempSync(join(tmpdir(), 'script-will-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dist = async () => {
  const cache = (await import(join(ROOT, 'dist', 'run', 'script-cache.js'))) as typeof ScriptCacheModule;
  const { createRunContext } = (await import(join(ROOT, 'dist', 'core', 'run-context.js'))) as { createRunContext: () => RunContext };
  const { DEFAULT_CONFIG } = (await import(join(ROOT, 'dist', 'config.js'))) as { DEFAULT_CONFIG: Config };
  return { ...cache, createRunContext, config: DEFAULT_CONFIG };
};
const noMemory = (): CastMemory => ({ speakers: new Map(), serviceVoices: [] });

describe('scriptWillBuild', () => {
  it('says a script builds until cachedScriptFor kept it, and again once the article or the memory changes', async () => {
    const { scriptWillBuild, cachedScriptFor, createRunContext, config } = await dist();
    const cacheDir = join(work, 'cache');
    const article = join(work, 'article.txt');
    writeFileSync(article, readFileSync(SAMPLE));
    expect(await scriptWillBuild(article, config, 'flite', noMemory(), cacheDir)).toBe(true);

    const ctx = createRunContext();
    try {
      await cachedScriptFor(article, config, 'flite', noMemory(), { dir: cacheDir, ctx });
    } finally {
      await ctx.cleanup();
    }
    expect(await scriptWillBuild(article, config, 'flite', noMemory(), cacheDir)).toBe(false);
    // What narrate's first article could differ by: the engine, the options, the casting memory.
    expect(await scriptWillBuild(article, config, 'edge', noMemory(), cacheDir)).toBe(true);
    expect(await scriptWillBuild(article, { ...config, quoteMinWords: config.quoteMinWords + 1 }, 'flite', noMemory(), cacheDir)).toBe(true);
    expect(await scriptWillBuild(article, config, 'flite', { speakers: new Map(), serviceVoices: [{ name: 'x', gender: 'female', locale: 'en-US' }] } as unknown as CastMemory, cacheDir)).toBe(true);

    writeFileSync(article, readFileSync(SAMPLE, 'utf8').replace('North Korea', 'South Korea'));
    expect(await scriptWillBuild(article, config, 'flite', noMemory(), cacheDir)).toBe(true);
  });

  it('says builds with no cache, for a URL or stdin, and for a file it cannot read (the build reports that)', async () => {
    const { scriptWillBuild, config } = await dist();
    const cacheDir = join(work, 'cache-other');
    expect(await scriptWillBuild(SAMPLE, config, 'flite', noMemory(), null)).toBe(true);
    expect(await scriptWillBuild('https://example.org/a', config, 'flite', noMemory(), cacheDir)).toBe(true);
    expect(await scriptWillBuild('-', config, 'flite', noMemory(), cacheDir)).toBe(true);
    expect(await scriptWillBuild(join(work, 'missing.txt'), config, 'flite', noMemory(), cacheDir)).toBe(true);
  });
});
