// A byline set as its label alone on a line and the name under it ("Written by:" / "Nora Quill"):
// the name is no section heading and the label no line of text to read.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const parsed = (lines: string[]) => parseText(lines.join('\n\n'), 'x.txt');
const story = 'The council met on Monday and agreed on the budget for next year after a long debate about the new hall.';

describe('a byline label alone on its line', () => {
  for (const label of ['Written by:', 'By:', 'Geschrieben von:', 'Von:', 'Par :', '- Auteur :']) {
    it(`"${label}" and the name under it are the byline`, () => {
      const article = parsed(['Budget agreed', label, 'Nora Quill', story]);
      expect(article.sections.map((s) => s.heading)).toEqual([null]);
      expect(article.sections[0]!.paragraphs).toEqual([story]);
      expect(article.dropped!.map((d) => [d.text, d.reason])).toEqual([
        [label, 'byline'],
        ['Nora Quill', 'byline'],
      ]);
    });
  }
  it('is not a label over text that is no name', () => {
    const article = parsed(['Budget agreed', story, 'Von:', 'Montag bis Freitag geöffnet', story]);
    expect(article.dropped!.map((d) => d.reason)).not.toContain('byline');
  });
});
