// The pronunciation lexicon: the user's word → spoken form table from the config, applied before
// any other rule so that what the user wrote always wins.
//
// Matching rules:
// - whole words only: a key never matches inside a longer word ("Al" does not touch "Albany");
// - a key written in lower case matches any case ("nato" matches "NATO" and "Nato");
//   a key with a capital letter matches that exact case only ("US" leaves "us" alone);
// - at any position the longest key wins, and exact-case keys win over any-case keys of equal length;
// - a key may hold several words: any run of spaces in the text matches its spaces;
// - straight and curly apostrophes are interchangeable ("O'Neill" matches "O’Neill").
import { configError } from '../errors.ts';

export interface Lexicon {
  [word: string]: string;
}

interface Entry {
  key: string;
  spoken: string;
  exact: boolean;
}

export interface CompiledLexicon {
  /** Calls `replace` for each match, left to right, and returns the rewritten text. */
  apply(text: string, replace: (spoken: string) => string): string;
}

const APOSTROPHES = `'’ʼ‘`;
const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}]`;

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** A regex source for one key: spaces match any whitespace run, apostrophes any apostrophe. */
function keyPattern(entry: Entry): string {
  let out = '';
  for (const ch of entry.key) {
    if (/\s/.test(ch)) {
      if (!out.endsWith(String.raw`\s+`)) out += String.raw`\s+`;
    } else if (APOSTROPHES.includes(ch)) {
      out += `[${APOSTROPHES}]`;
    } else if (entry.exact) {
      out += escapeChar(ch);
    } else {
      // Any case without the `i` flag, so exact-case keys can share the same regex.
      const variants = [...new Set([ch, ch.toLowerCase(), ch.toUpperCase()])].map(escapeChar);
      out += variants.length === 1 ? variants[0] : `(?:${variants.join('|')})`;
    }
  }
  return out;
}

/** Normalises text the way keys are stored, so a match can be looked up again. */
function normaliseKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[’ʼ‘]/g, "'");
}

const cache = new WeakMap<Lexicon, CompiledLexicon>();

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const entries: Entry[] = [];
  for (const [rawKey, spoken] of Object.entries(lexicon)) {
    const key = normaliseKey(rawKey);
    if (key === '') throw configError('Config: the lexicon has an empty word.', 'Remove the empty key from "lexicon" in the config file.');
    if (typeof spoken !== 'string' || spoken.trim() === '') {
      throw configError(`Config: lexicon.${rawKey} must be a non-empty string.`, 'Give every lexicon word the spoken form the engine should say.');
    }
    entries.push({ key, spoken: spoken.trim(), exact: key !== key.toLowerCase() });
  }
  const exact = new Map(entries.filter((e) => e.exact).map((e) => [e.key, e.spoken]));
  const anyCase = new Map(entries.filter((e) => !e.exact).map((e) => [e.key.toLowerCase(), e.spoken]));
  // Longest first, exact before any-case: alternation takes the first alternative that matches.
  entries.sort((a, b) => b.key.length - a.key.length || Number(b.exact) - Number(a.exact));
  const regex = new RegExp(`(?<!${WORD_CHAR})(?:${entries.map(keyPattern).join('|')})(?!${WORD_CHAR})`, 'gu');
  const compiled: CompiledLexicon =
    entries.length === 0
      ? { apply: (text) => text }
      : {
          apply(text, replace) {
            return text.replace(regex, (match) => {
              const key = normaliseKey(match);
              const spoken = exact.get(key) ?? anyCase.get(key.toLowerCase());
              // Unreachable unless case mapping is asymmetric (e.g. "ß"): keep the word rather than drop it.
              return spoken === undefined ? match : replace(spoken);
            });
          },
        };
  cache.set(lexicon, compiled);
  return compiled;
}
