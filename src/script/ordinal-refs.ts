// "«…», conteste le premier. «…», enchaîne la seconde.": after a sentence that names two people,
// French copy points at each by its rank in that sentence, "le premier"/"la première" for the one
// named first, "le second"/"la seconde"/"le deuxième" for the one named after. Read by
// speakers.ts (the incise after a quote), resolved against the narration's mentions in attribute.ts.
/** A person at a place in reading order (as sentence-subjects.ts has it; not imported, which would make a cycle). */
interface Mention {
  order: number;
  name: string;
}

/** The rank an ordinal subject names ("le premier" → 1, "la seconde" → 2), or undefined when it is none. */
export function ordinalOf(subject: string): 1 | 2 | undefined {
  const m = /^(?:le|la)\s+(premier|première|second|seconde|deuxième)$/iu.exec(subject.trim());
  if (!m) return undefined;
  return /^premi/iu.test(m[1]!) ? 1 : 2;
}

/**
 * The person of that rank in the latest stretch of narration before `order` that names two or more
 * people (the sentence that brought them in, not the incise "», conteste le premier." after it);
 * null when none does, so that the speaker stays unknown rather than go to whoever came last.
 */
export function ordinalPerson(rank: 1 | 2, order: number, bodies: { order: number; text: string }[], timeline: Mention[]): string | null {
  const before = bodies.filter((b) => b.order < order).sort((a, b) => b.order - a.order);
  for (const body of before) {
    const names: string[] = [];
    for (const m of [...timeline].sort((a, b) => a.order - b.order)) {
      if (m.order >= body.order && m.order < body.order + body.text.length && !names.includes(m.name)) names.push(m.name);
    }
    if (names.length >= 2) return names[rank - 1] ?? null;
  }
  return null;
}
