// read → Article → Script, with what the engine will actually say beside each segment's text.
import type { Config } from '../config.ts';
import type { EngineName, Script } from '../model.ts';
import { loadArticle } from '../article/load-article.ts';
import { buildScript } from '../script/build-script.ts';
import { speakable } from '../script/speakable.ts';

/** The script of one input (file, URL or "-"), as narrate and --plan see it. */
export async function scriptFor(file: string, config: Config, engine: EngineName): Promise<Script> {
  return withSpokenText(buildScript(await loadArticle(file), { config, engine }), config);
}

/** Adds what the engine will actually say (numbers, abbreviations, lexicon) beside each segment's text. */
export function withSpokenText(script: Script, config: Config): Script {
  const options = { engine: script.engine, language: config.language, lexicon: config.lexicon };
  return {
    ...script,
    chapters: script.chapters.map((chapter) => ({
      ...chapter,
      segments: chapter.segments.map((segment) => ({ ...segment, spoken: speakable(segment.text, options) })),
    })),
  };
}
