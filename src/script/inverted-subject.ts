// Where an inverted attribution puts its subject: after the verb ("said Ana Ruiz in a statement",
// "sagte Katrin Albers nach der Abstimmung", "a déclaré de Villepin"), with the lowercase particles of
// surnames, honorifics whose stop ends no clause, German verb-second sentences opened by an
// adverbial, relative clauses in apposition, and the postposition "X zufolge". Leaf patterns of
// speakers.ts, apart so that file stays readable.

export const PARTICLE = /^(?:von|van|de|du|da|di|del|della|dos|la|le|ter|bin|ibn|al|el|zu)$/;
/** Words opening with a surname's lowercase particles: "von der Leyen", "van Rompuy", "de Villepin", "di Maio". */
export const PARTICLE_LEAD = /^(?:von|van|de|du|da|di|del|della|dos|le|ter|zu)(?:\s+(?:der|den|dem|la|le|van|de))?\s+\p{Lu}\p{Ll}/u;

/**
 * The name that opens the words after an inverted reporting verb, without what follows it:
 * "Katrin Albers nach der Abstimmung" → "Katrin Albers", "Hoffmann dem Radiosender WDR" →
 * "Hoffmann" (German puts the subject right after the verb, then objects and adverbials;
 * English "said Ana Ruiz in a statement" alike). Name particles ("Ursula von der Leyen") and
 * "Secretary of State" stay.
 */
export function leadingName(head: string): string {
  const words = head.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1] ?? '';
    // A particle, or "of", joins when a capitalised word follows, directly or after an article.
    const capitalAhead = /^\p{Lu}/u.test(next) || (/^(?:der|den|the|la|le)$/.test(next) && /^\p{Lu}/u.test(words[i + 2] ?? ''));
    const joins =
      /^\p{Lu}/u.test(w) ||
      ((PARTICLE.test(w) || w === 'of') && capitalAhead) ||
      (/^(?:der|den|the|la|le)$/.test(w) && /^(?:von|van|of|de)$/.test(words[i - 1] ?? '') && /^\p{Lu}/u.test(next));
    if (!joins || kept.length >= 6) break;
    kept.push(w);
  }
  return kept.length ? kept.join(' ') : head;
}

export const HONORIFIC_STOP = /(?<![\p{L}])(Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Fr|St|Jr|Sr|M|Mme|Mlle)\./gu;

/** The first word of a German sentence that opens with an adverbial rather than its subject. */
export const ADVERBIAL_OPENING =
  /^(?:in|im|am|an|auf|aus|bei|beim|mit|nach|seit|von|vom|vor|zu|zum|zur|über|unter|für|gegen|ohne|um|durch|während|wegen|angesichts|dazu|dann|daher|deshalb|später|zudem|außerdem|auch|so|heute|gestern|morgen|damals|danach|anschließend|zuvor|weiter|jetzt|nun|hier|dort|darauf|dabei|darüber|bereits|schon)(?![\p{L}])/iu;

export const RELATIVE = /^(?:who|whose|which|der|die|das|dem|den|qui|dont|lequel|laquelle)\s/i;

/** "Hoffmann zufolge": the German postposition after its name. */
export const ZUFOLGE = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)\s+zufolge(?![\p{L}])/u;
