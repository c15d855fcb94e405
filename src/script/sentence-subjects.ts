// Who the narration is about, sentence by sentence: the subject opening each sentence when it is a
// person (a name, a role noun with its article, a pronoun). French news copy keeps its speaker as
// the subject of the sentences around a quote and names others only in passing ("Elle a rendu
// hommage à la ministre sortante, Charlotte Daffé. « … », a-t-elle souligné"): the pronoun of the
// incise is the subject's, not the last name's. attribute.ts resolves these refs and weighs them.
import { nameIn } from './name-runs.ts';
import { refOf, subjectAtStart, type SpeakerRef } from './subject-refs.ts';
import { isGivenName } from './name-tags.ts';
import { sentenceEnds } from './sentences.ts';
import { frenchNounGender } from './gender.ts';
import type { Gender } from '../model.ts';

/**
 * A short prepositional phrase opening a sentence, with its comma: "Dans son adresse, ", "In his
 * speech, ", "Dans des propos rapportés par le quotidien sportif L'Equipe, ".
 */
const FRONTED_ADVERBIAL = /^(?:Dans|Lors|Après|Avant|Pendant|Durant|En|À|Au|Aux|Devant|Face|In|At|During|After|Before|On|Im|Bei|Nach|Vor|Während)\s[^,;:.!?«»“”"]{1,70},\s+/u;

const DATELINE = /^[^«»“”".!?]{0,40}\d{4}(?:,\s*[^.,;:]{1,30})?\.\s*[-–—]\s+/u;

const POINTING_BACK = /^(?:Voilà|Voici)\s+comment\s+|^C['’]est\s+(?:ainsi|de\s+cette\s+(?:façon|manière))\s+qu(?:e\s+|['’]\s*)/u;

/** "Voilà comment X a décrit …", "C'est ainsi que X a conclu …": the person a sentence says spoke the words before it. */
export function pointedBackSubject(sentence: string): SpeakerRef | null {
  return POINTING_BACK.test(sentence.trim()) ? namedSubject(sentence) : null;
}

/** A sentence's subject when it is a person's name (a full name, or a surname trusted as in `resolve`). */
export function namedSubject(text: string): SpeakerRef | null {
  // A wiki news dateline opens the first sentence ("1er novembre 2012. - Le maire …", "21 septembre
  // 2012, France. - …"): the subject comes after its dash.
  // ("Voilà comment Marc Roy, le maire, a décrit …", "C'est ainsi qu'Anne Roux a conclu …": a sentence
  // pointing back to the words before it has its subject after the pointer.)
  const stripped = text.trim().replace(DATELINE, '').replace(POINTING_BACK, '');
  const sentence = stripped.charAt(0).toUpperCase() + stripped.slice(1);
  const ref = subjectAtStart(sentence);
  if (ref?.kind === 'name') return ref;
  // "Le ministre Paul Roy a présenté …", "Le maire de Lyon Marc Girard appelle …": a role (and its
  // place) then the name, no commas, before the verb; the name is the subject, not only the role.
  if (ref?.kind === 'anaphor' && (ref.description || ref.role)) {
    // (German too: "Der Trainer Lukas Roth war bedient.")
    const described = /^((?:(?:[Ll]e|[Ll]a|[Dd]er|[Dd]ie)\s+|[Ll]['’]\s*)[^,;:.!?«»“”"]{1,80}?\p{Lu}[\p{L}'’-]+)\s+(?=\p{Ll})/u.exec(sentence);
    const named = described ? refOf(described[1]!) : null;
    if (named?.kind === 'name' && named.name.includes(' ') && !named.weak) return named;
  }
  const apposed = ref === null || ref.kind === 'anaphor' ? appositionName(sentence) : null;
  if (apposed) return apposed;
  // After a fronted adverbial set off by a comma ("Dans son adresse, Richard Bell a invité …", "In
  // his speech, Bell urged …"): the name opening the clause.
  const fronted = FRONTED_ADVERBIAL.exec(sentence.trim());
  const after = fronted ? subjectAtStart(sentence.trim().slice(fronted[0].length)) : null;
  return after?.kind === 'name' && !after.weak ? after : null;
}

/**
 * Where the last sentence of `text` starts when it opens with a participle phrase before a subject
 * pronoun ("Surpris par la politique du président José Bauzà, il déclara :", "Interrogé par Paul
 * Roy, il a répondu :", "Estimant que …, elle a voté contre"): the phrase's subject is the pronoun's,
 * so no one named inside it is the pronoun's person. Null for any other sentence.
 */
export function frontedParticipleStart(text: string): number | null {
  const ends = [0, ...sentenceEnds(text)].filter((e) => e < text.trimEnd().length);
  const start = ends[ends.length - 1]!;
  const sentence = text.slice(start);
  const lead = sentence.length - sentence.trimStart().length;
  return FRONTED_PARTICIPLE.test(sentence.trimStart()) ? start + lead : null;
}
const FRONTED_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:é|ée|és|ées|is|ise|u|ue|us|it|ite|ant)\s[^,;:.!?«»“”"]{0,120},\s+(?:il|elle)\s/u;

/**
 * The full name set off by commas after a subject introduced by its role ("Le maire de New York,
 * Michael Bloomberg, appelle …", "Le président du directoire de PSA, Philippe Varin, a précisé …"):
 * the role is the name's, so the name is the subject, and the pronoun of a later incise
 * ("», déclare-t-il") is that person's rather than someone named after the verb.
 */
function appositionName(sentence: string): SpeakerRef | null {
  const m = /^(?:Le|La|L['’]|The|Der|Die)\s*[^,;:.!?«»“”"]{2,80},\s+([^,;:.!?«»“”"]{3,60}),\s+\p{Ll}/u.exec(sentence.trim());
  const name = m ? nameIn(m[1]!, false) : null;
  return name && name === m![1]!.trim() && name.includes(' ') ? { kind: 'name', name } : null;
}

/**
 * A sentence's subject when it is a role with its article ("la joueuse est revenue sur … :",
 * "Dans un passage fort, la nouvelle ministre a rappelé … :"), after a fronted adverbial too; an
 * adjective may stand before the role ("la nouvelle ministre", "le jeune attaquant").
 */
export function roleSubject(sentence: string): SpeakerRef | null {
  const t = sentence.trim();
  // (Any short phrase set off by a comma, "Visiblement exaspéré, le premier ministre s'est insurgé":
  // an article and a role noun after it can only be the subject.)
  const fronted = FRONTED_ADVERBIAL.exec(t) ?? /^[^,;:.!?«»“”"]{1,70},\s+(?=(?:le|la|l['’])\s*\p{Ll})/u.exec(t);
  for (const s of fronted ? [t, t.slice(fronted[0].length)] : [t]) {
    const adjective = /^([Ll]e|[Ll]a)\s+(?:nouvelle|nouveau|jeune|future?|actuelle?|célèbre|talentueuse?|principale?)\s+/u.exec(s);
    const ref = subjectAtStart(adjective ? `${adjective[1]} ${s.slice(adjective[0].length)}` : s);
    if (ref?.kind === 'anaphor' && (ref.description || ref.role)) return ref;
  }
  return null;
}

/**
 * The gender of a sentence's subject when it is someone unnamed described by kin or occupation
 * with a possessive ("sa mère, une couturière, a fait savoir …", "Son mari, interrogé …, explique
 * …"), after a fronted adverbial too; null for any other subject. Such a person is who the
 * sentence is about: a pronoun after it is theirs, not that of someone it names in passing.
 */
export function unnamedSubjectGender(sentence: string): Gender | null {
  const t = sentence.trim();
  const fronted = FRONTED_ADVERBIAL.exec(t);
  const clause = fronted ? t.slice(fronted[0].length) : t;
  const m = /^(?:[Ss]on|[Ss]a)\s+(\p{Ll}[\p{Ll}-]+)(?=[\s,])/u.exec(clause);
  if (m) return frenchNounGender(m[1]!);
  // "Un père de famille a raconté …", "Une habitante du quartier attend …": vox-pop copy introduces
  // an unnamed witness with the indefinite article, then quotes them with "a-t-il révélé". Only a
  // sentence naming no one else: in "Un enseignant a été agressé, a expliqué le proviseur Paul Roy"
  // the person named is who the sentence reports.
  const indefinite = /^(?:[Uu]n|[Uu]ne)\s+(\p{Ll}[\p{Ll}-]+)(?=[\s,])/u.exec(clause);
  if (!indefinite || clause.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w) && isGivenName(w.replace(/[^\p{L}-]/gu, '')))) return null;
  return frenchNounGender(indefinite[1]!);
}

/**
 * Each sentence of `text` with its offset and the refs its subject may be, best first: a name (a
 * weak one may be "L'émotion", which the caller's registry rejects), a role, a pronoun.
 */
export function sentenceSubjects(text: string): { offset: number; refs: SpeakerRef[]; unnamed: Gender | null }[] {
  const out: { offset: number; refs: SpeakerRef[]; unnamed: Gender | null }[] = [];
  let start = 0;
  for (const end of [...sentenceEnds(text), text.length]) {
    const sentence = text.slice(start, end);
    const offset = start + (sentence.length - sentence.trimStart().length);
    start = end;
    if (sentence.trim() === '') continue;
    const fronted = FRONTED_ADVERBIAL.exec(sentence.trim());
    const clause = fronted ? sentence.trim().slice(fronted[0].length) : null;
    // "Quant au conseiller national Paul Roy, il agite …": the person set off before the pronoun is
    // the sentence's subject ("as for X, he …"), not someone named in passing.
    const asFor = /^Quant\s+(au|aux|à)\s+([^,;:]{2,80}),\s*(?:il|elle)(?![\p{L}])/iu.exec(sentence.trim());
    const topic = asFor ? refOf(`${asFor[1]!.toLowerCase() === 'au' ? 'le ' : ''}${asFor[2]!}`) : null;
    const refs = [topic, namedSubject(sentence), roleSubject(sentence), clause ? subjectAtStart(clause) : null, subjectAtStart(sentence)].filter((r): r is SpeakerRef => r !== null && (r.kind === 'name' || r.kind === 'anaphor'));
    out.push({ offset, refs, unnamed: refs.some((r) => r.kind === 'name') ? null : unnamedSubjectGender(sentence) });
  }
  return out;
}

/**
 * The names heading a headline's clauses after a colon or a quotation ("« C'est très douloureux » :
 * Domenico Tedesco ne cache pas …"): the story's subject. The headline's first words only when no
 * colon follows and they are a person's name (often a rubric otherwise: "Vidéo Au ministère …").
 */
export function headlineSubjects(headline: string): string[] {
  const clauses = headline.split(/\s*[:»”"]\s+/u);
  // (The clause before a colon is the story's filing, "France : …". A headline without one may open
  // on its subject, "Di Meco regrette …", "Paul Roy quitte …": only a name whose first word is a given
  // name or a name particle no French article spells, never a rubric, "Vidéo Au stade …".)
  const opensOnName = (name: string) => {
    const first = name.split(' ')[0]!;
    return isGivenName(first) || /^(?:von|van|da|di|del|della|dos|ter|bin|ibn|al|el|zu)$/i.test(first);
  };
  const subjects = [
    ...(clauses.length === 1 ? [subjectAtStart(headline)].flatMap((ref) => (ref?.kind === 'name' && !ref.weak && ref.name.includes(' ') && opensOnName(ref.name) ? [ref.name] : [])) : []),
    ...clauses
      .slice(1)
      .map((clause) => subjectAtStart(clause))
      .flatMap((ref) => (ref?.kind === 'name' && !ref.weak ? [ref.name] : [])),
  ];
  const label = headlineLabel(headline);
  return label ? [label, ...subjects] : subjects;
}

/**
 * "Garcia : « … »", "Beatriz Haddad Maia : « … »": a name alone before the colon labels the headline's quote.
 * (Sport pages put the competition before it as a kicker, "Coupe des régions - Tanguy Verlindo : « … »":
 * a dash set off by spaces ends the kicker, and the name after it is the label.)
 */
export function headlineLabel(headline: string): string | null {
  return /^(?:[^:«“"]{2,60}?\s[-–—|]\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*:\s*[«“"]/u.exec(headline)?.[1] ?? null;
}

/** A person at a place in reading order (paragraph index × 1,000,000 + offset). */
export interface Mention {
  order: number;
  name: string;
}

/**
 * Who the narration is about: the people that are sentences' subjects and the speakers of quotes,
 * and where each sentence starts. A pronoun or a bare role after a quote ("», a-t-elle souligné")
 * goes to the latest person of its gender unless that person was named only in passing: then to
 * the subject of the sentences since the paragraph before ("Elle a rendu hommage à la ministre
 * sortante, Charlotte Daffé. « … », a-t-elle souligné" → not Daffé).
 */
export class Topics {
  readonly subjects: Mention[] = [];
  /** Sentences whose subject is someone unnamed of a stated gender ("sa mère …"), at their start. */
  readonly unnamed: { order: number; gender: Gender }[] = [];
  /** Where each sentence (and paragraph) of the narration starts, in reading order. */
  readonly starts: number[] = [];

  /**
   * `latest`, last mentioned at `at`, or the topic for a pronoun at `order`. `fits`: not known to be
   * of the other gender; `sure`: known to be of the pronoun's. `incise`: false for a pronoun opening
   * narration, for which a person named in the sentence just before, one with no person for its
   * subject, is the one ("… ont fait part de leur indignation par Christian Jacob. Il a souhaité …").
   */
  choose(latest: string, at: number, order: number, how: { fits: (name: string) => boolean; sure: (name: string) => boolean; incise: boolean; gender?: Gender }): string | null {
    const { subjects, starts } = this;
    // ("Dans une déclaration, sa mère a fait savoir qu'Aya est partie. « … », a-t-elle expliqué": the
    // unnamed subject of the sentence that names `latest`, or of a later one, of the pronoun's
    // gender, and not `latest` itself, is the pronoun's person; no name is.)
    if (how.gender) {
      const own = Math.max(-1, ...starts.filter((s) => s <= at));
      const latestIsSubject = subjects.some((s) => s.name === latest && s.order >= own && s.order <= at);
      const samePara = (u: { order: number }) => Math.floor(u.order / 1_000_000) === Math.floor(order / 1_000_000);
      // (Introduced after `latest`'s mention, or the subject of the sentence naming it in passing.)
      if (this.unnamed.some((u) => u.gender === how.gender && u.order < order && samePara(u) && (u.order > at || (u.order >= own && !latestIsSubject)))) return null;
    }
    if (subjects.some((s) => s.name === latest && s.order <= at && at - s.order <= 60)) return latest;
    // Named in the pronoun's own sentence ("dans les mots de Richard Virenque quand il évoque"): that person.
    if (Math.floor(at / 1_000_000) === Math.floor(order / 1_000_000) && !starts.some((s) => s > at && s <= order)) return latest;
    if (!how.incise) {
      const own = Math.max(...starts.filter((s) => s <= at));
      if (starts.filter((s) => s > at && s <= order).length <= 1 && !subjects.some((s) => s.order === own)) return latest;
    }
    const from = (Math.floor(order / 1_000_000) - 1) * 1_000_000;
    let best: Mention | null = null;
    for (const s of subjects) if (s.order < order && s.order >= from && (!best || s.order > best.order) && how.fits(s.name)) best = s;
    // (Only a subject known to be of the pronoun's gender: of "Marine Roy a répondu à Jean-Marie Roy.
    // « … », a-t-il déclaré." the lexicon knows neither given name, and the man named last is the one.)
    return best && how.sure(best.name) ? best.name : latest;
  }
}
