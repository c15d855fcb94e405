// One paragraph → pieces in the narrator's voice (body) and in a quoted speaker's voice (quote).
//
// Which quotation marks switch voice (the rule, in order):
//  1. a quote that runs over several paragraphs: always (press releases quote whole paragraphs);
//  2. a quote introduced by a colon (`Mr Durkan said: “No.”`) or directly by a reporting verb
//     (`saying “In a flash, …”`, `said, “Yes.”`): always, whatever its length;
//  3. a quote that opens its sentence and is a complete utterance (ends with punctuation inside
//     the marks, or right after them: `“No,” he said.`, `“Why?”`): always;
//  4. a quotation that completes the narrator's own clause stays with the narrator however long:
//     right after a preposition, an article or determiner, a copula, or a verb that names or
//     describes ("called", "described as", "dubbed", "was"; "als", "für", "nannte"; "de",
//     "pour", "qualifié de"): `the group was “to provide advice on …”`, `a study titled “…”`; and
//     in English right after any other verb that is not one of saying, as compromise tags it (`the
//     committee cited “…”`, `while acknowledging “…”`), unless the quotation ends on its own stop;
//  5. any other quoted clause switches only from `quoteMinWords` words (default 4), unless it
//     looks like a title (every long word capitalised: “Face the Nation”, “Make America Great
//     Again”). Shorter ones are scare quotes or partial quotes (“preventively”, “observer,”, “a
//     flagrant violation”): switching voice for one to three words inside a sentence sounds like
//     a glitch, so they stay in the narrator's voice with their marks;
//  6. an unclosed quote (a truncated article) switches like rule 5 or when it opens its
//     sentence, and runs to the end of its paragraph.
// The pieces cover the paragraph completely, in order: only the outer marks of a voiced quote are
// left out of its text. Punctuation left alone between marks (`”.`) joins the piece before it.
import type { QuoteSpan } from './quotes.ts';
import { sentenceIndex, type SentenceIndex } from './sentences.ts';
import { PARTICIPLES, PRONOUN_RE, VERBS } from './attribution-words.ts';
import { nameTags } from './name-tags.ts';
import { attributionAfter, attributionBefore, COMME_SAYS, FRENCH_CLEFT } from './speakers.ts';
import type { SpeakerRef } from './subject-refs.ts';
import { NOT_NAMES } from './name-runs.ts';
import { inciseCuts } from './incise.ts';

export interface Piece {
  role: 'body' | 'quote';
  text: string;
  /** Offset of the piece in its paragraph (of the opening mark for quotes). */
  start: number;
  /** The attribution written next to this quote, before resolution. */
  ref: SpeakerRef | null;
  /** The quote runs on into the next paragraph / continues one from the previous paragraph. */
  continues: boolean;
  continued: boolean;
}

/** A news outlet passing the words on: ", the wire service reported", ", the news agency said". */
const PASSED_ON = /^[\s,”"’»]*(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}(?:agency|service|paper|newspaper|broadcaster|station|channel|outlet|wire)\s+(?:reported|said|wrote|quoted)/iu;
const QUOTE_MARK = /[“”„‟"«»‚‘’'‹›]/;
const REPORTING_INTRO =
  /\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|declared|explained|replied|responded|continued|warned|insisted|saying|adding|writing|telling|asking|declaring|warning|explaining|stating|tweeted|posted|concluded|remarked|noted|noting|reads|read|according to [^,]+)\s*,?$/i;

/** Words after which a quotation is the object or complement of the narrator's clause (rule 4). */
const COMPLETES_CLAUSE = new RegExp(
  `(?<![\\p{L}])(?:${[
    // English: prepositions, articles and determiners, copulas, naming and describing verbs
    'of|for|about|on|in|into|from|with|without|by|as|at|against|over|under|than|like|the|a|an|this|that|these|those|its|his|her|their|our|' +
      'is|was|were|are|be|been|being|called|calling|calls|described|describes|describing|dubbed|termed|labell?ed|branded|named|titled|entitled|known|deemed|considered',
    // German
    'als|für|von|vom|zum|zur|mit|über|auf|gegen|um|unter|der|die|das|den|dem|des|ein|eine|einen|einem|einer|ist|war|sei|nannte|nennt|bezeichnete|bezeichnet|genannt|betitelt',
    // French, Spanish, Italian
    'de|du|des|pour|par|sur|avec|sans|contre|comme|le|la|les|un|une|est|était|qualifié|qualifiée|qualifiés|appelé|appelée|intitulé|intitulée|baptisé|del|para|por|con|el|los|las|una|es|fue|llamado|titulado|di|per|il|lo|gli|è|era|chiamato|intitolato',
    // reported speech that quotes the words: "a déclaré que « … »", "sagte, dass „…“" (English "that" is above)
    'que|qu[’\']|dass|daß',
    // a French relative pronoun or adverb opening the narrator's subordinate clause: "le cas du Sénégal, où “il est difficile …”"
    'où|dont',
    // French infinitive complements: "la question est de savoir « … »", "a promis d'engager « … »"
    // (not a verb of saying: "avant de poursuivre « … »" introduces the speaker's words)
    "(?:de|d[’']|à)\\s*(?!(?:dire|déclarer|ajouter|poursuivre|expliquer|affirmer|répondre|conclure|souligner|préciser|rappeler|lancer|demander|insister)$)\\p{Ll}+(?:er|ir|re)",
    // a naming verb and its object, a pronoun or a name: "called it “…”", "nannte ihn „…“", "a appelé Marie Roy « … »", "called Collins “…”"
    '(?:called|calls|dubbed|termed|labell?ed|branded|named|nannte|nennt|bezeichnete|qualifie|qualifié|appelle|appelé|appelait|traité)\\s+(?:it|him|her|them|this|that|es|ihn|sie|le|la|les|(?:\\p{Lu}[\\p{L}’\'-]*\\s+){0,3}?(?:\\p{Lu}[\\p{L}’\'-]*))',
  ].join('|')})$`,
  'iu',
);

/** A verb of saying ending the text before a quote, in any form ("a déclaré", "poursuivre", "sagte"). */
const SAYING_BEFORE = new RegExp(`(?<![\\p{L}])(?:${VERBS}|dire|déclarer|ajouter|poursuivre|expliquer|affirmer|répondre|conclure|lancer|sagen|erklären|betonen)$`, 'iu');

/**
 * French verbs of attribution whose object is a noun phrase, not direct speech: after "a dénoncé",
 * "salue", "a immédiatement regretté" a « … » without a colon is the thing denounced or welcomed.
 */
const NOUN_OBJECT_FR =
  /(?<![\p{L}])(?:dénonc[ée]|salu[ée]|regrett[ée]|déplor[ée]|fustig[ée]|critiqu[ée]|réclam[ée]|évoqu[ée]|confirm[ée]|demand[ée]|annonc[ée]|promis|promet|reconnu|reconnaît|admis)$/iu;

/**
 * A noun of a work right before the quotation ("le roman « … »", "son dernier film, « … »,", "the
 * film “…”", "dem Roman „…“"): the quotation is the work's title, the narrator's words whatever
 * attribution follows the sentence. French, English and German.
 */
const WORK_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${[
    'roman|film|livre|ouvrage|album|chanson|single|pièce|série|feuilleton|émission|documentaire|spectacle|exposition|tableau|opéra|essai|recueil|poème|disque|court[ -]métrage|long[ -]métrage|bande dessinée',
    'novel|film|movie|book|album|song|play|series|show|documentary|exhibition|painting|opera|essay|poem|memoir',
    'roman|film|buch|album|lied|song|stück|theaterstück|serie|sendung|dokumentation|ausstellung|gemälde|oper|essay|gedicht',
  ].join('|')})(?:\\s*,)?$`,
  'iu',
);

/** A relative pronoun opening a quotation: the quotation is a relative clause of the narrator's noun. */
const RELATIVE_OPENING = /^(?:où|qui|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|duquel)(?![\p{L}])/u;

/** A verb of saying anywhere in a stretch of text (a split quotation's incise before the mark). */
const SAYING_IN = new RegExp(`(?<![\\p{L}])(?:${VERBS})(?![\\p{L}])`, 'iu');

/** A reporting participle as the whole word ("said", "added"); compiled once, not per quote. */
const PARTICIPLE_WORD = new RegExp(`^(?:${PARTICIPLES})$`);

/**
 * Whether the text before a quote mark ends on an English verb that is not a verb of saying, so the
 * quotation is its object. compromise tags the clause (an English tagger: only plain lowercase
 * English word shapes are asked, so "sagte" or "a dénoncé" never reach it).
 */
function objectOfVerb(before: string): boolean {
  const word = /(?:^|\s)([a-z]+(?:ed|ing|es|s|t))$/.exec(before)?.[1];
  if (!word || SAYING_BEFORE.test(word) || REPORTING_INTRO.test(word) || PARTICIPLE_WORD.test(word)) return false;
  return nameTags(before.slice(-120).replace(/^\S*\s/, '')).endsOnVerb;
}

/**
 * Whether a quotation is the predicate of a subject the narrator wrote: `Russia, China and Iran “will
 * take advantage of …,” said an official` — the sentence before the mark is a noun phrase (a noun and no verb,
 * as compromise tags it) and the quotation goes on in lowercase, so it completes the narrator's
 * clause even though an attribution follows. English only (the tagger is English); German and French
 * quotations woven into the sentence are handled by their typography below.
 */
function predicateOfSubject(sentenceBefore: string, inner: string): boolean {
  // "The senators wrote that the park system “is one of …”": the clause after "that" has its own
  // subject, which the quotation completes as the whole sentence's subject would.
  // ("… said that Salah Salih, also known as Salah Gosh, “was involved …”": a name as that subject,
  // an apposition set off by commas after it.)
  const clause = /\sthat\s+([A-Za-z][^;:]*)$/.exec(sentenceBefore.trim())?.[1]?.replace(/,\s+[^,]{1,60},$/, '');
  const subject = (clause !== undefined && !clause.includes(',') ? clause : sentenceBefore).trim();
  const opening = clause !== undefined && !clause.includes(',') ? /^[A-Za-z][A-Za-z.'’&\s-]*[A-Za-z.]$/ : /^[A-Z][A-Za-z.,'’&\s-]*[A-Za-z.]$/;
  if (!/^[a-z]/.test(inner) || !opening.test(subject) || subject.split(/\s+/).length > 8) return false;
  const tags = nameTags(subject);
  return tags.hasNoun && !tags.hasVerb;
}

/**
 * "bien que, comme le rappelle HRW, « la Russie … »", "sei, so Roth, „…“", "because, as the
 * report notes, “…”": an attribution set off by commas inside a clause the narrator opened; the
 * quotation finishes that clause (here after "que"), so it stays with the narrator.
 */
const INCISE = /,\s*(?:comme|ainsi que|selon|d['’]après|wie|laut|so|as|according to)\s[^,«»„“”"]{1,80},\s*$/iu;
function inClauseAfterIncise(before: string): boolean {
  const clause = before.replace(INCISE, '');
  return clause !== before && COMPLETES_CLAUSE.test(clause.trimEnd());
}

/** A conjunction or preposition going on after a quotation: no attribution starts with one ("… “a disaster” and vowed to …"). */
const CONJUNCTION_AFTER = /^[ \u00a0]+(?:and|or|but|nor|to|as|when|while|because|before|after|than|if|in|on|at|for|with|from|by|of|into|over)\s/;

/** How far an attribution may sit from its quote mark, in characters (a long sentence's clause). */
const LOOKBACK = 300;

export const wordsOf = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

function innerOf(text: string, span: QuoteSpan): { from: number; to: number } {
  const from = QUOTE_MARK.test(text[span.start] ?? '') ? span.start + 1 : span.start;
  const to = span.closed ? span.end - 1 : span.end;
  return { from, to: Math.max(from, to) };
}

function titleLike(inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || /[.,;:!?…]/.test(inner.replace(/[.,;:!?…]+$/, ''))) return false;
  if (/[.!?…]$/.test(inner)) return false;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  return long.length > 0 && long.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** Whether a quotation span is read in a quoted speaker's voice (see the rules above). */
export function isVoicedQuote(text: string, span: QuoteSpan, minWords: number, sentences: SentenceIndex = sentenceIndex(text)): boolean {
  const { from, to } = innerOf(text, span);
  const inner = text.slice(from, to).trim();
  const count = wordsOf(inner);
  if (count === 0) return false;
  if (span.continues || span.continued) return true;
  // Only the words just before the mark matter (the intro verb, a colon): a bounded look keeps long paragraphs linear.
  const before = text.slice(Math.max(0, span.start - LOOKBACK), span.start).trimEnd();
  const sentenceOpen = text.slice(sentences.startOf(span.start), span.start).trim() === '';
  if (!span.closed) return count >= minWords || sentenceOpen;
  if (/:$/.test(before) || REPORTING_INTRO.test(before)) return true;
  if (!sentenceOpen && predicateOfSubject(text.slice(sentences.startOf(span.start), span.start), inner)) return false;
  if (!sentenceOpen && inClauseAfterIncise(before)) return false;
  // "car comme le dit Madame Boustani « ces différences … »": a clause of comparison naming who says
  // the words introduces them as a colon would (not set off by commas inside a clause: above).
  if (COMME_SAYS.test(before)) return true;
  const after = text.slice(span.end);
  // The attribution right after the quotation, in the rest of its sentence ("…,” he said"), if any.
  const attributionNext = () => attributionAfter(after.slice(0, 80).split(/(?<=[.!?])\s/)[0] ?? '');
  // (In apposition, "Son dernier film, « … », sort", only with the comma closing it after the title and
  // no attribution after that comma: "Dans son livre, « Je … », écrit-il" quotes the book's words.)
  if (!sentenceOpen && WORK_NOUN.test(before) && (!/,$/.test(before) || (/^[ \u00a0\u202f]*,/u.test(after) && attributionNext() === null))) return false;
  const utterance = /[.,!?…—–-]$/.test(inner) || /^[.,!?]/.test(after);
  if (sentenceOpen && utterance) return true;
  // …but a quotation followed by its attribution ("… be “forced to defend…,” he said") is the speaker's.
  // (A quotation closed by its own stop, then a new sentence that goes on past its verb with more
  // words or a quotation of its own, "… every day.” He said the decision was “a difficult one.”",
  // reports something else: it is no attribution of this one.)
  const nextSentence = after.slice(0, 300).split(/(?<=[.!?])\s/)[0] ?? '';
  const newSentence = /[.!?…]$/.test(inner) && /^\s+\p{Lu}/u.test(after) && (/[“”"«»„]/.test(nextSentence) || wordsOf(nextSentence) > 10);
  const attributed = () => !newSentence && attributionNext() !== null;
  if (!sentenceOpen && COMPLETES_CLAUSE.test(before) && !attributed()) return false;
  // The object of a verb that is not one of saying ("the committee cited “…”", "while acknowledging
  // “…”"): the quotation completes the narrator's clause, however long (one ending on its own stop
  // is a sentence the speaker said: "Allies must “do more than just watch.”").
  if (!sentenceOpen && !/[.!?…]$/.test(inner) && objectOfVerb(before) && !attributed()) return false;
  // French and German typography (« », „ “) introduce direct speech with a colon; a quotation inside
  // the sentence without one is woven into the narrator's syntax ("a dénoncé « la furie … »").
  // Only right after a word, and not a verb of saying ("avant de poursuivre « … »" still switches),
  // unless the quotation opens in lowercase: then it continues the verb's clause ("qui affirme
  // « agir au nom de … »", an infinitive; direct speech opens with a capital).
  // „wie der Blick … auf unsere Regionen“ sei.: German and French copy set a comma between direct
  // speech and what follows it („…“, sagte sie); a quotation without its own stop that the sentence
  // goes on after with a lowercase word and no comma (the narrator's verb) is part of that sentence.
  // `urged witnesses "to come forward and do the right thing".`, `was not "uncomfortable, rather …".`,
  // `unterstützen würden "bei ihren Angriffen auf …".`: a quotation inside the sentence that opens in
  // lowercase, holds no sentence of its own and ends the narrator's sentence (its stop outside the
  // marks) finishes the narrator's clause, with English and German marks (a paragraph that uses
  // guillemets follows the French rule below, whatever marks it nests). Not after a comma ("Wie Roth
  // mitteilte, „…“." sets the speaker's words off) nor right after a verb of saying.
  if (!sentenceOpen && !/[«»‹›]/.test(text) && !/,$/.test(before) && !SAYING_BEFORE.test(before) && /^\p{Ll}/u.test(inner) && !/[.!?…]/.test(inner) && /^\.(?!\.)/.test(after) && !attributed()) return false;
  // `has admitted it “made a number of mistakes” when it left …`: the same quotation inside the
  // sentence, with the narrator's sentence going on after it in lowercase (no comma, no stop
  // between): the words are woven into the narrator's clause, as the German and French rule below.
  // (Not after another quotation: "“…” and “the UK public finances appear …” report the IMF" is
  // a pair of quotations its inverted attribution follows.)
  if (!sentenceOpen && !/[“”"«»„]/.test(text.slice(sentences.startOf(span.start), span.start)) && !/[«»‹›]/.test(text) && !/,$/.test(before) && !SAYING_BEFORE.test(before) && /^\p{Ll}/u.test(inner) && !/[.!?…,;:]/.test(inner) && /^[ \u00a0]+\p{Ll}/u.test(after) && (CONJUNCTION_AFTER.test(after) || !attributed())) return false;
  if (/[«„»‹‚]/.test(text[span.start] ?? '') && !/[.,;:!?…]$/.test(inner) && /^[ \u00a0\u202f]*\p{Ll}/u.test(after) && !attributed()) return false;
  // A quotation opening in lowercase that is woven into the narrator's syntax stays with the narrator
  // even where an attribution follows it, for that attribution reports the whole sentence: right
  // after a word that is not a verb of saying ("est un « outil essentiel … », a déclaré X", "le
  // départ du candidat « laisse un vide … », souligne le quotidien", "les déclarations « condamnables
  // … » du ministre, a affirmé X"), or a relative clause after a noun and its comma ("…, « où
  // n'importe qui … »"). French and German direct speech opens with a capital, or after a colon.
  if (
    !sentenceOpen &&
    /[«„»‹‚]/.test(text[span.start] ?? '') &&
    /^\p{Ll}/u.test(inner) &&
    ((/\p{L}$/u.test(before) && !SAYING_BEFORE.test(before)) || (/,$/.test(before) && RELATIVE_OPENING.test(inner)))
  )
    return false;
  // German direct speech opens with a capital or goes on after its own incise ("„Wir werden“, sagte
  // Roth, „und zwar …“"); „…“ opening in lowercase right after the narrator's comma, in a sentence
  // with no verb of saying before it, finishes the narrator's clause ("Es sei „ärgerlich“ gewesen,
  // „wie lange …“, sagte Roth", "wenn er darauf abzielt, „die Allgemeinheit … zu fördern“"), whatever
  // attribution reports the whole sentence after it.
  // ("Wie Anna Keller mitteilte, „handeln wir …“": a clause of comparison that reports the words, its
  // verb last, introduces them.)
  const opening = text.slice(sentences.startOf(span.start), span.start);
  if (!sentenceOpen && text[span.start] === '„' && /^\p{Ll}/u.test(inner) && /,$/.test(before) && !SAYING_IN.test(opening) && !/^\s*(?:Wie|So\s+wie)\s/u.test(opening)) return false;
  // "Il a précisé qu'il appellerait, « le moment venu, les candidats … »": after the comma of reported
  // speech ("que"/"qu'" and its clause, no quotation before it in the sentence) a « … » opening in
  // lowercase goes on with that clause; direct speech would open with a capital or after a colon.
  if (!sentenceOpen && text[span.start] === '«' && /^\p{Ll}/u.test(inner) && /,$/.test(before) && /(?<![\p{L}])qu(?:e\s|['’])/iu.test(opening) && !/[«»“”"]/.test(opening)) return false;
  if (!sentenceOpen && /[«„»‹‚]/.test(text[span.start] ?? '') && /\p{L}$/u.test(before) && (!SAYING_BEFORE.test(before) || NOUN_OBJECT_FR.test(before) || /^\p{Ll}/u.test(inner)) && !attributed()) return false;
  return count >= minWords && !titleLike(inner);
}

/** The paragraph's pieces, with each quote's written attribution (not yet resolved). */
export function segmentParagraph(text: string, spans: QuoteSpan[], minWords: number): Piece[] {
  const sentences = sentenceIndex(text);
  const voiced = spans.filter((s) => isVoicedQuote(text, s, minWords, sentences));
  const pieces: Piece[] = [];
  let cursor = 0;
  voiced.forEach((span, i) => {
    const body = text.slice(cursor, span.start);
    if (body.trim()) pieces.push({ role: 'body', text: body.trim(), start: cursor, ref: null, continues: false, continued: false });
    const { from, to } = innerOf(text, span);
    const next = voiced[i + 1]?.start ?? text.length;
    const afterEnd = Math.min(next, sentences.endAfter(span.end), span.end + LOOKBACK);
    let after = text.slice(span.end, afterEnd);
    const inner = text.slice(from, to).trim();
    // “…now.” The next sentence…: a full stop inside the marks ends the sentence, so what follows
    // is narration, not attribution; “Why?” Blinken asked. still reads as attribution.
    // (Not a cleft that puts the attribution in the next sentence: "« … » C'est ce qu'a promis Anne Roy.")
    if (/\.$/.test(inner) && /^\s*[“"‘']?\p{Lu}/u.test(after) && !FRENCH_CLEFT.test(after.trim())) after = '';
    // “Why a goat?” When she replied, …: after ? or ! a capitalised word that names no one (a
    // conjunction, an article, a pronoun) opens the next sentence too.
    // (“Why?” She asked: a pronoun still attributes.)
    const opening = /^\s*[“"‘']?(\p{Lu}\p{L}*)/u.exec(after)?.[1] ?? '';
    if (/[?!]$/.test(inner) && NOT_NAMES.has(opening.toLowerCase()) && !PRONOUN_RE.test(opening)) after = '';
    const before = text.slice(Math.max(cursor, sentences.startOf(span.start), span.start - LOOKBACK), span.start);
    // (A person named before and only a news outlet after, "Dorne said, “…,” the wire service
    // reported": the person spoke, the service passed it on.)
    const afterRef = attributionAfter(after);
    const passedOn = afterRef?.kind === 'unnamed' && PASSED_ON.test(after);
    const outer = passedOn ? (attributionBefore(before) ?? afterRef) : (afterRef ?? attributionBefore(before));
    pieces.push(...quoteParts(text, from, to, span, outer));
    cursor = span.end;
  });
  const tail = text.slice(cursor);
  if (tail.trim()) pieces.push({ role: 'body', text: tail.trim(), start: cursor, ref: null, continues: false, continued: false });
  return tidy(pieces);
}

/**
 * A voiced quotation as pieces: one quote, or, around a French incise inside its marks (« A,
 * explique X. B »), the parts of speech in the quote voice and the incise in the narrator's.
 */
function quoteParts(text: string, from: number, to: number, span: QuoteSpan, outer: SpeakerRef | null): Piece[] {
  const raw = text.slice(from, to);
  const cuts = inciseCuts(raw);
  const inner = raw.trim();
  if (cuts.length === 0) return [{ role: 'quote', text: inner, start: span.start, ref: outer, continues: span.continues, continued: span.continued }];
  // Each part of speech is the one of the incise after it ("« A, dit Roy. B, ajoute Lee. C »": A is
  // Roy's, B and C Lee's); an incise that names no one leaves the attribution beside the marks.
  const refs = cuts.map((c) => attributionAfter(raw.slice(c.from, c.to)) ?? outer);
  const out: Piece[] = [];
  let at = 0;
  cuts.forEach((cut, i) => {
    const speech = raw.slice(at, cut.from).trim();
    const ref = refs[i]!;
    if (speech) out.push({ role: 'quote', text: speech, start: i === 0 ? span.start : from + at, ref, continues: false, continued: i === 0 && span.continued });
    out.push({ role: 'body', text: raw.slice(cut.from, cut.to).trim(), start: from + cut.from, ref: null, continues: false, continued: false });
    at = cut.to;
  });
  const last = raw.slice(at).trim();
  if (last) out.push({ role: 'quote', text: last, start: from + at, ref: refs[refs.length - 1]!, continues: span.continues, continued: false });
  // A quotation running on into the next paragraph whose last part is an incise still runs on.
  else if (span.continues) [...out].reverse().find((p) => p.role === 'quote')!.continues = true;
  return out;
}

const hasWords = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** Joins wordless pieces (a lone `.` after `”`) to a neighbour and adjacent quotes into one. */
function tidy(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (!hasWords(piece.text)) {
      const prev = out[out.length - 1];
      if (prev) prev.text = /^[.,;:!?…)\]”’"']/.test(piece.text) ? `${prev.text}${piece.text}` : `${prev.text} ${piece.text}`;
      else pending = pending ? `${pending} ${piece.text}` : piece.text;
      continue;
    }
    if (pending) {
      piece.text = `${pending} ${piece.text}`;
      pending = '';
    }
    const prev = out[out.length - 1];
    // („A.“ „B“, sagte sein Kollege X.: two quotations side by side, each with an attribution of its
    // own, the first's before it, are two speakers' words, not one quotation.)
    const twoSpeakers = prev?.ref && piece.ref && !(prev.ref.kind === 'name' && prev.ref.weak) && JSON.stringify(prev.ref) !== JSON.stringify(piece.ref);
    if (prev && prev.role === 'quote' && piece.role === 'quote' && !piece.continued && !twoSpeakers) {
      prev.text = `${prev.text} ${piece.text}`;
      prev.ref ??= piece.ref;
      prev.continues = piece.continues;
      continue;
    }
    out.push(piece);
  }
  if (pending) {
    // Only punctuation in the whole paragraph: keep it as narration so nothing is lost.
    out.push({ role: 'body', text: pending, start: 0, ref: null, continues: false, continued: false });
  }
  return out;
}
