import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, checkDistinctVoices } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import { defaultEdgeVoices, isEdgeVoiceName } from '../../src/tts/edge-defaults.ts';
import { assertEdgeVoiceName, edgeVoiceLocale } from '../../src/tts/edge-voices.ts';

describe('isEdgeVoiceName', () => {
  it.each(['en-US-AriaNeural', 'en-US-AndrewMultilingualNeural', 'zh-HK-HiuGaaiNeural', 'fil-PH-AngeloNeural', 'sr-Latn-RS-NicholasNeural', 'zh-CN-liaoning-XiaobeiNeural'])('accepts %s', (name) => {
    expect(isEdgeVoiceName(name)).toBe(true);
  });
  it.each(['Aria', 'en-US-Aria', 'en-us-AriaNeural', 'EN-US-AriaNeural', 'en-US-ariaNeural', 'slt', 'en-US-AriaNeural"><evil', 'en-US-Aria Neural', ''])('rejects %j', (name) => {
    expect(isEdgeVoiceName(name)).toBe(false);
  });
  it('explains a malformed name with a config error', () => {
    try {
      assertEdgeVoiceName('Aria', 'The body voice');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).kind).toBe('config');
      expect((error as AppError).message).toContain('"Aria"');
      expect((error as AppError).hint).toContain('en-US-AriaNeural');
    }
  });
  it('derives the SSML language from the name', () => {
    expect(edgeVoiceLocale('de-DE-KatjaNeural')).toBe('de-DE');
    expect(edgeVoiceLocale('sr-Latn-RS-NicholasNeural')).toBe('sr-Latn-RS');
  });
});

describe('defaultEdgeVoices', () => {
  it.each(['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'en', 'de', 'fr-CA'])('%s: well-formed, distinct voices of that language', (language) => {
    const set = defaultEdgeVoices(language);
    expect(set).not.toBeNull();
    const all = [set!.headline, set!.body, ...set!.quotes];
    for (const v of all) expect(isEdgeVoiceName(v), v).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(set!.quotes.length).toBeGreaterThanOrEqual(2);
    expect(() => checkDistinctVoices(set!, 'edge')).not.toThrow();
    const primary = language.slice(0, 2);
    expect(set!.headline.startsWith(primary) && set!.body.startsWith(primary)).toBe(true);
  });
  it('matches the en-US defaults of the config and knows no Klingon', () => {
    expect(defaultEdgeVoices('en-US')).toEqual(DEFAULT_CONFIG.voices.edge);
    expect(defaultEdgeVoices('tlh')).toBeNull();
  });
  it('hands out copies', () => {
    defaultEdgeVoices('en-US')!.quotes.push('x');
    expect(defaultEdgeVoices('en-US')!.quotes).not.toContain('x');
  });
});
