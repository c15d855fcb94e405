import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/config.ts';
import { INTRO_TITLE, buildEditionScript, editionFileStem } from '../../src/edition/build-edition-script.ts';
import { editionPauses } from '../../src/edition/edition-pauses.ts';
import { AppError } from '../../src/errors.ts';
import type { Script } from '../../src/model.ts';
import { scriptFor } from '../../src/run/script-for.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { parseText } from '../../src/article/parse-text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = ['tests/fixtures/articles/hard-wrapped.txt', 'input/zelenskyy-north-korea.txt', 'tests/fixtures/articles/truncated.txt'].map((f) => join(ROOT, f));
const DATE = new Date(2026, 10, 27, 7, 30);
const config: Config = { ...structuredClone(DEFAULT_CONFIG), show: 'Morning Brief' };

let scripts: Script[];
let edition: Script;
beforeAll(async () => {
  scripts = await Promise.all(FILES.map((f) => scriptFor(f, config, 'flite')));
  edition = buildEditionScript(scripts, { config, engine: 'flite', date: DATE });
});

describe('buildEditionScript', () => {
  it('is titled by show and date, with an edition source and a synthetic article for the tags', () => {
    expect(editionFileStem(DATE)).toBe('edition-2026-11-27');
    expect(edition.source).toBe('edition-2026-11-27');
    expect(edition.title).toBe('Morning Brief: Friday, November 27, 2026');
    expect(edition.engine).toBe('flite');
    expect(edition.article).toEqual({
      source: 'edition-2026-11-27',
      headline: edition.title,
      dek: `Three stories: ${scripts.map((s) => s.title).join('; ')}.`,
      byline: null,
      dateline: 'Friday, November 27, 2026',
      sections: [],
      credits: [],
    });
    expect(buildEditionScript(scripts, { config, engine: 'flite', date: DATE, title: 'Special' }).title).toBe('Special');
  });

  it('has an introduction chapter, then one chapter per story titled by its headline', () => {
    expect(edition.chapters.map((c) => c.title)).toEqual([INTRO_TITLE, ...scripts.map((s) => s.title)]);
    // The sample article has sections: they stay inside its one chapter.
    expect(scripts[1]!.chapters.length).toBeGreaterThan(2);
  });

  it('opens with the headline voice saying the show, the date, the count and the headlines', () => {
    const [greeting, rundown, ...rest] = edition.chapters[0]!.segments;
    expect(rest).toEqual([]);
    expect(greeting).toEqual({
      role: 'headline',
      speaker: null,
      voice: 'awb',
      text: 'This is Morning Brief for Friday, November 27, 2026.',
      spoken: 'This is Morning Brief for Friday, November twenty-seventh, twenty twenty-six.',
      boundary: 'chapter',
    });
    expect(rundown!.voice).toBe('awb');
    expect(rundown!.boundary).toBe('paragraph');
    expect(rundown!.text).toBe(
      `Today: three stories. First, ${scripts[0]!.title}; then, ${scripts[1]!.title}; and finally, ${scripts[2]!.title}.`,
    );
    expect(rundown!.spoken).toMatch(/^Today: three stories\. First, /);
  });

  it('holds every article segment exactly once, in order, unchanged (so the clip cache serves them)', () => {
    edition.chapters.slice(1).forEach((chapter, i) => {
      const own = scripts[i]!.chapters.flatMap((c) => c.segments);
      expect(own.every((s) => typeof s.spoken === 'string')).toBe(true);
      expect(chapter.segments.slice(0, own.length)).toEqual(own);
      expect(chapter.segments.length).toBe(own.length + 1);
      // Its first segment is the headline, so the chapter mark lands on it.
      expect(chapter.segments[0]).toMatchObject({ role: 'headline', text: scripts[i]!.article.headline, boundary: 'chapter' });
    });
    const all = edition.chapters.flatMap((c) => c.segments);
    const articleSegments = scripts.flatMap((s) => s.chapters.flatMap((c) => c.segments));
    expect(all.filter((s) => articleSegments.includes(s))).toEqual([]); // copies, not shared objects
    expect(all.length).toBe(articleSegments.length + 2 + 3);
  });

  it('ends each story but the last with a transition, and the last with the closing line, in the headline voice', () => {
    const tails = edition.chapters.slice(1).map((c) => c.segments.at(-1)!);
    expect(tails.map((s) => s.text)).toEqual(['Next story.', 'And our final story.', "That's the edition for Friday, November 27. Thanks for listening to Morning Brief."]);
    for (const tail of tails) expect(tail).toMatchObject({ role: 'headline', speaker: null, voice: 'awb', boundary: 'chapter' });
    expect(tails[2]!.spoken).toBe("That's the edition for Friday, November twenty-seventh. Thanks for listening to Morning Brief.");
  });

  it('applies the lexicon to the host’s lines too', () => {
    const lex = { ...config, show: 'NPR Daily', lexicon: { NPR: 'N P R' } };
    const e = buildEditionScript(scripts.slice(0, 1), { config: lex, engine: 'flite', date: DATE });
    expect(e.chapters[0]!.segments[0]!.spoken).toBe('This is N P R Daily for Friday, November twenty-seventh, twenty twenty-six.');
    expect(e.chapters[1]!.segments.at(-1)!.text).toBe("That's the edition for Friday, November 27. Thanks for listening to NPR Daily.");
    expect(e.chapters[0]!.segments[1]!.text).toBe(`Today: one story. ${scripts[0]!.title}.`);
    expect(e.article.dek).toBe(`One story: ${scripts[0]!.title}.`);
  });

  it('refuses no articles, an article for another engine, and an article with nothing to speak', () => {
    const kind = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as AppError).kind;
      }
      return 'no error';
    };
    expect(kind(() => buildEditionScript([], { config, engine: 'flite', date: DATE }))).toBe('input');
    expect(kind(() => buildEditionScript(scripts, { config, engine: 'edge', date: DATE }))).toBe('engine');
    const empty: Script = { ...scripts[0]!, chapters: [{ title: 'x', segments: [] }] };
    expect(kind(() => buildEditionScript([scripts[1]!, empty], { config, engine: 'flite', date: DATE }))).toBe('input');
  });
});

describe('editionPauses', () => {
  const p = { afterHeadlineMs: 1200, paragraphMs: 650, inlineMs: 250, chapterMs: 1500 };

  it('keeps each story’s own pauses and puts short ones after transitions', () => {
    const pauses = editionPauses(edition, p);
    expect(pauses.map((c) => c.length)).toEqual(edition.chapters.map((c) => c.segments.length));
    expect(pauses[0]).toEqual([0, 650]);
    edition.chapters.slice(1).forEach((chapter, i) => {
      const c = i + 1;
      const mine = pauses[c]!;
      expect(mine[0]).toBe(c === 1 ? 1500 : 650); // after the intro / after "Next story."
      expect(mine.at(-1)).toBe(1500); // before the transition or closing line
      // Inside the story: the same pauses as its own episode, except that episode's first (leading) 0.
      const own = scripts[i]!.chapters.flatMap((ch) => ch.segments);
      const headlineBlock = own.findIndex((s) => s.role !== 'headline');
      expect(mine[headlineBlock]).toBe(1200);
      own.forEach((s, k) => {
        if (k === 0 || k === headlineBlock) return;
        expect(mine[k]).toBe({ chapter: 1500, paragraph: 650, inline: 250 }[s.boundary]);
      });
    });
  });

  it('keeps a quoting dek’s quotation in the headline block, the long pause before the story’s text', () => {
    const page = [
      'Brücke öffnet im Mai',
      'Bürgermeisterin Anna Roth vor der Abstimmung: „Die Brücke wird pünktlich im Mai eröffnet.“',
      'Der Rat hat am Dienstag beschlossen, den letzten Abschnitt der Brücke über den Fluss zu bezahlen.',
      'Die Arbeiten an den Zufahrten beginnen in der nächsten Woche, teilte die Stadt mit.',
    ].join('\n\n');
    const quoting = buildScript(parseText(page, 'bruecke.txt'), { config, engine: 'edge' });
    expect(quoting.chapters[0]!.segments.map((s) => s.role)).toEqual(['headline', 'headline', 'quote']);
    const e = buildEditionScript([quoting], { config, engine: 'edge', date: DATE });
    expect(editionPauses(e, p)[1]!.slice(0, 4)).toEqual([1500, 650, 250, 1200]);
  });

  it('handles a story with nothing but its headline and dek', () => {
    const bare: Script = { ...scripts[0]!, chapters: [scripts[0]!.chapters[0]!] };
    const e = buildEditionScript([bare, scripts[2]!], { config, engine: 'flite', date: DATE });
    expect(editionPauses(e, p)[1]).toEqual([1500, 650, 1500]);
  });
});
