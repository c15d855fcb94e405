// Outputs appear whole or not at all: write beside the target, then rename (atomic on one filesystem).
import { rename, rm, writeFile } from 'node:fs/promises';
import { outputError } from '../errors.ts';

export function tempPathFor(target: string): string {
  return `${target}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(target);
  try {
    await writeFile(tmp, data);
    await rename(tmp, target);
  } catch (cause) {
    await rm(tmp, { force: true });
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : String(code ?? (cause as Error).message);
    throw outputError(`Cannot write ${target}: ${why}.`, code === 'ENOSPC' ? 'Free some disk space and run again.' : 'Choose a writable folder with --out.', cause);
  }
}
