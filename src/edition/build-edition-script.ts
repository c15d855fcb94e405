// Many article Scripts → one edition Script, which then goes through the same synthesize/assemble/
// publish steps as a single article.
//
// Shape of the edition:
//   chapter 0 "Introduction": greeting (show, date) + rundown (how many stories, their headlines)
//   chapter k (1..n), titled by story k's headline: every segment of that article's Script, in order,
//     then, at the END of the chapter, the transition to story k+1 ("Next story.") or, after the last
//     story, the closing line. Putting them at the end means each chapter mark lands exactly where
//     the story's headline is spoken, and a listener skipping to a story hears its headline first.
//   There is no separate outro chapter: a four-second chapter would only clutter the chapter list.
//
// An article's sections are NOT separate chapters here: one chapter per story keeps the edition's
// chapter list a list of stories. ID3 allows 255 entries in one table of contents, so up to 254
// stories fit in a flat CTOC; above that the audio module writes nested CTOCs (src/audio/id3-ctoc.ts)
// and it still works.
//
// Article segments are copied unchanged (voice, text, spoken, role, speaker, boundary): the clip
// cache key is engine + version + voice + spoken text, so every clip already synthesized for the
// article episode is reused and only the host's lines are new.
import type { Config } from '../config.ts';
import { engineError, inputError } from '../errors.ts';
import type { Article, Boundary, Chapter, EngineName, Script, Segment } from '../model.ts';
import { speakable } from '../script/speakable.ts';
import { editionDate } from './edition-date.ts';
import { closingLine, countWords, greetingLine, listHeadline, rundownLine, transitionLine } from './wording.ts';

export const INTRO_TITLE = 'Introduction';

/** "edition-2026-11-27": the edition's file stem (and Script source), one per day. */
export function editionFileStem(date: Date): string {
  return `edition-${editionDate(date).iso}`;
}

export interface EditionOptions {
  config: Config;
  engine: EngineName;
  /** The edition's day (local calendar date). */
  date: Date;
  /** Episode title; default "{show}: {Friday, November 27, 2026}". */
  title?: string;
}

export function buildEditionScript(scripts: Script[], options: EditionOptions): Script {
  const { config, engine, date } = options;
  if (scripts.length === 0) {
    throw inputError('An edition needs at least one article, and none could be read.', 'Give --edition one or more article files or folders.');
  }
  for (const script of scripts) {
    if (script.engine !== engine) {
      throw engineError(`${script.source} was scripted for ${script.engine}, the edition for ${engine}.`, 'Build every article of an edition for the same engine.');
    }
    if (!script.chapters.some((c) => c.segments.length > 0)) {
      throw inputError(`${script.source} has nothing to speak.`, 'Leave the article out of the edition or fix its text.');
    }
  }

  const when = editionDate(date);
  const title = options.title ?? `${config.show}: ${when.long}`;
  const speak = { engine, language: config.language, lexicon: config.lexicon };
  const host = (text: string, boundary: Boundary): Segment => ({
    role: 'headline',
    speaker: null,
    voice: config.voices[engine].headline,
    text,
    spoken: speakable(text, speak),
    boundary,
  });

  const headlines = scripts.map((s) => s.title);
  const intro: Chapter = {
    title: INTRO_TITLE,
    segments: [host(greetingLine(config.show, when.long), 'chapter'), host(rundownLine(headlines), 'paragraph')],
  };

  const stories: Chapter[] = scripts.map((script, i) => {
    const segments = script.chapters.flatMap((c) => c.segments.map((s) => ({ ...s })));
    const last = i === scripts.length - 1;
    // The end of a story is as big a break as a new section: 'chapter' gets that pause before it.
    segments.push(host(last ? closingLine(config.show, when.short) : transitionLine(i + 2, scripts.length), 'chapter'));
    return { title: script.title, segments };
  });

  const n = scripts.length;
  const countLabel = `${countWords(n)} ${n === 1 ? 'story' : 'stories'}`;
  const article: Article = {
    source: editionFileStem(date),
    headline: title,
    dek: `${countLabel[0]!.toUpperCase()}${countLabel.slice(1)}: ${headlines.map(listHeadline).join('; ')}.`,
    byline: null,
    dateline: when.long,
    sections: [],
    credits: [],
  };
  // Everyone quoted in the edition, once: a person keeps one voice across the stories of a run
  // (src/voices/casting.ts), so the first story's entry speaks for the rest.
  const seen = new Set<string>();
  const cast = scripts.flatMap((s) => s.cast ?? []).filter((c) => !seen.has(`${c.speaker}\u0000${c.voice}`) && !!seen.add(`${c.speaker}\u0000${c.voice}`));
  return { source: article.source, title, article, engine, chapters: [intro, ...stories], ...(cast.length ? { cast } : {}) };
}
