// Runs the CLI in this process and reports its wall time and peak RSS (JS heap, worker threads and
// WASM memory included; ffmpeg's own processes are not) as one JSON line on stderr, for bench.ts.
import { main } from '../src/cli.ts';

const started = performance.now();
const code = await main(process.argv.slice(2));
process.stderr.write(`BENCH ${JSON.stringify({ code, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
