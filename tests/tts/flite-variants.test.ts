// The offline cast is audibly distinct: every voice of the default Flite cast (headline, narrator and
// the quote pool, variants included) speaks the same passage through the real engine; ffmpeg decodes
// the clips and an independent measure (tests/helpers/voice-measure.ts) compares them.
//
// Two voices count as distinct when their median F0 is at least 2 semitones apart or their mean MFCC
// vectors (timbre) are at least 15 apart. Why those margins: listeners discriminate F0 differences of
// well under a semitone in speech, so 2 semitones is a wide margin over that; and on these voices the
// MFCC distance between two *different* speakers measured 18 or more, while pitch variants of one
// speaker stayed at 15 or less, so 15 separates "another speaker" from "the same speaker, shifted".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/tts/engine.ts';
import { createFliteEngine } from '../../src/tts/flite.ts';
import { voiceCatalog } from '../../src/voices/catalog.ts';
import { FLITE_DEFAULT_CAST } from '../../src/voices/flite-voices.ts';
import { decodeMono, euclidean, mfccMean, pitchStats, semitones, trackPitch, type PitchStats } from '../helpers/voice-measure.ts';

const PASSAGE =
  'The mayor said the new budget would put more police officers on the streets by next spring. ' +
  'We have listened to the people of this city, and we will deliver what they asked for, she told reporters on Thursday.';
const MIN_SEMITONES = 2;
const MIN_MFCC = 15;

const cast = [FLITE_DEFAULT_CAST.headline, FLITE_DEFAULT_CAST.body, ...FLITE_DEFAULT_CAST.quotes];
const gender = voiceCatalog('flite');
let dir: string;
let engine: Engine;
const measured = new Map<string, { pitch: PitchStats; mfcc: number[] }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'flite-variants-'));
  engine = await createFliteEngine({ concurrency: 2 });
  await Promise.all(
    cast.map(async (voice) => {
      const outFile = join(dir, `${voice}.wav`);
      await engine.synthesize({ text: PASSAGE, voice, label: voice, outFile });
      const samples = await decodeMono(outFile);
      measured.set(voice, { pitch: pitchStats(trackPitch(samples)), mfcc: mfccMean(samples) });
    }),
  );
  const rows = cast.map((v) => {
    const { pitch } = measured.get(v)!;
    return `${v.padEnd(11)} ${String(gender(v).gender).padEnd(7)} median ${pitch.medianHz.toFixed(0).padStart(3)} Hz  mean ${pitch.meanHz.toFixed(0).padStart(3)} Hz  spread ${pitch.spreadSt.toFixed(2)} st`;
  });
  const header = `MFCC distance ${cast.map((v) => v.slice(0, 6).padStart(7)).join('')}`;
  const matrix = cast.map((a) => `${a.padEnd(14)}${cast.map((b) => euclidean(measured.get(a)!.mfcc, measured.get(b)!.mfcc).toFixed(1).padStart(7)).join('')}`);
  console.log(['Flite cast, measured:', ...rows, header, ...matrix].join('\n'));
}, 240_000);

afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the default offline cast', () => {
  it('has at least 8 voices, 3 of them female quote voices besides the narrator', () => {
    expect(new Set(cast).size).toBeGreaterThanOrEqual(8);
    const femaleQuotes = FLITE_DEFAULT_CAST.quotes.filter((v) => gender(v).gender === 'female' && v !== FLITE_DEFAULT_CAST.body);
    expect(femaleQuotes.length).toBeGreaterThanOrEqual(3);
  });

  it('tracks a plausible pitch for every voice (the measure works on this audio)', () => {
    for (const voice of cast) {
      const { pitch } = measured.get(voice)!;
      expect(pitch.voicedFrames, voice).toBeGreaterThan(300); // > 3 s of voiced speech
      expect(pitch.medianHz, voice).toBeGreaterThan(70);
      expect(pitch.medianHz, voice).toBeLessThan(300);
    }
  });

  it('makes every pair of voices distinct in pitch or timbre by the margins above', () => {
    for (let i = 0; i < cast.length; i++) {
      for (let j = i + 1; j < cast.length; j++) {
        const a = measured.get(cast[i]!)!;
        const b = measured.get(cast[j]!)!;
        const st = semitones(a.pitch.medianHz, b.pitch.medianHz);
        const timbre = euclidean(a.mfcc, b.mfcc);
        expect(st >= MIN_SEMITONES || timbre >= MIN_MFCC, `${cast[i]} vs ${cast[j]}: ${st.toFixed(2)} st, MFCC ${timbre.toFixed(1)}`).toBe(true);
      }
    }
  });

  it('makes the female-tagged voices sound female: a female pitch and the narrator’s (female) timbre', () => {
    const males = cast.filter((v) => gender(v).gender === 'male');
    for (const voice of cast.filter((v) => gender(v).gender === 'female')) {
      const m = measured.get(voice)!;
      expect(m.pitch.medianHz, voice).toBeGreaterThan(135);
      const toNarrator = euclidean(m.mfcc, measured.get(FLITE_DEFAULT_CAST.body)!.mfcc);
      for (const male of males) expect(toNarrator, `${voice}: nearer ${male} than slt`).toBeLessThan(euclidean(m.mfcc, measured.get(male)!.mfcc));
    }
    for (const voice of males) expect(measured.get(voice)!.pitch.medianHz, voice).toBeLessThan(135);
  });
});
