// Voices for the roles. Headline and dek take the headline voice, narration the body voice, and
// each quoted speaker a voice from the quote pool in order of first appearance, so a person keeps
// one voice for the whole episode. Quotes with no known speaker share one pool slot of their own
// (taken at their first appearance, like a speaker called "unknown"): they never sound like a
// named person who was just quoted, unless the pool is too small, when voices wrap around.
import type { VoiceSet } from '../config.ts';
import type { Role } from '../model.ts';

export interface Casting {
  voiceFor(role: Role, speaker: string | null): string;
}

const UNKNOWN = '\u0000unknown';

export function castVoices(voices: VoiceSet): Casting {
  const slots = new Map<string, number>();
  return {
    voiceFor(role, speaker) {
      if (role === 'headline') return voices.headline;
      if (role === 'body') return voices.body;
      const key = speaker ?? UNKNOWN;
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = slots.size;
        slots.set(key, slot);
      }
      return voices.quotes[slot % voices.quotes.length]!;
    },
  };
}
