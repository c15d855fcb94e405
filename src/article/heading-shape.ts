// Whether a line of a text article is shaped like a section heading (parse-text.ts makes such lines
// the titles of chapters, which are not read aloud, so a line that is someone's words must not pass).
import { isFactField, isMetadataLine } from './boilerplate-features.ts';

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * A section heading: a short line without closing punctuation ("China Must Step Up, Zelenskyy
 * Says"). A short question is also a heading ("What happens next?"), as news sites use them.
 */
export function looksLikeHeading(line: string): boolean {
  const n = wordCount(line);
  if (n === 0 || n > 12 || line.length > 90) return false;
  if (!/^[“"‘']?[\p{Lu}\p{N}]/u.test(line)) return false;
  // French closing guillemets stand spaced after the stop: "… plus forts. »" ends a sentence too.
  const bare = line.replace(/[\s\u00a0\u202f]*[“”"‘’'»›]+$/gu, '').replace(/^[“"‘']+/, '');
  if (/[.!,;:…–—-]$/.test(bare)) return false;
  // (A question or exclamation inside closing marks, "“Do you want that?”", is someone's words.)
  if ((/\?$/.test(bare) && n > 10) || /^[“"][^”"]*[?!][”"]$/u.test(line)) return false;
  // Nor is a lead-in and its quotation ("A reporter asked: “Will you resign?”"): a lowercase word
  // before the colon is a sentence's verb; a heading's label before a quote is a name ("Roe: „…“").
  if (/(?<![\p{L}])\p{Ll}[\p{L}'’-]*\s?:\s*[«“"„‹]/u.test(line)) return false;
  // "Presenter: … May 2, 2024", "Contact: …, 555-010-0199": a header's metadata names no section.
  if (isMetadataLine(line)) return false;
  // Nor does an advisory's field ("What: Announcement of …"): it is one line of a fact block.
  if (isFactField(line)) return false;
  return /\p{L}/u.test(line);
}
