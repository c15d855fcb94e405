// Chapter titles. A section heading is used as printed. The lead section has no heading: its
// title comes from the first words of its first sentence ("Ukraine’s President Volodymyr
// Zelenskyy has condemned"), which says what the chapter is about where "Chapter 2" says nothing.
import { sentenceEnds } from './sentences.ts';

const MAX_WORDS = 6;
/** Words a title should not end on: it would read as cut off. */
const DANGLING = new Set(
  (
    'the a an of to in on at for and or but with by from that what which who whom whose is are was were be been has have had ' +
    'as its his her their this these those than then into onto over about after before while when where if so not no it he she they'
  ).split(' '),
);

export function leadTitle(paragraphs: string[], fallback: string): string {
  const first = paragraphs[0] ?? '';
  const end = sentenceEnds(first)[0] ?? first.length;
  const sentence = first.slice(0, end).replace(/[“”„‟"«»]/g, '').trim();
  let words = sentence.split(/\s+/).filter(Boolean);
  if (words.length > MAX_WORDS + 1) words = words.slice(0, MAX_WORDS);
  const clean = (w: string) => w.replace(/[^\p{L}\p{N}’'-]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
  while (words.length > 1 && (DANGLING.has(clean(words[words.length - 1]!).toLowerCase()) || clean(words[words.length - 1]!) === '')) words = words.slice(0, -1);
  const title = words.join(' ').replace(/[\s,;:.!?…—–-]+$/u, '').trim();
  return /[\p{L}\p{N}]/u.test(title) ? title : fallback;
}
