// Who reads what. Headline and dek take the headline voice, narration the body voice; those two are
// never given to a quote. Quotes are cast once the whole script is known, one voice per quoted person
// for the whole episode (quotes with no known speaker count as one person, "unattributed"):
//   1. a person heard in an earlier story of the same run keeps that voice when it is still free here
//      (so an edition's recurring people sound the same in every story);
//   2. people whose gender the article states, in order of first appearance, get the first free pool
//      voice of that gender;
//   3. people whose gender it does not state but whose given name usually has one (name-gender.ts)
//      get the first free voice of that gender, as long as one is free (a guess never shares);
//   4. everyone else gets the first free voice of any gender;
//   5. when no free voice is left (of the stated gender, if the pool has that gender at all), a voice
//      is shared.
// Stated-gender people go first so unknown ones do not take the last matching voice. A shared voice is
// chosen to confuse least: never the voice of the quote just before or after one of the person's
// quotes, and otherwise the one whose holders speak farthest away. The plan's `cast` list says which rule gave each voice.
import { basename } from 'node:path';
import type { Config, VoiceSet } from '../config.ts';
import type { Article, CastEntry, EngineName, Gender, Role, Script, Segment } from '../model.ts';
import { voiceCatalog, type VoiceLookup } from './catalog.ts';
import { articleLanguage, checkEngineLanguage, voiceSetFor } from './language.ts';
import type { VoiceInfo } from './voice-info.ts';
import { givenNameGender } from './name-gender.ts';

/** What casting keeps across the articles of one run. */
export interface CastMemory {
  /** `engine:speaker` → voice (see rule 1). */
  speakers: Map<string, string>;
  /** The Edge service's voice list, when it was fetched (attributes of voices the tables lack). */
  serviceVoices?: readonly VoiceInfo[];
}

export interface CastOptions {
  config: Config;
  engine: EngineName;
  memory?: CastMemory;
}

export interface Casting {
  /** The voices this article is read with (its language's, see language.ts). */
  readonly voices: VoiceSet;
  /** Headline and body voices; '' for a quote, which castQuotes fills in. */
  voiceFor(role: Role): string;
  /** Gives every quote segment its voice and voiceGender, and the script its cast list. */
  castQuotes(script: Script): Script;
}

export const UNATTRIBUTED = 'unattributed';
/** Every cast reason that shares a voice starts with this, so the run can say so once. */
export const SHARED = 'shared:';

interface Person {
  key: string;
  gender: Gender | null;
  /** Positions of this person's quotes in the sequence of quote segments. */
  at: number[];
  voice?: string;
  reason?: string;
}

export function castVoices(article: Article, options: CastOptions): Casting {
  const { config, engine } = options;
  const language = articleLanguage(article, config);
  checkEngineLanguage(engine, language);
  const voices = voiceSetFor(config, engine, language);
  const service = options.memory?.serviceVoices;
  const lookup = voiceCatalog(engine, { ...(config.voiceAttributes ? { overrides: config.voiceAttributes } : {}), ...(service ? { serviceVoices: service } : {}) });
  return {
    voices,
    voiceFor: (role) => (role === 'headline' ? voices.headline : role === 'body' ? voices.body : ''),
    castQuotes: (script) => castQuotes(script, voices, lookup, engine, options.memory?.speakers, language),
  };
}

// (`language`: the article's, for the given-name prior's lexicon.)
function castQuotes(script: Script, voices: VoiceSet, lookup: VoiceLookup, engine: EngineName, memory?: Map<string, string>, language?: string): Script {
  const quotes = script.chapters.flatMap((c) => c.segments).filter((s) => s.role === 'quote');
  const people = new Map<string, Person>();
  quotes.forEach((q, i) => {
    const key = q.speaker ?? UNATTRIBUTED;
    const person = people.get(key) ?? { key, gender: null, at: [] };
    person.gender ??= q.speaker ? (q.speakerGender ?? null) : null;
    person.at.push(i);
    people.set(key, person);
  });
  const order = [...people.values()];
  const speakerAt = quotes.map((q) => q.speaker ?? UNATTRIBUTED);
  const pool = [...new Set(voices.quotes)].filter((v) => v !== voices.headline && v !== voices.body).map(lookup);
  const taken = new Set<string>();
  const give = (p: Person, voice: string, reason: string) => {
    p.voice = voice;
    p.reason = reason;
    taken.add(voice);
  };
  const free = (gender: Gender | null) => pool.find((v) => !taken.has(v.name) && (gender === null || v.gender === gender));

  for (const p of order) {
    const remembered = p.key !== UNATTRIBUTED ? memory?.get(`${engine}:${p.key}`) : undefined;
    const info = remembered !== undefined ? pool.find((v) => v.name === remembered) : undefined;
    if (info && !taken.has(info.name) && (p.gender === null || info.gender === null || info.gender === p.gender)) give(p, info.name, 'same voice as in an earlier story');
  }
  for (const p of order.filter((x) => !x.voice && x.gender !== null)) {
    const match = free(p.gender);
    if (match) give(p, match.name, `matches stated gender (${p.gender})`);
  }
  for (const p of order.filter((x) => !x.voice && x.gender === null && x.key !== UNATTRIBUTED)) {
    const likely = givenNameGender(p.key, language);
    const match = likely ? free(likely) : undefined;
    if (match) give(p, match.name, `gender not stated; the given name is usually ${likely}`);
  }
  // A stated gender the pool has voices for is matched even if that means sharing (rule 5): a woman
  // read by a man's voice misleads more than two women, far apart, sharing one.
  const poolHas = (gender: Gender) => pool.some((v) => v.gender === gender);
  for (const p of order.filter((x) => !x.voice && (x.gender === null || !poolHas(x.gender)))) {
    const any = free(null);
    if (!any) continue;
    const why = p.gender !== null ? `the pool has no ${p.gender} voice: first free voice` : p.key === UNATTRIBUTED ? 'quotes with no named speaker: first free voice' : 'gender not stated: first free voice';
    give(p, any.name, why);
  }
  for (const p of order.filter((x) => !x.voice)) {
    const { voice, reason } = shareVoice(p, pool, order, speakerAt, people);
    p.voice = voice;
    p.reason = reason;
  }

  for (const p of order) if (p.key !== UNATTRIBUTED && memory && !memory.has(`${engine}:${p.key}`)) memory.set(`${engine}:${p.key}`, p.voice!);
  const genderOf = (voice: string) => lookup(voice).gender;
  const chapters = script.chapters.map((chapter) => ({
    ...chapter,
    segments: chapter.segments.map((s): Segment => {
      if (s.role !== 'quote') return s;
      const p = people.get(s.speaker ?? UNATTRIBUTED)!;
      return { ...s, voice: p.voice!, speakerGender: s.speakerGender ?? null, voiceGender: genderOf(p.voice!) };
    }),
  }));
  const cast: CastEntry[] = order.map((p) => ({ speaker: p.key, voice: p.voice!, gender: p.gender, reason: p.reason! }));
  return { ...script, chapters, cast };
}

/** The least confusing voice to share once the pool has no free voice for this person. */
function shareVoice(p: Person, pool: VoiceInfo[], order: Person[], speakerAt: string[], people: Map<string, Person>): { voice: string; reason: string } {
  // Voices of the quotes right before and after each of this person's quotes (by someone else).
  const neighbours = new Set<string>();
  for (const i of p.at) {
    for (const step of [-1, 1]) {
      let j = i + step;
      while (j >= 0 && j < speakerAt.length && speakerAt[j] === p.key) j += step;
      const voice = j >= 0 && j < speakerAt.length ? people.get(speakerAt[j]!)?.voice : undefined;
      if (voice) neighbours.add(voice);
    }
  }
  const holders = (voice: string) => order.filter((o) => o !== p && o.voice === voice);
  const distance = (voice: string) => Math.min(...holders(voice).flatMap((h) => h.at.flatMap((j) => p.at.map((i) => Math.abs(i - j)))));
  const rank = (candidates: VoiceInfo[]) =>
    [...candidates].sort((a, b) => distance(b.name) - distance(a.name) || holders(a.name).length - holders(b.name).length)[0];
  const matching = pool.filter((v) => p.gender === null || v.gender === p.gender);
  const calm = (list: VoiceInfo[]) => list.filter((v) => !neighbours.has(v.name));
  const choice = rank(calm(matching)) ?? rank(calm(pool)) ?? rank(matching) ?? rank(pool);
  if (!choice) return { voice: '', reason: `${SHARED} the quote pool is empty` };
  const others = holders(choice.name).map((h) => h.key).join(', ');
  const what = p.gender !== null && choice.gender === p.gender ? `no free ${p.gender} voice left` : 'no free voice left';
  const calmNote = neighbours.has(choice.name) ? 'the pool is too small to avoid a neighbouring quote’s voice' : 'not a neighbouring quote’s voice';
  return { voice: choice.name, reason: `${SHARED} ${what}; shares with ${others} (${calmNote})` };
}

/** One line for the run's output when an episode had to share quote voices, or null. */
export function castNotice(script: Script): string | null {
  const shared = (script.cast ?? []).filter((c) => c.reason.startsWith(SHARED));
  if (shared.length === 0) return null;
  const people = (script.cast ?? []).length;
  return `${basename(script.source)}: ${people} quoted people and not enough free quote voices; ${shared.map((c) => `${c.speaker} shares ${c.voice}`).join(', ')}. Add voices to voices.${script.engine}.quotes in the config to give everyone their own.`;
}
