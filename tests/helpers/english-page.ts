// A made-up English story for the chrome tests: its title, two paragraphs of body, and what a
// parsed page leaves to be read (headline, headings, paragraphs).
import type { parseText } from '../../src/article/parse-text.ts';

export const EN = [
  'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found that the old site would be under water at least once every ten years.',
  'Parents had asked for the move since the second flood in three years closed the school for a whole term, and the council said that the new building would open next autumn.',
];
export const TITLE = 'Council to move flooded school uphill after review';
export const page = (...lines: string[]): string => lines.join('\n\n');
export const spoken = (a: ReturnType<typeof parseText>): string => [a.headline, ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');
