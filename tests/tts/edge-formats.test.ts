// The Edge engine's output-format fallback, against the local Edge-protocol server: when the service
// answers audio-24khz-96kbitrate-mono-mp3 with no audio but has audio for the 48 kbit/s format, the
// engine switches to that one for the rest of the run (and its cache-key version says so).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMp3 } from '../../src/tts/edge-mp3.ts';
import { runEdgeJob } from '../helpers/edge-client.ts';
import type { SegmentOutcome } from '../helpers/edge-run.ts';
import { startEdgeServer, type EdgeServer } from '../helpers/edge-server.ts';

const HIGH = 'audio-24khz-96kbitrate-mono-mp3';
const LOW = 'audio-24khz-48kbitrate-mono-mp3';
const dir = mkdtempSync(join(tmpdir(), 'edge-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAST = { attempts: 3, backoffMs: 20, maxBackoffMs: 100, timeoutMs: 3000, timeoutPerCharMs: 2 };

async function run(s: EdgeServer, count: number, concurrency: number) {
  const segments = Array.from({ length: count }, (_, i) => ({
    text: `Sentence number ${i + 1} of the story, read aloud.`,
    voice: i % 2 ? 'en-US-AriaNeural' : 'en-US-GuyNeural',
    label: `segment ${i + 1}`,
    outFile: join(dir, `c${concurrency}-${i}.mp3`),
  }));
  const { result } = await runEdgeJob<{ version: string; outcomes: SegmentOutcome[] }>(
    { action: 'synthesize', options: { concurrency, proxy: s.proxyUrl, ...FAST }, segments },
    { caFile: s.caFile },
  );
  return result;
}

/** CBR bitrate from the frames' bytes and duration, rounded to the nearest 8 kbit/s step. */
const kbpsOf = (file: string) => {
  const mp3 = readMp3(readFileSync(file));
  return Math.round((mp3.data.length * 8) / mp3.durationMs / 8) * 8;
};

describe('Edge output formats', () => {
  it('falls back to 48 kbit/s for the rest of the run when 96 kbit/s comes back without audio', async () => {
    const s = await startEdgeServer({ formats: [LOW] });
    try {
      const result = await run(s, 4, 1);
      for (const o of result.outcomes) {
        if (!o.ok) throw new Error(`${o.label}: ${o.message}`);
        expect(kbpsOf(o.file), o.label).toBe(48);
      }
      const formats = s.ssmlRequests.map((r) => r.outputFormat);
      // One audio-less 96k answer, then 48k only: the first segment's retry and every later segment.
      expect(formats).toEqual([HIGH, LOW, LOW, LOW, LOW]);
      expect(result.version).toContain(LOW);
      expect(s.requests.flatMap((r) => r.errors)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('switches every request in flight, not only the one that found out', async () => {
    const s = await startEdgeServer({ formats: [LOW] });
    try {
      const result = await run(s, 6, 3);
      expect(result.outcomes.every((o) => o.ok)).toBe(true);
      const formats = s.ssmlRequests.map((r) => r.outputFormat);
      expect(formats.filter((f) => f === HIGH).length).toBeLessThanOrEqual(3); // at most the first wave
      expect(formats.filter((f) => f === LOW).length).toBe(6);
    } finally {
      await s.close();
    }
  });

  it('keeps 96 kbit/s when the service serves it', async () => {
    const s = await startEdgeServer();
    try {
      const result = await run(s, 2, 1);
      for (const o of result.outcomes) if (o.ok) expect(kbpsOf(o.file)).toBe(96);
      expect(s.ssmlRequests.map((r) => r.outputFormat)).toEqual([HIGH, HIGH]);
      expect(result.version).toContain(HIGH);
    } finally {
      await s.close();
    }
  });

  it('fails as before when neither format has audio (no endless switching)', async () => {
    const s = await startEdgeServer({ formats: [] });
    try {
      const result = await run(s, 1, 1);
      const [o] = result.outcomes;
      expect(o?.ok).toBe(false);
      if (o && !o.ok) expect(o.message).toMatch(/segment 1.*3 attempts/);
      expect(s.ssmlRequests.map((r) => r.outputFormat)).toEqual([HIGH, LOW, HIGH, HIGH]);
    } finally {
      await s.close();
    }
  });
});
