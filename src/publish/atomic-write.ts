// The one atomic write lives in core/fs.ts; this name stays for the publishers that use it.
export { writeAtomic as writeFileAtomic } from '../core/fs.ts';
