import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, truncate, writeFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedEngine, clipFile, clipKey, pruneCache, type CacheStats } from '../../src/tts/clip-cache.ts';
import type { Engine, SynthesisRequest } from '../../src/tts/engine.ts';

// A stand-in engine that writes the request text as "audio": the cache logic is what is under test.
function recordingEngine(calls: SynthesisRequest[]): Engine {
  return {
    name: 'flite',
    version: 'test-1',
    extension: 'wav',
    knownVoices: () => null,
    close: async () => {},
    async synthesize(request) {
      calls.push(request);
      // Written aside and renamed into place, as the real engines do.
      await writeFile(`${request.outFile}.part`, `audio:${request.voice}:${request.text}`);
      await rename(`${request.outFile}.part`, request.outFile);
      return { file: request.outFile, words: [{ offsetMs: 0, durationMs: 10, text: request.text }] };
    },
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cache-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const req = (text: string, voice = 'slt') => ({ text, voice, label: 'segment 1', outFile: '' });

describe('clip cache', () => {
  it('keys on engine, version, voice and text', () => {
    const base = { engine: 'flite', version: '1', voice: 'slt', text: 'Hello.' };
    const keys = new Set([
      clipKey(base),
      clipKey({ ...base, engine: 'edge' }),
      clipKey({ ...base, version: '2' }),
      clipKey({ ...base, voice: 'rms' }),
      clipKey({ ...base, text: 'Hello!' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('synthesizes once, then serves hits with their word timings', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const engine = cachedEngine(recordingEngine(calls), dir, stats);
    const first = await engine.synthesize(req('Hello.'));
    const second = await engine.synthesize(req('Hello.'));
    await engine.synthesize(req('Hello.', 'rms'));
    expect(calls).toHaveLength(2);
    expect(second).toEqual({ ...first, cached: true });
    expect(first.cached).toBeUndefined();
    expect(second.words?.[0]?.text).toBe('Hello.');
    expect(stats).toEqual({ hits: 1, misses: 2, discarded: 0 });
  });

  it('follows an engine whose version changes mid-run (a format fallback): new clips get new keys', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    let version = 'format-a';
    const inner = recordingEngine(calls);
    const engine = cachedEngine(
      Object.defineProperty({ ...inner }, 'version', { get: () => version, enumerable: true }) as Engine,
      dir,
      stats,
    );
    await engine.synthesize(req('Hello.'));
    version = 'format-b';
    expect(engine.version).toBe('format-b');
    await engine.synthesize(req('Hello.'));
    expect(calls).toHaveLength(2);
    expect(stats.misses).toBe(2);
  });

  it('discards a truncated or corrupted entry and synthesizes again', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const engine = cachedEngine(recordingEngine(calls), dir, stats);
    const clip = await engine.synthesize(req('Hello there.'));
    await truncate(clip.file, 5);
    await engine.synthesize(req('Hello there.'));
    await writeFile(clip.file, 'audio:slt:Hello there!'); // same size, other bytes
    await engine.synthesize(req('Hello there.'));
    expect(calls).toHaveLength(3);
    expect(stats.discarded).toBe(2);
  });

  it('checks only the size of a clip the run will not use (sizeOnly), and still redoes a truncated or missing one', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const inner = recordingEngine(calls);
    const file = clipFile(inner, dir, 'slt', 'Hello there.');
    const engine = cachedEngine(inner, dir, stats, { sizeOnly: (f) => f === file });
    const clip = await engine.synthesize(req('Hello there.'));
    expect(clip.file).toBe(file); // clipFile names the entry the store writes
    await writeFile(clip.file, 'audio:slt:Hello there!'); // same size, other bytes: not read
    expect(await engine.synthesize(req('Hello there.'))).toMatchObject({ file, cached: true });
    expect(calls).toHaveLength(1);
    await truncate(clip.file, 5);
    await engine.synthesize(req('Hello there.'));
    await rm(clip.file);
    await engine.synthesize(req('Hello there.'));
    expect(calls).toHaveLength(3);
    expect(stats.discarded).toBe(2);
    // Without sizeOnly the same-size change is found, as before.
    await writeFile(clip.file, 'audio:slt:Hello there!');
    await cachedEngine(inner, dir, stats).synthesize(req('Hello there.'));
    expect(calls).toHaveLength(4);
  });

  it('redoes an entry whose audio or record is a FIFO instead of hanging', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const key = clipKey({ engine: 'flite', version: 'test-1', voice: 'slt', text: 'Piped.' });
    execFileSync('mkfifo', [join(dir, `${key}.wav`), join(dir, `${key}.json`)]);
    const clip = await cachedEngine(recordingEngine(calls), dir, stats).synthesize(req('Piped.'));
    expect(calls).toHaveLength(1);
    expect(await readFile(clip.file, 'utf8')).toBe('audio:slt:Piped.');
  });

  it('discards an entry whose audio is a symlink to /dev/zero instead of reading it for ever', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const key = clipKey({ engine: 'flite', version: 'test-1', voice: 'slt', text: 'Zero.' });
    await symlink('/dev/zero', join(dir, `${key}.wav`));
    await writeFile(join(dir, `${key}.json`), JSON.stringify({ bytes: 1e12, sha256: 'a'.repeat(64) }));
    const clip = await cachedEngine(recordingEngine(calls), dir, stats).synthesize(req('Zero.'));
    expect(calls).toHaveLength(1);
    expect(stats.discarded).toBe(1);
    expect(await readFile(clip.file, 'utf8')).toBe('audio:slt:Zero.');
  });

  it('redoes an entry whose record has the right hash but malformed word timings', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const engine = cachedEngine(recordingEngine(calls), dir, stats);
    const first = await engine.synthesize(req('Timed.'));
    const metaFile = first.file.replace(/\.wav$/, '.json');
    const meta = JSON.parse(await readFile(metaFile, 'utf8')) as Record<string, unknown>;
    for (const words of ['oops', [{ offsetMs: 'x', durationMs: 1, text: 'a' }], [null]]) {
      await writeFile(metaFile, JSON.stringify({ ...meta, words }));
      const again = await engine.synthesize(req('Timed.'));
      expect(again.words).toEqual([{ offsetMs: 0, durationMs: 10, text: 'Timed.' }]);
    }
    expect(calls).toHaveLength(4);
  });

  it('treats an entry without its commit marker as missing', async () => {
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const engine = cachedEngine(recordingEngine(calls), dir, stats);
    const clip = await engine.synthesize(req('Hi.'));
    await rm(clip.file.replace(/\.wav$/, '.json'));
    await engine.synthesize(req('Hi.'));
    expect(calls).toHaveLength(2);
  });

  it('prunes least recently used entries down to the size limit', async () => {
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const engine = cachedEngine(recordingEngine([]), dir, stats);
    const old = await engine.synthesize(req('old entry'));
    await engine.synthesize(req('new entry'));
    const past = new Date(Date.now() - 60_000);
    await utimes(old.file, past, past);
    await utimes(old.file.replace(/\.wav$/, '.json'), past, past);
    const removed = await pruneCache(dir, 200);
    expect(removed).toBe(1);
    const left = await readdir(dir);
    expect(left.some((n) => n === old.file.split('/').pop())).toBe(false);
    expect(left).toHaveLength(2);
  });
  it('identical requests in flight share one synthesis, and both callers get the clip', async () => {
    // Before the clip store de-duplicated, both copies missed at once and shared one temp name: one
    // rename failed with ENOENT (a refrain, "he said." twice in one voice, an edition's host line).
    const calls: SynthesisRequest[] = [];
    const stats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
    const slow: Engine = { ...recordingEngine(calls), synthesize: async (r) => {
      const clip = await recordingEngine(calls).synthesize(r);
      await new Promise((resolve) => setImmediate(resolve));
      return clip;
    } };
    const engine = cachedEngine(slow, dir, stats);
    const clips = await Promise.all(Array.from({ length: 8 }, () => engine.synthesize(req('The meeting was adjourned.'))));
    expect(calls).toHaveLength(1);
    expect(new Set(clips.map((c) => c.file)).size).toBe(1);
    expect(clips.filter((c) => !c.cached)).toHaveLength(1);
    expect(stats).toEqual({ hits: 7, misses: 1, discarded: 0 });
    expect((await readdir(dir)).sort()).toEqual([`${clips[0]!.file.split('/').pop()!.replace(/\.wav$/, '')}.json`, clips[0]!.file.split('/').pop()!].sort());
  });

  it('gives the engine a temp name of the one scheme, never the entry itself', async () => {
    const calls: SynthesisRequest[] = [];
    const engine = cachedEngine(recordingEngine(calls), dir, { hits: 0, misses: 0, discarded: 0 });
    await engine.synthesize(req('One.'));
    await engine.synthesize(req('Two.'));
    expect(calls.map((c) => c.outFile.split('/').pop())).toEqual([expect.stringMatching(/^\.[0-9a-f]{40}\.wav\.\d+-[0-9a-f]+\.tmp$/), expect.stringMatching(/\.tmp$/)]);
    expect(calls[0]!.outFile).not.toBe(calls[1]!.outFile);
  });

  it('a cache folder that is a file, or a folder where an entry belongs: an output error naming the cache', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    const calls: SynthesisRequest[] = [];
    const blocked = cachedEngine(recordingEngine(calls), file, { hits: 0, misses: 0, discarded: 0 });
    await expect(blocked.synthesize(req('Hi.'))).rejects.toMatchObject({ kind: 'output', code: 'output.cache', message: `Cannot use the clip cache ${file}: a file is in the way.` });
    expect(calls).toHaveLength(0);
    const engine = cachedEngine(recordingEngine(calls), dir, { hits: 0, misses: 0, discarded: 0 });
    const key = clipKey({ engine: 'flite', version: 'test-1', voice: 'slt', text: 'Hi.' });
    await mkdir(join(dir, `${key}.wav`));
    await expect(engine.synthesize(req('Hi.'))).rejects.toMatchObject({ kind: 'output', code: 'output.cache', message: expect.stringContaining(`clip cache entry ${join(dir, `${key}.wav`)}`) });
  });
});
