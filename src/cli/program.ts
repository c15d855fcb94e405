// The command line's options and help (commander). What each option does is the commands' business.
import { Command, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { EngineName } from '../model.ts';
import { parseDuration } from '../sources/source-config.ts';

export interface Flags {
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
  /** --watch: milliseconds between runs. */
  watch?: number;
}

function interval(value: string): number {
  const ms = parseDuration(value);
  if (ms === null || ms < 60_000) throw new InvalidArgumentError('expected an interval of at least a minute: 30m, 2h, 1d.');
  return ms;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64.');
  return n;
}

/** package.json sits two folders above this file both in src/cli/ and in the compiled dist/cli/. */
const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

export function buildProgram(): Command {
  return new Command('narrate')
    .version(version, '-V, --version', 'print the version and exit')
    .description('Turn news articles into chaptered podcast episodes: a voice for the headline, one for the story, and one per quoted person.')
    .argument('[inputs...]', 'articles (.txt, .md, .html), folders of them, URLs, feeds, or "-" for standard input', ['input'])
    .option('-o, --out <dir>', 'folder for the episodes (default: "output", or outDir from the config)')
    .addOption(new Option('-e, --engine <name>', 'speech engine: auto uses Edge neural voices when reachable, else offline Flite').choices(['auto', 'edge', 'flite']))
    .option('--edition', 'also build one edition episode of all the articles: an introduction, a chapter per story, a closing line')
    .option('--plan', 'print the script (segments, roles, speakers, voices) as JSON on stdout; synthesize nothing (feeds: the items a run would narrate now; nothing is recorded)')
    .option('-c, --config <file>', 'JSON configuration file (see README)')
    .option('--voice <role=name>', 'voice for a role: headline, body, quote or quoteN (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--concurrency <n>', 'parallel syntheses (Flite workers are capped at the core count)', positiveInt)
    .option('--proxy <url>', 'HTTP(S) proxy for Edge TTS (default: $HTTPS_PROXY)')
    .option('--cover <image>', 'cover art (square PNG or JPEG, 1400-3000 px); default: drawn from show name and headline')
    .option('--base-url <url>', 'public URL of the output folder, for the links in output/feed.xml and the pages (embed snippet, feed address)')
    .option('--list-voices', 'list the Edge voices for the configured language and exit (needs network)')
    .option('--follow-symlinks', 'in input folders, also read symlinks that lead outside the folder')
    .option('--no-cache', 'synthesize every segment again instead of reusing cached clips')
    .option('-q, --quiet', 'print only errors and the one line per finished article')
    .option('--debug', 'on errors, show the stack and the cause chain')
    .option('--watch <interval>', 'read the inputs and sources again every interval (30m, 2h, 1d) until Ctrl-C or SIGTERM', interval)
    .addHelpText(
      'after',
      `
Examples:
  npm run narrate                                  every article in input/ and every configured source
  npm run narrate -- https://example.com/feed.xml  each new item of a feed (RSS, Atom, RDF, JSON Feed, OPML), once
  npm run narrate -- --watch 30m                   poll input/ and the sources every 30 minutes
  npm run narrate -- input/story.txt --engine flite
  npm run --silent narrate -- --plan input/story.txt
  npm run narrate -- --edition input/                one episode per article, plus today's edition
  npm run narrate -- --voice body=en-US-JennyNeural --voice quote=en-GB-RyanNeural

Exit codes: 0 ok, 1 some articles failed, 2 usage, 3 input, 4 engine, 5 ffmpeg, 6 output (incl. disk full),
  7 config, 8 network, 9 busy (another run is writing to the same --out folder; nothing was written),
  70 internal error (a bug: please report it with --debug output),
  130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
Clip cache: ${join('.cache', 'clips')} (override with AUDIO_EDITION_CACHE); delete the folder to clear it.`,
    );
}
