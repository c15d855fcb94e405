// Outputs appear whole or not at all: write beside the target, then rename (atomic on one filesystem).
import { rename, rm, writeFile } from 'node:fs/promises';
import { describeErrno, errnoCode, outputError } from '../errors.ts';

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
    throw outputError(`Cannot write ${target}: ${describeErrno(cause)}.`, errnoCode(cause) === 'ENOSPC' ? 'Free some disk space and run again.' : 'Choose a writable folder with --out.', cause);
  }
}
