// Runs the compiled CLI (dist/cli.js, what users run) in this process and reports its peak RSS (JS heap,
// worker threads and WASM memory included; ffmpeg's own processes are not) as one JSON line on stderr,
// for scripts/bench.ts. Plain JavaScript, so nothing compiles TypeScript in the measured process.
import { main } from '../dist/cli.js';

const code = await main(process.argv.slice(2));
process.stderr.write(`BENCH ${JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
