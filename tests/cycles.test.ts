// No import cycles in src/, type-only imports included: a cycle makes load order matter and hides
// which module owns what. madge reads the imports the way the TypeScript compiler resolves them.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// madge ships no type definitions: the part of its API used here.
type Madge = (path: string, config: Record<string, unknown>) => Promise<{ circular(): string[][] }>;
const madge = createRequire(import.meta.url)('madge') as Madge;

describe('imports', () => {
  it('have no cycles in src/', { timeout: 120_000 }, async () => {
    const result = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json', detectiveOptions: { ts: { skipTypeImports: false } } });
    expect(result.circular().map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
