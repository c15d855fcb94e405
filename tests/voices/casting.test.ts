import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import type { Article, EngineName, Gender, Script, Segment } from '../../src/model.ts';
import { voiceCatalog } from '../../src/voices/catalog.ts';
import { castNotice, castVoices, SHARED, type CastMemory } from '../../src/voices/casting.ts';

const article = (language?: string, source = 'a.txt'): Article => ({
  source,
  headline: 'H',
  dek: null,
  byline: null,
  dateline: null,
  sections: [],
  credits: [],
  ...(language ? { language } : {}),
});

/** A script whose quotes come from these people, in this order, each quote after a line of narration. */
function scriptOf(quotes: [string | null, Gender | null][], engine: EngineName = 'flite', language?: string): Script {
  const segments: Segment[] = [];
  for (const [speaker, gender] of quotes) {
    segments.push({ role: 'body', speaker: null, voice: '', text: 'Narration.', boundary: 'paragraph' });
    segments.push({ role: 'quote', speaker, speakerGender: gender, voice: '', text: 'A quote of some words.', boundary: 'inline' });
  }
  const a = article(language);
  return { source: a.source, title: 'H', article: a, engine, chapters: [{ title: 'H', segments }] };
}

function cast(script: Script, config: Config = DEFAULT_CONFIG, memory?: CastMemory): Script {
  return castVoices(script.article, { config, engine: script.engine, ...(memory ? { memory } : {}) }).castQuotes(script);
}

const quoteVoices = (s: Script) => s.chapters.flatMap((c) => c.segments).filter((x) => x.role === 'quote');
const voiceOf = (s: Script) => new Map(quoteVoices(s).map((q) => [q.speaker, q.voice]));

describe('castVoices', () => {
  const flite = voiceCatalog('flite');

  it('gives every speaker of stated gender a voice of that gender, all distinct, up to six people offline', () => {
    const people: [string, Gender][] = [['Ana Ruiz', 'female'], ['Tom Hall', 'male'], ['Maria Lopez', 'female'], ['Joe Kim', 'male'], ['Eva Berg', 'female'], ['Sam Ode', 'male']];
    const s = cast(scriptOf([...people, ...people.slice().reverse()]));
    const voices = voiceOf(s);
    expect(new Set(voices.values()).size).toBe(6);
    for (const [name, gender] of people) expect(flite(voices.get(name)!).gender, name).toBe(gender);
    for (const q of quoteVoices(s)) {
      expect(q.voice).toBe(voices.get(q.speaker));
      expect(q.voiceGender).toBe(flite(q.voice).gender);
      expect(['awb', 'slt']).not.toContain(q.voice);
    }
    expect(s.cast).toHaveLength(6);
    expect(s.cast!.every((c) => c.reason.startsWith('matches stated gender'))).toBe(true);
    expect(castNotice(s)).toBeNull();
  });

  it('gives six people of unknown gender six distinct voices, never the narrator’s or the headline’s', () => {
    const s = cast(scriptOf(['A', 'B', 'C', 'D', 'E', null].map((n) => [n, null])));
    const voices = [...voiceOf(s).values()];
    expect(new Set(voices).size).toBe(6);
    expect(voices).not.toContain('awb');
    expect(voices).not.toContain('slt');
    expect(s.cast!.find((c) => c.speaker === 'unattributed')?.reason).toMatch(/no named speaker/);
  });

  it('lets stated genders choose first, so an unknown speaker does not take the last matching voice', () => {
    const config: Config = { ...DEFAULT_CONFIG, voices: { ...DEFAULT_CONFIG.voices, flite: { headline: 'awb', body: 'slt', quotes: ['slt-high', 'rms'] } } };
    const s = cast(scriptOf([['Unknown Person', null], ['Ana Ruiz', 'female']]), config);
    expect(voiceOf(s).get('Ana Ruiz')).toBe('slt-high');
    expect(voiceOf(s).get('Unknown Person')).toBe('rms');
  });

  it('casts by the usual gender of a given name when the article states none, after stated genders', () => {
    const s = cast(scriptOf([['Thomas Berger', null], ['Margaret Okafor', null], ['Ana Ruiz', 'female'], ['Ruiz', null], ['Zorblat Quen', null]]));
    const voices = voiceOf(s);
    expect(flite(voices.get('Thomas Berger')!).gender).toBe('male');
    expect(flite(voices.get('Margaret Okafor')!).gender).toBe('female');
    const reason = (who: string) => s.cast!.find((c) => c.speaker === who)!.reason;
    expect(reason('Thomas Berger')).toBe('gender not stated; the given name is usually male');
    expect(reason('Ana Ruiz')).toMatch(/^matches stated gender/);
    // A lone surname and a name the lexicon does not know say nothing: first free voice.
    expect(reason('Ruiz')).toBe('gender not stated: first free voice');
    expect(reason('Zorblat Quen')).toBe('gender not stated: first free voice');
    // A guess is not a stated gender: the segments do not claim one.
    expect(quoteVoices(s).find((q) => q.speaker === 'Thomas Berger')!.speakerGender).toBeNull();
  });

  it('never lets a guessed gender share a voice: with no free voice of that gender it takes any free one', () => {
    const config: Config = { ...DEFAULT_CONFIG, voices: { ...DEFAULT_CONFIG.voices, flite: { headline: 'awb', body: 'slt', quotes: ['rms', 'slt-high'] } } };
    const s = cast(scriptOf([['Tom Hall', 'male'], ['Peter Lang', null]]), config);
    expect(voiceOf(s).get('Tom Hall')).toBe('rms');
    expect(voiceOf(s).get('Peter Lang')).toBe('slt-high');
    expect(castNotice(s)).toBeNull();
  });

  it('shares a voice only when the pool runs out, never a neighbouring quote’s, and says so once', () => {
    const config: Config = { ...DEFAULT_CONFIG, voices: { ...DEFAULT_CONFIG.voices, flite: { headline: 'awb', body: 'slt', quotes: ['rms', 'kal16', 'awb-deep'] } } };
    const order: [string, null][] = ['A', 'B', 'C', 'D', 'A', 'B', 'C', 'D'].map((n) => [n, null]);
    const s = cast(scriptOf(order), config);
    const voices = voiceOf(s);
    expect(new Set(voices.values()).size).toBe(3);
    const sequence = quoteVoices(s).map((q) => q.voice);
    for (let i = 1; i < sequence.length; i++) expect(sequence[i], `quote ${i}`).not.toBe(sequence[i - 1]);
    const shared = s.cast!.filter((c) => c.reason.startsWith(SHARED));
    expect(shared.map((c) => c.speaker)).toEqual(['D']);
    expect(shared[0]!.reason).toMatch(/not a neighbouring quote/);
    expect(castNotice(s)).toMatch(/^a\.txt: 4 quoted people .*D shares/);
  });

  it('keeps a stated gender when its voices run out, sharing with the farthest same-gender speaker', () => {
    const people: [string, Gender][] = [['W1', 'female'], ['W2', 'female'], ['W3', 'female'], ['M1', 'male'], ['W4', 'female']];
    const s = cast(scriptOf(people));
    const w4 = voiceOf(s).get('W4')!;
    expect(flite(w4).gender).toBe('female');
    expect(w4).toBe(voiceOf(s).get('W1')); // W1 speaks farthest from W4; W3 is not adjacent but nearer
    expect(s.cast!.find((c) => c.speaker === 'W4')!.reason).toMatch(/no free female voice left; shares with W1/);
  });

  it('keeps a person’s voice across the stories of one run', () => {
    const memory: CastMemory = { speakers: new Map() };
    const first = cast(scriptOf([['Ana Ruiz', 'female'], ['Tom Hall', 'male']]), DEFAULT_CONFIG, memory);
    const second = cast(scriptOf([['Joe Kim', 'male'], ['Tom Hall', 'male'], ['Ana Ruiz', 'female']]), DEFAULT_CONFIG, memory);
    expect(voiceOf(second).get('Tom Hall')).toBe(voiceOf(first).get('Tom Hall'));
    expect(voiceOf(second).get('Ana Ruiz')).toBe(voiceOf(first).get('Ana Ruiz'));
    expect(voiceOf(second).get('Joe Kim')).not.toBe(voiceOf(first).get('Tom Hall'));
    expect(second.cast!.find((c) => c.speaker === 'Tom Hall')!.reason).toBe('same voice as in an earlier story');
  });

  it('takes voice genders from the config’s voiceAttributes over the tables', () => {
    const config: Config = { ...DEFAULT_CONFIG, voiceAttributes: { rms: { gender: 'female' } } };
    const s = cast(scriptOf([['Ana Ruiz', 'female']]), config);
    expect(voiceOf(s).get('Ana Ruiz')).toBe('rms');
    expect(quoteVoices(s)[0]!.voiceGender).toBe('female');
  });

  it('reads an Edge article in its own language with that language’s cast, genders matched', () => {
    const s = cast(scriptOf([['Angela Merkel', 'female'], ['Olaf Scholz', 'male']], 'edge', 'de'));
    const edge = voiceCatalog('edge');
    const voices = voiceOf(s);
    for (const v of voices.values()) expect(v).toMatch(/^de-/);
    expect(edge(voices.get('Angela Merkel')!).gender).toBe('female');
    expect(edge(voices.get('Olaf Scholz')!).gender).toBe('male');
    const casting = castVoices(article('fr'), { config: DEFAULT_CONFIG, engine: 'edge' });
    expect(casting.voiceFor('body')).toBe('fr-FR-DeniseNeural');
    expect(casting.voiceFor('headline')).toBe('fr-FR-HenriNeural');
  });

  it('refuses a non-English article for Flite with one engine error', () => {
    let error: unknown;
    try {
      castVoices(article('de', 'bericht.txt'), { config: DEFAULT_CONFIG, engine: 'flite' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('engine');
    expect((error as AppError).message).toBe('The article is in German, and the offline voices (Flite) speak only English.');
    expect(() => castVoices(article('en-GB'), { config: DEFAULT_CONFIG, engine: 'flite' })).not.toThrow();
  });
});
