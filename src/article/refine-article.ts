// The last step of reading any article: its language, and the boilerplate classifier run over what
// the HTML and Markdown readers extracted (Readability and the block walk leave captions, share
// bars, "Sources" lists and cookie lines behind on some pages). Plain text is classified while it
// is parsed (parse-text.ts), since its header needs the verdicts; here it only passes through.
//
// On extracted blocks only the verdicts that need no neighbours are used (a line that is a menu,
// a share widget, a date, a licence, a closing "Sources"/"Related" section): the reader has
// already chosen the story's container, and jusText's neighbour rule would second-guess it.
import type { Article, Dropped, Section } from '../model.ts';
import { classifyLines, type LineInput } from './boilerplate.ts';
import { overrideOf, type BoilerplateConfig } from './boilerplate-config.ts';
import { EDIT_LINK, isClosingSectionHeading } from './boilerplate-features.ts';
import { articleLanguage } from './language.ts';
import { findTurns, turnContinuations } from './turns.ts';

export interface RefineOptions {
  /** Language the source declares (HTML lang), if any. */
  declared?: string | null;
  /** The configured language (BCP 47), the last resort. */
  configured?: string;
  boilerplate?: BoilerplateConfig;
}

const comparable = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function refineArticle(article: Article, options: RefineOptions = {}): Article {
  if (article.language !== undefined && article.dropped !== undefined) return article;
  const body = article.sections.flatMap((s) => s.paragraphs).join('\n');
  const language = article.language ?? articleLanguage(options.declared, body, options.configured);
  const override = overrideOf(options.boilerplate);

  const lines: (LineInput & { section: number; paragraph: number })[] = [];
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const turns = findTurns(paragraphs, [article.headline]);
  const spoken = turnContinuations(paragraphs, turns);
  let n = 0;
  article.sections.forEach((s, si) => {
    if (s.heading !== null) lines.push({ text: s.heading, heading: true, section: si, paragraph: -1 });
    s.paragraphs.forEach((p, pi) => {
      lines.push({ text: p, protect: turns[n] !== null || spoken[n]!, section: si, paragraph: pi });
      n++;
    });
  });
  const verdicts = classifyLines(lines, language, { context: false });
  const headline = comparable(article.headline);
  const dropped: Dropped[] = [...(article.dropped ?? [])];
  const sections: Section[] = article.sections.map((s) => ({ heading: s.heading === null ? null : s.heading.replace(EDIT_LINK, '') || s.heading, paragraphs: [] }));
  lines.forEach((line, i) => {
    const forced = override(line.text);
    let reason = verdicts[i] ?? (line.paragraph >= 0 && comparable(line.text) === headline ? 'repeated headline' : null);
    if (forced === 'keep') reason = null;
    else if (forced === 'drop') reason = 'user pattern';
    const section = sections[line.section]!;
    if (line.paragraph < 0) {
      // A closing section's heading goes with it; other headings stay even when chrome-like.
      if (reason && isClosingSectionHeading(line.text)) {
        dropped.push({ text: line.text, reason });
        section.heading = null;
      }
      return;
    }
    if (reason) dropped.push({ text: line.text, reason });
    else section.paragraphs.push(line.text);
  });
  const kept = sections.filter((s) => s.paragraphs.length > 0);
  // Never leave an article without a body: then the classifier was wrong, not the page.
  if (kept.length === 0) return { ...article, language, dropped: article.dropped ?? [] };
  return { ...article, sections: kept, language, dropped };
}
