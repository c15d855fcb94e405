// A sign-up widget inside the story, before its last short paragraphs: those paragraphs, which
// quote someone, are the story's, though the widget and the end of the text stand around them.
// Sentences made up for this test.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const spoken = (a: ReturnType<typeof parseText>) => a.sections.flatMap((s) => s.paragraphs);

describe('an interface line inside the story', () => {
  const head = [
    'Harbour Chief: Ferry rumours false',
    'Harbour Chief Dana Orlo said on Friday that the rumours which had spread all week about the sale of the town ferry to a private operator from the coast were false, and that the service would run as before.',
    '“It is simply not true,” Orlo said, adding that the council had signed no papers. “People hear a word at the market and pass it on to their neighbours.',
  ];
  const tail = [
    '“Then their neighbours pass it on, and it runs away.”',
    'Orlo said she had checked the matter with the council clerk, adding that she wanted to clear the air.',
    '“We have a ferry to run,” she said. “There is nothing to hide here at all.”',
  ];

  it('keeps the short quoting paragraphs after it and drops the widget', () => {
    const a = parseText([...head, 'Email newsletter signup', ...tail].join('\n\n'), 'x.txt');
    expect(spoken(a)).toEqual([...head.slice(1), ...tail]);
    expect(a.dropped!.map((d) => d.text)).toContain('Email newsletter signup');
  });

  it('still drops a related-link line after a share widget at the end (no quotation there)', () => {
    const a = parseText([...head, '“It has to stop,” Orlo said.', 'Share this:', 'Ferry service to add a second boat next summer, council says'].join('\n\n'), 'x.txt');
    expect(spoken(a)).not.toContain('Ferry service to add a second boat next summer, council says');
  });
});
