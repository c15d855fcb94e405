// The `voiceAttributes` config key: per voice name, a gender and/or locale that win over the built-in
// tables and the service's list (a voice the tables do not know, or one a user hears differently).
import { configError } from '../errors.ts';
import type { Gender } from '../model.ts';
import type { VoiceOverrides } from './voice-info.ts';

const fail = (where: string, what: string) =>
  configError(`Config: ${where} must be ${what}.`, 'Fix the config file (see "Voices and casting" in the README).');

export function parseVoiceAttributes(value: unknown): VoiceOverrides {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('voiceAttributes', 'an object of voice name → { "gender", "locale" }');
  const out: Record<string, { gender?: Gender | null; locale?: string }> = {};
  for (const [name, attrs] of Object.entries(value as Record<string, unknown>)) {
    const where = `voiceAttributes["${name}"]`;
    if (name.trim() === '' || typeof attrs !== 'object' || attrs === null || Array.isArray(attrs)) throw fail(where, 'an object with "gender" and/or "locale"');
    const a = attrs as Record<string, unknown>;
    const unknown = Object.keys(a).filter((k) => k !== 'gender' && k !== 'locale');
    if (unknown.length) throw fail(where, `only "gender" and "locale" (not ${unknown.map((k) => `"${k}"`).join(', ')})`);
    const entry: { gender?: Gender | null; locale?: string } = {};
    if ('gender' in a) {
      if (a.gender !== 'female' && a.gender !== 'male' && a.gender !== null) throw fail(`${where}.gender`, '"female", "male" or null');
      entry.gender = a.gender;
    }
    if ('locale' in a) {
      if (typeof a.locale !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(a.locale)) throw fail(`${where}.locale`, 'a BCP 47 locale such as "de-DE"');
      entry.locale = a.locale;
    }
    out[name] = entry;
  }
  return out;
}
