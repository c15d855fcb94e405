// Compiles Flite's WebAssembly module without its data: a compiled module keeps a copy of the bytes
// it was compiled from for as long as it lives, and 17 of Flite's 21.5 MB are the voices' data
// segment (4 more are debug sections nothing reads). Compiled from the code alone, the module holds
// ~0.2 MB; each worker copies the data segments from the file into a new instance's memory instead
// (flite-worker.mjs), which is what instantiation would have done with the module's own copy. The file
// is read section by section, so the 21.5 MB are never in memory at once either (a few small reads:
// synchronous, once per process).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** An active data segment: `length` bytes at `fileOffset` of the file go to `memoryOffset`. */
export interface DataSegment {
  memoryOffset: number;
  fileOffset: number;
  length: number;
}

export interface FliteModule {
  module: WebAssembly.Module;
  /**
   * The data the module was compiled without, to copy into each instance before it starts (null
   * when the module kept its data). `fd` is the wasm file, open for the life of the process: every
   * worker reads it by position, and a file replaced on disk (npm install) cannot change under it.
   */
  data: { fd: number; segments: DataSegment[] } | null;
}

const SECTION = { custom: 0, start: 8, data: 11, dataCount: 12 } as const;

class Reader {
  private buffer = Buffer.alloc(0);
  private start = 0;

  constructor(private readonly fd: number, readonly size: number) {}

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

/** The module's bytes without its data and custom sections, and the segments left out. */
function slim(fd: number, size: number): { bytes: Uint8Array<ArrayBuffer>; segments: DataSegment[] } | null {
  const reader = new Reader(fd, size);
  const header = reader.bytes(0, 8);
  if (header.readUInt32LE(0) !== 0x6d736100 || header.readUInt32LE(4) !== 1) return null; // "\0asm", version 1
  const kept: Buffer[] = [Buffer.from(header)]; // copies: the reader reuses its buffer
  let segments: DataSegment[] = [];
  for (let at = 8; at < size; ) {
    const id = (reader.bytes(at, 1))[0]!;
    const length = reader.leb(at + 1);
    const end = length.next + length.value;
    if (end > size) return null;
    // A start function would run before the data is copied in; memory.init needs the segments.
    if (id === SECTION.start || id === SECTION.dataCount) return null;
    if (id === SECTION.data) {
      const found = activeSegments(reader, length.next, end);
      if (!found) return null;
      segments = found;
    } else if (id !== SECTION.custom) {
      kept.push(Buffer.from(reader.bytes(at, end - at)));
    }
    at = end;
  }
  const bytes = new Uint8Array(kept.reduce((n, b) => n + b.length, 0));
  kept.reduce((at, b) => (bytes.set(b, at), at + b.length), 0);
  return { bytes, segments };
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
    return { module, data: { fd, segments: slimmed.segments } };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}
