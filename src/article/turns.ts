// Transcript turns: a paragraph opened by a speaker label and a colon (or a dash in French Q&R
// copy). See script/transcript.ts for how turns become quote segments.

/**
 * The label of a transcript turn and the offset where the spoken words start, or null.
 * Shapes: "MR PRICE:", "MR. DEERE:", "SENIOR ADMINISTRATION OFFICIAL:", "QUESTION:", "Q:", "A:",
 * "Q (Inaudible.)" no; French "M. LE DRIAN :", "Q -", "R –"; Title Case "Ned Price:" up to four words.
 */
export function turnLabel(paragraph: string): { label: string; rest: number } | null {
  // ALL-CAPS label (with optional honorific and stops), 1–6 words, then a colon.
  const caps = /^((?:(?:MR|MRS|MS|DR|M|MME|MLLE|PROF|SEN|REP|GEN|AMB|SECRETARY|PRESIDENT)\.?\s+)?[\p{Lu}][\p{Lu}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’-]*){0,5})\s?:\s+(?=\S)/u.exec(paragraph);
  if (caps && /\p{Lu}{2}|^[QA]$|^[QR]$/u.test(caps[1]!) && !/:\s*\/\//.test(paragraph)) return { label: caps[1]!, rest: caps[0].length };
  // Q / A / R with a colon or a dash (French "Q –", "R -").
  const qa = /^([QAR])\s?(?::|[-–—])\s+(?=\S)/.exec(paragraph);
  if (qa) return { label: qa[1]!, rest: qa[0].length };
  // Title Case name or role (2–4 words, or an honorific and a name), then a colon: "Ned Price: …", "Mr. Deere: …".
  const title = /^((?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|M|Mme)\.?\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:de|von|van|le|la|du|\p{Lu}[\p{Ll}\p{M}'’-]+)){0,3})\s?:\s+(?=\S)/u.exec(paragraph);
  if (title && (/\s/.test(title[1]!) || /^(?:Question|Answer|Frage|Antwort|Réponse|Pregunta|Respuesta|Domanda|Risposta|Moderator|Interviewer|Host)$/i.test(title[1]!))) {
    return { label: title[1]!, rest: title[0].length };
  }
  return null;
}

/** Whether a paragraph opens with a speaker label: such a line is a turn, never page chrome. */
export function isTurn(paragraph: string): boolean {
  return turnLabel(paragraph) !== null;
}
