// The offices an article gives each person it names ("Prime Minister Gordon Brown", "Dr Chung,
// vice-President of FIFA"), and how two spellings of an office compare, so that attribute.ts can
// resolve "the prime minister said" to the person holding that office. Apart from attribute.ts:
// reading offices is its own pass over the narration, done once per article.
import { GERMAN_ROLE, TITLES } from './attribution-words.ts';
import type { NameRegistry } from './name-registry.ts';
import type { Piece } from './segment.ts';
import { escapeRegExp as escape } from './speakers.ts';

/** Offices that say nothing about which office ("the leader", "the official"). */
export const GENERIC_ROLE = /^(?:leader|head|chief|official|officer|former|senior|junior|new|acting|interim|late|then|incoming|outgoing)$/i;

/**
 * The offices the narration gives each person: titles before the name ("Prime Minister Gordon
 * Brown") and appositions after it ("Dr Chung, vice-President of FIFA and chairman of …"), lowercased.
 */
export function rolesOf(paragraphs: Piece[][], registry: NameRegistry, isPerson: (name: string) => boolean): Map<string, Set<string>> {
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
          if (!TITLES.has(w.toLowerCase()) && !GERMAN_ROLE.test(w.toLowerCase())) break;
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
export function expandRole(role: string, text: string): string | null {
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
export const sameOffice = (a: string, b: string): boolean => a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/**
 * "the PM said": the latest person before `order` given that office (`roles`: each person's offices,
 * `text`: the article's, where an abbreviated office is spelled out); else the latest not given
 * another office. `holderOnly`: undefined when nobody holds the office, for a gendered German role
 * noun to fall back on its gender.
 */
export function latestHolder(timeline: { order: number; name: string }[], roles: Map<string, Set<string>>, text: string, order: number, role: string, holderOnly: boolean): string | null | undefined {
  const office = expandRole(role, text);
  if (office === null) return null;
  const before = timeline.filter((m) => m.order < order).sort((a, b) => b.order - a.order);
  const holder = before.find((m) => [...(roles.get(m.name) ?? [])].some((r) => sameOffice(r, office)));
  if (holder) return holder.name;
  if (holderOnly) return undefined;
  if (GENERIC_ROLE.test(office.split(' ').pop()!)) return undefined;
  return before.find((m) => (roles.get(m.name)?.size ?? 0) === 0)?.name ?? null;
}
