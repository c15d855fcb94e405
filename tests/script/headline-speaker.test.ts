// A page naming its one speaker only in the headline, the words under topic lead-ins: that person's.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const speakers = (lines: string[]) =>
  buildScript(parseText(lines.join('\n\n'), 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => s.speaker);

describe('the headline’s one person', () => {
  const page = (extra: string[] = []) => [
    'What Ina Varga said after Talbury lost to Ormond',
    'Opening statement:',
    '"It was tough. They played well in the first half and we were slow early."',
    ...extra,
    'On the slow start:',
    '"There are probably several reasons, and we will watch the tape this week."',
  ];
  it('speaks the quotes nothing attributes when the body names nobody', () => {
    expect(speakers(page())).toEqual(['Ina Varga', 'Ina Varga']);
  });
  it('not when the body names someone else', () => {
    expect(speakers(page(['Assistant Tom Brell watched from the booth.']))).not.toEqual(['Ina Varga', 'Ina Varga']);
  });
});

describe('English attributions left by a blind check', () => {
  const quotes = (lines: string[]) =>
    buildScript(parseText(lines.join('\n\n'), 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
      .chapters.flatMap((c) => c.segments)
      .filter((s) => s.role === 'quote')
      .map((s) => s.speaker);
  it('"the commissioner said" is the person the article gave that title', () => {
    expect(quotes(['Police hunt gang', 'Police Commissioner Tomas Reyl said officers were searching the area on Tuesday.', '"We will find them," the commissioner said.'])).toEqual(['Tomas Reyl']);
  });
  it('a person named before the quote wins over an unnamed reporter after it', () => {
    expect(quotes(['Bridge stays shut', 'The border bridge at Talbury stayed closed on Monday.', 'Dorne said, "The bridge stays shut," the wire service reported.'])).toEqual(['Dorne']);
  });
});
