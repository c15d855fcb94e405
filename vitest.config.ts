import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests run the compiled CLI: build dist/ first when src/ is newer.
    globalSetup: ['tests/build-dist.ts'],
    // fast-check draws from a fixed seed (tests/fast-check-seed.ts): the suite is deterministic.
    setupFiles: ['tests/fast-check-seed.ts'],
    // End-to-end tests run the real CLI, Flite and ffmpeg: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Flite over WASI segfaults on Node 20 without this flag (nodejs/node#46777, #53087); forks inherit it.
    pool: 'forks',
    execArgv: ['--no-turbo-fast-api-calls'],
  },
});
