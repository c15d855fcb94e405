// French inverts the subject after a quotation with any verb the writer likes, not only verbs of
// saying: "», a échappé Marie Roy", "», a glissé, ému, le maire", "», avait tonné le ministre".
// The verb list in attribution-words.ts cannot name them all. Right after a closing quote mark,
// a compound past (auxiliary, participle) followed by its subject — a capitalised name, or an
// article and a role noun — is that shape whatever the participle: narration does not open a
// clause that way after a quotation ("», a permis la construction" has no role noun; "», a été
// arrêté" has no subject after the participle).
import { FRENCH_ADVERB, ROLE_NOUNS, TITLES } from './attribution-words.ts';

const ANY_COMPOUND = new RegExp(
  `^(?:a|avait|aurait)\\s+(?:${FRENCH_ADVERB}\\s+)?(?!(?:été|eu|fait|pu|dû|voulu|su)(?![\\p{L}]))(\\p{Ll}[\\p{Ll}-]*(?:é|i|u|is|it)e?)\\s+(.+)$`,
  'u',
);

/**
 * The text after the participle of an inverted compound past ("a échappé Marie Roy, …" → "Marie
 * Roy, …"), when what follows is a subject; else null.
 */
export function anyInvertedCompound(t: string): string | null {
  const m = ANY_COMPOUND.exec(t);
  if (!m) return null;
  const rest = m[2]!;
  if (/^\p{Lu}\p{Ll}/u.test(rest)) return rest;
  const described = /^(?:le|la|l['’])\s*(\p{L}[\p{L}-]*)/u.exec(rest);
  return described && (ROLE_NOUNS.test(described[1]!.toLowerCase()) || TITLES.has(described[1]!.toLowerCase())) ? rest : null;
}
