import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { AppError } from '../../src/errors.ts';
import { parseDuration } from '../../src/sources/source-config.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'source-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(json: unknown) {
  const path = join(dir, `c${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, JSON.stringify(json));
  return loadConfig({ file: path });
}

async function refused(json: unknown): Promise<AppError> {
  const error = await load(json).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).kind).toBe('config');
  return error as AppError;
}

describe('sources config', () => {
  it('fills defaults and reads every key', async () => {
    const config = await load({
      sources: [{ url: 'https://example.com/feed.xml' }, { url: 'feeds/local.xml', name: 'Local', maxItems: 3, since: '2d', include: ['climate'], exclude: ['sport'], language: 'de-DE', minWords: 50 }],
      keep: { days: 30 },
      feedToken: 'abcdef0123456789abcdef',
    });
    expect(config.sources[0]).toEqual({ url: 'https://example.com/feed.xml', maxItems: 10, include: [], exclude: [], minWords: 120 });
    expect(config.sources[1]).toEqual({ url: 'feeds/local.xml', name: 'Local', maxItems: 3, sinceMs: 2 * 86_400_000, include: ['climate'], exclude: ['sport'], language: 'de-DE', minWords: 50 });
    expect(config.keep).toEqual({ days: 30 });
    expect(config.feedToken).toBe('abcdef0123456789abcdef');
  });

  it('has no sources by default', async () => {
    expect((await load({})).sources).toEqual([]);
  });

  it('refuses bad values with the key named', async () => {
    expect((await refused({ sources: {} })).message).toContain('sources');
    expect((await refused({ sources: [{ name: 'x' }] })).message).toContain('sources[0].url');
    expect((await refused({ sources: [{ url: 'x', since: 'yesterday' }] })).message).toContain('sources[0].since');
    expect((await refused({ sources: [{ url: 'x', maxItems: 0 }] })).message).toContain('maxItems');
    expect((await refused({ sources: [{ url: 'x', urls: 'y' }] })).message).toContain('sources[0].urls');
    expect((await refused({ keep: { weeks: 2 } })).message).toContain('keep.weeks');
    expect((await refused({ keep: {} })).message).toContain('keep');
    expect((await refused({ feedToken: 'short' })).message).toContain('feedToken');
    expect((await refused({ feedToken: 'has/slash/and-long-enough' })).message).toContain('feedToken');
  });

  it('reads durations', () => {
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('12h')).toBe(43_200_000);
    expect(parseDuration('1w')).toBe(604_800_000);
    expect(parseDuration('2 days')).toBeNull();
    expect(parseDuration('0d')).toBeNull();
  });
});
