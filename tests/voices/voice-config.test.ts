import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import { parseVoiceAttributes } from '../../src/voices/voice-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'voice-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('voiceAttributes', () => {
  it('reads gender and locale per voice name, through the config file', () => {
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ voiceAttributes: { 'en-US-NewNeural': { gender: 'female', locale: 'en-US' }, rms: { gender: null } } }));
    expect(loadConfig({ file }).voiceAttributes).toEqual({ 'en-US-NewNeural': { gender: 'female', locale: 'en-US' }, rms: { gender: null } });
  });

  it.each([
    [[], /voiceAttributes must be an object/],
    [{ rms: 'male' }, /voiceAttributes\["rms"\] must be an object/],
    [{ rms: { gender: 'man' } }, /voiceAttributes\["rms"\]\.gender must be "female", "male" or null/],
    [{ rms: { locale: 'English' } }, /locale must be a BCP 47 locale/],
    [{ rms: { age: 40 } }, /only "gender" and "locale" \(not "age"\)/],
  ])('refuses %j with a config error', (value, message) => {
    let error: unknown;
    try {
      parseVoiceAttributes(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('config');
    expect((error as AppError).message).toMatch(message);
  });
});
