// The one tag reader against music-metadata (the independent reader) on real MP3s: an episode muxed and
// patched the way assembly makes one, and a foreign MP3 with no ID3 tag at all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFile } from 'music-metadata';
import { afterAll, describe, expect, it } from 'vitest';
import { muxJob } from '../../src/audio/args.ts';
import { MANIFEST_TAG, readEpisodeTags } from '../../src/audio/episode-tags.ts';
import { buildFfmetadata } from '../../src/audio/ffmetadata.ts';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { addTableOfContents } from '../../src/audio/id3-ctoc.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-episode-tags-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tone(file: string, seconds: number, extra: string[] = []): Promise<string> {
  await runFfmpeg({
    label: `generate ${file}`,
    inputs: [{ file: `sine=frequency=440:sample_rate=44100:duration=${seconds}`, options: ['-f', 'lavfi'] }],
    globalOptions: ['-v', 'error'],
    outputs: [{ file, options: ['-ac', '1', '-c:a', 'libmp3lame', '-b:a', '64k', ...extra, '-f', 'mp3'] }],
  });
  return file;
}

describe('readEpisodeTags', () => {
  it('reads what assembly writes, as music-metadata reads it', async () => {
    const frames = await tone(join(dir, 'frames.mp3'), 2, ['-write_xing', '0', '-id3v2_version', '0']);
    const metadataFile = join(dir, 'meta.txt');
    const tags = { title: 'Ukraine’s President Speaks', artist: 'Jane Doe', description: 'A dek, with “quotes”.', [MANIFEST_TAG]: 'abc123 2000 -1.5' };
    writeFileSync(metadataFile, buildFfmetadata(tags, [{ title: 'One', startMs: 0, endMs: 1000 }, { title: 'Two', startMs: 1000, endMs: 2000 }]));
    const muxed = join(dir, 'muxed.mp3');
    await runFfmpeg(muxJob({ frames, metadataFile, outFile: muxed }));
    const episode = join(dir, 'episode.mp3');
    await addTableOfContents(muxed, episode, { comment: tags.description });

    const ours = await readEpisodeTags(episode);
    const theirs = await parseFile(episode);
    expect(ours.title).toBe(theirs.common.title);
    expect(ours.title).toBe(tags.title);
    expect(ours.artist).toBe(theirs.common.artist);
    expect(ours.comment).toBe(theirs.common.comment?.[0]?.text);
    expect(ours.description).toBe(tags.description);
    expect(ours.manifest).toEqual({ key: 'abc123', durationMs: 2000, gainDb: -1.5 });
    expect(ours.durationMs).toBe(2000);
    expect(ours.chapters).toEqual([{ title: 'One', startMs: 0, endMs: 1000 }, { title: 'Two', startMs: 1000, endMs: 2000 }]);
  });

  it('an MP3 without an ID3 tag has no tags and a duration from its bitrate', async () => {
    const bare = await tone(join(dir, 'bare.mp3'), 3, ['-write_xing', '0', '-id3v2_version', '0']);
    const ours = await readEpisodeTags(bare);
    const theirs = await parseFile(bare, { duration: true });
    expect(ours).toMatchObject({ chapters: [] });
    expect(ours.title).toBeUndefined();
    expect(ours.manifest).toBeUndefined();
    expect(Math.abs(ours.durationMs - (theirs.format.duration ?? 0) * 1000)).toBeLessThan(100);
  });
});
