// Broadcast transcripts (a TV or radio show's script, as VOA prints "The Inside Story"): each speaker's
// label alone on its line, a name in capitals or a name and what the person is, then a colon
// ("GREG FLAKUS, Reporting for VOA:", "Agnieska Kosowicz, Polish Migration Forum:", "GREG FLAKUS:").
// Apart from turn-labels.ts, whose labels open the paragraph they stand in; findTurns (turns.ts)
// takes these only where two or more of them, each with words under it, make the text a transcript.
import type { Turn } from './turn-labels.ts';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const PARTICLE = '(?:de|du|van|von|der|al|el|bin|da|di|la|le)';
const LABEL = new RegExp(String.raw`^(${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){1,3})(?:,\s+([^:,;.!?]{2,80}))?:$`, 'u');

/**
 * The label a line alone is, or null. A name in capitals may stand alone ("LINGA KAROLEWSKA:"); a
 * Title-case one needs what the person is after its comma, since "Show Open:" and "The Inside Story:"
 * are the script's headings.
 */
export function broadcastLabel(line: string): Turn | null {
  const m = LABEL.exec(line.trim());
  if (!m) return null;
  const name = m[1]!;
  const capitals = !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name);
  if (!capitals && !m[2]) return null;
  // (A Title-case "name" with a lowercase word of four letters inside is a phrase, not a person.)
  if (!capitals && /^(?:The|A|An|This|Our|Your)\s/u.test(name)) return null;
  return { label: name, rest: line.length };
}
