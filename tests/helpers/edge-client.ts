// Starts tests/helpers/edge-run.ts in a child process that trusts the test server's CA, and returns what
// it printed. A child that does not exit on its own (a leaked socket or timer) fails the test.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EdgeJob } from './edge-run.ts';

const RUNNER = fileURLToPath(new URL('./edge-run.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface JobRun<T> {
  result: T;
  /** Wall time of the child, start to exit. */
  wallMs: number;
  stderr: string;
}

export function runEdgeJob<T = Record<string, unknown>>(job: EdgeJob, options: { caFile?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<JobRun<T>> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    delete env.HTTPS_PROXY;
    delete env.https_proxy;
    if (options.caFile) env.NODE_EXTRA_CA_CERTS = options.caFile;
    Object.assign(env, options.env);
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, JSON.stringify(job)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`edge-run did not exit within ${options.timeoutMs ?? 60_000} ms (leaked handle?). stdout: ${stdout} stderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop() ?? '';
      let parsed: T & { crash?: string };
      try {
        parsed = JSON.parse(line) as T & { crash?: string };
      } catch {
        return reject(new Error(`edge-run printed no JSON (exit ${code ?? signal}). stdout: ${stdout} stderr: ${stderr}`));
      }
      if (parsed.crash || code !== 0) return reject(new Error(`edge-run failed (exit ${code ?? signal}): ${parsed.crash ?? ''} ${stderr}`));
      resolve({ result: parsed, wallMs: Date.now() - started, stderr });
    });
  });
}
