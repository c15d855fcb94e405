// Interviews laid out as a dash list, as wiki magazines and club pages print them: each speaker's
// name alone on a line after a dash ("- WikiMag", "- Ludo"), the words under it after a dash too
// ("- Tu es membre de deux associations … ?"). A dash list of short capitalised lines is as often a
// list of places or names with a line under each, so only an alternation counts: two or more
// speakers, each named on two lines or more, every name line followed by a dashed line of words.
import type { Turn } from './turn-labels.ts';

/** A dash, then one to three capitalised words and nothing else: "- WikiMag", "– Le Journal", "- Jean Roy". */
const DASHED_NAME = /^[-–—]\s+(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*|\s+(?:de|du|des|la|le|van|von))*)$/u;
/** A dashed line of words: four words or more after the dash. */
const DASHED_WORDS = /^[-–—]\s+(?:\S+\s+){3}\S/u;

/** The label each paragraph is, when the text is such an interview; all null otherwise. */
export function dashedLabelsAlone(paragraphs: string[]): (Turn | null)[] {
  const none = paragraphs.map(() => null);
  const names = paragraphs.map((p, i) => {
    const m = DASHED_NAME.exec(p.trim());
    if (!m || m[1]!.split(/\s+/).length > 3) return null;
    return DASHED_WORDS.test(paragraphs[i + 1]?.trim() ?? '') && !DASHED_NAME.test(paragraphs[i + 1]!.trim()) ? m[1]! : null;
  });
  const counts = new Map<string, number>();
  for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  if (counts.size < 2 || [...counts.values()].some((c) => c < 2)) return none;
  // Alternation: the next name line after one names someone else.
  const order = names.filter((n): n is string => n !== null);
  if (order.some((n, k) => k > 0 && order[k - 1] === n)) return none;
  return names.map((n, i) => (n ? { label: n, rest: paragraphs[i]!.length } : null));
}
