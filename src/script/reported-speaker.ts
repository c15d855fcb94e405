// The person narration reports, for a quote that follows it without an attribution of its own
// ("Smith said the plan had failed. “…”", "…, erläutert Honé. „…“"). Apart from speakers.ts, which
// reads the attribution written next to a quote; this reads a sentence of narration.
import { PRONOUN_RE } from './attribution-words.ts';
import { leadingName } from './attribution-shapes.ts';
import { VERB_RE } from './speakers.ts';
import { pronounRef, refOf, subjectRef, type SpeakerRef } from './subject-refs.ts';

/**
 * The person narration reports ("Smith said the plan had failed.", "…, erläutert Honé."): the
 * subject of its last reporting verb, before it or (inverted) right after it; null when none is a
 * person or pronoun. A quote that follows such a sentence without an attribution of its own is
 * usually that person's words.
 */
export function reportedSpeaker(text: string): SpeakerRef | null {
  let found: SpeakerRef | null = null;
  for (const m of text.matchAll(VERB_RE)) {
    const after = text.slice(m.index + m[0].length);
    const pronounAfter = /^\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
    // (A middle initial's stop is inside the name: "said EPA Administrator Michael S. Regan.")
    // (German puts a focus adverb between the inverted verb and its subject: "Wie seine Kollegen
    // freut sich auch Minister X auf die Ferien.")
    const inverted = /^\s+(?:(?:auch|ebenfalls|sogar|selbst|nun|jetzt|dann|noch)\s+)?(\p{Lu}(?:[^,.;:!?]|(?<=\s\p{Lu})\.(?=\s+\p{Lu}))*)/u.exec(after);
    let ref: SpeakerRef | null = null;
    // ("Roe said he had …": an English pronoun after the verb and before a verb of its own opens
    // what was reported; the speaker is the subject before the verb, not an inverted "said he".)
    const reportedClause = /^(?:he|she|they)$/iu.test(pronounAfter) && /^\s+\p{L}+\s+\p{Ll}/u.test(after);
    if (PRONOUN_RE.test(pronounAfter) && !reportedClause) ref = pronounRef(pronounAfter);
    else if (inverted && /[.!?]\s*$|^\s+\S+\s*[.!?]/u.test(after.slice(0, inverted[0].length + 2))) ref = refOf(leadingName(inverted[1]!));
    if (ref?.kind !== 'name' && ref?.kind !== 'anaphor') ref = subjectRef(text.slice(Math.max(0, m.index - 120), m.index));
    if (ref?.kind === 'name' || ref?.kind === 'anaphor') found = ref;
  }
  return found;
}


/** "X issued the following statement:", "Roe released this statement": the issuer announces what follows. */
const ISSUED = /\s(?:issued|released|made|delivered|gave)\s+(?:the\s+following|this)\s+(?:[\p{Ll}-]+\s+)?(?:statements?|message|remarks|comments?)(?![\p{L}])/u;

/**
 * The person who issues the statement a paragraph announces ("On the 100th day, EPA Administrator
 * Jane Roe issued the following statement:"): the subject before the verb, when it is a full name.
 * The paragraphs of quotation after it are that person's words.
 */
export function statementIssuer(paragraph: string): string | null {
  const m = ISSUED.exec(paragraph);
  if (!m) return null;
  const ref = subjectRef(paragraph.slice(Math.max(0, m.index - 160), m.index));
  return ref?.kind === 'name' && ref.name.includes(' ') ? ref.name : null;
}
