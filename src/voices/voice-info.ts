// What the casting knows about a voice: which engine speaks it, in which locale, with what gender.
import type { EngineName, Gender } from '../model.ts';

export interface VoiceInfo {
  name: string;
  engine: EngineName;
  /** BCP 47 locale, e.g. "en-US", "de-AT". */
  locale: string;
  /** null when no table knows it (an unlisted Edge voice offline, a config entry saying null). */
  gender: Gender | null;
}

/** Attribute overrides from the config (`voiceAttributes`): any field given wins over the tables. */
export type VoiceOverrides = Readonly<Record<string, { gender?: Gender | null; locale?: string }>>;
