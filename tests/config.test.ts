import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, applyVoiceFlags, checkDistinctVoices, loadConfig } from '../src/config.ts';
import { AppError } from '../src/errors.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('loadConfig', () => {
  it('layers defaults < file < flags', async () => {
    const path = await file('ok.json', JSON.stringify({ show: 'Morning', outDir: 'from-file', pauses: { paragraphMs: 900 }, voices: { flite: { body: 'rms', quotes: ['slt'] } } }));
    const config = loadConfig({ file: path, overrides: { outDir: 'from-flag', voices: ['headline=kal16'] } });
    expect(config.show).toBe('Morning');
    expect(config.outDir).toBe('from-flag');
    expect(config.pauses).toEqual({ ...DEFAULT_CONFIG.pauses, paragraphMs: 900 });
    expect(config.voices.flite).toEqual({ headline: 'kal16', body: 'rms', quotes: ['slt'] });
    expect(config.bitrateKbps).toBe(DEFAULT_CONFIG.bitrateKbps);
  });

  it.each([
    ['not json', '{show:', /not valid JSON/],
    ['array', '[]', /must hold a JSON object/],
    ['bad engine', '{"engine":"espeak"}', /engine must be/],
    ['bad bitrate', '{"bitrateKbps":-3}', /bitrateKbps must be a whole number from 8 to 320/],
    ['too high a bitrate', '{"bitrateKbps":500}', /bitrateKbps must be a whole number from 8 to 320/],
    ['a misspelt key', '{"bitrate":64}', /unknown key "bitrate"/],
    ['a bad loudness target', '{"loudness":{"integratedLufs":-3}}', /loudness.integratedLufs must be/],
    ['bad pause', '{"pauses":{"paragraphMs":"long"}}', /pauses.paragraphMs must be/],
    ['empty pool', '{"voices":{"edge":{"quotes":[]}}}', /voices.edge.quotes must be/],
    ['a misspelt pause', '{"pauses":{"paragraphMS":900}}', /unknown key "pauses.paragraphMS"/],
    ['a misspelt loudness key', '{"loudness":{"lufs":-16}}', /unknown key "loudness.lufs"/],
    ['a misspelt engine under voices', '{"voices":{"flight":{}}}', /unknown key "voices.flight"/],
    ['a misspelt role', '{"voices":{"edge":{"quote":["en-US-EricNeural"]}}}', /unknown key "voices.edge.quote"/],
  ])('rejects a config with %s', async (name, content, message) => {
    const path = await file(`${name}.json`, content);
    let error: unknown;
    try {
      loadConfig({ file: path });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('config');
    expect((error as AppError).message).toMatch(message);
  });

  it('reads the loudness target, and takes a language\'s Edge cast as the base for partial voices', async () => {
    const path = await file('lang.json', JSON.stringify({ language: 'de-DE', loudness: { integratedLufs: -19 }, voices: { edge: { headline: 'de-DE-KillianNeural' } } }));
    const config = loadConfig({ file: path });
    expect(config.loudness).toEqual({ integratedLufs: -19, truePeakDb: -1.5 });
    expect(config.voices.edge.headline).toBe('de-DE-KillianNeural');
    expect(config.voices.edge.body).toMatch(/^de-DE-/);
  });

  it('reads a config file that starts with a UTF-8 byte-order mark', async () => {
    const path = await file('bom.json', `\ufeff${JSON.stringify({ show: 'With BOM' })}`);
    expect(loadConfig({ file: path }).show).toBe('With BOM');
  });

  it('refuses a FIFO as the config file instead of waiting for a writer', async () => {
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(() => loadConfig({ file: fifo })).toThrow(/Cannot read config file .*not a regular file/);
  });

  it('names a missing config file', () => {
    expect(() => loadConfig({ file: join(dir, 'nope.json') })).toThrow(/Cannot read config file/);
  });
});

describe('voices', () => {
  it('applies role=NAME flags, including quote slots', () => {
    const set = applyVoiceFlags(DEFAULT_CONFIG.voices.flite, ['body=rms', 'quote=slt', 'quote2=awb']);
    expect(set).toEqual({ headline: 'awb', body: 'rms', quotes: ['slt', 'awb', ...DEFAULT_CONFIG.voices.flite.quotes.slice(2)] });
  });

  it.each(['body', 'narrator=slt', 'quote0=slt', 'body=a b'])('rejects a malformed --voice %s', (flag) => {
    expect(() => applyVoiceFlags(DEFAULT_CONFIG.voices.flite, [flag])).toThrow(AppError);
  });

  it('refuses two roles sharing a voice', () => {
    expect(() => checkDistinctVoices({ headline: 'slt', body: 'slt', quotes: ['rms'] }, 'flite')).toThrow(/both "slt"/);
    expect(() => checkDistinctVoices({ headline: 'awb', body: 'slt', quotes: ['rms', 'slt'] }, 'flite')).toThrow(/also the headline or body voice/);
    expect(() => checkDistinctVoices(DEFAULT_CONFIG.voices.flite, 'flite')).not.toThrow();
    expect(() => checkDistinctVoices(DEFAULT_CONFIG.voices.edge, 'edge')).not.toThrow();
  });
});
