// Page chrome from the ninth English breadth round (made-up pages): a logo's and an icon's
// alternative text with their descriptions above the title.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const EN = [
  'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found that the old site would be under water at least once every ten years.',
  'Parents had asked for the move since the second flood in three years closed the school for a whole term, and the council said that the new building would open next autumn.',
];
const TITLE = 'Council to move flooded school uphill after review';
const page = (...lines: string[]) => lines.join('\n\n');
const spoken = (a: ReturnType<typeof parseText>) => [a.headline, ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');

describe('a logo’s or an icon’s alternative text with its description', () => {
  it('is never the title nor read', () => {
    const logo = 'Valley Courier logo The words "Valley Courier" in blue.';
    const icon = "Close icon Two crossed lines that form an 'X'. It indicates a way to close a notice.";
    const a = parseText(`${logo}\n${icon}\n\n${TITLE}\n\n${EN.join('\n\n')}`, 'en.txt');
    expect(a.headline).toBe(TITLE);
    expect(spoken(a)).not.toContain('crossed lines');
    expect(spoken(a)).not.toContain('logo');
  });

  it('leaves a sentence about a logo alone', () => {
    const line = 'The school logo was redrawn by pupils last year, and the council said it would stay on the new building.';
    const a = parseText(page(TITLE, EN[0]!, line, EN[1]!), 'en.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toContain(line);
  });
});
