// The script cache, through the real CLI (--plan) on a cache folder of its own: a hit on an unchanged
// input, a miss on any change of input, options or build, and a damaged entry that is rebuilt.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { scriptKey } from '../../src/run/script-cache.ts';
import { ROOT, runCli } from '../helpers/run-cli.ts';

const SAMPLE = join(ROOT, 'input', 'zelenskyy-north-korea.txt');
const work = mkdtempSync(join(tmpdir(), 'script-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A cache folder and an article of its own per test, so the tests share nothing. */
function fresh(name: string): { cache: string; article: string; entries: () => string[] } {
  const cache = join(work, `cache-${name}`);
  const article = join(work, `${name}.txt`);
  writeFileSync(article, readFileSync(SAMPLE));
  const entries = () => {
    try {
      return readdirSync(join(cache, 'scripts')).filter((n) => n.endsWith('.json'));
    } catch {
      return [];
    }
  };
  return { cache, article, entries };
}

async function plan(cache: string, args: string[]): Promise<string> {
  const run = await runCli(['--plan', ...args], { env: { AUDIO_EDITION_CACHE: cache } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

describe('script cache (--plan)', () => {
  it('answers an unchanged input from its entry, and gives the same plan as no cache', async () => {
    const { cache, article, entries } = fresh('hit');
    const first = await plan(cache, ['--engine', 'flite', article]);
    expect(entries()).toHaveLength(1);
    expect(await plan(cache, ['--engine', 'flite', article])).toBe(first);
    expect(await plan(join(work, 'unused'), ['--no-cache', '--engine', 'flite', article])).toBe(first);
    // The second run read the entry: what the entry says is what it prints.
    const file = join(cache, 'scripts', entries()[0]!);
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { script: { title: string } };
    entry.script.title = 'Read from the cache';
    writeFileSync(file, JSON.stringify(entry));
    expect(JSON.parse(await plan(cache, ['--engine', 'flite', article])).episodes[0].title).toBe('Read from the cache');
  });

  it('builds the script again when the input bytes or the options change, never printing a stale one', async () => {
    const { cache, article, entries } = fresh('miss');
    const before = await plan(cache, ['--engine', 'flite', article]);
    const text = readFileSync(article, 'utf8');
    const edited = text.replace('The Epoch Times has contacted the White House for comment.', 'The Epoch Times has contacted the Pentagon for comment.');
    expect(edited).not.toBe(text);
    writeFileSync(article, edited);
    const after = await plan(cache, ['--engine', 'flite', article]);
    expect(after).toContain('contacted the Pentagon');
    expect(after).not.toContain('contacted the White House');
    expect(entries()).toHaveLength(2);
    // Back to the first bytes: the first entry again, the first plan.
    writeFileSync(article, text);
    expect(await plan(cache, ['--engine', 'flite', article])).toBe(before);
    expect(entries()).toHaveLength(2);
    // Another option (a voice, another engine) is another entry, with that option's plan.
    const voiced = JSON.parse(await plan(cache, ['--engine', 'flite', '--voice', 'body=kal', article])) as { episodes: { chapters: { segments: { role: string; voice: string }[] }[] }[] };
    expect(voiced.episodes[0]!.chapters.flatMap((c) => c.segments).filter((s) => s.role === 'body').every((s) => s.voice === 'kal')).toBe(true);
    const edge = await plan(cache, ['--engine', 'edge', article]);
    expect(edge).toContain('Neural');
    expect(entries()).toHaveLength(4);
  });

  it('keeps the voices casting carries from article to article of one run', async () => {
    const { cache, article, entries } = fresh('two');
    const second = join(work, 'two-again.txt');
    writeFileSync(second, readFileSync(article));
    const uncached = await plan(join(work, 'unused-two'), ['--no-cache', '--engine', 'flite', article, second]);
    expect(await plan(cache, ['--engine', 'flite', article, second])).toBe(uncached);
    expect(entries()).toHaveLength(2);
    expect(await plan(cache, ['--engine', 'flite', article, second])).toBe(uncached);
    // The second article alone starts with nothing remembered: another entry.
    await plan(cache, ['--engine', 'flite', second]);
    expect(entries()).toHaveLength(3);
  });

  it('ignores a truncated or corrupt entry and writes it again', async () => {
    const { cache, article, entries } = fresh('corrupt');
    const good = await plan(cache, ['--engine', 'flite', article]);
    const file = join(cache, 'scripts', entries()[0]!);
    const whole = readFileSync(file, 'utf8');
    for (const damaged of [whole.slice(0, Math.floor(whole.length / 2)), '', 'null', '{"format":1}', whole.replace(/"key":"[0-9a-f]+"/, '"key":"0"')]) {
      writeFileSync(file, damaged);
      expect(await plan(cache, ['--engine', 'flite', article])).toBe(good);
      expect(readFileSync(file, 'utf8')).toBe(whole);
    }
  });
});

describe('scriptKey', () => {
  const base = { build: 'b1', file: 'a.txt', bytes: new TextEncoder().encode('Headline\n\nBody.'), config: DEFAULT_CONFIG, engine: 'flite' as const };
  it('changes with every input of the script: build, path, bytes, configuration, engine, remembered voices', () => {
    const key = scriptKey(base);
    expect(scriptKey({ ...base })).toBe(key);
    const variants = [
      scriptKey({ ...base, build: 'b2' }),
      scriptKey({ ...base, file: 'b.txt' }),
      scriptKey({ ...base, bytes: new TextEncoder().encode('Headline\n\nBody!') }),
      scriptKey({ ...base, config: { ...DEFAULT_CONFIG, quoteMinWords: 5 } }),
      scriptKey({ ...base, config: { ...DEFAULT_CONFIG, lexicon: { NATO: 'nay toe' } } }),
      scriptKey({ ...base, engine: 'edge' }),
      scriptKey({ ...base, cast: { speakers: new Map([['flite:Jane Doe', 'rms']]) } }),
    ];
    expect(new Set([key, ...variants]).size).toBe(variants.length + 1);
  });
});
