// French news copy names one office by several phrases, and seldom the same one twice: "le chef du
// gouvernement, M. Durand" introduces the person, "le premier ministre a affirmé" quotes him later.
// These are the phrases that name the same office of a state, so that a description resolves to
// whoever the article introduced under any of them (roles.ts `personDescribed`). Only offices that
// are one post in a country: "le chef" or "le président" alone names no particular office.
const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'");

const SAME_OFFICE: string[][] = [
  ['premier ministre', 'premiere ministre', 'chef du gouvernement', 'cheffe du gouvernement'],
  ['president de la republique', 'presidente de la republique', "chef de l'etat", "cheffe de l'etat"],
  ['ministre des affaires etrangeres', 'chef de la diplomatie', 'cheffe de la diplomatie'],
  ['maire', 'edile'],
  // Belgium's mayor, and the word Walloon and Brussels copy uses for him
  ['bourgmestre', 'maieur', 'mayeur'],
];

/** Whether a description (lowercase, after its article) is one of the phrases above: "premier ministre". */
export const isFrenchOfficePhrase = (description: string): boolean => SAME_OFFICE.some((group) => group.includes(plain(description)));

/**
 * The other phrases naming the office a description names ("premier ministre" → "chef du
 * gouvernement", …), accentless and lowercase, each with both apostrophes; [] for any other description.
 */
export function frenchOfficeSynonyms(description: string): string[] {
  const own = plain(description);
  const group = SAME_OFFICE.find((g) => g.includes(own));
  if (!group) return [];
  return group.filter((p) => p !== own).flatMap((p) => (p.includes("'") ? [p, p.replace(/'/g, '’')] : [p]));
}
