import { describe, expect, it } from 'vitest';
import { decodeJob, loudnessFilter, muxJob, pieceEncodeJob } from '../../src/audio/args.ts';
import { ebur128Job } from '../helpers/probe.ts';
import { fluentArgs, jobArgs } from '../../src/audio/ffmpeg.ts';

/** The value that follows a flag (the first occurrence). */
const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

const target = { integratedLufs: -16, truePeakDb: -1.5 };

describe('decodeJob', () => {
  it('decodes the first audio stream to raw s16le mono 44.1 kHz', () => {
    const args = jobArgs(decodeJob('in clip.mp3', '/w/clip-1.pcm', 'clip 1'));
    expect(args.slice(0, 2)).toEqual(['-i', 'in clip.mp3']);
    expect(args.at(-1)).toBe('/w/clip-1.pcm');
    expect(after(args, '-map')).toBe('0:a:0');
    expect(after(args, '-ar')).toBe('44100');
    expect(after(args, '-ac')).toBe('1');
    expect(after(args, '-f')).toBe('s16le');
    expect(after(args, '-c:a')).toBe('pcm_s16le');
  });
});

describe('loudnessFilter', () => {
  it('applies the gain, then limits sample peaks 1 dB under the true-peak ceiling for the MP3 overshoot', () => {
    expect(loudnessFilter(3.456, target)).toBe('volume=3.46dB,alimiter=limit=0.7499:attack=5:release=50:level=disabled');
  });
  it('keeps the limit inside what alimiter accepts', () => {
    expect(loudnessFilter(0, { ...target, truePeakDb: 2 })).toContain('limit=1.0000');
    expect(loudnessFilter(0, { ...target, truePeakDb: -40 })).toContain('limit=0.0625');
  });
});

describe('pieceEncodeJob and muxJob (the split encode)', () => {
  const piece = { pcm: '/w/piece-0.pcm', bitrateKbps: 64, outFile: '/w/piece-0.raw.mp3' };
  const mux = { frames: '/w/frames.mp3', metadataFile: '/w/meta.txt', outFile: '/out/.x.mp3.part' };

  it('encodes a piece to bare CBR MP3 frames with the bit reservoir off', () => {
    const args = jobArgs(pieceEncodeJob(piece));
    expect(args.slice(0, 8)).toEqual(['-f', 's16le', '-ar', '44100', '-ac', '1', '-i', '/w/piece-0.pcm']);
    expect(after(args, '-c:a')).toBe('libmp3lame');
    expect(after(args, '-b:a')).toBe('64k');
    expect(args).not.toContain('-q:a'); // -q:a would make it VBR
    expect(after(args, '-reservoir')).toBe('0');
    expect(after(args, '-write_xing')).toBe('0');
    expect(after(args, '-id3v2_version')).toBe('0');
    expect(args.slice(-3)).toEqual(['-f', 'mp3', '/w/piece-0.raw.mp3']);
    expect(args).not.toContain('-af');
  });

  it('adds the loudness gain and limiter to each piece, staying at 44.1 kHz', () => {
    const args = jobArgs(pieceEncodeJob({ ...piece, loudness: { target, gainDb: -2 } }));
    expect(after(args, '-af')).toBe(loudnessFilter(-2, target));
    expect(args.lastIndexOf('-ar')).toBeGreaterThan(args.indexOf('-af'));
    expect(args[args.lastIndexOf('-ar') + 1]).toBe('44100');
  });

  it('muxes the joined frames unchanged with ID3v2.3, chapters and tags from the ffmetadata input, and an Info frame', () => {
    const args = jobArgs(muxJob(mux));
    expect(args.slice(0, 7)).toEqual(['-f', 'mp3', '-i', '/w/frames.mp3', '-f', 'ffmetadata', '-i']);
    expect(after(args, '-map_metadata')).toBe('1');
    expect(after(args, '-map_chapters')).toBe('1');
    expect(after(args, '-c:a')).toBe('copy');
    expect(after(args, '-id3v2_version')).toBe('3');
    expect(after(args, '-write_xing')).toBe('1');
    expect(args.slice(-3)).toEqual(['-f', 'mp3', '/out/.x.mp3.part']);
    expect(args).not.toContain('2:v');
  });

  it('maps a cover as an attached front-cover picture', () => {
    const args = jobArgs(muxJob({ ...mux, coverFile: '/c/cover art.png' }));
    expect(args.slice(args.indexOf('/c/cover art.png') - 1, args.indexOf('/c/cover art.png') + 1)).toEqual(['-i', '/c/cover art.png']);
    expect(args.join(' ')).toContain('-map 0:a -map 2:v');
    expect(after(args, '-c:v')).toBe('copy');
    expect(after(args, '-disposition:v')).toBe('attached_pic');
    expect(after(args, '-metadata:s:v')).toBe('comment=Cover (front)');
  });
});

describe('fluent-ffmpeg builds exactly our arguments', () => {
  // fluent-ffmpeg splits an option array element holding exactly one space; the wrapper must not let it.
  it.each([
    ['decode', decodeJob('a b.wav', 'c d.pcm', 'x')],
    ['encode a piece with loudness', pieceEncodeJob({ pcm: 'e f.pcm', bitrateKbps: 96, outFile: 'o.mp3', loudness: { target, gainDb: 1.5 } })],
    ['mux with cover', muxJob({ frames: 'f g.mp3', metadataFile: 'm.txt', outFile: 'o.mp3', coverFile: 'cover art.png' })],
    ['ebur128', ebur128Job('my file.mp3')],
  ])('%s', (_name, job) => {
    expect(fluentArgs(job)).toEqual(jobArgs(job));
  });

  it('keeps "comment=Cover (front)" as one argument', () => {
    const args = fluentArgs(muxJob({ frames: 'e.mp3', metadataFile: 'm.txt', outFile: 'o.mp3', coverFile: 'c.png' }));
    expect(args).toContain('comment=Cover (front)');
    expect(args).not.toContain('(front)');
  });

  it('refuses a lone option that fluent-ffmpeg would split', () => {
    expect(() => fluentArgs({ label: 'x', inputs: [{ file: 'a', options: ['-x y'] }], outputs: [{ file: 'b' }] })).toThrow(/would be split/);
  });
});
