// A three-article edition through the real Flite engine, the clip cache and the real assembler, read
// back the way a podcast app reads it: a chapter per story plus the introduction, each story chapter
// starting where its headline is spoken, and nothing but the articles' audio and the host's lines.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile, type IAudioMetadata } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleEpisode, type AssembledEpisode } from '../../src/audio/assemble.ts';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildEditionScript, editionFileStem, INTRO_TITLE } from '../../src/edition/build-edition-script.ts';
import { editionPauses } from '../../src/edition/edition-pauses.ts';
import type { Clip, Script } from '../../src/model.ts';
import { scriptFor } from '../../src/run/script-for.ts';
import { cachedEngine, type CacheStats } from '../../src/tts/clip-cache.ts';
import type { Engine } from '../../src/tts/engine.ts';
import { loadEngine } from '../../src/tts/load-engine.ts';
import { parseWav } from '../../src/tts/flite.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = ['tests/fixtures/articles/hard-wrapped.txt', 'input/zelenskyy-north-korea.txt', 'tests/fixtures/articles/truncated.txt'].map((f) => join(ROOT, f));
const DATE = new Date(2026, 10, 27, 6, 0);
const config = DEFAULT_CONFIG;
/** Sample rate the MP3 is decoded at to find where speech starts. */
const PROBE_RATE = 16_000;

const dir = mkdtempSync(join(tmpdir(), 'edition-audio-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function synthesizeAll(engine: Engine, script: Script): Promise<Clip[][]> {
  return Promise.all(
    script.chapters.map((chapter, c) =>
      Promise.all(chapter.segments.map((s, i) => engine.synthesize({ text: s.spoken ?? s.text, voice: s.voice, label: `${script.source} ${c}/${i}`, outFile: '' }))),
    ),
  );
}

const wavOf = (file: string) => {
  const buffer = readFileSync(file);
  const wav = parseWav(buffer);
  if (typeof wav === 'string') throw new Error(`${file}: ${wav}`);
  return { buffer, wav };
};

/** Milliseconds of near-silence a Flite clip starts with (its own lead-in before the first sound). */
function clipLeadMs(file: string, threshold: number): number {
  const { buffer, wav } = wavOf(file);
  for (let i = wav.dataOffset; i + 1 < wav.dataOffset + wav.dataBytes; i += 2) {
    if (Math.abs(buffer.readInt16LE(i)) > threshold) return ((i - wav.dataOffset) / 2 / wav.sampleRate) * 1000;
  }
  return wav.durationMs;
}

/** First moment at or after fromMs where the decoded episode rises above the threshold. */
function onsetMs(pcm: Buffer, fromMs: number, threshold: number): number {
  for (let i = Math.max(0, Math.round((fromMs / 1000) * PROBE_RATE)); i < pcm.length / 2; i++) {
    if (Math.abs(pcm.readInt16LE(i * 2)) > threshold) return (i / PROBE_RATE) * 1000;
  }
  return Number.POSITIVE_INFINITY;
}

describe('a three-article edition, Flite + ffmpeg, read back', () => {
  let scripts: Script[];
  let edition: Script;
  let clips: Clip[][];
  let pauses: number[][];
  let episode: AssembledEpisode;
  let meta: IAudioMetadata;
  let pcm: Buffer;
  const articleStats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
  const editionStats: CacheStats = { hits: 0, misses: 0, discarded: 0 };
  const ms = { articles: 0, editionSynthesis: 0, assembly: 0 };

  beforeAll(async () => {
    const cacheDir = join(dir, 'cache');
    const raw = await loadEngine('flite', { concurrency: 2 });
    try {
      scripts = await Promise.all(FILES.map((f) => scriptFor(f, config, 'flite')));
      // What `narrate` does first: each article's own episode synthesizes its segments.
      let t = performance.now();
      const forArticles = cachedEngine(raw, cacheDir, articleStats);
      for (const script of scripts) await synthesizeAll(forArticles, script);
      ms.articles = performance.now() - t;

      edition = buildEditionScript(scripts, { config, engine: 'flite', date: DATE });
      t = performance.now();
      clips = await synthesizeAll(cachedEngine(raw, cacheDir, editionStats), edition);
      ms.editionSynthesis = performance.now() - t;
    } finally {
      await raw.close();
    }

    pauses = editionPauses(edition, config.pauses);
    mkdirSync(join(dir, 'out'));
    const t = performance.now();
    const assembled = await assembleEpisode({
      chapters: edition.chapters.map((chapter, c) => ({
        title: chapter.title,
        pieces: chapter.segments.map((segment, s) => ({ file: clips[c]![s]!.file, pauseBeforeMs: pauses[c]![s]!, voice: segment.voice })),
      })),
      tags: { title: edition.title, artist: config.author, album: config.show, date: '2026-11-27', genre: 'Podcast', description: edition.article.dek! },
      bitrateKbps: config.bitrateKbps,
      loudness: config.loudness,
      outFile: join(dir, 'out', `${editionFileStem(DATE)}.mp3`),
      workDir: join(dir, 'work'),
    });
    // A freshly assembled episode carries segment times; one reused from disk would not.
    if ((assembled as { reused?: boolean }).reused === true) throw new Error('the edition was not assembled');
    episode = assembled as AssembledEpisode;
    ms.assembly = performance.now() - t;
    meta = await parseFile(episode.file, { duration: true });
    const decoded = join(dir, 'episode.pcm');
    await runFfmpeg({ label: 'decode the edition', inputs: [{ file: episode.file }], globalOptions: ['-v', 'error'], outputs: [{ file: decoded, options: ['-f', 's16le', '-ac', '1', '-ar', String(PROBE_RATE)] }] });
    pcm = readFileSync(decoded);

    const articleSegments = scripts.reduce((n, s) => n + s.chapters.reduce((m, c) => m + c.segments.length, 0), 0);
    const audioMs = clips.flat().reduce((sum, clip) => sum + wavOf(clip.file).wav.durationMs, 0);
    // The host's lines: the introduction and the last segment of every story chapter.
    const hostMs = clips.flatMap((chapter, c) => (c === 0 ? chapter : chapter.slice(-1))).reduce((sum, clip) => sum + wavOf(clip.file).wav.durationMs, 0);
    console.info(
      `[edition] ${articleSegments} article segments synthesized in ${(ms.articles / 1000).toFixed(1)} s for the article episodes; ` +
        `the edition's ${clips.flat().length} segments (${(audioMs / 1000).toFixed(0)} s of speech) needed ${editionStats.misses} new clips ` +
        `(${editionStats.hits} from the cache) in ${(ms.editionSynthesis / 1000).toFixed(2)} s; assembly ${(ms.assembly / 1000).toFixed(1)} s; ` +
        `warm edition build ${((ms.editionSynthesis + ms.assembly) / 1000).toFixed(1)} s; host lines ${(hostMs / 1000).toFixed(1)} s; episode ${(episode.durationMs / 1000).toFixed(1)} s.`,
    );
  }, 120_000);

  it('synthesizes only the host’s lines: every article clip comes from the cache', () => {
    const articleSegments = scripts.flatMap((s) => s.chapters.flatMap((c) => c.segments)).length;
    expect(articleStats.misses).toBeGreaterThan(0);
    expect(editionStats).toEqual({ hits: articleSegments, misses: 2 + 2 + 1, discarded: 0 });
  });

  it('has the introduction and one chapter per story, titled by its headline, in a player-readable MP3', () => {
    expect(meta.format.container).toBe('MPEG');
    expect(meta.format.codecProfile).toBe('CBR');
    expect(meta.common.title).toBe('The Audio Edition: Friday, November 27, 2026');
    const chapters = meta.format.chapters ?? [];
    expect(chapters.map((c) => c.title)).toEqual([INTRO_TITLE, ...scripts.map((s) => s.title)]);
    expect(episode.chapters.map((c) => c.title)).toEqual(chapters.map((c) => c.title));
  });

  it('starts each story chapter where its headline segment starts (±50 ms, as read back from the file)', () => {
    const starts = (meta.format.chapters ?? []).map((c) => c.start * 1000);
    expect(starts[0]).toBe(0);
    for (let c = 1; c < edition.chapters.length; c++) {
      expect(edition.chapters[c]!.segments[0]!.text).toBe(scripts[c - 1]!.article.headline);
      expect(Math.abs(starts[c]! - episode.segmentStartsMs[c]![0]!)).toBeLessThanOrEqual(50);
    }
  });

  it('is silent just before each story chapter and speaks its headline from the mark on (±50 ms)', () => {
    const threshold = 0.02 * 32768; // -34 dBFS: speech, not codec noise in the pauses
    for (let c = 1; c < edition.chapters.length; c++) {
      const start = episode.chapters[c]!.startMs;
      // The pause before the headline (after the transition / intro) ends the previous chapter.
      const before = onsetMs(pcm, start - pauses[c]![0]! + 60, threshold);
      expect(before).toBeGreaterThanOrEqual(start - 50);
      // Flite starts every clip with ~255 ms of its own silence; assembly trims it to a breath, so the
      // voice starts on the mark.
      expect(clipLeadMs(clips[c]![0]!.file, threshold * 0.5)).toBeGreaterThan(100);
      expect(Math.abs(before - start)).toBeLessThanOrEqual(50);
    }
  });

  it('lasts the sum of its parts: every clip once plus the planned pauses (the stories plus the host’s lines)', () => {
    // What each clip contributes once its own lead-in and tail silence are trimmed.
    const clipMs = episode.segmentStartsMs.map((starts, c) => starts.map((start, p) => episode.segmentEndsMs[c]![p]! - start));
    const rawMs = clips.map((chapter) => chapter.map((clip) => wavOf(clip.file).wav.durationMs));
    clipMs.flat().forEach((used, i) => {
      const raw = rawMs.flat()[i]!;
      expect(used).toBeLessThanOrEqual(raw + 1);
      expect(used).toBeGreaterThan(raw - 700); // only silence goes: Flite pads ~0.25 s before, less after
    });
    // The split encode moves each cut onto an MP3 frame boundary by lengthening or shortening its pause ≤ 13 ms.
    const pads = episode.segmentPadMs.map((chapter) => chapter.reduce((a, b) => a + b, 0));
    expect(episode.segmentPadMs.flat().every((pad) => Math.abs(pad) <= 13.1)).toBe(true);
    const total = clipMs.flat().reduce((a, b) => a + b, 0) + pauses.flat().reduce((a, b) => a + b, 0) + pads.reduce((a, b) => a + b, 0);
    // The MP3 reads back ~40 ms longer: the encoder's last-frame padding.
    expect(Math.abs(meta.format.duration! * 1000 - total)).toBeLessThan(60);
    expect(Math.abs(episode.durationMs - total)).toBeLessThan(20);
    // Each chapter spans its own clips and pauses, plus the pause that leads into the next headline.
    const marks = meta.format.chapters!;
    edition.chapters.forEach((_, c) => {
      const padded = (chapter: number, from: number) => pauses[chapter]!.slice(from).reduce((a, b) => a + b, 0) + episode.segmentPadMs[chapter]!.slice(from).reduce((a, b) => a + b, 0);
      const own = clipMs[c]!.reduce((a, b) => a + b, 0) + padded(c, c === 0 ? 0 : 1) + (pauses[c + 1]?.[0] ?? 0) + (episode.segmentPadMs[c + 1]?.[0] ?? 0);
      const end = c + 1 < marks.length ? marks[c + 1]!.start : meta.format.duration!;
      expect(Math.abs((end - marks[c]!.start) * 1000 - own)).toBeLessThan(60);
    });
  });
});
