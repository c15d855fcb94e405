import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, visibleText } from '../../scripts/eval-corpus.ts';
import {
  boilerplateSpoken,
  contentTokens,
  findRun,
  lcsLength,
  sameSpeaker,
  scoreArticle,
  sumScores,
  tokens,
  type Annotation,
  type PlanEpisode,
  type PlanSegment,
} from '../../scripts/eval-score.ts';

const seg = (role: string, text: string, speaker: string | null = null, speakerGender?: 'female' | 'male' | null): PlanSegment => ({
  role,
  speaker,
  text,
  ...(speakerGender !== undefined ? { speakerGender } : {}),
});

describe('tokens, runs and LCS', () => {
  it('tokenizes across quote styles, case and accents', () => {
    expect(tokens('„Ich gehe“, sagte Möller – l’Europe!')).toEqual(['ich', 'gehe', 'sagte', 'möller', 'l', 'europe']);
  });
  it('finds a contiguous run only', () => {
    expect(findRun(['a', 'b', 'c', 'd'], ['b', 'c'])).toBe(1);
    expect(findRun(['a', 'b', 'c', 'd'], ['b', 'd'])).toBe(-1);
    expect(findRun(['a'], [])).toBe(-1);
  });
  it('measures the longest common subsequence', () => {
    expect(lcsLength(tokens('a b c d e'), tokens('a x c e'))).toBe(3);
    expect(lcsLength(tokens('one two three'), tokens('three two one'))).toBe(1);
    expect(lcsLength([], ['a'])).toBe(0);
  });
});

describe('speaker rule', () => {
  it('accepts the same name, a last-name match and a label with an honorific', () => {
    expect(sameSpeaker('Ned Price', 'ned price')).toBe(true);
    expect(sameSpeaker('Ned Price', 'Price')).toBe(true);
    expect(sameSpeaker('Ned Price', 'MR PRICE')).toBe(true);
    expect(sameSpeaker('Élisabeth Borne', 'Mme Elisabeth Borne')).toBe(true);
    expect(sameSpeaker('Reporter', 'reporter')).toBe(true);
    expect(sameSpeaker('Ned Price', 'N. Price')).toBe(true);
  });
  it('rejects another person, an organisation or no speaker', () => {
    expect(sameSpeaker('Ned Price', 'Matt Lee')).toBe(false);
    expect(sameSpeaker('Jackie Baillie', 'Labour Party')).toBe(false);
    expect(sameSpeaker('Ned Price', null)).toBe(false);
    expect(sameSpeaker('Barack Obama', 'Michelle Obama')).toBe(false);
  });
});

describe('boilerplate spoken', () => {
  const segments = [seg('body', 'Readers can share their views. Share'), seg('body', 'Jump to navigation'), seg('body', 'Sources: Reuters | Share this')];
  it('counts a short line only as a whole segment or sentence piece', () => {
    expect(boilerplateSpoken('Share', segments)).toBe(true);
    expect(boilerplateSpoken('Jump to navigation', segments)).toBe(true);
    expect(boilerplateSpoken('Share this', segments)).toBe(true);
    expect(boilerplateSpoken('views', segments)).toBe(false);
  });
  it('counts a long line when its words occur contiguously', () => {
    expect(boilerplateSpoken('Readers can share their views', segments)).toBe(true);
    expect(boilerplateSpoken('Readers share their views now', segments)).toBe(false);
  });
});

const ARTICLE = [
  'Mayor opens bridge',
  'Share this:',
  'The mayor opened the bridge on Monday.',
  '“It is a great day for the city,” said Mayor Ana Ruiz.',
  'Critics called it a “bridge to nowhere” in a letter.',
  'History',
  'Q: Will it stay open?',
  'Sources',
].join('\n');

const ANNOTATION: Annotation = {
  source: 'test',
  licence: 'test',
  language: 'en',
  headline: 'Mayor opens bridge',
  boilerplate: ['Share this:', 'Sources'],
  quotes: [
    { text: 'It is a great day for the city', speaker: 'Ana Ruiz', gender: 'female' },
    { text: 'Will it stay open', speaker: 'Reporter', gender: null },
  ],
  narration: ['bridge to nowhere'],
  chapters: ['History'],
  labels: ['Q:'],
};

const episode = (segments: PlanSegment[][], titles = ['Mayor opens bridge', 'History']): PlanEpisode => ({
  source: 'x.txt',
  title: 'Mayor opens bridge',
  chapters: segments.map((s, i) => ({ title: titles[i] ?? `c${i}`, segments: s })),
});

describe('scoreArticle', () => {
  it('content words leave out the headline, boilerplate, headings and labels', () => {
    const words = contentTokens(ARTICLE, ANNOTATION);
    expect(words.slice(0, 3)).toEqual(['the', 'mayor', 'opened']);
    expect(words).not.toContain('sources');
    expect(words).not.toContain('history');
    expect(words.slice(-4)).toEqual(['will', 'it', 'stay', 'open']);
  });

  it('strips a label only at a word boundary', () => {
    const text = 'Title\nQ (Inaudible.)\nQuite a crowd.';
    const a = { ...ANNOTATION, headline: 'Title', boilerplate: [], chapters: [], labels: ['Q'] };
    expect(contentTokens(text, a)).toEqual(['inaudible', 'quite', 'a', 'crowd']);
  });

  it('gives full marks to a plan that does everything right', () => {
    const plan = episode([
      [
        seg('headline', 'Mayor opens bridge'),
        seg('body', 'The mayor opened the bridge on Monday.'),
        seg('quote', '“It is a great day for the city,”', 'Ruiz', 'female'),
        seg('body', 'said Mayor Ana Ruiz.'),
        seg('body', 'Critics called it a “bridge to nowhere” in a letter.'),
      ],
      [seg('quote', 'Will it stay open?', 'Reporter')],
    ]);
    const s = scoreArticle(ARTICLE, ANNOTATION, plan);
    expect(s.misses).toEqual([]);
    expect(s.headline).toEqual({ hit: 1, total: 1 });
    expect(s.boilerplate).toEqual({ hit: 2, total: 2 });
    expect(s.textKept.hit).toBe(s.textKept.total);
    expect(s.quotes).toEqual({ hit: 2, total: 2 });
    expect(s.speakers).toEqual({ hit: 2, total: 2 });
    expect(s.gender).toEqual({ hit: 1, total: 1 });
    expect(s.narration).toEqual({ hit: 1, total: 1 });
    expect(s.chapters).toEqual({ hit: 1, total: 1 });
  });

  it('catches spoken chrome, lost text, a narrated quote, a quoted scare quote and a wrong speaker', () => {
    const plan = episode(
      [
        [
          seg('headline', 'Mayor opens bridge'),
          seg('body', 'Share this:'),
          seg('body', 'The mayor opened the bridge.'),
          seg('body', '“It is a great day for the city,” said Mayor Ana Ruiz.'),
          seg('body', 'Critics called it a'),
          seg('quote', '“bridge to nowhere”', 'Critics', 'male'),
          seg('body', 'in a letter.'),
          seg('quote', 'Q: Will it stay open?', 'Ana Ruiz', 'male'),
        ],
      ],
      ['Mayor opens bridge'],
    );
    const s = scoreArticle(ARTICLE, ANNOTATION, plan);
    expect(s.boilerplate).toEqual({ hit: 1, total: 2 });
    expect(s.textKept.total - s.textKept.hit).toBe(2); // "on Monday"
    expect(s.quotes).toEqual({ hit: 1, total: 2 });
    expect(s.speakers).toEqual({ hit: 0, total: 1 });
    expect(s.gender).toEqual({ hit: 0, total: 0 }); // the reporter has no stated gender
    expect(s.narration).toEqual({ hit: 0, total: 1 });
    expect(s.chapters).toEqual({ hit: 0, total: 1 });
  });

  it('counts dropped chrome the plan lists in dropped[]', () => {
    const plan = { ...episode([[seg('headline', 'Mayor opens bridge')]], ['Mayor opens bridge']), dropped: [{ text: 'Share this:', reason: 'share widget' }] };
    expect(scoreArticle(ARTICLE, ANNOTATION, plan).droppedListed).toEqual({ hit: 1, total: 2 });
  });

  it('counts a chrome line used as a chapter title as not dropped', () => {
    const plan = episode([[seg('headline', 'Mayor opens bridge')], [seg('body', 'The mayor opened the bridge on Monday.')]], ['Mayor opens bridge', 'Sources']);
    const s = scoreArticle(ARTICLE, ANNOTATION, plan);
    expect(s.boilerplate).toEqual({ hit: 1, total: 2 });
    expect(s.misses).toContain('boilerplate as a chapter title: Sources');
  });

  it('scores a missing plan as zero everywhere and reads a repeated headline as boilerplate', () => {
    const none = scoreArticle(ARTICLE, ANNOTATION, undefined);
    expect(none.headline.hit + none.quotes.hit + none.textKept.hit).toBe(0);
    const repeat = { ...ANNOTATION, boilerplate: ['Mayor opens bridge'] };
    const twice = episode([[seg('headline', 'Mayor opens bridge'), seg('body', 'Mayor opens bridge')]], ['Mayor opens bridge']);
    const once = episode([[seg('headline', 'Mayor opens bridge')]], ['Mayor opens bridge']);
    expect(scoreArticle(ARTICLE, repeat, twice).boilerplate.hit).toBe(0);
    expect(scoreArticle(ARTICLE, repeat, once).boilerplate.hit).toBe(1);
  });

  it('reads a plan missing fields as missing, without throwing', () => {
    const broken = { source: 'x.txt', title: 'Mayor opens bridge' } as unknown as PlanEpisode;
    const s = scoreArticle(ARTICLE, ANNOTATION, broken);
    expect(s.headline.hit).toBe(1);
    expect(s.textKept.hit).toBe(0);
    expect(s.quotes.hit).toBe(0);
  });

  it('sums articles micro-averaged', () => {
    const a = scoreArticle(ARTICLE, ANNOTATION, undefined);
    const total = sumScores([a, a]);
    expect(total.quotes).toEqual({ hit: 0, total: 4 });
    expect(total.headline).toEqual({ hit: 0, total: 2 });
  });
});

describe('corpus loading', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('strips markup from Markdown and HTML', () => {
    expect(visibleText('.md', '# Title\nSee [the report](https://x.example/r).')).toBe('Title\nSee the report.');
    expect(visibleText('.html', '<h1>Title</h1><script>x()</script><p>One &amp; two</p>')).toBe('Title\nOne & two');
  });

  it('rejects an annotation whose boilerplate is not a line of the article', async () => {
    root = await mkdtemp(join(tmpdir(), 'eval-corpus-'));
    await mkdir(join(root, 'corpus', 'dev'), { recursive: true });
    await mkdir(join(root, 'corpus', 'heldout'), { recursive: true });
    await writeFile(join(root, 'corpus', 'dev', 'a.txt'), 'Headline\n\nBody text here.\n');
    const annotation = { ...ANNOTATION, headline: 'Headline', boilerplate: ['Not there'], quotes: [], narration: [], chapters: [], labels: [] };
    await writeFile(join(root, 'corpus', 'dev', 'a.json'), JSON.stringify(annotation));
    await expect(loadCorpus(root)).rejects.toThrow(CorpusError);
    await expect(loadCorpus(root)).rejects.toThrow(/a\.txt: boilerplate is not a line of the article: Not there/);
    await writeFile(join(root, 'corpus', 'dev', 'a.json'), JSON.stringify({ ...annotation, boilerplate: [] }));
    expect((await loadCorpus(root)).map((a) => a.path)).toEqual(['corpus/dev/a.txt']);
  });
});
