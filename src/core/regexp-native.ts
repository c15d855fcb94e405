// Imported first by the CLI entry (cli.ts), before any module's regular expressions run: V8 is told to
// compile each regular expression straight to machine code instead of interpreting its first match.
//
// Why: building one script runs each of several hundred regular expressions (most of them Unicode,
// \p{L}, often case-insensitive) a few times over long paragraphs. By default V8 compiles a regular
// expression to bytecode, interprets its first match, then compiles it again to machine code; for a
// one-article run those first interpreted matches were most of the main thread's work. Measured on
// the sample (main-thread CPU of one script build, the NLP worker already warm): ~340 ms with the
// default, ~155 ms with this, the same answers (a regular expression means the same in either tier;
// this only chooses the compiler). A process that runs one pattern millions of times is unaffected:
// it ends in machine code either way.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
