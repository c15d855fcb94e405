// Resolves every quote piece to a speaker, walking the article in reading order so that "he" and
// "the Ukrainian leader" point back to the person mentioned most recently before the quote.
//
// Order of evidence for a quote: its own attribution (name, or a pronoun/description resolved to
// the latest mention); another quote in the same paragraph (`“A,” he said. “B.”`); the other
// paragraphs of the same multi-paragraph quotation; and for a paragraph that is only a quote with
// no attribution, the speaker of the quote in the paragraph just before (the news convention for
// a follow-on quote paragraph). Otherwise the speaker is unknown (null): a guess would put words
// in the wrong mouth.
import type { Gender } from '../model.ts';
import { organisationsNamed, personCheck } from './entities.ts';
import { personDescribed } from './roles.ts';
import { GenderEvidence } from './gender.ts';
import type { Piece } from './segment.ts';
import { splitSentences } from './sentences.ts';
import { mentionsIn } from './mentions.ts';
import { buildRegistry, frenchGivenGender, honouredSurnames, paragraphMentions, peopleIn, quotedPaperSubject } from './article-people.ts';
import { attributionAfter, escapeRegExp as escape } from './speakers.ts';
import type { SpeakerRef } from './subject-refs.ts';
import { ordinalPerson } from './ordinal-refs.ts';
import { frontedParticipleStart, headlineLabel, headlineSubjects, type Mention, sentenceSubjects, Topics } from './sentence-subjects.ts';
import { reportedSpeaker, statementIssuer } from './reported-speaker.ts';
import { announcedAuthor, headedAuthor, isTopicLead, publicationsIn } from './lead-ins.ts';
import { isGivenName, nameTags } from './name-tags.ts';
import { givenNameGender } from '../voices/name-gender.ts';
import { latestHolder, rolesOf } from './offices.ts';
import { GERMAN_ROLE } from './attribution-words.ts';
import { headlinePersonQuotes } from './headline-speaker.ts';
import { borrowFromNeighbours, introducedAfter, isSpeechLabel, openingAttribution, pointsBack, pullQuoteOwners, type ResolvedPiece, SUBJUNCTIVE } from './neighbour-refs.ts';

const bodyTexts = (paragraphs: Piece[][]): string[] => paragraphs.flatMap((pieces) => pieces.filter((p) => p.role === 'body').map((p) => p.text));
const sameRef = (a: SpeakerRef | null, b: SpeakerRef): boolean => a !== null && JSON.stringify(a) === JSON.stringify(b);
/** A German verb first in a sentence after "Und"/"Dann", its subject left out: the one before's ("Und lobt seinen Kollegen X:"). */
const ELIDED_SUBJECT = /^(?:Und|Dann)\s+(?!(?:selbst|jetzt|nicht|erst|bereits|zuletzt|meist|fast|sonst|längst|zunächst|stets|direkt|seit|gut|recht)\s)\p{Ll}+t(?:e|en)?\s(?![^:]*\s(?:er|sie)\s)[^:]*:$/u;

/**
 * Whether the narration right before a paragraph's first quote goes on with the speaker of the
 * quote before, naming no one else (see ELIDED_SUBJECT and SUBJUNCTIVE).
 */
function goesOnWithSpeaker(resolved: ResolvedPiece[], q: ResolvedPiece, namesOther: (text: string) => boolean): boolean {
  const at = resolved.indexOf(q);
  const body = resolved[at - 1];
  if (!body || body.role !== 'body' || resolved.slice(0, at - 1).some((r) => r.role !== 'body')) return false;
  const last = splitSentences(body.text).pop()?.trim() ?? '';
  if (ELIDED_SUBJECT.test(last)) return true;
  if (q.speaker !== null && q.ref?.kind !== 'unnamed') return false;
  // (Not when it names someone, a pronoun's person or a role that may be a new speaker: "die Ministerin".)
  const role = body.text.split(/\s+/).some((w) => GERMAN_ROLE.test(w.replace(/[^\p{L}-]/gu, '')));
  return !q.ref && /[.!?]$/.test(body.text.trim()) && SUBJUNCTIVE.test(body.text) && !role && !namesOther(body.text) && !/(?<![\p{L}])(?:er|sie)\s/u.test(body.text);
}

/**
 * `language`: the article's (ISO 639-1). In English and French articles a gendered pronoun also
 * passes over a person whose given name the lexicon gives the other gender ("Ann Lee met Tom Reyes.
 * … she said", "Marie Roy a rencontré Paul Girard. « … », a-t-elle déclaré"). compromise's given
 * names are English ones, but the French given names it knows mostly carry the same gender there
 * (Marie, Paul, Claire, Nicolas; "Jean", a woman's in English, it leaves ungendered); French
 * narration states a gender with its participles and pronouns, which GenderEvidence does not read,
 * so without this prior "a-t-elle" went to the last man named. German names are left to the text.
 *
 * `headline`: the people it names are the story's first mentions ("Garcia : « … »", "Domenico
 * Tedesco ne cache pas sa déception"), for "a-t-il indiqué" or "a admis le sélectionneur" in a body
 * that never names them. In French a pronoun or a bare role looks back to the person the sentences
 * around are about (their subjects, the speakers of quotes) before a person named in passing.
 */
export function resolveSpeakers(paragraphs: Piece[][], language?: string, headline?: string): ResolvedPiece[][] {
  const givenGender = language === 'en' ? givenNameGender : language === 'fr' ? frenchGivenGender : language === 'de' ? (name: string) => givenNameGender(name, 'de') : () => null;
  const isPerson = personCheck(organisationsNamed(paragraphs.flatMap((pieces) => pieces.filter((p) => p.role === 'body').map((p) => p.text))));
  const registry = buildRegistry(paragraphs, isPerson);
  const evidence = new GenderEvidence();
  const people = [...new Set(registry.all().map((n) => registry.canonical(n)))];
  // Each known surname's pattern, built once per article, not once per paragraph (seen in --plan's profile).
  const surnames = new Map([...registry.knownSurnames()].map((s) => [s, new RegExp(`(?<![\\p{L}-])${escape(s)}(?![\\p{L}-])`, 'gu')]));
  evidence.learn(paragraphs.flatMap((pieces) => pieces.filter((p) => p.role === 'body').flatMap((p) => splitSentences(p.text))), people);
  // Names some quote's own attribution gives in full confidence ("…“, so Wojahn."): a weak guess at
  // the same name elsewhere ("sagte der aus Bremen stammende Wojahn") is that person too.
  const attributed = new Set(paragraphs.flatMap((pieces) => pieces.flatMap((piece) => (piece.ref?.kind === 'name' && !piece.ref.weak ? [piece.ref.name] : []))));
  // A particle surname the headline writes ("Von der Leyen: Kommission kürzt …") names that person
  // for a weak guess in the body too ("sagte von der Leyen in ihrer Rede"): the headline is the
  // article's first mention. (Names of several words only: a lone capitalised word may be any noun.)
  const headlineNames = (name: string): boolean =>
    headline !== undefined && /\s/.test(name) && new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'iu').test(headline);
  // The headline's label of its quote ("Kervadec : « … »") attributes as surely, a surname no lexicon
  // knows too, when the body names no one as a sentence's subject: sport and culture copy then says
  // only "a-t-il confié". (Not a place or an organisation, and not when the body has its own subject:
  // a one-word label may be the topic the story is filed under, "Économie : « … »".)
  const label = headline ? headlineLabel(headline) : null;
  if (label && !label.includes(' ')) {
    const tags = nameTags(label);
    // (A subject by name, "Paul Roy a dit", or by a role before the name, "Le ministre Paul Roy a présenté".)
    const named = (sentence: string) => people.some((n) => sentence.includes(n.split(' ').pop()!));
    const bodySubject = paragraphs.some((pieces) =>
      pieces.some((p) => p.role === 'body' && splitSentences(p.text).some((t) => named(t) && sentenceSubjects(t).some(({ refs }) => refs.some((r) => r.kind === 'name' || (r.kind === 'anaphor' && (r.description || r.role)))))),
    );
    if (!tags.places && !tags.knownPlace && !tags.organizations && !bodySubject) attributed.add(label);
  }
  const timeline: Mention[] = [];
  // What "er", "she" may point back to: a person named in full somewhere in the article, or a lone
  // word the lexicon or some quote's own attribution gives as a person. German capitalises every
  // noun, so a lone capitalised word before a verb ("Zu seiner eigenen Rolle erklärte er:", "interne
  // Querelen kritisiert") reads like a surname to the mention scan; such a word is nobody.
  const lonePerson = new Map<string, boolean>();
  // "eine Polizeisprecherin": a role brought in unnamed. One pattern per role for the article: resolve
  // runs for every reference, and compiling one per narration paragraph there is the cost the
  // surname patterns below are built once to avoid.
  const introPatterns = new Map<string, RegExp>();
  const unnamedIntro = (role: string): RegExp => {
    let re = introPatterns.get(role);
    if (!re) introPatterns.set(role, (re = new RegExp(`(?<![\\p{L}])(?:ein|eine|einer|einem|einen)\\s+${escape(role)}(?![\\p{L}])`, 'iu')));
    return re;
  };
  // A surname written after an honorific or a German title of office is a person's (article-people.ts).
  const honoured = honouredSurnames(bodyTexts(paragraphs), language);
  const pronounTarget = (name: string): boolean => {
    const full = registry.canonical(name);
    if (full.includes(' ') || attributed.has(name) || honoured.has(name)) return true;
    let known = lonePerson.get(full);
    if (known === undefined) lonePerson.set(full, (known = nameTags(full).people));
    return known;
  };
  // Publications the narration introduces ("le quotidien Le Figaro"), for "le quotidien" to point back to.
  const publications: Mention[] = paragraphs.flatMap((pieces, p) =>
    pieces.filter((piece) => piece.role === 'body').flatMap((piece) => publicationsIn(piece.text).map((m) => ({ order: (p + 1) * 1_000_000 + piece.start + m.offset, name: m.name }))),
  );
  // "she said": the latest person not known to be of the other gender.
  const latestBefore = (order: number, gender?: Gender): string | null => {
    let best: Mention | null = null;
    for (const m of timeline) {
      if (m.order >= order || (best && m.order < best.order)) continue;
      const g = gender ? (evidence.of(m.name) ?? givenGender(m.name)) : null;
      if (g === null || g === gender) best = m;
    }
    return best?.name ?? null;
  };
  // Who the narration is about: sentence subjects that are people, and the speakers of quotes.
  // Who the narration is about (sentence subjects, quotes' speakers), for French pronouns and roles.
  const topics = new Topics();
  const sure = (gender?: Gender) => (name: string) => gender !== undefined && (evidence.of(name) ?? givenGender(name)) === gender;
  const fitsGender = (gender?: Gender) => (name: string) => {
    const g = gender ? (evidence.of(name) ?? givenGender(name)) : null;
    return g === null || g === gender;
  };
  // "a-t-elle souligné": the latest person of that gender, or the one the sentences are about (`Topics.choose`).
  const pick = (order: number, gender?: Gender, incise = true): string | null => {
    const latest = latestBefore(order, gender);
    if (language !== 'fr' || latest === null) return latest;
    const at = Math.max(...timeline.filter((m) => m.order < order && m.name === latest).map((m) => m.order));
    return topics.choose(latest, at, order, { fits: fitsGender(gender), sure: sure(gender), incise, gender });
  };
  // Built on the first "the PM said": most articles have none, and the scan reads every paragraph.
  let offices: { roles: Map<string, Set<string>>; allText: string } | null = null;
  // "the PM said": the latest person given that office; else the latest not given another office.
  // (`holderOnly`: undefined when nobody holds the office, for a gendered German role noun to fall back on its gender.)
  const latestInRole = (order: number, role: string, holderOnly = false): string | null | undefined => {
    offices ??= { roles: rolesOf(paragraphs, registry, isPerson), allText: paragraphs.flatMap((ps) => ps.map((p) => p.text)).join(' ') };
    return latestHolder(timeline, offices.roles, offices.allText, order, role, holderOnly);
  };
  // The narration of every paragraph with its place in reading order, for descriptions to look back on.
  const bodies = paragraphs.flatMap((pieces, p) => pieces.filter((piece) => piece.role === 'body').map((piece) => ({ order: (p + 1) * 1_000_000 + piece.start, text: piece.text })));
  // (`incise`: the ref is the attribution after the quote, "», a-t-elle souligné", where French keeps
  // the speaker the sentences around are about; a pronoun opening narration goes to the latest person.)
  const resolve = (ref: SpeakerRef, order: number, incise = false): string | null => {
    if (ref.kind === 'fixed') {
      if (ref.gender) evidence.add(ref.name, ref.gender, 3);
      return ref.name;
    }
    if (ref.kind === 'name') {
      // The fullest form is asked about: "Dupont" alone is a company to the lexicon, "Marie Dupont" a person.
      const full = registry.canonical(ref.name);
      if (!isPerson(full)) return null;
      return ref.weak && !registry.knows(ref.name) && !attributed.has(ref.name) && !headlineNames(ref.name) ? null : full;
    }
    if (ref.kind === 'source') {
      if (ref.name) return registry.canonical(ref.name);
      // "le quotidien": the latest publication the article introduced before the quote.
      let latest: Mention | null = null;
      for (const m of publications) if (m.order < order && (!latest || m.order > latest.order)) latest = m;
      return latest?.name ?? null;
    }
    if (ref.kind === 'anaphor') {
      if (ref.rank) return ordinalPerson(ref.rank, order, bodies, timeline);
      // "a affirmé le ministre de l'Économie": the person introduced by that description, most recent first.
      if (ref.description) {
        const before = bodies.filter((b) => b.order < order).sort((a, b) => b.order - a.order).map((b) => b.text);
        // (Not a person of the other gender: "a déclaré la ministre" is not "le ministre Paul Roy".)
        const fits = (name: string) => {
          const known = evidence.of(registry.canonical(name)) ?? givenGender(name);
          return isPerson(name) && !(ref.gender && known && known !== ref.gender);
        };
        const who = personDescribed(ref.description, before, fits);
        if (who) return registry.canonical(who);
      }
      const inRole = ref.role ? latestInRole(order, ref.role, ref.gender !== undefined) : undefined;
      if (inRole !== undefined) return inRole;
      // "Eine Polizeisprecherin teilte mit: … „…“, erklärte die Polizeisprecherin.": nobody holds the
      // role, and the article brought it in unnamed; the definite noun is that same unnamed person.
      if (ref.role && bodies.some((b) => b.order < order && unnamedIntro(ref.role!).test(b.text))) return null;
      // (French: "Surpris par la politique du président X, il déclara :" — nobody named in a fronted
      // participle phrase is the pronoun's person: the latest one before that sentence.)
      const lastBody = language === 'fr' && !incise && !ref.role && !ref.description ? bodies.filter((b) => b.order < order).pop() : undefined;
      const fronted = lastBody ? frontedParticipleStart(lastBody.text) : null;
      const who = incise ? pick(order, ref.gender) : latestBefore(fronted !== null ? lastBody!.order + fronted : order, ref.gender);
      if (who && ref.gender) evidence.add(who, ref.gender, 2);
      return who;
    }
    return null;
  };

  // Whether a text names a person other than `except` whom the lexicon knows for one: a capitalised
  // German noun opening a sentence ("Pro Jahr wird …") reads like a name, and must not block.
  // (Both answers remembered for the article: the same narration is asked about for several quotes.)
  const lexiconPerson = new Map<string, boolean>();
  const knownPerson = (name: string): boolean => {
    let known = lexiconPerson.get(name);
    if (known === undefined) lexiconPerson.set(name, (known = nameTags(name).people || nameTags(name.split(' ')[0]!).firstName));
    return known;
  };
  const peopleOf = new Map<string, Set<string>>();
  const namesSomeone = (text: string, except: string | null): boolean => {
    let people = peopleOf.get(text);
    if (!people) peopleOf.set(text, (people = peopleIn(text, registry, surnames, isPerson)));
    return [...people].some((name) => name !== except && knownPerson(name));
  };
  const out: ResolvedPiece[][] = [];
  // The quotation running over several paragraphs, waiting for its attribution.
  let chain: ResolvedPiece[] = [];
  let chainFallback: string | null = null;
  // A release headed "Statement from <office> <name>:": its first paragraphs of quotation are that person's.
  let previousQuoteSpeaker: string | null = headline ? headedAuthor(headline) : null;
  // Papers quoted in a press review: sources, never what a later "er" or "sie" points back to.
  const papers = new Set<string>();
  let lastNarration: string[] = [];

  // The headline's people come first (orders below the first paragraph's), each the story's subject.
  let headlinePeople: string[] = [];
  if (headline) {
    // (Only a person: one the body names too, one the lexicon knows, or a headline clause's subject.)
    const lead = headlineSubjects(headline);
    const named = paragraphMentions([{ role: 'body', text: headline, start: 0 } as Piece], registry, surnames, 0, (name) => isPerson(name) && pronounTarget(name), pronounTarget)
      .filter((m) => registry.all().includes(m.name) || registry.knows(m.name) || nameTags(m.name).people || isGivenName(m.name.split(' ')[0]!));
    for (const name of lead) if (isPerson(name) && pronounTarget(name) && !named.some((m) => m.name === registry.canonical(name))) named.push({ order: headline.indexOf(name), name: registry.canonical(name) });
    timeline.push(...named);
    headlinePeople = [...new Set(named.map((m) => m.name))];
    topics.subjects.push(...named.filter((m) => lead.some((name) => registry.canonical(name) === m.name)));
  }
  paragraphs.forEach((pieces, p) => {
    const base = (p + 1) * 1_000_000;
    timeline.push(...paragraphMentions(pieces, registry, surnames, base, (name) => isPerson(name) && pronounTarget(name), pronounTarget));
    // A paragraph of quotation alone that nobody claimed, this one opening on a sentence pointing back
    // to it ("Première prise de parole du ministre …, X, …", "C'est par ces mots que X …"): X's words.
    const prior = out[out.length - 1] ?? [];
    const orphan = prior.some((r) => r.role === 'quote') && prior.every((r) => (r.role === 'quote' && !r.ref && r.speaker === null && !r.continues) || (r.role === 'body' && r.text.length < 3));
    const back = orphan && pieces[0]?.role === 'body' ? pointsBack(splitSentences(pieces[0].text)[0] ?? '') : null;
    const owner = back ? resolve(back, base + pieces[0]!.start + 1) : null;
    if (owner && isPerson(owner)) {
      for (const q of prior) if (q.role === 'quote') Object.assign(q, { ref: back, speaker: owner });
      previousQuoteSpeaker = owner;
    }
    if (language === 'fr') {
      for (const piece of pieces) {
        if (piece.role !== 'body') continue;
        for (const { offset, refs, unnamed } of sentenceSubjects(piece.text)) {
          const order = base + piece.start + offset;
          topics.starts.push(order);
          if (unnamed) topics.unnamed.push({ order, gender: unnamed });
          for (const ref of refs) {
            // (A pronoun subject is weighed without taking it as gender evidence; a role subject, "le
            // premier ministre s'est insurgé", as an incise's role is.)
            const who = ref.kind === 'anaphor' && !ref.description && !ref.role ? pick(order, ref.gender, false) : resolve(ref, order, true);
            if (who && isPerson(who)) {
              topics.subjects.push({ order, name: who });
              break;
            }
          }
        }
      }
    }
    const resolved: ResolvedPiece[] = pieces.map((piece, i) => ({
      ...piece,
      speaker: piece.ref ? resolve(piece.ref, base + piece.start, piece.role === 'quote' && pieces[i + 1]?.role === 'body' && sameRef(attributionAfter(pieces[i + 1]!.text), piece.ref)) : null,
      speakerGender: null,
    }));
    const quotes = resolved.filter((r) => r.role === 'quote');
    // Quotes in the same paragraph without their own attribution share a neighbour's, unless the
    // narration between them names someone else ("“A,” Roe said. Then Ito spoke. “B.”").
    const roleBetween = (a: ResolvedPiece, b: ResolvedPiece): boolean =>
      resolved
        .slice(resolved.indexOf(a) + 1, resolved.indexOf(b))
        .filter((r) => r.role === 'body')
        .some((r) => r.text.split(/\s+/).some((w) => GERMAN_ROLE.test(w.replace(/[^\p{L}-]/gu, ''))));
    const namesOther = (a: ResolvedPiece, b: ResolvedPiece): boolean => {
      const [from, to] = [resolved.indexOf(a), resolved.indexOf(b)].sort((x, y) => x - y);
      // (A topic lead-in between them, "On Neco Roe:", names what the same speaker talks about.)
      const between = resolved.slice(from! + 1, to).filter((r) => r.role === 'body' && !isTopicLead(r.text)).map((r) => r.text).join(' ');
      // (The noun a weak guess took for b's speaker, "Region", is nobody either.)
      const guess = b.ref?.kind === 'name' && b.ref.weak && b.speaker === null ? b.ref.name : null;
      return guess ? namesSomeone(between.split(guess).join(' '), a.speaker) : namesSomeone(between, a.speaker);
    };
    // (A weak guess from the sentence before that named no one the article knows, "In der Region
    // gebe es …", is no attribution of the quote's own: see „A“ – so wörtlich – „B“ below.)
    const guessedNobody = (x: ResolvedPiece): boolean => x.ref?.kind === 'name' && x.ref.weak === true && x.speaker === null;
    quotes.forEach((q, i) => {
      if (q.ref) return;
      // (Not a later quote whose own lead-in brings its speaker in: neighbour-refs.ts.)
      const later = quotes.slice(i + 1).find((x) => x.ref);
      const donor = [...quotes.slice(0, i)].reverse().find((x) => x.ref) ?? (later && introducedAfter(resolved, q, later) ? undefined : later);
      if (donor && !namesOther(donor, q)) {
        q.ref = donor.ref;
        q.speaker = donor.speaker;
      }
    });
    borrowFromNeighbours(resolved, { base, language, resolve, namesSomeone, registry, surnames, isPerson, papers });
    const narration = resolved.filter((r) => r.role === 'body').map((r) => r.text).join(' ');
    const onlyQuotes = quotes.length > 0 && resolved.every((r) => r.role === 'quote' || r.text.length < 3);
    const startsChain = quotes.some((q) => q.continues) && chain.length === 0;
    // (Its attribution may open the next paragraph: ", erklärt X die Hintergründe.")
    const opening = onlyQuotes ? openingAttribution(paragraphs[p + 1]) : null;
    if (startsChain) chainFallback = onlyQuotes || quotes[0]?.start === 0 || isTopicLead(narration) ? previousQuoteSpeaker : null;
    for (const q of quotes) {
      if (q.continues || q.continued) chain.push(q);
      else if (!q.ref && onlyQuotes) q.speaker = opening ? resolve(opening, base + 999_999) : previousQuoteSpeaker;
      // A quote opening its paragraph, the narration after it naming no one else: the speaker of
      // the paragraph before, as for a paragraph of quotes only.
      else if (!q.ref && q.speaker === null && q === resolved[0] && previousQuoteSpeaker && !namesSomeone(narration, previousQuoteSpeaker)) q.speaker = previousQuoteSpeaker;
      // A German quote after narration that goes on with the speaker before without naming anyone:
      // a lead-in whose verb has no subject of its own ("Und lobt seinen Kollegen Hallwig:"), or
      // reported speech ("Seit März sei die Verwaltung im Einsatz gewesen. „…“").
      // (A name in a lead-in without a subject is the verb's object, "seinen Kollegen Hallwig": never the speaker.)
      // French: a quote closing a paragraph whose narration names the speaker before and no one else
      // ("Pour Paul Roy, … Et la pluie … « … »") is that speaker's.
      else if (language === 'fr' && !q.ref && q.speaker === null && q === resolved[resolved.length - 1] && previousQuoteSpeaker && narration.includes(previousQuoteSpeaker.split(' ').pop()!) && !namesSomeone(narration, previousQuoteSpeaker)) q.speaker = previousQuoteSpeaker;
      // After a topic lead-in ("On Neco Roe:"), the speaker of the quote before goes on.
      else if (q.speaker === null && isTopicLead(resolved[resolved.indexOf(q) - 1]?.text ?? '')) q.speaker = quotes[quotes.indexOf(q) - 1]?.speaker ?? previousQuoteSpeaker;
      else if (language === 'de' && previousQuoteSpeaker && quotes[0] === q && goesOnWithSpeaker(resolved, q, (t) => namesSomeone(t, previousQuoteSpeaker))) q.speaker = previousQuoteSpeaker;
    }
    // „A“ – so wörtlich – „B“: a later quote of the paragraph with no attribution of its own goes on
    // with the quote before it, however that one's speaker was found (here from the paragraph before),
    // when the narration between them names no one else.
    quotes.forEach((q, i) => {
      // (The weak guess only in German, where it comes of a fronted phrase, "In der Region gebe es …",
      // and only when the narration between has no role noun for a new speaker, "der Verhandler".)
      const guessed = guessedNobody(q) && language === 'de';
      if (i === 0 || (q.ref && !guessed) || q.speaker !== null || q.continues || q.continued) return;
      const prior = quotes[i - 1]!;
      if (guessed && roleBetween(prior, q)) return;
      if (prior.speaker && !prior.continues && !namesOther(prior, q)) q.speaker = prior.speaker;
    });
    const chainEnds = chain.length > 0 && !quotes.some((q) => q.continues);
    if (chainEnds) {
      const attributed = chain.find((q) => q.ref && q.ref.kind !== 'unnamed') ?? chain.find((q) => q.ref);
      const speaker = attributed ? attributed.speaker : chainFallback;
      for (const q of chain) if (!q.ref || (attributed && q.ref.kind !== 'name')) q.speaker = speaker;
      chain = [];
    }
    for (const q of quotes) {
      // A newspaper or an organisation speaking is no "he" or "she" later on.
      if (q.speaker && q.ref?.kind !== 'source' && !papers.has(q.speaker)) {
        timeline.push({ order: base + q.start, name: q.speaker });
        topics.subjects.push({ order: base + q.start, name: q.speaker });
      }
    }
    const last = quotes[quotes.length - 1];
    if (last && !last.continues) previousQuoteSpeaker = last.speaker;
    else if (!last) {
      // "Savett said the test was reckless." then a bare quote paragraph: the person just reported
      // (a person: an organisation or a place is never a speaker), or the one whose statement the
      // paragraph announces ("The following is a statement from X regarding … at the Y Range.").
      const text = pieces.map((piece) => piece.text).join(' ');
      const said = pieces.flatMap((piece) => mentionsIn(piece.text)).filter((m) => isPerson(registry.canonical(m.name)));
      const name = announcedAuthor(text) ?? statementIssuer(text) ?? said[said.length - 1]?.name;
      // "Das Grußwort im Wortlaut:", "Hier ein Auszug aus der Neujahrsansprache:": a label of the
      // speech that follows, naming no one, keeps the speaker the paragraph before gave.
      // (When that paragraph's quote had no speaker, a quoted title before its narration: the person
      // its narration named last.)
      const label = !name && isSpeechLabel(text);
      // A press review's lead-in on its own line ('Die "Augsburger Allgemeine" über Kanzlerin X:'):
      // the paper in quotation marks speaks the paragraph after, not the person it writes about.
      const paper = /:$/.test(text.trim()) ? quotedPaperSubject(splitSentences(text).pop() ?? '') : null;
      if (paper) {
        previousQuoteSpeaker = paper;
        papers.add(paper);
      } else if (!label) previousQuoteSpeaker = name && isPerson(registry.canonical(name)) ? registry.canonical(name) : null;
      else if (previousQuoteSpeaker === null) {
        const narrated = lastNarration.flatMap((t) => mentionsIn(t)).filter((m) => isPerson(registry.canonical(m.name)));
        previousQuoteSpeaker = narrated.length ? registry.canonical(narrated[narrated.length - 1]!.name) : null;
      }
      // "Before the meeting the PM said …": an office reported, resolved to its holder.
      const reported = previousQuoteSpeaker === null ? reportedSpeaker(text) : null;
      if (reported?.kind === 'anaphor' && reported.role) previousQuoteSpeaker = resolve(reported, base + text.length);
    }
    // This paragraph's narration, for a speech label after it (its people read only then).
    const bodyTexts = resolved.filter((r) => r.role === 'body').map((r) => r.text);
    if (bodyTexts.length) lastNarration = bodyTexts;
    out.push(resolved);
  });
  pullQuoteOwners(out);
  headlinePersonQuotes(out, headlinePeople, timeline);
  for (const pieces of out) for (const piece of pieces) if (piece.role === 'quote') piece.speakerGender = evidence.of(piece.speaker);
  return out;
}
