// A post-match or press-room page that names its one speaker only in the headline ("What Jo Roe said
// after the loss") and sets the words under topic lead-ins ("On the defence:" / "“…”"): the quotes
// nothing attributes are that person's, when the body names nobody else.
import type { ResolvedPiece } from './neighbour-refs.ts';
import type { Mention } from './sentence-subjects.ts';

/**
 * Gives the headline's one person the quotes with no attribution of their own (in place). `timeline`:
 * the people mentioned in reading order; the body's are those from the first paragraph's order on.
 */
export function headlinePersonQuotes(out: ResolvedPiece[][], headlinePeople: string[], timeline: Mention[]): void {
  const person = headlinePeople[0];
  if (headlinePeople.length !== 1 || person === undefined || timeline.some((m) => m.order >= 1_000_000 && m.name !== person)) return;
  for (const pieces of out) for (const q of pieces) if (q.role === 'quote' && q.speaker === null && !q.ref) q.speaker = person;
}
