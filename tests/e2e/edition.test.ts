// `npm run narrate -- --edition`: three articles become three episodes plus one edition, read back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile, type IAudioMetadata } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { editionFileStem } from '../../src/edition/build-edition-script.ts';
import { ROOT, runCli, type CliRun } from '../helpers/run-cli.ts';

const ARTICLES = [
  join(ROOT, 'tests', 'fixtures', 'articles', 'wire-reuters.txt'),
  join(ROOT, 'input', 'zelenskyy-north-korea.txt'),
  join(ROOT, 'tests', 'fixtures', 'articles', 'bbc-style.txt'),
];

const dir = mkdtempSync(join(tmpdir(), 'e2e-edition-'));
const out = join(dir, 'out');
const env = { AUDIO_EDITION_CACHE: join(dir, 'cache') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--edition', () => {
  let run: CliRun;
  let edition: IAudioMetadata;
  let stories: IAudioMetadata[];
  const file = join(out, `${editionFileStem(new Date())}.mp3`);

  beforeAll(async () => {
    run = await runCli([...ARTICLES, '--edition', '--engine', 'flite', '--out', out], { env });
    edition = await parseFile(file, { duration: true });
    stories = await Promise.all(ARTICLES.map((a) => parseFile(join(out, `${a.split('/').pop()!.replace(/\.txt$/, '')}.mp3`), { duration: true })));
  }, 300_000);

  it('writes every article episode and the edition, one line each', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(4);
    expect(run.stdout).toMatch(/✓ .*edition-\d{4}-\d\d-\d\d\.mp3 .*\(\d+ from cache\)/);
  });

  it('has an introduction, then one chapter per story titled by its headline, in input order', () => {
    const titles = edition.format.chapters!.map((c) => c.title);
    expect(titles).toEqual(['Introduction', ...stories.map((s) => s.common.title)]);
    const toc = edition.native['ID3v2.3']!.find((t) => t.id === 'CTOC')!.value as { flags: { topLevel: boolean; ordered: boolean }; childElementIds: string[] };
    expect(toc.flags).toEqual({ topLevel: true, ordered: true });
    expect(toc.childElementIds).toHaveLength(titles.length);
    expect(edition.common.title).toMatch(/^The Audio Edition: \w+day, \w+ \d+, \d{4}$/);
  });

  it('starts each story chapter where its headline is spoken (±50 ms, decoded MP3)', async () => {
    const pcm = join(dir, 'edition.pcm');
    await runFfmpeg({ label: 'read back', inputs: [{ file }], globalOptions: ['-v', 'error'], outputs: [{ file: pcm, options: ['-f', 's16le', '-ac', '1', '-ar', '44100'] }] });
    const audio = readFileSync(pcm);
    const loud = (ms: number) => {
      let sum = 0;
      const from = Math.round(ms * 44.1);
      for (let i = from; i < from + 220; i++) sum += (audio.readInt16LE(i * 2) / 32768) ** 2;
      return Math.sqrt(sum / 220) > 0.01;
    };
    for (const chapter of edition.format.chapters!.slice(1)) {
      const mark = chapter.start * 1000;
      // silence just before the mark (the pause closing the previous chapter), the voice right after it
      for (let ms = mark - 300; ms < mark - 50; ms += 5) expect(loud(ms), `${chapter.title} before ${ms}`).toBe(false);
      let onset = Number.NaN;
      for (let ms = mark - 50; ms < mark + 500; ms++) {
        if (loud(ms)) {
          onset = ms;
          break;
        }
      }
      expect(Math.abs(onset - mark), chapter.title).toBeLessThanOrEqual(50);
    }
  });

  it('lasts about the sum of its stories plus the host’s lines', () => {
    const sum = stories.reduce((n, s) => n + s.format.duration!, 0);
    const extra = edition.format.duration! - sum;
    // intro (~15 s for three headlines), two transitions and the closing line; pauses differ a little
    expect(extra).toBeGreaterThan(10);
    expect(extra).toBeLessThan(90);
  });

  it('lists the edition in the feed with its chapters and transcript', () => {
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed.match(/<item>/g)).toHaveLength(4);
    expect(feed).toContain(`${editionFileStem(new Date())}.mp3`);
    expect(feed).toContain(`${editionFileStem(new Date())}.chapters.json`);
    expect(feed).toContain(`${editionFileStem(new Date())}.vtt`);
  });

  it('re-builds from a warm cache without synthesizing a story again', async () => {
    const again = await runCli([...ARTICLES, '--edition', '--engine', 'flite', '--out', join(dir, 'out2'), '--quiet'], { env });
    expect(again.code).toBe(0);
    const line = again.stdout.split('\n').find((l) => l.includes('edition-'))!;
    const m = /(\d+) segments \((\d+) from cache\)/.exec(line)!;
    expect(m[1]).toBe(m[2]);
  });
});
