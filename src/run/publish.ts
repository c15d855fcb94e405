// Published files → feed.xml and the show cover, rebuilt from what is really in the output folder.
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { RunContext } from '../core/run-context.ts';
import { renderCover } from '../audio/cover.ts';
import { FEED_FILE, SHOW_COVER, buildFeed } from '../publish/collect-episodes.ts';

/** Rewrites feed.xml (and the show cover) from every episode now in the output folder. */
export async function publishFeed(ctx: RunContext, config: Config): Promise<void> {
  const workDir = await ctx.workDir('feed');
  try {
    const cover = config.cover ?? (await renderCover({ show: config.show, headline: 'News articles, read aloud', outFile: join(workDir, SHOW_COVER), workDir, signal: ctx.signal }));
    await ctx.writeAtomic(join(config.outDir, SHOW_COVER), await readFile(cover));
    await ctx.writeAtomic(join(config.outDir, FEED_FILE), await buildFeed(config.outDir, config, config.baseUrl));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export const feedExists = async (config: Config): Promise<boolean> => Boolean(await stat(join(config.outDir, FEED_FILE)).catch(() => null));
