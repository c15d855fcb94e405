// The French incise inside the guillemets: « Rien n'est décidé, explique le ministre. Nous
// écouterons. », « Moi, dit-il, je n'y crois pas. », « Nous partirons, a-t-elle ajouté, dès lundi. »
// French typography keeps one pair of marks around the whole utterance and sets the attribution
// off with commas, its verb before its subject (or with the subject pronoun joined to the verb:
// "dit-il", "a-t-elle ajouté"). Read as one quote, the narrator's words would be spoken in the
// speaker's voice, and the speaker named inside would be missed. English and German close the
// marks around their attribution ("“We listened,” Ortiz said, “and …”"), so only French verbs count.
import { FRENCH_VERBS, WE } from './attribution-words.ts';
import { isRoleWord } from './roles.ts';

export interface InciseCut {
  /** Offsets in the quotation's inner text: the incise runs from `from` to `to` (its comma before excluded). */
  from: number;
  to: number;
}

// The subject pronoun joined to the verb ("dit-il", "ajoute-t-elle"; "a-t-il ajouté" is in the verbs).
const JOINED = String.raw`(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on))`;
// What may stand between the verb and its subject ("explique encore le ministre", "a ajouté pour sa part Anne Roy").
const ADVERBS = String.raw`(?:\s+(?:pour sa part|de son côté|encore|alors|ensuite|aussi|enfin|même|plus tard|aussitôt))?`;
// The subject opens with a capital (a name, "M.", "Mme") or a determiner ("le ministre", "l'ancien maire", "son avocat").
const SUBJECT_START = String.raw`\s+(?=\p{Lu}|(?:le|la|les|un|une|son|sa|ses|leur|cet|cette|ce)\s|l['’])`;

const INCISE_VERB = new RegExp(String.raw`,\s+(?:${FRENCH_VERBS})${JOINED}?${WE}`, 'giu');
const HAS_PRONOUN = /-(?:t-)?(?:il|elle|ils|elles|on)(?![\p{L}])/iu;
// A stop that ends the incise: not the one of an honorific or an initial ("M. Roy", "J. Roy").
const STOP = String.raw`(?<!(?:^|\s)(?:\p{Lu}|Mme|Mlle|Me|Dr|Pr))[.]`;
const END = String.raw`(?:,(?=\s+\p{Ll})|${STOP}(?=\s+\p{Lu})|[,.!]?\s*$)`;

/**
 * Where an incise stands in a quotation's inner text, or [] when there is none. Only an incise with
 * speech on at least one side: the comma before it ends the first part, and after it the speech goes
 * on in lowercase after a comma ("…, a-t-il affirmé, car …"), opens a new sentence after its stop
 * ("…, explique le ministre, Paul Roy. Nous …"), or the quotation ends ("…, dit-il. »").
 */
export function inciseCuts(inner: string): InciseCut[] {
  const cuts: InciseCut[] = [];
  for (const m of inner.matchAll(INCISE_VERB)) {
    const at = m.index;
    if (cuts.length && at < cuts[cuts.length - 1]!.to) continue;
    // The words before the incise are speech: at least one word of it.
    if (!/[\p{L}\p{N}]/u.test(inner.slice(cuts.length ? cuts[cuts.length - 1]!.to : 0, at))) continue;
    const verbEnd = at + m[0].length;
    const rest = inner.slice(verbEnd);
    const joined = HAS_PRONOUN.test(m[0]);
    let end: number | null = null;
    if (joined) {
      // "dit-il, je …", "a-t-elle ajouté. Nous …", "dit-il." at the end: the subject is the pronoun,
      // so its first comma ends the incise whatever follows ("Oui, dit-il, Paris est prêt.").
      // (A few lowercase words may follow: "a-t-il ajouté avant de quitter la salle.")
      const after = new RegExp(String.raw`^(?:\s+\p{Ll}[\p{L}'’-]*){0,8}?(?:,|${STOP}(?=\s+\p{Lu})|[,.!]?\s*$)`, 'u').exec(rest);
      if (after) end = verbEnd + after[0].length;
    } else {
      const subject = new RegExp(`^${ADVERBS}${SUBJECT_START}`, 'u').exec(rest);
      if (subject) {
        // The subject (with its apposition: "le ministre du Travail, Olivier Dussopt") runs to the
        // first comma the speech goes on from in lowercase, the first stop a new sentence follows, or the end.
        const stop = new RegExp(String.raw`^[^«»“”„"]{0,120}?${END}`, 'u').exec(rest.slice(subject[0].length));
        if (stop) end = verbEnd + subject[0].length + stop[0].length;
      }
    }
    if (end === null) continue;
    // "…, ajoute Ahmed Maher, fondateur du mouvement. »": a role after the comma is the subject's
    // apposition, not speech going on; the incise runs over it.
    for (let k = 0; k < 2 && inner[end - 1] === ','; k++) {
      const apposition = new RegExp(String.raw`^\s+(?:(?:le|la|l['’]|un|une|son|sa|notre|leur)\s*)?(?:(?:ancien|ancienne|ex-|nouveau|nouvelle|vice-)\s*)?([\p{L}-]+)[^«»“”„"]{0,100}?${END}`, 'u').exec(inner.slice(end));
      if (!apposition || !isRoleWord(apposition[1]!)) break;
      end += apposition[0].length;
    }
    cuts.push({ from: at + 1, to: end });
  }
  return cuts;
}
