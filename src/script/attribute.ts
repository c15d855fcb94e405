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
import { mentionsIn } from './mentions.ts';
import { escapeRegExp as escape, reportedSpeaker, subjectAtStart, type SpeakerRef } from './speakers.ts';
import { TITLES } from './attribution-words.ts';
import { givenNameGender } from '../voices/name-gender.ts';

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

/** A sentence's subject when it is a person's name (a full name, or a surname trusted as in `resolve`). */
function namedSubject(sentence: string): SpeakerRef | null {
  const ref = subjectAtStart(sentence);
  return ref?.kind === 'name' ? ref : null;
}

/** Offices that say nothing about which office ("the leader", "the official"). */
const GENERIC_ROLE = /^(?:leader|head|chief|official|officer|former|senior|junior|new|acting|interim|late|then|incoming|outgoing)$/i;

/**
 * The offices the narration gives each person: titles before the name ("Prime Minister Gordon
 * Brown") and appositions after it ("Dr Chung, vice-President of FIFA and chairman of …"), lowercased.
 */
function rolesOf(paragraphs: Piece[][], registry: NameRegistry, isPerson: (name: string) => boolean): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (name: string, role: string) => {
    const key = registry.canonical(name);
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(role.toLowerCase().replace(/\s+/g, ' ').trim());
  };
  const bodies = paragraphs.flat().filter((piece) => piece.role === 'body');
  // Every written form of every person the article names, wherever it stands: one pattern per name.
  for (const name of registry.all()) {
    if (!isPerson(name)) continue;
    const pattern = new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'gu');
    for (const piece of bodies) {
      for (const found of piece.text.matchAll(pattern)) {
        const at = found.index;
        const titles = /((?:\p{L}[\p{L}-]*\s+){1,3})$/u.exec(piece.text.slice(Math.max(0, at - 60), at))?.[1]?.trim().split(/\s+/) ?? [];
        const run: string[] = [];
        for (const w of titles.reverse()) {
          if (!TITLES.has(w.toLowerCase())) break;
          run.unshift(w);
        }
        if (run.length && !/^(?:mr|mrs|ms|dr|sir|dame|lord|lady|m|mme|mlle|madame|monsieur|herr|frau)$/i.test(run.join(' '))) add(name, run.join(' '));
        const apposition = /^,\s+(?:(?:a|an|the)\s+)?([^,;.]{2,120})/u.exec(piece.text.slice(at + name.length));
        for (const part of apposition?.[1]?.split(/\s+and\s+/) ?? []) {
          const head = part.split(/\s+(?:of|for|at|in|with|from|to)\s+/)[0]!.trim();
          const last = head.split(/\s+/).pop() ?? '';
          if (head.split(/\s+/).length <= 3 && TITLES.has(last.toLowerCase().replace(/^vice-/, ''))) add(name, head);
        }
      }
    }
  }
  return out;
}

/** An office as the article spells it: "PM" → "prime minister" when the article writes "Prime Minister"; else null. */
function expandRole(role: string, text: string): string | null {
  if (!/^\p{Lu}{2,4}$/u.test(role) || TITLES.has(role.toLowerCase())) return role.toLowerCase();
  const letters = [...role.toLowerCase()];
  const re = new RegExp(letters.map((l) => `${l.toUpperCase()}[\\p{Ll}-]+`).join('\\s+'), 'gu');
  for (const m of text.matchAll(re)) {
    const words = m[0].toLowerCase().split(/\s+/);
    if (words.every((w) => TITLES.has(w))) return words.join(' ');
  }
  return null;
}

/** Two spellings of one office: equal, or one the other's last words ("minister" ~ "prime minister"). */
const sameOffice = (a: string, b: string): boolean => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/**
 * `language`: the article's (ISO 639-1). In English articles a gendered pronoun also passes over a
 * person whose given name the lexicon gives the other gender ("Ann Lee met Tom Reyes. … she said");
 * compromise's given names are English ones ("Jean" is a woman's there, a man's in French), so only there.
 */
export function resolveSpeakers(paragraphs: Piece[][], language?: string): ResolvedPiece[][] {
  const givenGender = language === 'en' ? givenNameGender : () => null;
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
      const g = gender ? (evidence.of(m.name) ?? givenGender(m.name)) : null;
      if (g === null || g === gender) best = m;
    }
    return best?.name ?? null;
  };
  // Built on the first "the PM said": most articles have none, and the scan reads every paragraph.
  let offices: { roles: Map<string, Set<string>>; allText: string } | null = null;
  // "the PM said": the latest person given that office; else the latest not given another office.
  const latestInRole = (order: number, role: string): string | null | undefined => {
    offices ??= { roles: rolesOf(paragraphs, registry, isPerson), allText: paragraphs.flatMap((ps) => ps.map((p) => p.text)).join(' ') };
    const { roles, allText } = offices;
    const office = expandRole(role, allText);
    if (office === null) return null;
    const before = timeline.filter((m) => m.order < order).sort((a, b) => b.order - a.order);
    const holder = before.find((m) => [...(roles.get(m.name) ?? [])].some((r) => sameOffice(r, office)));
    if (holder) return holder.name;
    if (GENERIC_ROLE.test(office.split(' ').pop()!)) return undefined;
    return before.find((m) => (roles.get(m.name)?.size ?? 0) === 0)?.name ?? null;
  };
  const resolve = (ref: SpeakerRef, order: number): string | null => {
    if (ref.kind === 'fixed') {
      if (ref.gender) evidence.add(ref.name, ref.gender, 3);
      return ref.name;
    }
    if (ref.kind === 'name') {
      // The fullest form is asked about: "Dupont" alone is a company to the lexicon, "Marie Dupont" a person.
      const full = registry.canonical(ref.name);
      if (!isPerson(full)) return null;
      return ref.weak && !registry.knows(ref.name) ? null : full;
    }
    if (ref.kind === 'anaphor') {
      const inRole = ref.role ? latestInRole(order, ref.role) : undefined;
      if (inRole !== undefined) return inRole;
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
      // …or the person the sentence is about ("Jane Doe welcomed the deal. “…”", "Anne Leroy s’est
      // félicitée de l’accord. « … »"): a named subject opening the sentence right before the quote.
      const ref = reportedSpeaker(body.text) ?? namedSubject(splitSentences(body.text).pop() ?? '');
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
      // "Before the meeting the PM said …": an office reported, resolved to its holder.
      const text = pieces.map((piece) => piece.text).join(' ');
      const reported = previousQuoteSpeaker === null ? reportedSpeaker(text) : null;
      if (reported?.kind === 'anaphor' && reported.role) previousQuoteSpeaker = resolve(reported, base + text.length);
    }
    out.push(resolved);
  });
  for (const pieces of out) for (const piece of pieces) if (piece.role === 'quote') piece.speakerGender = evidence.of(piece.speaker);
  return out;
}
