// Runs the Edge engine in a child process for the tests: NODE_EXTRA_CA_CERTS (the test server's CA) is only
// read when a process starts, so the client side cannot run inside the test process.
//   node --import tsx tests/helpers/edge-run.ts '<job JSON>'
// prints one JSON line with the outcome on stdout.
import { readdirSync, statSync } from 'node:fs';
import { AppError } from '../../src/errors.ts';
import { createEdgeEngine, listEdgeVoices, probeEdge, type EdgeEngineOptions } from '../../src/tts/edge.ts';

export type EdgeJob =
  | { action: 'synthesize'; options: EdgeEngineOptions; warmUp?: boolean; segments: { text: string; voice: string; label: string; outFile: string }[] }
  | { action: 'probe'; proxy?: string; timeoutMs?: number }
  | { action: 'voices'; proxy?: string; language?: string };

export type SegmentOutcome =
  | { label: string; ok: true; file: string; bytes: number; words: { offsetMs: number; durationMs: number; text: string }[] }
  | { label: string; ok: false; kind: string; message: string; hint: string };

async function main(): Promise<unknown> {
  const job = JSON.parse(process.argv[2] ?? '{}') as EdgeJob;
  if (job.action === 'probe') {
    return probeEdge({ ...(job.proxy ? { proxy: job.proxy } : {}), ...(job.timeoutMs ? { timeoutMs: job.timeoutMs } : {}) });
  }
  if (job.action === 'voices') {
    return { voices: await listEdgeVoices({ ...(job.proxy ? { proxy: job.proxy } : {}), ...(job.language ? { language: job.language } : {}) }) };
  }
  const engine = await createEdgeEngine(job.options);
  if (job.warmUp) engine.warmUp?.();
  const outcomes: SegmentOutcome[] = await Promise.all(
    job.segments.map(async (s): Promise<SegmentOutcome> => {
      try {
        const clip = await engine.synthesize(s);
        return { label: s.label, ok: true, file: clip.file, bytes: statSync(clip.file).size, words: clip.words ?? [] };
      } catch (error) {
        if (error instanceof AppError) return { label: s.label, ok: false, kind: error.kind, message: error.message, hint: error.hint };
        throw error;
      }
    }),
  );
  await engine.close();
  const dirs = [...new Set(job.segments.map((s) => s.outFile.slice(0, s.outFile.lastIndexOf('/'))))];
  return { version: engine.version, outcomes, files: dirs.flatMap((d) => readdirSync(d).map((f) => `${d}/${f}`)) };
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  },
  (error: unknown) => {
    process.stdout.write(`${JSON.stringify({ crash: String((error as Error)?.stack ?? error) })}\n`);
    process.exitCode = 1;
  },
);
