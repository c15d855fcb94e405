import { readFileSync } from 'node:fs';
import { parseText } from './src/article/parse-text.ts';
const a = parseText(readFileSync(process.argv[2]!, 'utf8'), 'x');
console.log(JSON.stringify({ headline: a.headline, dek: a.dek, byline: a.byline, dateline: a.dateline, lang: a.language, heads: a.sections.map(s => s.heading), dropped: a.dropped }, null, 1));
