// "Der Trainer Lukas Hallwig war bedient. „…“": an article, a role and a name open the sentence whose
// subject speaks next; and an author's name alone under the standfirst is the byline, no chapter.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const page = (lines: string[]) => lines.join('\n\n');
const quotes = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => s.speaker);

describe('an article before the role and the name', () => {
  it('makes the name the subject a bare quote after it belongs to', () => {
    expect(quotes(page(['Talheim verliert 0:3', 'Der FC Talheim hat sein Heimspiel gegen Borsdorf klar verloren.', 'Der Trainer Lukas Hallwig war bedient. „Wir sind zu lieb.“']))).toEqual(['Lukas Hallwig']);
    expect(quotes(page(['Talheim verliert 0:3', 'Der FC Talheim hat sein Heimspiel klar verloren.', 'Die Bürgermeisterin Anna Roth war enttäuscht. „Das tut weh.“']))).toEqual(['Anna Roth']);
  });
});

describe('a name alone under the standfirst', () => {
  it('is the byline: no chapter title, not read', () => {
    const article = parseText(page(['Talheim verliert 0:3', 'Der FC Talheim hat sein Heimspiel gegen Borsdorf klar verloren.', 'Lena Brodtke', 'Der Trainer war nach dem Spiel bedient und sprach von einer verdienten Niederlage.']), 'x.txt');
    expect(article.byline).toBe('Lena Brodtke');
    expect(article.sections.map((s) => s.heading)).toEqual([null]);
  });
});
