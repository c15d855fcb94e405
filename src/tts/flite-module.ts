// Compiles Flite's WebAssembly module without its data: a compiled module keeps a copy of the bytes
// it was compiled from for as long as it lives, and 17 of Flite's 21.5 MB are the voices' data
// segment (4 more are debug sections nothing reads). Compiled from the code alone, the module holds
// ~0.2 MB; each worker copies the data segments from the file into a new instance's memory instead
// (flite-worker.mjs), which is what instantiation would have done with the module's own copy. The file
// is read section by section, so the 21.5 MB are never in memory at once either (a few small reads:
// synchronous, once per process).
//
// The module is also made to import its memory (env.memory) instead of defining it: each worker then
// keeps one memory for all its syntheses, zeroes it and copies the data in again before each one,
// rather than making a fresh 17+ MB memory per synthesis whose predecessor only a full GC frees
// (measured on the sample: two GCs and the copy into fresh pages were ~20% of each worker's time).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** An active data segment: `length` bytes at `fileOffset` of the file go to `memoryOffset`. */
export interface DataSegment {
  memoryOffset: number;
  fileOffset: number;
  length: number;
}

/** The limits of the memory the slimmed module imports, in 64 KiB pages. */
export interface MemoryLimits {
  initial: number;
  maximum?: number;
}

export interface FliteModule {
  module: WebAssembly.Module;
  /**
   * The data the module was compiled without, to copy into each instance before it starts (null
   * when the module kept its data). `fd` is the wasm file, open for the life of the process: every
   * worker reads it by position, and a file replaced on disk (npm install) cannot change under it.
   */
  data: { fd: number; segments: DataSegment[]; memory: MemoryLimits } | null;
}

const SECTION = { custom: 0, import: 2, memory: 5, start: 8, data: 11, dataCount: 12 } as const;

class Reader {
  private buffer: Buffer = Buffer.alloc(0);
  private start = 0;

  /** Reads the file `fd`, or (fd -1) the bytes given. */
  constructor(private readonly fd: number, readonly size: number, whole?: Buffer) {
    if (whole) this.buffer = whole;
  }

  /** Bytes [at, at + n) of the file (n small, or a section the module keeps). */
  bytes(at: number, n: number): Buffer {
    if (at < this.start || at + n > this.start + this.buffer.length) {
      this.start = at;
      this.buffer = Buffer.alloc(Math.min(Math.max(n, 64 * 1024), this.size - at));
      const bytesRead = readSync(this.fd, this.buffer, 0, this.buffer.length, at);
      this.buffer = this.buffer.subarray(0, bytesRead);
      if (bytesRead < n) throw new Error(`the file ends at byte ${at + bytesRead}, inside a section`);
    }
    return this.buffer.subarray(at - this.start, at - this.start + n);
  }

  /** An unsigned (or signed) LEB128 number at `at`, and where it ends. */
  leb(at: number, signed = false): { value: number; next: number } {
    const bytes = this.bytes(at, Math.min(5, this.size - at));
    let value = 0;
    let shift = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if ((byte & 0x80) === 0) {
        if (signed && byte & 0x40) value -= 2 ** shift;
        return { value, next: at + i + 1 };
      }
    }
    throw new Error(`a malformed number at byte ${at}`);
  }
}

/**
 * The active segments of the data section at [at, end), or null when any is not the plain kind
 * (memory 0, a constant offset) that can be copied in before the instance starts.
 */
function activeSegments(reader: Reader, at: number, end: number): DataSegment[] | null {
  const count = reader.leb(at);
  const segments: DataSegment[] = [];
  let cursor = count.next;
  for (let i = 0; i < count.value; i++) {
    const kind = reader.leb(cursor);
    // Kind 0 with `i32.const n; end` as its offset: the common form of a C program's .rodata/.data.
    if (kind.value !== 0 || (reader.bytes(kind.next, 1))[0] !== 0x41) return null;
    const offset = reader.leb(kind.next + 1, true);
    if ((reader.bytes(offset.next, 1))[0] !== 0x0b || offset.value < 0) return null;
    const length = reader.leb(offset.next + 1);
    segments.push({ memoryOffset: offset.value, fileOffset: length.next, length: length.value });
    cursor = length.next + length.value;
  }
  return cursor === end ? segments : null;
}

/** An unsigned LEB128 encoding of n. */
function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}

const name = (text: string) => [...leb(text.length), ...Buffer.from(text)];

/** The one plain (unshared, 32-bit) memory a memory section at [at, end) defines, or null. */
function memoryLimits(reader: Reader, at: number, end: number): MemoryLimits | null {
  const count = reader.leb(at);
  if (count.value !== 1) return null;
  const flags = reader.bytes(count.next, 1)[0]!;
  if (flags !== 0 && flags !== 1) return null;
  const initial = reader.leb(count.next + 1);
  if (flags === 0) return initial.next === end ? { initial: initial.value } : null;
  const maximum = reader.leb(initial.next);
  return maximum.next === end ? { initial: initial.value, maximum: maximum.value } : null;
}

/** An import section's body with one more entry: env.memory with these limits. */
function withMemoryImport(body: Buffer | null, limits: MemoryLimits): Buffer {
  const reader = body ? new Reader(-1, body.length, body) : null;
  const count = reader ? reader.leb(0) : { value: 0, next: 0 };
  const entry = [...name('env'), ...name('memory'), 0x02, ...(limits.maximum === undefined ? [0x00, ...leb(limits.initial)] : [0x01, ...leb(limits.initial), ...leb(limits.maximum)])];
  return Buffer.concat([Buffer.from(leb(count.value + 1)), body ? body.subarray(count.next) : Buffer.alloc(0), Buffer.from(entry)]);
}

const sectionBytes = (id: number, body: Buffer) => Buffer.concat([Buffer.from([id, ...leb(body.length)]), body]);

/**
 * The module's bytes without its data and custom sections and with its memory imported, the segments
 * left out, and the memory's limits.
 */
function slim(fd: number, size: number): { bytes: Uint8Array<ArrayBuffer>; segments: DataSegment[]; memory: MemoryLimits } | null {
  const reader = new Reader(fd, size);
  const header = reader.bytes(0, 8);
  if (header.readUInt32LE(0) !== 0x6d736100 || header.readUInt32LE(4) !== 1) return null; // "\0asm", version 1
  const kept: Buffer[] = [Buffer.from(header)]; // copies: the reader reuses its buffer
  let segments: DataSegment[] = [];
  let memory: MemoryLimits | null = null;
  /** Where the import section is (or would go: sections are in id order) in `kept`, and its body. */
  let imports: { index: number; body: Buffer | null } | null = null;
  for (let at = 8; at < size; ) {
    const id = (reader.bytes(at, 1))[0]!;
    const length = reader.leb(at + 1);
    const end = length.next + length.value;
    if (end > size) return null;
    // A start function would run before the data is copied in; memory.init needs the segments.
    if (id === SECTION.start || id === SECTION.dataCount) return null;
    if (id !== SECTION.custom && id > SECTION.import && !imports) imports = { index: kept.length, body: null };
    if (id === SECTION.data) {
      const found = activeSegments(reader, length.next, end);
      if (!found) return null;
      segments = found;
    } else if (id === SECTION.memory) {
      memory = memoryLimits(reader, length.next, end);
      if (!memory) return null;
    } else if (id === SECTION.import) {
      imports = { index: kept.length, body: Buffer.from(reader.bytes(length.next, length.value)) };
      kept.push(Buffer.alloc(0)); // written below, once the memory's limits are known
    } else if (id !== SECTION.custom) {
      kept.push(Buffer.from(reader.bytes(at, end - at)));
    }
    at = end;
  }
  // A module that imports its memory already, or has none, is left as it is.
  if (!memory || !imports) return null;
  const section = sectionBytes(SECTION.import, withMemoryImport(imports.body, memory));
  if (imports.body) kept[imports.index] = section;
  else kept.splice(imports.index, 0, section);
  const bytes = new Uint8Array(kept.reduce((n, b) => n + b.length, 0));
  kept.reduce((at, b) => (bytes.set(b, at), at + b.length), 0);
  return { bytes, segments, memory };
}

/** Compiles the module at `path`, without its data when it can (see the top of this file). */
export async function compileFliteModule(path: string): Promise<FliteModule> {
  const fd = openSync(path, 'r');
  let keepOpen = false;
  try {
    const { size } = fstatSync(fd);
    let slimmed: ReturnType<typeof slim>;
    try {
      slimmed = slim(fd, size);
    } catch {
      slimmed = null; // not a module this reader understands: let V8 have the whole file and say why
    }
    if (!slimmed) return { module: await WebAssembly.compile(readFileSync(fd)), data: null };
    const module = await WebAssembly.compile(slimmed.bytes);
    keepOpen = true;
    return { module, data: { fd, segments: slimmed.segments, memory: slimmed.memory } };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
