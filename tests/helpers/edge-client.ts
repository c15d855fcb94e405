// Starts tests/helpers/edge-run.ts in a child process that trusts the test server's CA, and returns what
// it printed. A child that does not exit on its own (a leaked socket or timer) fails the test.
import { fileURLToPath } from 'node:url';
import type { EdgeJob } from './edge-run.ts';
import { runChild } from './run-child.ts';

const RUNNER = fileURLToPath(new URL('./edge-run.ts', import.meta.url));

export interface JobRun<T> {
  result: T;
  /** Wall time of the child, start to exit. */
  wallMs: number;
  stderr: string;
}

export async function runEdgeJob<T = Record<string, unknown>>(job: EdgeJob, options: { caFile?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<JobRun<T>> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.HTTPS_PROXY;
  delete env.https_proxy;
  if (options.caFile) env.NODE_EXTRA_CA_CERTS = options.caFile;
  Object.assign(env, options.env);
  const { code, signal, stdout, stderr, ms } = await runChild(['--import', 'tsx', RUNNER, JSON.stringify(job)], { env, timeoutMs: options.timeoutMs ?? 60_000, what: 'edge-run' });
  const line = stdout.trim().split('\n').pop() ?? '';
  let parsed: T & { crash?: string };
  try {
    parsed = JSON.parse(line) as T & { crash?: string };
  } catch {
    throw new Error(`edge-run printed no JSON (exit ${code ?? signal}). stdout: ${stdout} stderr: ${stderr}`);
  }
  if (parsed.crash || code !== 0) throw new Error(`edge-run failed (exit ${code ?? signal}): ${parsed.crash ?? ''} ${stderr}`);
  return { result: parsed, wallMs: ms, stderr };
}
