#!/usr/bin/env node
// argv → options → pipeline. The only file that prints errors and decides exit codes.
// The pipeline (and through it ffmpeg, the engines, the readers) is imported only once the arguments
// ask for work, so `--help`, `--version` and usage errors start in the time commander takes.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, type Config } from './config.ts';
import { AppError, ExitCode, toAppError, usageError } from './errors.ts';
import type { EngineName } from './model.ts';
import type { ArticleResult, Reporter } from './pipeline.ts';
import { planJson } from './script/plan.ts';
import { createReporter, resultLine } from './progress.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/** Set once a signal arrived: the abandoned pipeline's last words (failures it sees as the engine closes) are not printed. */
let interrupted = false;

const defaultIo: Io = {
  stdout: (t) => void (interrupted || process.stdout.write(t)),
  stderr: (t) => void (interrupted || process.stderr.write(t)),
  isTTY: Boolean(process.stderr.isTTY),
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64.');
  return n;
}

/** package.json sits one folder above this file both in src/ and in the compiled dist/. */
const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

function buildProgram(): Command {
  return new Command('narrate')
    .version(version, '-V, --version', 'print the version and exit')
    .description('Turn news articles into chaptered podcast episodes: a voice for the headline, one for the story, and one per quoted person.')
    .argument('[inputs...]', 'articles (.txt, .md, .html), folders of them, URLs, or "-" for standard input', ['input'])
    .option('-o, --out <dir>', 'folder for the episodes (default: "output", or outDir from the config)')
    .addOption(new Option('-e, --engine <name>', 'speech engine: auto uses Edge neural voices when reachable, else offline Flite').choices(['auto', 'edge', 'flite']))
    .option('--edition', 'also build one edition episode of all the articles: an introduction, a chapter per story, a closing line')
    .option('--plan', 'print the script (segments, roles, speakers, voices) as JSON on stdout; synthesize nothing')
    .option('-c, --config <file>', 'JSON configuration file (see README)')
    .option('--voice <role=name>', 'voice for a role: headline, body, quote or quoteN (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--concurrency <n>', 'parallel syntheses (Flite workers are capped at the core count)', positiveInt)
    .option('--proxy <url>', 'HTTP(S) proxy for Edge TTS (default: $HTTPS_PROXY)')
    .option('--cover <image>', 'cover art (square PNG or JPEG, 1400-3000 px); default: drawn from show name and headline')
    .option('--base-url <url>', 'public URL of the output folder, used for links in output/feed.xml')
    .option('--list-voices', 'list the Edge voices for the configured language and exit (needs network)')
    .option('--follow-symlinks', 'in input folders, also read symlinks that lead outside the folder')
    .option('--no-cache', 'synthesize every segment again instead of reusing cached clips')
    .option('-q, --quiet', 'print only errors and the one line per finished article')
    .option('--debug', 'on errors, show the stack and the cause chain')
    .addHelpText(
      'after',
      `
Examples:
  npm run narrate                                  every article in input/ → output/<name>.mp3
  npm run narrate -- input/story.txt --engine flite
  npm run --silent narrate -- --plan input/story.txt
  npm run narrate -- --edition input/                one episode per article, plus today's edition
  npm run narrate -- --voice body=en-US-JennyNeural --voice quote=en-GB-RyanNeural

Exit codes: 0 ok, 1 some articles failed, 2 usage, 3 input, 4 engine, 5 ffmpeg, 6 output (incl. disk full),
  7 config, 8 network, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
Clip cache: ${join('.cache', 'clips')} (override with AUDIO_EDITION_CACHE); delete the folder to clear it.`,
    );
}

interface Flags {
  out?: string;
  engine?: EngineName | 'auto';
  plan?: boolean;
  edition?: boolean;
  config?: string;
  voice: string[];
  concurrency?: number;
  proxy?: string;
  followSymlinks?: boolean;
  listVoices?: boolean;
  cover?: string;
  baseUrl?: string;
  cache: boolean;
  quiet?: boolean;
  debug?: boolean;
}

function formatError(error: AppError, debug: boolean): string {
  let text = `error: ${error.message}${error.hint ? ` ${error.hint}` : ''}\n`;
  if (debug) {
    let cause: unknown = error;
    while (cause) {
      text += `${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`;
      cause = cause instanceof Error ? cause.cause : undefined;
      if (cause) text += 'caused by: ';
    }
  }
  return text;
}

/** One article: its own exit code. A batch: "some failed", unless all failed for the same reason. */
function exitCodeFor(results: ({ ok: true } | ArticleResult)[]): number {
  const failed = results.filter((r): r is Extract<ArticleResult, { ok: false }> => !r.ok);
  if (failed.length === 0) return ExitCode.ok;
  if (failed.length === results.length && new Set(failed.map((f) => f.error.exitCode)).size === 1) return failed[0]!.error.exitCode;
  return ExitCode.partial;
}

async function listVoices(config: Config, io: Io): Promise<number> {
  const { listEdgeVoices } = await import('./tts/edge.ts');
  const voices = await listEdgeVoices({ ...(config.proxy ? { proxy: config.proxy } : {}), language: config.language });
  for (const v of voices) io.stdout(`${v.shortName}\t${v.locale}\t${v.gender}\n`);
  return ExitCode.ok;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
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
    if (error instanceof CommanderError) {
      // --help and --version are successes; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw error;
  }

  let cacheDir: string | null = null;
  const { chooseEngine, defaultCacheDir, makeTempDir, narrate, planRun, removeTempDir } = await import('./pipeline.ts');
  try {
    if (flags.plan && flags.listVoices) throw usageError('--plan and --list-voices cannot be combined.');
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
    if (flags.listVoices) return await listVoices(config, io);

    const choice = await chooseEngine(config);
    const reporter: Reporter = createReporter({ io, quiet: Boolean(flags.quiet || flags.plan) });

    // On stderr, so --plan's stdout stays pure JSON; with --plan only when auto chose (whose voices?).
    if (!flags.quiet && (!flags.plan || config.engine === 'auto')) io.stderr(`Engine: ${choice.name} (${choice.reason}).\n`);
    if (flags.plan) {
      const { scripts, failures } = await planRun(inputs, config, choice.name);
      for (const f of failures) io.stderr(`${resultLine(f)}\n`);
      if (flags.edition && scripts.length) {
        const { buildEditionScript } = await import('./edition/build-edition-script.ts');
        const { orderScripts } = await import('./edition/order-scripts.ts');
        scripts.push(buildEditionScript(orderScripts(scripts, config.editionOrder), { config, engine: choice.name, date: new Date() }));
      }
      if (scripts.length) io.stdout(`${planJson(scripts)}\n`);
      return exitCodeFor([...failures, ...scripts.map(() => ({ ok: true }) as const)]);
    }

    if (flags.cache) cacheDir = null;
    else cacheDir = await makeTempDir('nocache');
    const results = await narrate({ inputs, config, engine: choice.name, cacheDir: cacheDir ?? defaultCacheDir(), reporter, ...(flags.edition ? { edition: { date: new Date() } } : {}) });
    return exitCodeFor(results);
  } catch (error) {
    const appError = toAppError(error);
    io.stderr(formatError(appError, Boolean(flags.debug)));
    return appError.exitCode;
  } finally {
    if (cacheDir) await removeTempDir(cacheDir);
  }
}

/** The shell's convention, 128 + signal number: 130 for Ctrl-C (SIGINT), 143 for SIGTERM. */
export const signalExitCode = (signal: 'SIGINT' | 'SIGTERM'): number => (signal === 'SIGINT' ? ExitCode.interrupted : 143);

/**
 * Ctrl-C or SIGTERM: stop synthesis and ffmpeg, remove partial files and temp folders, keep every
 * finished episode and the clip cache (a re-run resumes from it), print one line, exit 130/143.
 * A second signal while cleaning up exits at once.
 */
function handleSignals(): void {
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    const code = signalExitCode(signal);
    if (interrupted) process.exit(code);
    interrupted = true;
    process.exitCode = code; // should anything end the process before finish() does
    const clear = process.stderr.isTTY ? '\r\x1b[2K' : '';
    const finish = () => {
      process.stderr.write(`${clear}interrupted (${signal}): stopped and removed partial files; finished episodes are kept. Run the same command again to resume (synthesized clips are cached).\n`);
      process.exit(code);
    };
    import('./pipeline.ts').then(({ abortRun }) => abortRun()).then(finish, finish);
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

if (isMain()) {
  handleSignals();
  const code = await main(process.argv.slice(2));
  if (!interrupted) process.exitCode = code;
}
