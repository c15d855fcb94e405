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
import { personCheck } from './entities.ts';
import { GenderEvidence } from './gender.ts';
import type { Piece } from './segment.ts';
import { splitSentences } from './sentences.ts';
import { NameRegistry } from './name-registry.ts';
import { escapeRegExp as escape, mentionsIn, reportedSpeaker, type SpeakerRef } from './speakers.ts';

export interface ResolvedPiece extends Piece {
  speaker: string | null;
  /** The speaker's gender when the article states it (quotes only), else null. */
  speakerGender: Gender | null;
}

interface Mention {
  order: number;
  name: string;
}


/** Registers every person the article names, so short forms map to the fullest one. */
function buildRegistry(paragraphs: Piece[][], isPerson: (name: string) => boolean): NameRegistry {
  const registry = new NameRegistry();
  for (const pieces of paragraphs) {
    for (const piece of pieces) {
      if (piece.role === 'body') for (const m of mentionsIn(piece.text)) if (isPerson(m.name)) registry.add(m.name);
      if (piece.ref?.kind === 'name' && !piece.ref.weak && isPerson(piece.ref.name)) registry.add(piece.ref.name);
    }
  }
  for (const pieces of paragraphs) for (const piece of pieces) if (piece.role === 'body') registry.learnFullForms(piece.text);
  return registry;
}

/** Mentions of people in a paragraph's narration, ordered by position (quotes excluded). */
function paragraphMentions(pieces: Piece[], registry: NameRegistry, surnames: Map<string, RegExp>, base: number, isPerson: (name: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const piece of pieces) {
    if (piece.role !== 'body') continue;
    // An organisation is never "she" or "he": only people enter the timeline pronouns look back on.
    for (const m of mentionsIn(piece.text)) if (isPerson(m.name)) out.push({ order: base + piece.start + m.offset, name: registry.canonical(m.name) });
    for (const [surname, re] of surnames) {
      for (const m of piece.text.matchAll(re)) {
        out.push({ order: base + piece.start + m.index, name: registry.canonical(surname) });
      }
    }
  }
  return out.sort((a, b) => a.order - b.order);
}

export function resolveSpeakers(paragraphs: Piece[][]): ResolvedPiece[][] {
  const isPerson = personCheck();
  const registry = buildRegistry(paragraphs, isPerson);
  const evidence = new GenderEvidence();
  const people = [...new Set(registry.all().map((n) => registry.canonical(n)))];
  // Each known surname's pattern, built once per article, not once per paragraph (seen in --plan's profile).
  const surnames = new Map([...registry.knownSurnames()].map((s) => [s, new RegExp(`(?<![\\p{L}-])${escape(s)}(?![\\p{L}-])`, 'gu')]));
  evidence.learn(paragraphs.flatMap((pieces) => pieces.filter((p) => p.role === 'body').flatMap((p) => splitSentences(p.text))), people);
  const timeline: Mention[] = [];
  // "she said": the latest person not known to be of the other gender.
  const latestBefore = (order: number, gender?: Gender): string | null => {
    let best: Mention | null = null;
    for (const m of timeline) {
      if (m.order >= order || (best && m.order < best.order)) continue;
      const g = gender ? evidence.of(m.name) : null;
      if (g === null || g === gender) best = m;
    }
    return best?.name ?? null;
  };
  const resolve = (ref: SpeakerRef, order: number): string | null => {
    if (ref.kind === 'fixed') {
      if (ref.gender) evidence.add(ref.name, ref.gender, 3);
      return ref.name;
    }
    if (ref.kind === 'name') {
      if (!isPerson(ref.name)) return null;
      return ref.weak && !registry.knows(ref.name) ? null : registry.canonical(ref.name);
    }
    if (ref.kind === 'anaphor') {
      const who = latestBefore(order, ref.gender);
      if (who && ref.gender) evidence.add(who, ref.gender, 2);
      return who;
    }
    return null;
  };

  const out: ResolvedPiece[][] = [];
  // The quotation running over several paragraphs, waiting for its attribution.
  let chain: ResolvedPiece[] = [];
  let chainFallback: string | null = null;
  let previousQuoteSpeaker: string | null = null;

  paragraphs.forEach((pieces, p) => {
    const base = (p + 1) * 1_000_000;
    timeline.push(...paragraphMentions(pieces, registry, surnames, base, isPerson));
    const resolved: ResolvedPiece[] = pieces.map((piece) => ({
      ...piece,
      speaker: piece.ref ? resolve(piece.ref, base + piece.start) : null,
      speakerGender: null,
    }));
    const quotes = resolved.filter((r) => r.role === 'quote');
    // Quotes in the same paragraph without their own attribution share a neighbour's.
    quotes.forEach((q, i) => {
      if (q.ref) return;
      const donor = [...quotes.slice(0, i)].reverse().find((x) => x.ref) ?? quotes.slice(i + 1).find((x) => x.ref);
      if (donor) {
        q.ref = donor.ref;
        q.speaker = donor.speaker;
      }
    });
    // “…” after a sentence that reports someone ("Smith said the plan had failed. “…”"): that person.
    resolved.forEach((q, i) => {
      const body = resolved[i - 1];
      if (q.role !== 'quote' || q.ref || q.continued || !body || body.role !== 'body' || !/[.!?:]$/.test(body.text)) return;
      const ref = reportedSpeaker(body.text);
      if (ref) {
        q.ref = ref;
        q.speaker = resolve(ref, base + body.start);
      }
    });
    const onlyQuotes = quotes.length > 0 && resolved.every((r) => r.role === 'quote' || r.text.length < 3);
    const startsChain = quotes.some((q) => q.continues) && chain.length === 0;
    if (startsChain) chainFallback = onlyQuotes || quotes[0]?.start === 0 ? previousQuoteSpeaker : null;
    for (const q of quotes) {
      if (q.continues || q.continued) chain.push(q);
      else if (!q.ref && onlyQuotes) q.speaker = previousQuoteSpeaker;
    }
    const chainEnds = chain.length > 0 && !quotes.some((q) => q.continues);
    if (chainEnds) {
      const attributed = chain.find((q) => q.ref && q.ref.kind !== 'unnamed') ?? chain.find((q) => q.ref);
      const speaker = attributed ? attributed.speaker : chainFallback;
      for (const q of chain) if (!q.ref || (attributed && q.ref.kind !== 'name')) q.speaker = speaker;
      chain = [];
    }
    for (const q of quotes) {
      if (q.speaker) timeline.push({ order: base + q.start, name: q.speaker });
    }
    const last = quotes[quotes.length - 1];
    if (last && !last.continues) previousQuoteSpeaker = last.speaker;
    else if (!last) {
      // "Savett said the test was reckless." then a bare quote paragraph: the person just reported.
      const said = pieces.flatMap((piece) => mentionsIn(piece.text));
      const name = said[said.length - 1]?.name;
      previousQuoteSpeaker = name ? registry.canonical(name) : null;
    }
    out.push(resolved);
  });
  for (const pieces of out) for (const piece of pieces) if (piece.role === 'quote') piece.speakerGender = evidence.of(piece.speaker);
  return out;
}
