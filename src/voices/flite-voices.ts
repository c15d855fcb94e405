// Flite's voices with their attributes, and the named variants that give the offline cast more
// distinct voices than the four natural ones flite.wasm ships (awb, rms, slt, kal16).
//
// A variant is a base voice with two of Flite's own synthesis features set (`--setf`):
// - int_f0_target_mean (Hz): the pitch the intonation model aims at. It moves pitch inside the
//   synthesizer, so the clip stays as clean as the base voice (no resampling, no formant shift).
//   slt, awb and kal16 follow it; rms ignores it (its clips come out byte-identical).
// - duration_stretch: pace (1.1 = 10 % slower).
// Pitch alone does not change who a voice sounds like: a pitch-raised kal16 keeps kal16's spectral
// envelope (mean-MFCC distance 1.0 to kal16, against 18+ between different speakers), so it still
// sounds male. Female-sounding variants are therefore all slt with a distinct pitch and pace.
//
// Measured F0 medians on real clips (tests/tts/flite-variants.test.ts tracks them again): awb 126 Hz,
// slt 165, rms 102, kal16 88; slt-low 141, slt-bright 196, slt-high 235, awb-deep 95, kal16-high 124.
import { createHash } from 'node:crypto';
import type { VoiceInfo } from './voice-info.ts';

/** Voices built into flite.wasm, natural-sounding ones first. (`awb_time` is a clock-only voice.) */
export const FLITE_BASE_VOICES = ['awb', 'rms', 'slt', 'kal16', 'kal'] as const;
export type FliteBaseVoice = (typeof FLITE_BASE_VOICES)[number];

export interface FliteVariant {
  base: FliteBaseVoice;
  /** int_f0_target_mean in Hz; absent keeps the base voice's own pitch. */
  f0Hz?: number;
  /** duration_stretch; absent keeps the base voice's pace. */
  stretch?: number;
}

const BASE_GENDER: Readonly<Record<FliteBaseVoice, VoiceInfo['gender']>> = {
  awb: 'male', // Scottish English
  rms: 'male',
  slt: 'female',
  kal16: 'male',
  kal: 'male', // 8 kHz diphone: kal16's speaker, telephone quality
};

// Each variant sits at least 2.5 semitones (measured) from every other voice of the same base, and
// differs in pace too: slt-low is slower and lower than the narrator, slt-bright higher and faster.
const VARIANTS: Readonly<Record<string, FliteVariant & { gender: VoiceInfo['gender'] }>> = {
  'slt-low': { base: 'slt', f0Hz: 145, stretch: 1.1, gender: 'female' },
  'slt-bright': { base: 'slt', f0Hz: 200, stretch: 0.9, gender: 'female' },
  'slt-high': { base: 'slt', f0Hz: 240, gender: 'female' },
  'awb-deep': { base: 'awb', f0Hz: 100, stretch: 1.08, gender: 'male' },
  'kal16-high': { base: 'kal16', f0Hz: 130, stretch: 0.94, gender: 'male' },
};

/** Every Flite voice name: the base voices, then the variants. */
export const FLITE_VOICES: readonly string[] = [...FLITE_BASE_VOICES, ...Object.keys(VARIANTS)];

/** Changes whenever a variant's settings change, so cached clips of the old settings are not reused. */
export const FLITE_VARIANT_REVISION = createHash('sha256').update(JSON.stringify(VARIANTS)).digest('hex').slice(0, 8);

export function isFliteBaseVoice(name: string): name is FliteBaseVoice {
  return (FLITE_BASE_VOICES as readonly string[]).includes(name);
}

/** The base voice and settings of a Flite voice name, or null when there is no such voice. */
export function fliteVariant(name: string): FliteVariant | null {
  if (isFliteBaseVoice(name)) return { base: name };
  const variant = VARIANTS[name];
  if (!variant) return null;
  const { gender: _gender, ...settings } = variant;
  return settings;
}

/** Flite's argv for a voice: `-voice BASE` and the variant's `--setf` features. */
export function fliteVoiceArgs(variant: FliteVariant): string[] {
  const args = ['-voice', variant.base];
  if (variant.f0Hz !== undefined) args.push('--setf', `int_f0_target_mean=${variant.f0Hz}`);
  if (variant.stretch !== undefined) args.push('--setf', `duration_stretch=${variant.stretch}`);
  return args;
}

/**
 * The default offline cast: the two natural voices not taken by headline (awb) and narrator (slt)
 * first, then the variants, alternating genders so unattributed and unknown-gender speakers also get
 * a mix. 7 quote voices (3 female), 9 voices in all.
 */
export const FLITE_DEFAULT_CAST = {
  headline: 'awb',
  body: 'slt',
  quotes: ['rms', 'slt-high', 'kal16', 'slt-low', 'awb-deep', 'slt-bright', 'kal16-high'],
};

/** Flite speaks US English, whatever the voice (awb's accent is Scottish, the rules are the same). */
export const FLITE_TABLE: readonly VoiceInfo[] = FLITE_VOICES.map((name) => ({
  name,
  engine: 'flite',
  locale: name.startsWith('awb') ? 'en-GB' : 'en-US',
  gender: isFliteBaseVoice(name) ? BASE_GENDER[name] : (VARIANTS[name]?.gender ?? null),
}));
