// Speakable text: a pure step between the plan and the engine. It turns a segment's written words into
// what the engine should say: the user's pronunciation lexicon first, then the language's expansions
// of what the engine misreads (speakable-english.ts per engine; German and French only reach Edge).
//
// Invariants: no word of the input is lost (each is kept or replaced by its expansion), and text that
// holds a letter or a digit never comes out empty.
import type { EngineName } from '../model.ts';
import { applyEnglishRules } from './speakable-english.ts';
import { applyFrenchRules } from './speakable-french.ts';
import { applyGermanRules } from './speakable-german.ts';
import { compileLexicon, type Lexicon } from './speakable-lexicon.ts';

export type { Lexicon } from './speakable-lexicon.ts';

export interface SpeakableOptions {
  engine: EngineName;
  /** BCP 47 language of the text: English, German and French have expansions, others get the lexicon only. */
  language: string;
  /** Word → spoken form, from the config. Applied before every other rule. */
  lexicon?: Lexicon;
}

// Lexicon replacements are parked in the Unicode private-use area while the rules run, so no rule
// rewrites what the user spelled out. Rules treat these characters as punctuation (word boundaries).
const PARK_BASE = 0xe000;
const PARK_LIMIT = 0xf8ff - PARK_BASE;
const PARKED = /[\uE000-\uF8FF]/g;

/** Cleanup every engine and language gets: characters that are not text, and runs of whitespace. */
function clean(text: string): string {
  return (
    text
      .normalize('NFC')
      // Control characters break Edge requests; private-use characters would collide with parked words.
      .replace(/[\p{Cc}\p{Co}\u200B-\u200D\u2060\uFEFF\u00AD]/gu, (c) => (/\s/.test(c) ? ' ' : ''))
      // Repeated "!!!" / "???" has broken Edge requests; one mark says the same.
      .replace(/([!?])[!?]+/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Spacing after the rules: no space before punctuation, no doubled or leading commas. */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,(\s*,)+/g, ',')
    .replace(/^[\s,;]+/, '')
    .trim();
}

export function speakable(text: string, options: SpeakableOptions): string {
  const parked: string[] = [];
  let out = clean(text);
  if (options.lexicon) {
    const lexicon = compileLexicon(options.lexicon);
    out = lexicon.apply(out, (spoken) => {
      // Beyond 6,400 replacements in one segment, stop parking: the rules may then touch lexicon output.
      if (parked.length > PARK_LIMIT) return spoken;
      parked.push(spoken);
      return String.fromCharCode(PARK_BASE + parked.length - 1);
    });
  }
  if (/^en\b/i.test(options.language)) out = applyEnglishRules(out, options.engine);
  else if (/^de\b/i.test(options.language)) out = applyGermanRules(out);
  else if (/^fr\b/i.test(options.language)) out = applyFrenchRules(out);
  out = out.replace(PARKED, (c) => parked[c.charCodeAt(0) - PARK_BASE] ?? '');
  return tidy(out);
}
