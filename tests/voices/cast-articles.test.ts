// Casting on whole articles, through the real reader and attribution: stated genders (as the article
// states them) get matching voices, and nobody shares a voice while the pool has free ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import type { Script } from '../../src/model.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { voiceCatalog } from '../../src/voices/catalog.ts';
import type { CastMemory } from '../../src/voices/casting.ts';
import { buildEditionScript } from '../../src/edition/build-edition-script.ts';

const PEOPLE = [
  ['Ms. Ana Ruiz', 'she', 'female'],
  ['Mr. Tom Hall', 'he', 'male'],
  ['Ms. Maria Lopez', 'she', 'female'],
  ['Mr. Joe Kim', 'he', 'male'],
  ['Ms. Eva Berg', 'she', 'female'],
  ['Mr. Sam Ode', 'he', 'male'],
] as const;

function article(people: readonly (readonly [string, string, string])[], source = 'council.txt') {
  const paragraphs = people.map(([name, pronoun], i) => `“We will look at the budget line by line before the vote,” said ${name}, who joined the council in ${2010 + i}. ${pronoun === 'she' ? 'She' : 'He'} spoke after the meeting.`);
  return parseText(['City council debates the budget', '', 'The council met on Monday to debate the budget.', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), source);
}

const castOf = (script: Script) => new Map((script.cast ?? []).map((c) => [c.speaker, c]));

describe('casting whole articles', () => {
  it('gives six quoted people of stated gender six distinct voices of their gender, offline', () => {
    const script = buildScript(article(PEOPLE), { config: DEFAULT_CONFIG, engine: 'flite' });
    const flite = voiceCatalog('flite');
    const cast = castOf(script);
    expect(cast.size).toBe(6);
    expect(new Set([...cast.values()].map((c) => c.voice)).size).toBe(6);
    for (const [name, , gender] of PEOPLE) {
      const entry = cast.get(name.replace(/^M[rs]\. /, ''));
      expect(entry, name).toBeDefined();
      expect(entry!.gender, name).toBe(gender);
      expect(flite(entry!.voice).gender, name).toBe(gender);
    }
  });

  it('keeps the same person in the same voice across the stories of a run', () => {
    const memory: CastMemory = { speakers: new Map() };
    const first = buildScript(article(PEOPLE.slice(0, 3), 'a.txt'), { config: DEFAULT_CONFIG, engine: 'flite', cast: memory });
    const second = buildScript(article([PEOPLE[3], PEOPLE[2], PEOPLE[0]], 'b.txt'), { config: DEFAULT_CONFIG, engine: 'flite', cast: memory });
    for (const name of ['Ana Ruiz', 'Maria Lopez']) expect(castOf(second).get(name)?.voice, name).toBe(castOf(first).get(name)?.voice);
    // The edition of both stories: each person in one voice throughout, listed once in its cast.
    const edition = buildEditionScript([first, second], { config: DEFAULT_CONFIG, engine: 'flite', date: new Date(2026, 11, 1) });
    const voicesOf = new Map<string, Set<string>>();
    for (const s of edition.chapters.flatMap((c) => c.segments)) if (s.role === 'quote' && s.speaker) voicesOf.set(s.speaker, (voicesOf.get(s.speaker) ?? new Set()).add(s.voice));
    expect([...voicesOf.keys()].sort()).toEqual(['Ana Ruiz', 'Joe Kim', 'Maria Lopez', 'Tom Hall']);
    for (const [name, voices] of voicesOf) expect(voices.size, name).toBe(1);
    expect(edition.cast?.map((c) => c.speaker).sort()).toEqual(['Ana Ruiz', 'Joe Kim', 'Maria Lopez', 'Tom Hall']);
  });

  it('casts the sample offline: three quoted people, three voices', () => {
    const text = readFileSync(new URL('../../input/zelenskyy-north-korea.txt', import.meta.url), 'utf8');
    const script = buildScript(parseText(text, 'zelenskyy-north-korea.txt'), { config: DEFAULT_CONFIG, engine: 'flite' });
    const cast = script.cast ?? [];
    expect(cast).toHaveLength(3);
    expect(new Set(cast.map((c) => c.voice)).size).toBe(3);
  });
});
