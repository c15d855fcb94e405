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

const FRENCH_AFTER_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|du|d['’]|le|la)?\s*\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*[.,;:!?(]|\s*$|\s+(?:en|devant|dans|à|au|aux|lors|après|avant|sur|pour|depuis|pendant|face|avec|sans|non|lui|elle)(?![\p{L}]))/u;

// The reflexive compound past of any verb ("», s’est navrée Anne Roy", "», s’était désolé le
// ministre"): the same shape with "s’est" for the auxiliary.
const ANY_REFLEXIVE = new RegExp(`^s['’](?:est|était)\\s+(?:${FRENCH_ADVERB}\\s+)?(\\p{Ll}[\\p{Ll}-]*(?:é|i|u|is|it)e?)\\s+(.+)$`, 'u');

// The present of reportage, which French copy coins verbs for ("», dévoile Anne Roy", "», tonne
// le maire"): a first-group verb in -e right after the quote. Not the prepositions and adverbs that
// end so and may stand before a name there ("», comme Anne Roy l’an dernier", "», contre Paul Roy"),
// nor the English ones, for the same function reads English quotes ("”, like Anne Roy").
const ANY_PRESENT = /^(?!(?:comme|contre|entre|ensuite|encore|même|presque|puisque|lorsque|quelque|jusque|seule|notamment|voire|donc|outre|like|unlike|while|because|since|where|there|before|once|more|whose|despite|alongside|inside|outside|above)(?![\p{L}]))(\p{Ll}[\p{Ll}-]{2,}e)\s+(.+)$/u;

// An article, a role noun, up to two lowercase words completing it ("le journaliste économique"),
// then a full name: the role (1) and the text from the name on (2).
const ROLE_THEN_NAME = /^(?:le|la|l['’])\s*(\p{L}[\p{L}-]*)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}(\p{Lu}\p{Ll}[\p{L}'’.-]*\s+\p{Lu}.*)$/u;

/**
 * The text after the participle of an inverted compound past ("a échappé Marie Roy, …" → "Marie
 * Roy, …"), when what follows is a subject; else null.
 */
export function anyInvertedCompound(t: string): string | null {
  const present = ANY_PRESENT.exec(t);
  // (The present only before a name that ends the clause or goes on with a French word: "», note
  // bien que …" has none; and no role noun, "», tonne le maire" being as rare as it is ambiguous.)
  if (present && /^\p{Lu}\p{Ll}[\p{L}'’.-]*\s+\p{Lu}/u.test(present[2]!) && FRENCH_AFTER_NAME.test(present[2]!)) return present[2]!;
  // (Nor a bare role; but a role and then the full name, "», demande la journaliste Anne Roy au
  // maire", is a subject: "demande", "note", "questionne" are nouns or rare verbs, yet no noun phrase
  // after a quotation's comma runs article, role, name.)
  const roled = present ? ROLE_THEN_NAME.exec(present[2]!) : null;
  if (roled && ROLE_NOUNS.test(roled[1]!.toLowerCase()) && FRENCH_AFTER_NAME.test(roled[2]!)) return present![2]!;
  const m = ANY_COMPOUND.exec(t) ?? ANY_REFLEXIVE.exec(t);
  if (!m) return null;
  const rest = m[2]!;
  // A name. After a participle in -é only French reads so; after -i, -u, -is, -it ("a souri", "a
  // conclu", "a admis") English does too ("”, a summit Biden attended"), so there the name must end
  // the clause or go on with a French word: a stop, an apposition, a preposition.
  if (/^\p{Lu}\p{Ll}/u.test(rest) && (/ée?$/u.test(m[1]!) || FRENCH_AFTER_NAME.test(rest))) return rest;
  const described = /^(?:le|la|l['’])\s*(\p{L}[\p{L}-]*)/u.exec(rest);
  return described && (ROLE_NOUNS.test(described[1]!.toLowerCase()) || TITLES.has(described[1]!.toLowerCase())) ? rest : null;
}
