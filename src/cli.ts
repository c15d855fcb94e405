#!/usr/bin/env node
// The `npm run narrate` entry: one run context whose signal Ctrl-C and SIGTERM abort, then main().
// First, so that it runs before any other module's code: see regexp-native.ts.
import './core/regexp-native.ts';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRunContext, type RunContext } from './core/run-context.ts';
import { ExitCode } from './errors.ts';
import { main } from './cli/main.ts';

export { main };

/** The shell's convention, 128 + signal number: 130 for Ctrl-C (SIGINT), 143 for SIGTERM. */
export const signalExitCode = (signal: 'SIGINT' | 'SIGTERM'): number => (signal === 'SIGINT' ? ExitCode.interrupted : 143);

/**
 * Ctrl-C or SIGTERM: abort the run (engines close, ffmpeg is killed), remove its partial files and
 * scratch folder, keep every finished episode and the clip cache (a re-run resumes from it), print
 * one line, exit 130/143. The run's promises are abandoned, not awaited. A second signal exits at once.
 */
function handleSignals(ctx: RunContext): void {
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    const code = signalExitCode(signal);
    if (ctx.signal.aborted) process.exit(code);
    process.exitCode = code; // should anything end the process before finish() does
    ctx.abort();
    const clear = process.stderr.isTTY ? '\r\x1b[2K' : '';
    const finish = () => {
      process.stderr.write(`${clear}interrupted (${signal}): stopped and removed partial files; finished episodes are kept. Run the same command again to resume (synthesized clips are cached).\n`);
      process.exit(code);
    };
    ctx.cleanup().then(finish, finish);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Run as a program (also through npm's `audio-edition` bin symlink, hence the realpath). */
function isMain(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

/**
 * A reader that stops early (`--plan … | head`) closes our stdout: stop quietly, as `cat` would, instead
 * of dying on an unhandled EPIPE with a stack trace.
 */
function quietOnClosedStdout(ctx: RunContext): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    ctx.abort();
    void ctx.cleanup().finally(() => process.exit(ExitCode.ok));
  });
}

if (isMain()) {
  const ctx = createRunContext();
  handleSignals(ctx);
  quietOnClosedStdout(ctx);
  const code = await main(process.argv.slice(2), undefined, ctx);
  if (!ctx.signal.aborted) process.exitCode = code;
}
