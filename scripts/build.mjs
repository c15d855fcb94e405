// Compiles src/ to dist/ (what `npm run narrate`, `npm run serve` and the `audio-edition` bin run).
// Run by `npm run build`, and by npm itself as `prepare` on every `npm install` / `npm ci`, so a fresh
// clone is ready after the README's one install command. Plain JavaScript: it runs before anything
// can compile TypeScript for it.
//
// tsc, not a bundler: tsc is already the project's type checker, the output mirrors src/ file for file
// (stack traces under --debug read like the source), and the sources' dynamic import()s already load
// each command's modules lazily, which is what start-up time needs (measured: a bundle would save a few
// ms of module resolution, not worth a second toolchain). Type errors are left to `npm test`
// (`tsc --noEmit`); the build only emits (noCheck), which takes a third of the time.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// A file deleted or renamed in src/ must not live on in dist/.
rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write(`build failed: tsc exited with ${result.status ?? result.signal}\n`);
  process.exit(1);
}
// The Flite worker is plain JavaScript, loaded by URL next to flite.js: tsc does not copy it.
cpSync(join(root, 'src', 'tts', 'flite-worker.mjs'), join(root, 'dist', 'tts', 'flite-worker.mjs'));
// The NLP library's worker (and its in-process fallback), plain CommonJS for the same reason.
cpSync(join(root, 'src', 'script', 'name-tags-worker.cjs'), join(root, 'dist', 'script', 'name-tags-worker.cjs'));
// The web pages' own script and stylesheet, copied into each output folder from next to write-pages.js.
cpSync(join(root, 'src', 'publish', 'pages', 'assets'), join(root, 'dist', 'publish', 'pages', 'assets'), { recursive: true });
// The `audio-edition` bin (npm sets this on install; a clone runs dist/cli.js directly too).
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
// What tests/build-dist.ts compares with the sources' times to tell whether dist/ is stale.
writeFileSync(join(root, 'dist', '.built'), `${new Date().toISOString()}\n`);
