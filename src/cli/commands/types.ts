import type { Config } from '../../config.ts';
import type { RunContext } from '../../core/run-context.ts';
import type { Io } from '../io.ts';
import type { Flags } from '../program.ts';

/** What every command gets: resolved options, where to write, and the run's context. */
export interface CommandInput {
  inputs: string[];
  flags: Flags;
  config: Config;
  io: Io;
  ctx: RunContext;
}

export type Command = (input: CommandInput) => Promise<number>;
