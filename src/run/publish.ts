// Published files → feed.xml and the show cover, rebuilt from what is really in the output folder.
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Config } from '../config.ts';
import { regularFiles } from '../core/folder-entries.ts';
import { readBounded } from '../core/read-bounded.ts';
import type { RunContext } from '../core/run-context.ts';
import { FEED_FILE, SHOW_COVER } from '../publish/collect-episodes.ts';
import type { WrittenPages } from '../publish/pages/write-pages.ts';
import { SHOW_PAGE } from '../publish/pages/views.ts';

/** The show cover, drawn ahead of the feed: `file` once drawn; `done` settles, never rejects, once nothing writes. */
export interface ShowCover {
  file: Promise<string>;
  done: Promise<void>;
}

/**
 * Starts drawing the show cover (one ffmpeg run; it depends on the show's name alone) into a work
 * folder of its own: a run that will publish starts it as soon as it knows an episode will be made,
 * so that it is drawn while the engine works instead of in the last step, after the last episode.
 */
export function drawShowCover(ctx: RunContext, config: Config): ShowCover {
  const drawing = (async () => {
    const { renderCover } = await import('../audio/cover.ts');
    const workDir = await ctx.workDir('show-cover');
    return renderCover({ show: config.show, headline: 'News articles, read aloud', outFile: join(workDir, SHOW_COVER), workDir, signal: ctx.signal });
  })();
  drawing.catch(() => {}); // reported where the feed awaits it
  return { file: drawing, done: drawing.then(() => {}, () => {}) };
}

/**
 * Rewrites feed.xml (and the show cover) and the web pages from every episode now in the output
 * folder; with `cover`, the show cover drawn ahead (drawShowCover) instead of drawing it now.
 */
export async function publishFeed(ctx: RunContext, config: Config, cover?: ShowCover): Promise<WrittenPages> {
  // Loaded here: an unchanged re-run whose feed is current (feedIsCurrent) draws and renders nothing.
  const [{ buildFeed }, { writePages }] = await Promise.all([import('../publish/collect-episodes.ts'), import('../publish/pages/write-pages.ts')]);
  const shown = config.cover ? { file: Promise.resolve(config.cover), done: Promise.resolve() } : (cover ?? drawShowCover(ctx, config));
  const workDir = await ctx.workDir('feed');
  try {
    // Without one drawn ahead, the show cover is drawn while the feed is built from the episodes'
    // tags: the last step of a run, so what runs side by side here is what the listener waits for.
    const feed = buildFeed(config.outDir, config, config.baseUrl);
    const cover = shown.file;
    // Both settle before either is awaited: neither may still run while the work folder is removed.
    await Promise.allSettled([shown.done, feed]);
    await ctx.writeAtomic(join(config.outDir, SHOW_COVER), await readFile(await cover));
    await ctx.writeAtomic(join(config.outDir, FEED_FILE), await feed);
    return await writePages({ outDir: config.outDir, config, baseUrl: config.baseUrl, write: (path, data) => ctx.writeAtomic(path, data) });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * feed.xml and the show page are there, the feed lists every episode file given and only files that
 * are there. An unchanged
 * re-run rebuilds them otherwise: a feed that lost an episode (two runs that overlapped before the
 * folder lock, a hand edit) gets it back.
 */
export async function feedIsCurrent(config: Config, episodes: readonly string[]): Promise<boolean> {
  if (!(await stat(join(config.outDir, SHOW_PAGE)).catch(() => null))) return false;
  const feed = await readBounded(join(config.outDir, FEED_FILE), { maxBytes: 64 * 1024 * 1024 }).then((b) => b.toString('utf8'), () => null);
  if (feed === null) return false;
  const listed = new Set(
    [...feed.matchAll(/<enclosure url="([^"]*)"/g)].map((m) => {
      const last = m[1]!.replace(/&amp;/g, '&').split('/').pop() ?? '';
      try {
        return decodeURIComponent(last);
      } catch {
        return last;
      }
    }),
  );
  // …and lists nothing that is gone: an episode deleted by hand leaves the feed with the next run.
  const present = new Set(await regularFiles(config.outDir).catch(() => []));
  return episodes.every((file) => listed.has(basename(file))) && [...listed].every((name) => present.has(name));
}
