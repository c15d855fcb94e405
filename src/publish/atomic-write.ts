// The one atomic write and the one temp-name scheme live in src/core; these names stay for the
// publishers that use them.
import { dirname } from 'node:path';
import { tempPath } from '../core/temp.ts';

export { writeAtomic as writeFileAtomic } from '../core/fs.ts';

/** A temp name beside `target` (`.<name>.<pid>-<random>.tmp`), for writers that need their own open(). */
export const tempPathFor = (target: string): string => tempPath(dirname(target), target);
