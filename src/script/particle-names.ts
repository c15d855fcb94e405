// Surnames that open with a particle ("von der Leyen", "de Maizière", "zu Guttenberg", "van der
// Bellen"), named without the given name: German articles write them so after the first mention
// ("sagte von der Leyen", "so de Maizière", "Von der Leyen sagte"). The particle is also a
// preposition ("von der Brücke", "zu Beginn"), so only a whole subject counts: the particle, an
// optional article and one capitalised word, with nothing after them in the clause.

/** Words after "zu"/"von" that make a prepositional phrase of it, never a name ("zu Beginn", "von Haus aus"). */
const NOT_SURNAME = /^(?:Beginn|Ende|Hause|Haus|Recht|Protokoll|Bedenken|Gast|Fuß|Anfang|Zeit|Seiten|Gunsten|Lasten|Folge|Grunde?)$/u;

const PARTICLE_SURNAME = /^([Vv]on|[Vv]an|[Dd]e|[Zz]u)(?:\s+(der|den))?\s+(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)$/u;

/**
 * The particle surname a subject is, the particle lower-cased as the name writes it after a
 * sentence's capital ("Von der Leyen" → "von der Leyen"); null for anything else.
 */
export function particleSurname(subject: string): string | null {
  const m = PARTICLE_SURNAME.exec(subject.trim().replace(/[.,;:!?]+$/, ''));
  if (!m) return null;
  const [, particle, article, surname] = m as unknown as [string, string, string | undefined, string];
  if (NOT_SURNAME.test(surname)) return null;
  // "zu" is a name's particle only right before the surname, never before an article ("zu der").
  if (particle.toLowerCase() === 'zu' && article) return null;
  return [particle.toLowerCase(), article, surname].filter(Boolean).join(' ');
}
