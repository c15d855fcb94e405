// End to end on the sample article, offline: the real CLI, Flite and ffmpeg, and the MP3 read back
// the way podcast apps and independent tools read it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile, type IAudioMetadata } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { measureLoudness, probeFile } from '../helpers/probe.ts';
import { ROOT, runCli, type CliRun } from '../helpers/run-cli.ts';

const SAMPLE = join(ROOT, 'input', 'zelenskyy-north-korea.txt');
const HEADLINE = 'Zelenskyy Condemns Lack of Response From Western Allies After North Korean Troops Deployed by Russia';

const dir = mkdtempSync(join(tmpdir(), 'e2e-narrate-'));
const out = join(dir, 'out');
const env = { AUDIO_EDITION_CACHE: join(dir, 'cache') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run narrate on the sample (offline, Flite)', () => {
  let run: CliRun;
  let mp3: string;
  let meta: IAudioMetadata;

  beforeAll(async () => {
    run = await runCli([SAMPLE, '--engine', 'flite', '--out', out], { env });
    mp3 = join(out, 'zelenskyy-north-korea.mp3');
    if (existsSync(mp3)) meta = await parseFile(mp3, { duration: true });
  }, 300_000);

  it('succeeds with one line per article and says which engine', () => {
    expect(run.stderr).toContain('Engine: flite');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/✓ .*zelenskyy-north-korea\.mp3 {2}\d+:\d\d, \d+ chapters, \d+ segments/);
  });

  it('writes a CBR 44.1 kHz mono MP3 of several minutes that decodes without errors', async () => {
    const { stderr } = await runFfmpeg({ label: 'decode check', inputs: [{ file: mp3 }], globalOptions: ['-v', 'error'], outputs: [{ file: '-', options: ['-f', 'null'] }] });
    expect(stderr.trim()).toBe('');
    expect(meta.format.container).toBe('MPEG');
    expect(meta.format.sampleRate).toBe(44100);
    expect(meta.format.numberOfChannels).toBe(1);
    expect(meta.format.codecProfile).toBe('CBR');
    expect(meta.format.duration!).toBeGreaterThan(180);
  });

  it('has ID3v2.3 tags: title is the headline, artist the byline, album the show, genre Podcast, a front cover', () => {
    expect(meta.format.tagTypes).toContain('ID3v2.3');
    expect(meta.common.title).toBe(HEADLINE);
    expect(meta.common.artist).toBe('Katabella Roberts');
    expect(meta.common.album).toBe('The Audio Edition');
    expect(meta.common.genre).toEqual(['Podcast']);
    expect(meta.common.year).toBe(new Date().getFullYear());
    expect(meta.common.picture?.[0]?.type).toBe('Cover (front)');
  });

  it('has ≥ 3 chapters with the expected titles and a top-level ordered CTOC naming them all', () => {
    const titles = meta.format.chapters!.map((c) => c.title);
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles[0]).toBe(HEADLINE);
    expect(titles).toContain('China Must Step Up, Zelenskyy Says');
    const native = meta.native['ID3v2.3']!;
    const chapIds = native.filter((t) => t.id === 'CHAP').map((t) => (t.value as { label: string }).label);
    const tocs = native.filter((t) => t.id === 'CTOC').map((t) => t.value as { flags: { topLevel: boolean; ordered: boolean }; childElementIds: string[] });
    expect(tocs).toHaveLength(1);
    expect(tocs[0]!.flags).toEqual({ topLevel: true, ordered: true });
    expect(tocs[0]!.childElementIds).toEqual(chapIds);
    expect(chapIds).toHaveLength(titles.length);
  });

  it('has increasing, contiguous chapters whose last ends at the duration (ffprobe)', async () => {
    const probed = await probeFile(mp3);
    const chapters = probed.chapters;
    expect(chapters[0]!.startMs).toBe(0);
    for (let i = 1; i < chapters.length; i++) {
      expect(chapters[i]!.startMs).toBeGreaterThan(chapters[i - 1]!.startMs);
      expect(chapters[i]!.startMs).toBe(chapters[i - 1]!.endMs);
    }
    expect(Math.abs(chapters.at(-1)!.endMs - probed.durationMs)).toBeLessThanOrEqual(100);
  });

  it('starts every chapter within 50 ms of where its voice starts (decoded MP3)', async () => {
    const pcm = join(dir, 'readback.pcm');
    await runFfmpeg({ label: 'read back', inputs: [{ file: mp3 }], globalOptions: ['-v', 'error'], outputs: [{ file: pcm, options: ['-f', 's16le', '-ac', '1', '-ar', '44100'] }] });
    const audio = readFileSync(pcm);
    const rms = (ms: number) => {
      let sum = 0;
      const from = Math.round(ms * 44.1);
      for (let i = from; i < from + 220; i++) sum += (audio.readInt16LE(i * 2) / 32768) ** 2;
      return Math.sqrt(sum / 220);
    };
    for (const chapter of (await probeFile(mp3)).chapters) {
      let onset = Number.NaN;
      for (let ms = Math.max(0, chapter.startMs - 300); ms < chapter.startMs + 600; ms++) {
        if (rms(ms) > 0.01) {
          onset = ms;
          break;
        }
      }
      expect(Math.abs(onset - chapter.startMs)).toBeLessThanOrEqual(50);
    }
  });

  it('decodes to exactly the episode’s samples: the decoded count is the length the last chapter ends at', async () => {
    // Chapter ends are the episode's sample count in ms; the MP3's encoder delay and padding (recorded in
    // its Info frame, trimmed by the decoder) would show as 12 ms or more.
    const pcm = join(dir, 'readback.pcm');
    const samples = statSync(pcm).size / 2;
    const { chapters } = await probeFile(mp3);
    expect(Math.round((samples * 1000) / 44100)).toBe(chapters.at(-1)!.endMs);
  });

  it('is at -16 LUFS ±1, true peak ≤ -1 dBTP, every chapter within ±2 LU', async () => {
    const whole = await measureLoudness(mp3);
    expect(Math.abs(whole.integratedLufs + 16)).toBeLessThanOrEqual(1);
    expect(whole.truePeakDb).toBeLessThanOrEqual(-1);
    for (const [i, chapter] of (await probeFile(mp3)).chapters.entries()) {
      const part = join(dir, `chapter-${i}.wav`);
      await runFfmpeg({
        label: 'cut a chapter',
        inputs: [{ file: mp3, options: ['-ss', String(chapter.startMs / 1000), '-t', String((chapter.endMs - chapter.startMs) / 1000)] }],
        globalOptions: ['-v', 'error'],
        outputs: [{ file: part, options: ['-c:a', 'pcm_s16le'] }],
      });
      expect(Math.abs((await measureLoudness(part)).integratedLufs - whole.integratedLufs)).toBeLessThanOrEqual(2);
    }
  });

  it('publishes chapters JSON, a VTT transcript and a feed that agree with the MP3', async () => {
    const chapters = JSON.parse(readFileSync(join(out, 'zelenskyy-north-korea.chapters.json'), 'utf8')) as { version: string; chapters: { startTime: number; title: string }[] };
    expect(chapters.version).toBe('1.2.0');
    expect(chapters.chapters.map((c) => c.title)).toEqual(meta.format.chapters!.map((c) => c.title));
    chapters.chapters.forEach((c, i) => expect(Math.abs(c.startTime - meta.format.chapters![i]!.start)).toBeLessThanOrEqual(0.05));

    const vtt = readFileSync(join(out, 'zelenskyy-north-korea.vtt'), 'utf8');
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    const cues = [...vtt.matchAll(/(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})\n<v ([^>]+)>/g)].map((m) => {
      const t = (h: string, mi: string, s: string, ms: string) => Number(h) * 3600 + Number(mi) * 60 + Number(s) + Number(ms) / 1000;
      return { start: t(m[1]!, m[2]!, m[3]!, m[4]!), end: t(m[5]!, m[6]!, m[7]!, m[8]!), speaker: m[9]! };
    });
    expect(cues.length).toBeGreaterThan(20);
    for (let i = 0; i < cues.length; i++) {
      expect(cues[i]!.end).toBeGreaterThanOrEqual(cues[i]!.start);
      if (i > 0) expect(cues[i]!.start).toBeGreaterThanOrEqual(cues[i - 1]!.end - 0.001);
      expect(cues[i]!.end).toBeLessThanOrEqual(meta.format.duration! + 0.1);
    }
    const speakers = new Set(cues.map((c) => c.speaker));
    expect(speakers).toContain('Narrator');
    expect(cues[0]!.speaker).toBe('Host'); // the headline, in the headline voice
    expect(speakers).toContain('Volodymyr Zelenskyy');
    expect(speakers).toContain('Antony Blinken');

    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain(`length="${statSync(mp3).size}" type="audio/mpeg"`);
    expect(feed).toContain(`<title>${HEADLINE}</title>`);
    expect(feed).toContain('<itunes:duration>0:0');
    expect(feed).toContain('zelenskyy-north-korea.chapters.json');
    expect(existsSync(join(out, 'cover.png'))).toBe(true);
  });

  it('leaves no temp files in the output folder', () => {
    expect(readdirSync(out).filter((n) => /tmp|partial|encoding/.test(n))).toEqual([]);
  });

  it('re-runs from the cache, synthesizing nothing', async () => {
    const again = await runCli([SAMPLE, '--engine', 'flite', '--out', out, '--quiet'], { env });
    expect(again.code).toBe(0);
    const segments = /(\d+) segments \((\d+) from cache\)/.exec(again.stdout);
    expect(segments?.[1]).toBe(segments?.[2]);
  });

  it('an unchanged re-run checks its clips by size only, and still redoes a truncated one', async () => {
    // Its episode is up to date, so no clip is read: a same-size change goes unseen (the clip is
    // hashed again whenever an episode is built from it), a truncated clip is still redone.
    const cache = env.AUDIO_EDITION_CACHE;
    const clip = join(cache, readdirSync(cache).filter((n) => n.endsWith('.wav')).sort()[0]!);
    const size = statSync(clip).size;
    const before = statSync(mp3).mtimeMs;
    const synthesized = async () => {
      const again = await runCli([SAMPLE, '--engine', 'flite', '--out', out, '--quiet'], { env });
      expect(again.code).toBe(0);
      const segments = /(\d+) segments \((\d+) from cache\)/.exec(again.stdout);
      return Number(segments?.[1]) - Number(segments?.[2]);
    };
    writeFileSync(clip, Buffer.alloc(size, 1));
    expect(await synthesized()).toBe(0);
    truncateSync(clip, 10);
    expect(await synthesized()).toBe(1);
    expect(statSync(clip).size).toBe(size);
    expect(readFileSync(clip).every((b) => b === 1)).toBe(false);
    expect(statSync(mp3).mtimeMs).toBe(before);
  });
});

describe('--plan', () => {
  it('prints only the JSON script, with three distinct voices for headline, body and quotes', async () => {
    const run = await runCli(['--plan', '--engine', 'flite', SAMPLE], { env });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { episodes: { source: string; title: string; chapters: { title: string; segments: { role: string; speaker: string | null; voice: string; text: string }[] }[] }[] };
    const segments = plan.episodes[0]!.chapters.flatMap((c) => c.segments);
    const voiceOf = (role: string) => new Set(segments.filter((s) => s.role === role).map((s) => s.voice));
    expect(voiceOf('headline')).toEqual(new Set(['awb']));
    expect(voiceOf('body')).toEqual(new Set(['slt']));
    expect([...voiceOf('quote')].every((v) => v !== 'awb' && v !== 'slt')).toBe(true);
    expect(plan.episodes[0]!.title).toBe(HEADLINE);
  });

  it('stops quietly when the reader is gone before it writes (`--plan … | true`)', () => {
    // A shell pipeline, as a user types it. `true` exits without reading, so the plan is written to a
    // pipe with no reader (EPIPE every time): the CLI must stop quietly, not die with a stack trace.
    const cli = join(ROOT, 'dist', 'cli.js');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" --no-turbo-fast-api-calls "${cli}" --plan --engine flite "${SAMPLE}" | true`], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|node:events/);
  });
});

describe('failures a user can cause', () => {
  const bad = join(dir, 'bad');
  beforeAll(() => {
    execFileSync('mkdir', ['-p', bad]);
    execFileSync('sh', ['-c', `printf '' > "${bad}/empty.txt"; printf '\\211PNG\\r\\n\\032\\n\\0\\0\\0\\rIHDR' > "${bad}/photo.txt"; printf 'Just a headline\\n' > "${bad}/headline-only.txt"; printf 'Short story\\n\\nIt rained today in the town.\\n' > "${bad}/good.txt"; echo x > "${bad}/notes.pdf"`]);
  });

  it.each([
    ['a missing file', ['missing.txt'], 3, /Input not found/],
    ['an empty file', ['empty.txt'], 3, /empty/],
    ['a binary file', ['photo.txt'], 3, /binary/],
    ['a headline with no body', ['headline-only.txt'], 3, /no body/],
    ['an unknown extension', ['notes.pdf'], 3, /unsupported file type/],
    ['an unknown option', ['good.txt', '--shout'], 2, /unknown option/],
    ['a bad engine', ['good.txt', '--engine', 'espeak'], 2, /Allowed choices/],
    ['an unknown Flite voice', ['good.txt', '--engine', 'flite', '--voice', 'body=robot'], 7, /Unknown flite voice "robot"/],
    ['a malformed --voice', ['good.txt', '--voice', 'narrator'], 7, /not role=NAME/],
    ['a missing config file', ['good.txt', '--config', 'nope.json'], 7, /Cannot read config file/],
  ])('%s: one clear line and its own exit code', async (_name, args, code, message) => {
    const run = await runCli([...args.map((a) => (a.includes('.') && !a.startsWith('-') ? join(bad, a) : a)), '--out', join(dir, 'bad-out')], { env });
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(existsSync(join(dir, 'bad-out')) ? readdirSync(join(dir, 'bad-out')).filter((n) => n.endsWith('.mp3')) : []).toEqual([]);
  });

  it('in a batch, a bad article fails alone: the others are written and the exit code says some failed', async () => {
    const batchOut = join(dir, 'batch-out');
    const run = await runCli([join(bad, 'empty.txt'), join(bad, 'good.txt'), join(bad, 'photo.txt'), '--engine', 'flite', '--out', batchOut], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('good.mp3');
    expect(run.stderr).toMatch(/empty\.txt.*empty/);
    expect(run.stderr).toMatch(/photo\.txt.*binary/);
    expect(readdirSync(batchOut).filter((n) => n.endsWith('.mp3'))).toEqual(['good.mp3']);
  });
});
