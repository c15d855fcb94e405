import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeJob } from '../../src/audio/args.ts';
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';
import { gatedLoudness, measureClipLevel, planGains } from '../../src/audio/loudness.ts';
import { measureLoudness, parseEbur128Summary } from '../helpers/probe.ts';
import { makeClip } from '../helpers/audio-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'audio-loudness-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseEbur128Summary', () => {
  it('reads I, LRA and true peak from the last summary', () => {
    const stderr = `[Parsed_ebur128_0 @ 0x1] Summary:\n\n  Integrated loudness:\n    I:         -16.2 LUFS\n    Threshold: -26.4 LUFS\n\n  Loudness range:\n    LRA:         3.1 LU\n    Threshold:   -36.3 LUFS\n    LRA low:    -18.0 LUFS\n    LRA high:   -14.9 LUFS\n\n  True peak:\n    Peak:        -1.7 dBFS\n`;
    expect(parseEbur128Summary(stderr)).toEqual({ integratedLufs: -16.2, lra: 3.1, truePeakDb: -1.7 });
  });
  it('reads silence as -inf', () => {
    const stderr = 'Summary:\n    I:         -70.0 LUFS\n    LRA:         0.0 LU\n    Peak:        -inf dBFS\n';
    expect(parseEbur128Summary(stderr).truePeakDb).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('BS.1770 meter in TypeScript', () => {
  it('agrees with ffmpeg ebur128 within 0.5 LU on speech-like noise', async () => {
    for (const [amplitude, rate] of [[0.3, 16000], [0.03, 24000]] as const) {
      const clip = await makeClip(join(dir, `n-${rate}.${rate === 16000 ? 'wav' : 'mp3'}`), { seconds: 6, amplitude, sampleRate: rate, kind: 'speechlike' });
      const pcm = join(dir, `n-${rate}.pcm`);
      await runFfmpeg(decodeJob(clip, pcm, 'clip'));
      const ours = gatedLoudness((await measureClipLevel(pcm)).blocks)!.lufs;
      const theirs = (await measureLoudness(clip)).integratedLufs;
      expect(Math.abs(ours - theirs)).toBeLessThan(0.5);
    }
  });
});

describe('planGains', () => {
  const blocks = (lufs: number, n: number) => Array.from({ length: n }, () => 10 ** ((lufs + 0.691) / 10));
  const clip = (group: string, lufs: number, n: number, peakDb: number) => ({ group, blocks: blocks(lufs, n), peak: 10 ** (peakDb / 20) });

  it('brings voices to the level of the voice heard most', () => {
    const gains = planGains([clip('a', -20, 30, -6), clip('a', -20, 30, -6), clip('b', -40, 30, -25)]);
    expect(gains[0]).toBeCloseTo(gains[1]!, 6);
    expect(gains).toEqual([expect.closeTo(0, 6), expect.closeTo(0, 6), expect.closeTo(20, 6)]);
  });

  it('gives a voice heard only late its own gain, leaving the others’ as they were', () => {
    const before = planGains([clip('narrator', -20, 60, -8), clip('quote', -22, 20, -9)]);
    const after = planGains([clip('narrator', -20, 60, -8), clip('quote', -22, 20, -9), clip('late', -26, 12, -12)]);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]).toBeCloseTo(6, 6);
  });

  it('holds a boosted voice under -1 dBFS by its own peaks, not by lowering the others', () => {
    const gains = planGains([clip('narrator', -20, 60, -8), clip('peaky', -26, 20, -4)]);
    expect(gains[0]).toBeCloseTo(0, 6);
    expect(gains[1]).toBeCloseTo(3, 6); // 6 dB would match it, its peak allows 3
  });

  it('shifts everything down if a peak would pass -1 dBFS', () => {
    const gains = planGains([clip('a', -20, 30, -0.2), clip('b', -20, 30, -10)]);
    expect(gains[0]).toBeCloseTo(-0.8, 6);
    expect(gains[1]).toBeCloseTo(-0.8, 6);
  });

  it('pools short clips of one voice instead of trusting each', () => {
    // each clip alone has too few blocks; pooled they measure
    const gains = planGains([...Array.from({ length: 5 }, () => clip('quiet', -35, 3, -30)), clip('loud', -20, 40, -10)]);
    expect(new Set(gains.slice(0, 5).map((g) => g.toFixed(6))).size).toBe(1);
    expect(gains[0]! - gains[5]!).toBeCloseTo(15, 6);
  });

  it('treats an unmeasurable voice like the average voice, and caps cuts at 30 dB', () => {
    const gains = planGains([clip('tiny', -30, 2, -20), clip('loud', -10, 10, -30), clip('quiet', -30, 30, -40), clip('silent', -80, 40, -80)]);
    expect(gains[0]).toBeCloseTo(-5, 6); // (10 blocks × -20 dB + 30 × 0) / 40
    expect(gains[0]).toBeCloseTo(gains[3]!, 6);
    expect(planGains([clip('a', -65, 40, -60), clip('b', -10, 40, -30)])[1]).toBe(-30);
  });
});


describe('measureClipLevel pauses', () => {
  it('finds the pauses between sounds, not the leading or trailing silence', async () => {
    const rate = 44100;
    const tone = (ms: number) => Array.from({ length: (rate * ms) / 1000 }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 300 * i) / rate)));
    const quiet = (ms: number) => new Array<number>((rate * ms) / 1000).fill(0);
    const samples = [...quiet(200), ...tone(500), ...quiet(300), ...tone(400), ...quiet(60), ...tone(300), ...quiet(400)];
    const pcm = join(dir, 'pauses.pcm');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(pcm, Buffer.from(Int16Array.from(samples).buffer));
    const { gapsMs } = await measureClipLevel(pcm);
    // One real pause (300 ms, centred at 850 ms); the 60 ms one is too short to be a sentence end.
    expect(gapsMs).toHaveLength(1);
    expect(Math.abs(gapsMs[0]! - 850)).toBeLessThan(5);
  });
});

describe('episodeBlocks', () => {
  it('measures an episode of short clips and pauses from the clips’ bins as the episode’s own samples would', async () => {
    const { concatenatePcm } = await import('../../src/audio/pcm.ts');
    const { episodeBlocks } = await import('../../src/audio/loudness.ts');
    // Short clips (the edge blocks weigh most there), at different levels, spans cut inside them,
    // gains, odd pauses that put the clips anywhere on the 100 ms grid.
    const specs = [
      { seconds: 1, amplitude: 0.5, kind: 'tone' as const, frequency: 880 },
      { seconds: 2.3, amplitude: 0.3, kind: 'speechlike' as const },
      { seconds: 0.7, amplitude: 0.05, kind: 'speechlike' as const },
      { seconds: 3.1, amplitude: 0.2, kind: 'speechlike' as const },
    ];
    const clips = await Promise.all(
      specs.map(async (spec, i) => {
        const wav = await makeClip(join(dir, `ep-${i}.wav`), { ...spec, sampleRate: 16000 });
        const pcm = join(dir, `ep-${i}.pcm`);
        await runFfmpeg(decodeJob(wav, pcm, `clip ${i}`));
        return { pcm, level: await measureClipLevel(pcm) };
      }),
    );
    const pauses = [0, 3_337, 11_025, 20_551];
    const gains = [-3, 0, 6.5, -1];
    const parts: Parameters<typeof concatenatePcm>[0][number][] = [];
    const placed: Parameters<typeof episodeBlocks>[0][number][] = [];
    let at = 0;
    clips.forEach((clip, i) => {
      const from = 1_000 + 37 * i;
      const to = clip.level.bins.length * 441 - 2_000 - 59 * i;
      at += pauses[i]!;
      parts.push({ silenceSamples: pauses[i]! }, { file: clip.pcm, gainDb: gains[i]!, start: from, end: to });
      placed.push({ bins: clip.level.bins, from, to, at, gainDb: gains[i]! });
      at += to - from;
    });
    parts.push({ silenceSamples: 9_000 });
    const episode = join(dir, 'episode.pcm');
    const total = await concatenatePcm(parts, episode);
    const measured = gatedLoudness((await measureClipLevel(episode)).blocks)!.lufs;
    const fromClips = gatedLoudness(episodeBlocks(placed, total))!.lufs;
    expect(Math.abs(fromClips - measured)).toBeLessThan(0.05);
  });
});
