// read → Article → Script, with what the engine will actually say beside each segment's text.
import type { Config } from '../config.ts';
import type { Article, EngineName, Script } from '../model.ts';
import { loadArticle, loadArticleBytes } from '../article/load-article.ts';
import { buildScript } from '../script/build-script.ts';
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

/** The script of an article file whose bytes are already read. */
export async function scriptForBytes(file: string, bytes: Buffer, config: Config, engine: EngineName, cast?: CastMemory): Promise<Script> {
  return scriptForArticle(await loadArticleBytes(file, bytes, { boilerplate: config.boilerplate, language: config.language }), config, engine, cast);
}

/** The script of an article already read (a feed item). */
export function scriptForArticle(article: Article, config: Config, engine: EngineName, cast?: CastMemory): Script {
  return withSpokenText(buildScript(article, { config, engine, ...(cast ? { cast } : {}) }), config);
}

/** Adds what the engine will actually say (numbers, abbreviations, lexicon) beside each segment's text. */
export function withSpokenText(script: Script, config: Config): Script {
  const options = { engine: script.engine, language: articleLanguage(script.article, config), lexicon: config.lexicon };
  return {
    ...script,
    chapters: script.chapters.map((chapter) => ({
      ...chapter,
      segments: chapter.segments.map((segment) => ({ ...segment, spoken: speakable(segment.text, options) })),
    })),
  };
}
