// Chapter titles. A section heading is used as printed. The lead section has no heading: its
// title comes from the first words of its first sentence ("Ukraine’s President Volodymyr
// Zelenskyy has condemned"), which says what the chapter is about where "Chapter 2" says nothing.
import { sentenceEnds } from './sentences.ts';

const MAX_WORDS = 6;
/** How many words past MAX_WORDS a title may run to finish a name the cut fell inside. */
const NAME_GRACE = 3;
/** Words a title should not end on: it would read as cut off. */
// (English, French and German articles, prepositions and conjunctions: a French or German lead
// cut after "de la" or "der" dangles as an English one after "of the" does.)
const DANGLING = new Set(
  (
    'the a an of to in on at for and or but with by from that what which who whom whose is are was were be been has have had ' +
    'as its his her their this these those than then into onto over about after before while when where if so not no it he she they ' +
    "le la les l' l’ un une des du de d' d’ au aux à et ou en par pour sur dans avec sans sous chez que qu' qu’ qui dont son sa ses leur leurs ce cette ces " +
    'der die das den dem des ein eine einen einem einer eines und oder mit von vom zu zum zur für auf im am an bei nach über unter aus sein seine ihre'
  ).split(' '),
);
/** A word of a name: capitalised (after an elided article, "l'Éducation"), or a particle inside one. */
const capitalised = (w: string) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^[ldLD]['’]/u, ''));
const NAME_PARTICLE = /^(?:de|du|des|von|van|der|den|le|la|di|da|del|dos|bin|al|el)$/;
const endsClause = (w: string) => /[,;:.!?)»”]$/u.test(w);

/**
 * The first `MAX_WORDS` words, unless the cut falls inside a run of capitalised words (a name,
 * "Amélie Castera | Vidal"): then the run is finished when it ends within NAME_GRACE more words, or
 * left out whole when it does not. A title read aloud as "the minister Pap" sounds cut off.
 */
function cutWords(words: string[]): string[] {
  if (words.length <= MAX_WORDS + 1) return words;
  const n = MAX_WORDS;
  const inName = (i: number) =>
    capitalised(words[i]!) || (NAME_PARTICLE.test(words[i]!) && i + 1 < words.length && capitalised(words[i + 1]!));
  if (!(capitalised(words[n - 1]!) && !endsClause(words[n - 1]!) && inName(n))) return words.slice(0, n);
  let end = n;
  while (end < words.length && inName(end) && !endsClause(words[end - 1]!)) end++;
  if (end - n <= NAME_GRACE) return words.slice(0, end);
  let start = n - 1;
  while (start > 0 && inName(start - 1) && !endsClause(words[start - 1]!)) start--;
  return start > 0 ? words.slice(0, start) : words.slice(0, n);
}

export function leadTitle(paragraphs: string[], fallback: string): string {
  const first = paragraphs[0] ?? '';
  const end = sentenceEnds(first)[0] ?? first.length;
  const sentence = first.slice(0, end).replace(/[“”„‟"«»]/g, '').trim();
  let words = sentence.split(/\s+/).filter(Boolean);
  words = cutWords(words);
  const clean = (w: string) => w.replace(/[^\p{L}\p{N}’'-]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
  while (words.length > 1 && (DANGLING.has(clean(words[words.length - 1]!).toLowerCase()) || clean(words[words.length - 1]!) === '')) words = words.slice(0, -1);
  const title = words.join(' ').replace(/[\s,;:.!?…—–-]+$/u, '').trim();
  return /[\p{L}\p{N}]/u.test(title) ? title : fallback;
}
