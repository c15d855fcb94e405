// read → Article → Script, with what the engine will actually say beside each segment's text.
import type { Config } from '../config.ts';
import type { Article, EngineName, Script } from '../model.ts';
import { loadArticle, loadArticleBytes } from '../article/load-article.ts';
import { buildScript, prepareScript, type KnownSegment } from '../script/build-script.ts';
import { nameTagsReady } from '../script/name-tags.ts';
import { speakable } from '../script/speakable.ts';
import type { CastMemory } from '../voices/casting.ts';
import { articleLanguage } from '../voices/language.ts';

/**
 * The script of one input (file, URL or "-"), as narrate and --plan see it. `cast` keeps a quoted
 * person's voice from article to article of one run (an edition's stories).
 */
export async function scriptFor(file: string, config: Config, engine: EngineName, cast?: CastMemory): Promise<Script> {
  return scriptForArticle(await loadArticle(file, { boilerplate: config.boilerplate, language: config.language }), config, engine, cast);
}

/**
 * The segments of a script that are settled before its speakers are resolved, as the engine will
 * say them (`spoken`): handed to `known` while the rest of the script is built.
 */
export type KnownSegments = (segments: (KnownSegment & { spoken: string })[]) => Promise<void>;

/**
 * The script of an article file whose bytes are already read. With `known`, the segments that no
 * attribution can change are handed over first; then the build waits (asynchronously, its event loop
 * running, so what `known` started gets going) for the NLP worker its first question would have
 * blocked on anyway, and builds the rest: the same script as without.
 */
export async function scriptForBytes(file: string, bytes: Buffer, config: Config, engine: EngineName, cast?: CastMemory, known?: KnownSegments): Promise<Script> {
  const article = await loadArticleBytes(file, bytes, { boilerplate: config.boilerplate, language: config.language });
  if (!known) return scriptForArticle(article, config, engine, cast);
  const prepared = prepareScript(article, { config, engine, ...(cast ? { cast } : {}) });
  const options = spokenOptions(article, engine, config);
  await Promise.all([known(prepared.known.map((segment) => ({ ...segment, spoken: speakable(segment.text, options) }))), nameTagsReady()]);
  return withSpokenText(prepared.finish(), config);
}

/** The script of an article already read (a feed item). */
export function scriptForArticle(article: Article, config: Config, engine: EngineName, cast?: CastMemory): Script {
  return withSpokenText(buildScript(article, { config, engine, ...(cast ? { cast } : {}) }), config);
}

/** Adds what the engine will actually say (numbers, abbreviations, lexicon) beside each segment's text. */
export function withSpokenText(script: Script, config: Config): Script {
  const options = spokenOptions(script.article, script.engine, config);
  return {
    ...script,
    chapters: script.chapters.map((chapter) => ({
      ...chapter,
      segments: chapter.segments.map((segment) => ({ ...segment, spoken: speakable(segment.text, options) })),
    })),
  };
}

function spokenOptions(article: Article, engine: EngineName, config: Config) {
  return { engine, language: articleLanguage(article, config), lexicon: config.lexicon };
}
