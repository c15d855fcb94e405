import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG, type Config } from '../../src/config.ts';
import { buildScript, prepareScript } from '../../src/script/build-script.ts';
import { leadTitle } from '../../src/script/chapters.ts';
import { words } from '../helpers/script-pieces.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const script = (text: string, config: Config = DEFAULT_CONFIG, engine: 'flite' | 'edge' = 'flite') => buildScript(parseText(text, 'x.txt'), { config, engine });

describe('buildScript', () => {
  const sample = script(readFileSync(new URL('../../input/zelenskyy-north-korea.txt', import.meta.url), 'utf8'));

  it('opens with a headline chapter holding the headline and the dek in the headline voice', () => {
    const [first] = sample.chapters;
    expect(first!.title).toBe(sample.title);
    expect(first!.segments.map((s) => [s.role, s.voice, s.boundary])).toEqual([
      ['headline', 'awb', 'chapter'],
      ['headline', 'awb', 'paragraph'],
    ]);
  });

  it('reads a standfirst that quotes someone like a paragraph, the quotation in the speaker’s voice', () => {
    const page = [
      'Land will Beratungsstellen schützen',
      'Justizministerin Anna Keller vor der Sitzung des Bundesrats: „Beratungsstellen sind kein Ort für Protest.“',
      'Schwerin – Der Bundesrat berät am Freitag über den Entwurf eines Gesetzes zum Schutz der Beratungsstellen.',
      'Das Land wird dem Entwurf zustimmen, teilte das Ministerium am Donnerstag in Schwerin mit.',
    ].join('\n\n');
    const s = script(page, DEFAULT_CONFIG, 'edge');
    expect(s.chapters[0]!.segments.map((x) => [x.role, x.text, x.speaker, x.boundary])).toEqual([
      ['headline', 'Land will Beratungsstellen schützen', null, 'chapter'],
      ['headline', 'Justizministerin Anna Keller vor der Sitzung des Bundesrats:', null, 'paragraph'],
      ['quote', 'Beratungsstellen sind kein Ort für Protest.', 'Anna Keller', 'inline'],
    ]);
    expect(s.chapters[0]!.segments[2]!.speakerGender).toBe('female');
  });

  it('makes one chapter per section, with the heading as title and a content title for the lead', () => {
    expect(sample.chapters.map((c) => c.title)).toEqual([sample.title, 'Ukraine’s President Volodymyr Zelenskyy has condemned', 'China Must Step Up, Zelenskyy Says']);
  });

  it('marks chapter, paragraph and inline boundaries', () => {
    const body = sample.chapters[1]!.segments;
    expect(body[0]!.boundary).toBe('chapter');
    expect(body[1]).toMatchObject({ role: 'body', boundary: 'paragraph' });
    expect(body[2]).toMatchObject({ role: 'quote', boundary: 'inline', text: 'forced to defend themselves against them,' });
    expect(body[3]).toMatchObject({ role: 'body', boundary: 'inline', text: 'he said.' });
    for (const chapter of sample.chapters) {
      chapter.segments.forEach((s, i) => {
        if (i > 0 && s.boundary === 'inline') expect(s.voice).not.toBe(chapter.segments[i - 1]!.voice);
      });
    }
  });

  it('casts one voice per quoted person, three people three voices, never the narrator’s or headline’s', () => {
    const quotes = sample.chapters.flatMap((c) => c.segments).filter((s) => s.role === 'quote');
    const bySpeaker = new Map(quotes.map((q) => [q.speaker, q.voice]));
    expect([...bySpeaker.keys()]).toEqual(['Volodymyr Zelenskyy', 'Antony Blinken', 'Sean Savett']);
    for (const q of quotes) expect(q.voice).toBe(bySpeaker.get(q.speaker));
    expect(new Set(bySpeaker.values()).size).toBe(3);
    for (const voice of bySpeaker.values()) expect(['awb', 'slt']).not.toContain(voice);
    expect(sample.cast?.map((c) => c.speaker)).toEqual(['Volodymyr Zelenskyy', 'Antony Blinken', 'Sean Savett']);
    const all = sample.chapters.flatMap((c) => c.segments);
    expect(all.filter((s) => s.role === 'body').every((s) => s.voice === 'slt' && s.speaker === null)).toBe(true);
  });

  it('uses the voices of the chosen engine', () => {
    const edge = script(fixture('wire-reuters.txt'), DEFAULT_CONFIG, 'edge');
    const voices = new Set(edge.chapters.flatMap((c) => c.segments).map((s) => s.voice));
    expect([...voices].every((v) => v.startsWith('en-'))).toBe(true);
  });

  it('gives quotes with no known speaker their own pool slot', () => {
    const s = script('Headline\n\n“The strike hit fuel tanks and caused a fire,” the General Staff said.\n\n“We need the decision,” said Jane Doe.');
    const quotes = s.chapters.flatMap((c) => c.segments).filter((x) => x.role === 'quote');
    const pool = DEFAULT_CONFIG.voices.flite.quotes;
    expect(quotes.map((q) => [q.speaker, q.voice])).toEqual([
      [null, pool[0]],
      ['Jane Doe', pool[1]],
    ]);
  });

  it.each(['wire-reuters.txt', 'press-release.txt', 'bbc-style.txt', 'ap-straight.txt', 'hard-wrapped.txt', 'truncated.txt'])(
    'speaks every paragraph word of %s once, in order',
    (name) => {
      const s = script(fixture(name));
      const article = s.article;
      const expected = [article.headline, article.dek ?? '', ...article.sections.flatMap((x) => x.paragraphs)].flatMap(words);
      const spoken = s.chapters.flatMap((c) => c.segments).flatMap((x) => words(x.text));
      expect(spoken.join(' ')).toBe(expected.join(' '));
    },
  );

  it('attributes the fixtures’ quotes', () => {
    const speakersOf = (name: string) => [...new Set(script(fixture(name)).chapters.flatMap((c) => c.segments).filter((s) => s.role === 'quote').map((s) => s.speaker))];
    expect(speakersOf('wire-reuters.txt')).toEqual([null, 'Alexander Bogomaz', 'Volodymyr Zelenskiy', 'Michael Kofman']);
    expect(speakersOf('press-release.txt')).toEqual(['Dana Whitfield', 'J.B. Pritzker']);
    expect(speakersOf('bbc-style.txt')).toEqual(['Colum Eastwood', 'John Kelpie', 'Mark Durkan']);
    expect(speakersOf('ap-straight.txt')).toEqual(['Ana Ruiz', 'Terrence Hall', 'Maria Lopez']);
  });
});

describe('leadTitle', () => {
  it.each<[string[], string]>([
    [['Mayor Ana Ruiz signed the city’s budget on Thursday, adding money.'], 'Mayor Ana Ruiz signed the city’s'],
    [['Storm hits coast.'], 'Storm hits coast'],
    [['A plan to build a second pedestrian bridge was rejected.'], 'A plan to build a second'],
    [['“We are seeing a real shift,” said Kofman.'], 'We are seeing a real shift'],
    [['...'], 'Fallback'],
    // the sixth word opens a name: the title takes the whole name, never half of it
    [['La ministre des Sports Amélie Castera Vidal a inauguré le stade.'], 'La ministre des Sports Amélie Castera Vidal'],
    [['Le ministre de la Culture Jean Morel a présenté son plan.'], 'Le ministre de la Culture Jean Morel'],
    // a name too long to finish within a few words is left out rather than cut
    [['Yesterday the committee chaired by Anna Maria Louisa Van Der Berg Smith met.'], 'Yesterday the committee chaired'],
    // French and German function words dangle as English ones do
    [['Le maire a visité les chantiers de la ville de Lyon hier.'], 'Le maire a visité les chantiers'],
    [['Die Stadt hat den Bau der neuen Brücke beschlossen.'], 'Die Stadt hat den Bau'],
  ])('%j → %j', (paragraphs, title) => expect(leadTitle(paragraphs, 'Fallback')).toBe(title));
});

describe('prepareScript: the segments known before the speakers are resolved', () => {
  const page = [
    'Harbour Ferry Returns After Winter Repairs',
    'The crossing to the island runs again from Monday.',
    'The ferry left the shipyard on Thursday with a new engine and a wider car deck, the harbour office said.',
    '“We are glad to have her back before the summer,” said Maren Holt, who runs the island shop.',
    'Tickets cost the same as last year. The first boat leaves at seven.',
    'Holt said the shop had “never been so quiet” as in the weeks without the ferry.',
  ].join('\n\n');
  const article = () => parseText(page, 'ferry.txt');

  it('are the headline and the paragraphs without quotation marks, in script order and voice', () => {
    const prepared = prepareScript(article(), { config: DEFAULT_CONFIG, engine: 'edge' });
    const voices = DEFAULT_CONFIG.voices.edge;
    expect(prepared.known).toEqual([
      { voice: voices.headline, text: 'Harbour Ferry Returns After Winter Repairs' },
      { voice: voices.body, text: 'The crossing to the island runs again from Monday.' },
      { voice: voices.body, text: 'The ferry left the shipyard on Thursday with a new engine and a wider car deck, the harbour office said.' },
      { voice: voices.body, text: 'Tickets cost the same as last year. The first boat leaves at seven.' },
    ]);
  });

  it('are each a segment of the finished script, which is buildScript’s', () => {
    const prepared = prepareScript(article(), { config: DEFAULT_CONFIG, engine: 'flite' });
    const finished = prepared.finish();
    const said = new Set(finished.chapters.flatMap((c) => c.segments.map((x) => `${x.voice}|${x.text}`)));
    for (const k of prepared.known) expect(said).toContain(`${k.voice}|${k.text}`);
    expect(finished).toEqual(buildScript(article(), { config: DEFAULT_CONFIG, engine: 'flite' }));
  });

  it('leave out a paragraph that quotes, and hold every segment of an over-long one', () => {
    const long = Array.from({ length: 40 }, (_, i) => `the council counted the boats in the harbour for the ${i + 1}th time`).join(', ');
    const text = ['Council Counts the Boats', 'Mayor Ines Roth: “Every boat counts.”', `${long}.`].join('\n\n');
    const prepared = prepareScript(parseText(text, 'boats.txt'), { config: DEFAULT_CONFIG, engine: 'flite' });
    const body = prepared.finish().chapters.flatMap((c) => c.segments).filter((x) => x.text.startsWith('the council counted'));
    expect(body.length).toBeGreaterThan(1);
    expect(prepared.known.map((k) => k.text)).toEqual(['Council Counts the Boats', ...body.map((x) => x.text)]);
  });
});
