// The CLI entry sets V8's regular-expression compiler (src/core/regexp-native.ts) before any other
// module runs: ES modules evaluate their imports in order, so it must stay the entry's first import
// (an import sorter moving it down would quietly bring back the slower first matches).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('regexp-native', () => {
  it("is the CLI entry's first import", () => {
    const source = readFileSync(new URL('../../src/cli.ts', import.meta.url), 'utf8');
    const firstImport = /^import\s[^;]*;/m.exec(source)?.[0];
    expect(firstImport).toBe("import './core/regexp-native.ts';");
  });
});
