// argv → options → one command. The only place that prints errors and decides exit codes.
// A command's modules (and through them ffmpeg, the engines, the readers) are imported only once the
// arguments ask for that command, so `--help`, `--version` and usage errors start in the time commander takes.
import { CommanderError } from 'commander';
import { loadConfig } from '../config.ts';
import { createRunContext, type RunContext } from '../core/run-context.ts';
import { ExitCode, toAppError, usageError } from '../errors.ts';
import type { Command } from './commands/types.ts';
import { formatError } from './exit-code.ts';
import { processIo, silencedOnAbort, type Io } from './io.ts';
import { buildProgram, type Flags } from './program.ts';

const commands: Record<'narrate' | 'plan' | 'list-voices', () => Promise<Command>> = {
  narrate: async () => (await import('./commands/narrate.ts')).narrate,
  plan: async () => (await import('./commands/plan.ts')).plan,
  'list-voices': async () => (await import('./commands/list-voices.ts')).listVoices,
};

function commandFor(flags: Flags): keyof typeof commands {
  if (flags.plan && flags.listVoices) throw usageError('--plan and --list-voices cannot be combined.');
  return flags.listVoices ? 'list-voices' : flags.plan ? 'plan' : 'narrate';
}

/** Runs the CLI with `argv` (no node/script part); resolves with the exit code. */
export async function main(argv: string[], io: Io = processIo, ctx: RunContext = createRunContext()): Promise<number> {
  const program = buildProgram()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  let flags: Flags;
  let inputs: string[];
  try {
    program.parse(argv, { from: 'user' });
    flags = program.opts<Flags>();
    inputs = program.processedArgs[0] as string[];
  } catch (error) {
    // --help and --version are successes; everything else commander rejects is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    throw error;
  }
  const quietIo = silencedOnAbort(io, ctx.signal);
  try {
    const command = await commands[commandFor(flags)]();
    const config = loadConfig({
      ...(flags.config ? { file: flags.config } : {}),
      overrides: {
        ...(flags.out ? { outDir: flags.out } : {}),
        ...(flags.cover ? { cover: flags.cover } : {}),
        ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
        ...(flags.engine ? { engine: flags.engine } : {}),
        ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
        // HTTPS_PROXY is read by the Edge engine itself, after --proxy and the config file's proxy.
        ...(flags.proxy ? { proxy: flags.proxy } : {}),
        ...(flags.followSymlinks ? { followSymlinks: true } : {}),
        voices: flags.voice,
      },
    });
    return await command({ inputs, flags, config, io: quietIo, ctx });
  } catch (error) {
    const appError = toAppError(error);
    quietIo.stderr(formatError(appError, Boolean(flags.debug)));
    return appError.exitCode;
  } finally {
    await ctx.close();
  }
}
