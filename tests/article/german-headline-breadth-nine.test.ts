// A headline a ninth German breadth review found wrong: a brand's name over a press release's title.
// All lines invented.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const page = (...lines: string[]) => lines.join('\n\n');
const STORY =
  'So steigt Talheim gleich nochmals ab: 0:5 gegen energische Gäste und eine teilweise amateurhafte Abwehr. Der Trainer fand danach deutliche Worte für seine Mannschaft, die nun vier Spiele in Folge verloren hat.';

describe('a German headline under a brand name', () => {
  it('a one-word brand with a capital inside it ("SportFunk") gives way to the title under it', () => {
    const a = parseText(page('SportFunk', '3. Liga live bei SportFunk: Talheim im Tief nach dem 0:5', STORY, 'Am Sonntag geht es für die Mannschaft in Bergheim weiter.'), 'de.txt');
    expect(a.headline).toBe('3. Liga live bei SportFunk: Talheim im Tief nach dem 0:5');
  });

  it('a one-noun title over its subtitle stays the headline', () => {
    const a = parseText(page('Gipfelstürmer', 'Wie ein Talheimer den Berg bezwang', STORY, 'Am Sonntag geht es für die Mannschaft in Bergheim weiter.'), 'de.txt');
    expect(a.headline).toBe('Gipfelstürmer');
  });
});
