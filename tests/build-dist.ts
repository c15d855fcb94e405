// vitest globalSetup: the end-to-end tests spawn the compiled CLI (dist/cli.js), as users run it.
// `npm test` builds first; a single test file run by hand rebuilds here when src/ changed since.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(join(ROOT, 'dist', '.built')).mtimeMs;
  } catch {
    // never built
  }
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'tsconfig.build.json')), newest(join(ROOT, 'package.json')));
  if (sources <= built) return;
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('building dist/ failed (node scripts/build.mjs)');
}
