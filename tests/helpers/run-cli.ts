// Runs the real CLI as a user does (`npm run narrate` = node --no-turbo-fast-api-calls --max-semi-space-size=1
// dist/cli.js, built from src/).
import { ROOT, runChild, type ChildRun } from './run-child.ts';

export { ROOT };
export type CliRun = Omit<ChildRun, 'ms'>;

/** `timeoutMs`: fail (after killing it) when the CLI has not exited by then, e.g. a hang. */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  return runChild(['--no-turbo-fast-api-calls', '--max-semi-space-size=1', `${ROOT}dist/cli.js`, ...args], {
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    // stdin is closed at once (empty) unless given, so "-" never waits for a terminal.
    input: options.input ?? '',
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    what: 'narrate',
  });
}
