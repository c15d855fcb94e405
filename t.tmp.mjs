import fs from 'node:fs';
import { isGivenName, nameTags } from './src/script/name-tags.ts';
import { germanGivenNames } from './src/script/german-given-names.ts';
const f = process.argv[2];
const words = new Set(fs.readFileSync(f,'utf8').match(/\p{Lu}\p{Ll}+/gu));
for (const w of words) if (germanGivenNames().has(w.toLowerCase()) && !nameTags(w).firstName && isGivenName(w)) console.log(w);
process.exit(0);
