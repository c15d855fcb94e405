// A quotation credited after a dash with a name and nothing else to the sentence's end ("«J'ai manqué
// mon tir» -Paul Roy", "« … » – Paul Roy"), as sport pages head a player's words.
// Read by speakers.ts after a closing mark.
import { refOf, type SpeakerRef } from './subject-refs.ts';

const CREDIT = /^\s*[—–-]\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*[.;]?\s*$/u;

/** The person a dash credits with the quotation just closed, or null (a name only: no organisation, no role). */
export function dashCredit(after: string): SpeakerRef | null {
  const credit = CREDIT.exec(after);
  const ref = credit ? refOf(credit[1]!) : null;
  return ref?.kind === 'name' ? ref : null;
}
