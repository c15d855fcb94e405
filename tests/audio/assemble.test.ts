import { mkdirSync, mkdtempSync, readdirSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile, type IAudioMetadata } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJob } from '../../src/audio/args.ts';
import { assembleEpisode, chapterMarks, layoutEpisode, type AssembledEpisode, type AssemblyInput } from '../../src/audio/assemble.ts';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { decodeCheckJob, measureLoudness, probeFile, type ProbedFile } from '../helpers/probe.ts';
import { AppError } from '../../src/errors.ts';
import { makeClip, makeCover } from '../helpers/audio-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-assemble-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('layoutEpisode (pure)', () => {
  it('puts the pause before a chapter at the end of the previous chapter', () => {
    // 44.1 samples per ms: pieces of 1000 ms, pauses 0 / 500 / 1200
    const layout = layoutEpisode([
      { pieces: [{ pauseBeforeMs: 0, samples: 44100 }, { pauseBeforeMs: 500, samples: 44100 }] },
      { pieces: [{ pauseBeforeMs: 1200, samples: 44100 }] },
    ]);
    expect(layout.pieceStarts).toEqual([[0, 66150], [163170]]);
    expect(layout.chapterStarts).toEqual([0, 163170]);
    expect(layout.totalSamples).toBe(207270);
    expect(chapterMarks(['a', 'b'], layout)).toEqual([
      { title: 'a', startMs: 0, endMs: 3700 },
      { title: 'b', startMs: 3700, endMs: 4700 },
    ]);
  });
  it('gives leading silence to the first chapter', () => {
    const layout = layoutEpisode([{ pieces: [{ pauseBeforeMs: 300, samples: 441 }] }, { pieces: [{ pauseBeforeMs: 0, samples: 441 }] }]);
    expect(layout.chapterStarts).toEqual([0, 13230 + 441]);
  });
});

const TITLES = ['Headline = news; #1 \\ today', 'Second: the quiet voice', 'China Must Step Up, Zelenskyy Says'];
const TARGET = { integratedLufs: -16, truePeakDb: -1.5 };

describe('assembleEpisode with real ffmpeg', () => {
  let input: AssemblyInput;
  let episode: AssembledEpisode;
  let meta: IAudioMetadata;
  let probed: ProbedFile;

  beforeAll(async () => {
    const clips = join(dir, 'clips');
    mkdirSync(clips);
    // Flite-like 16 kHz WAVs and Edge-like 24 kHz MP3s, at levels about 30 dB apart.
    const [chime, loud1, loud2, quiet1, quiet2] = await Promise.all([
      makeClip(join(clips, 'chime.wav'), { seconds: 1, amplitude: 0.5, sampleRate: 16000, kind: 'tone', frequency: 880 }),
      makeClip(join(clips, 'loud1.wav'), { seconds: 3, amplitude: 0.4, sampleRate: 16000, kind: 'speechlike' }),
      makeClip(join(clips, 'loud2.wav'), { seconds: 2.5, amplitude: 0.4, sampleRate: 16000, kind: 'speechlike' }),
      makeClip(join(clips, 'quiet1.mp3'), { seconds: 3, amplitude: 0.012, sampleRate: 24000, kind: 'speechlike' }),
      makeClip(join(clips, 'quiet2.mp3'), { seconds: 2, amplitude: 0.012, sampleRate: 24000, kind: 'speechlike' }),
    ]);
    const cover = await makeCover(join(clips, 'cover.png'));
    const piece = (file: string, pauseBeforeMs: number, voice: string) => ({ file, pauseBeforeMs, voice });
    input = {
      chapters: [
        { title: TITLES[0]!, pieces: [piece(chime!, 0, 'chime'), piece(loud1!, 650, 'loud')] },
        { title: TITLES[1]!, pieces: [piece(chime!, 1200, 'chime'), piece(quiet1!, 650, 'quiet'), piece(quiet2!, 250, 'quiet')] },
        { title: TITLES[2]!, pieces: [piece(chime!, 1500, 'chime'), piece(loud2!, 650, 'loud'), piece(quiet1!, 250, 'quiet')] },
      ],
      tags: { title: 'Ukraine’s President Speaks', artist: 'Jane Doe', album: 'The Audio Edition', date: '2024-11-01', genre: 'Podcast', description: 'A dek, with “quotes”.', comment: 'AP contributed.' },
      coverFile: cover,
      bitrateKbps: 64,
      outFile: join(dir, 'out', 'episode.mp3'),
      workDir: join(dir, 'work'),
      loudness: TARGET,
    };
    mkdirSync(join(dir, 'out'));
    const made = await assembleEpisode(input);
    if (made.reused) throw new Error('a first assembly cannot be reused');
    episode = made;
    meta = await parseFile(episode.file);
    probed = await probeFile(episode.file);
  }, 60_000);

  it('writes the MP3 and nothing else in the output folder', () => {
    expect(readdirSync(join(dir, 'out'))).toEqual(['episode.mp3']);
  });

  it('keeps each decoded clip as its own PCM file in workDir', () => {
    expect(readdirSync(input.workDir).filter((f) => f.startsWith('clip-') && f.endsWith('.pcm'))).toHaveLength(5);
  });

  it('returns contiguous chapters that start on their first piece', () => {
    expect(episode.chapters.map((c) => c.title)).toEqual(TITLES);
    expect(episode.chapters[0]!.startMs).toBe(0);
    for (let c = 1; c < 3; c++) {
      expect(episode.chapters[c]!.startMs).toBe(episode.chapters[c - 1]!.endMs);
      expect(episode.chapters[c]!.startMs).toBe(episode.segmentStartsMs[c]![0]);
    }
    expect(episode.chapters[2]!.endMs).toBe(episode.durationMs);
    expect(episode.segmentStartsMs.map((s) => s.length)).toEqual([2, 3, 3]);
  });

  it('is a CBR 44.1 kHz mono MP3 with ID3v2.3 tags', () => {
    expect(meta.format.tagTypes).toContain('ID3v2.3');
    expect(meta.format.codecProfile).toBe('CBR');
    expect(meta.format.sampleRate).toBe(44100);
    expect(meta.format.numberOfChannels).toBe(1);
    expect(meta.format.bitrate).toBe(64000);
    expect(meta.common.title).toBe('Ukraine’s President Speaks');
    expect(meta.common.artist).toBe('Jane Doe');
    expect(meta.common.album).toBe('The Audio Edition');
    expect(meta.common.genre).toEqual(['Podcast']);
    expect(meta.common.year).toBe(2024);
    expect(meta.common.comment?.[0]?.text).toBe('A dek, with “quotes”.');
    expect(probed.tags.description).toBe('A dek, with “quotes”.');
    expect(probed.tags.date).toBe('2024-11-01');
  });

  it('embeds the cover as the front cover', () => {
    const picture = meta.common.picture?.[0];
    expect(picture?.type).toBe('Cover (front)');
    expect(picture?.format).toBe('image/png');
    expect(Buffer.from(picture!.data).equals(readFileSync(input.coverFile!))).toBe(true);
  });

  it('has CHAP frames with titles and a top-level ordered CTOC naming them all in order', () => {
    const native = meta.native['ID3v2.3']!;
    const chaps = native.filter((t) => t.id === 'CHAP').map((t) => t.value as { label: string; info: { startTime: number; endTime: number } });
    const tocs = native.filter((t) => t.id === 'CTOC').map((t) => t.value as { label: string; flags: { topLevel: boolean; ordered: boolean }; childElementIds: string[] });
    expect(tocs).toHaveLength(1);
    expect(tocs[0]!.flags).toEqual({ topLevel: true, ordered: true });
    expect(tocs[0]!.childElementIds).toEqual(chaps.map((c) => c.label));
    expect(chaps.map((c) => [c.info.startTime, c.info.endTime])).toEqual(episode.chapters.map((c) => [c.startMs, c.endMs]));
    expect(meta.format.chapters?.map((c) => c.title)).toEqual(TITLES);
  });

  it('reads back in ffprobe: same chapters, the last ending at the duration', () => {
    expect(probed.chapters).toEqual(episode.chapters);
    expect(Math.abs(probed.durationMs - probed.chapters.at(-1)!.endMs)).toBeLessThanOrEqual(100);
    expect(Math.abs(probed.durationMs - episode.durationMs)).toBeLessThanOrEqual(100);
  });

  it('decodes without errors, to exactly the assembled length', async () => {
    const { stderr } = await runFfmpeg(decodeCheckJob(episode.file));
    expect(stderr.trim()).toBe('');
    const pcm = join(dir, 'readback.pcm');
    await runFfmpeg(decodeJob(episode.file, pcm, 'read-back'));
    const samples = readFileSync(pcm).length / 2;
    expect(Math.abs(samples / 44.1 - episode.durationMs)).toBeLessThanOrEqual(30);
    // Exactly: the Info frame records the split encode's delay and padding, which the decoder trims.
    expect(Math.round((samples * 1000) / 44100)).toBe(episode.durationMs);
  });

  it('starts every chapter within 50 ms of its first piece’s audio (after MP3 encoding)', async () => {
    const pcm = join(dir, 'readback.pcm');
    if (!existsSync(pcm)) await runFfmpeg(decodeJob(episode.file, pcm, 'read-back'));
    const audio = readFileSync(pcm);
    const at = (ms: number) => Math.round(ms * 44.1);
    const rms = (from: number, n: number) => {
      let sum = 0;
      for (let i = from; i < from + n; i++) sum += (audio.readInt16LE(i * 2) / 32768) ** 2;
      return Math.sqrt(sum / n);
    };
    for (const chapter of episode.chapters) {
      let onsetMs = Number.NaN;
      // scan 5 ms windows from 300 ms before the mark (silence: the previous chapter's closing pause)
      for (let ms = Math.max(0, chapter.startMs - 300); ms < chapter.startMs + 300; ms += 1) {
        if (rms(at(ms), at(5)) > 0.02) {
          onsetMs = ms;
          break;
        }
      }
      expect(Math.abs(onsetMs - chapter.startMs)).toBeLessThanOrEqual(50);
    }
  });

  it('is at -16 LUFS ±1 with true peak ≤ -1 dBTP, and every chapter within ±2 LU of the episode', async () => {
    const whole = await measureLoudness(episode.file);
    expect(Math.abs(whole.integratedLufs - -16)).toBeLessThanOrEqual(1);
    expect(whole.truePeakDb).toBeLessThanOrEqual(-1);
    for (const chapter of episode.chapters) {
      const part = join(dir, `chapter-${chapter.startMs}.wav`);
      await runFfmpeg({
        label: 'cut a chapter',
        inputs: [{ file: episode.file, options: ['-ss', String(chapter.startMs / 1000), '-t', String((chapter.endMs - chapter.startMs) / 1000)] }],
        globalOptions: ['-v', 'error'],
        outputs: [{ file: part, options: ['-map', '0:a', '-c:a', 'pcm_s16le'] }],
      });
      const level = await measureLoudness(part);
      expect(Math.abs(level.integratedLufs - whole.integratedLufs)).toBeLessThanOrEqual(2);
    }
  });
});

describe('assembleEpisode failures', () => {
  it('a corrupt clip is an ffmpeg error and leaves no file at outFile', async () => {
    const out = join(dir, 'fail-out');
    mkdirSync(out);
    const good = await makeClip(join(dir, 'good.wav'), { seconds: 1, amplitude: 0.3, sampleRate: 16000, kind: 'speechlike' });
    const bad = join(dir, 'bad.mp3');
    writeFileSync(bad, Buffer.alloc(4096, 0x5a));
    const outFile = join(out, 'episode.mp3');
    const error = await assembleEpisode({
      chapters: [{ title: 'One', pieces: [{ file: good, pauseBeforeMs: 0 }] }, { title: 'Two', pieces: [{ file: bad, pauseBeforeMs: 500 }] }],
      tags: { title: 't', artist: 'a', album: 'b', date: '2024-01-01', genre: 'Podcast' },
      bitrateKbps: 64,
      outFile,
      workDir: join(dir, 'fail-work'),
      loudness: TARGET,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('ffmpeg');
    expect((error as AppError).message).toMatch(/bad\.mp3/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a failing encode (broken cover) leaves no file and no temp', async () => {
    const out = join(dir, 'fail-out-2');
    mkdirSync(out);
    const good = await makeClip(join(dir, 'good2.wav'), { seconds: 1, amplitude: 0.3, sampleRate: 16000, kind: 'speechlike' });
    const cover = join(dir, 'broken.png');
    writeFileSync(cover, 'not a picture');
    const error = await assembleEpisode({
      chapters: [{ title: 'One', pieces: [{ file: good, pauseBeforeMs: 0 }] }],
      tags: { title: 't', artist: 'a', album: 'b', date: '2024-01-01', genre: 'Podcast' },
      coverFile: cover,
      bitrateKbps: 64,
      outFile: join(out, 'episode.mp3'),
      workDir: join(dir, 'fail-work-2'),
    }).catch((e: unknown) => e);
    expect((error as AppError).kind).toBe('ffmpeg');
    expect(readdirSync(out)).toEqual([]);
  });
});
