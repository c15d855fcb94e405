// One lookup for a voice's attributes: the config's voiceAttributes win, then the built-in tables, then
// the service's voice list (Edge, when it was fetched), else the name's own locale and no gender.
import type { EngineName } from '../model.ts';
import { EDGE_TABLE, edgeNameLocale } from './edge-table.ts';
import { FLITE_TABLE } from './flite-voices.ts';
import type { VoiceInfo, VoiceOverrides } from './voice-info.ts';

export type VoiceLookup = (name: string) => VoiceInfo;

export function voiceCatalog(engine: EngineName, options: { overrides?: VoiceOverrides; serviceVoices?: readonly VoiceInfo[] } = {}): VoiceLookup {
  const table = new Map<string, VoiceInfo>();
  for (const v of options.serviceVoices ?? []) if (v.engine === engine) table.set(v.name, v);
  // The built-in tables after the service list: they are checked by hand and the same offline and online.
  for (const v of engine === 'flite' ? FLITE_TABLE : EDGE_TABLE) table.set(v.name, v);
  return (name) => {
    const known = table.get(name) ?? { name, engine, locale: engine === 'edge' ? edgeNameLocale(name) : 'en-US', gender: null };
    const override = options.overrides?.[name];
    if (!override) return known;
    return {
      ...known,
      ...(override.gender !== undefined ? { gender: override.gender } : {}),
      ...(override.locale !== undefined ? { locale: override.locale } : {}),
    };
  };
}
