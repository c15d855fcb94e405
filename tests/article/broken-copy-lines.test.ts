// A copy broken at every column line, blank lines included, mid-sentence: the cut sentences are
// joined again, so the attribution stays beside its quote; one lowercase subtitle under a title stays.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { rejoinCutAttributions } from '../../src/article/split-quotes.ts';

const texts = (lines: string[]) => rejoinCutAttributions(lines.map((text) => ({ text }))).map((u) => u.text);

describe('a copy broken mid-sentence', () => {
  const broken = ['Council approves the budget', 'Mayor Jo Roe said there are a', 'number of things to be proud of in the budget, one of them being the', 'finer details of the', 'city’s revenue. “We are making more money than ever,” Roe', 'said. “That is significant.”'];
  it('joins each cut sentence back', () => {
    expect(texts(broken)).toEqual(['Council approves the budget', 'Mayor Jo Roe said there are a number of things to be proud of in the budget, one of them being the finer details of the city’s revenue. “We are making more money than ever,” Roe said. “That is significant.”']);
  });
  it('so the quote has its speaker', () => {
    const quotes = buildScript(parseText(broken.join('\n\n'), 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
      .chapters.flatMap((c) => c.segments)
      .filter((s) => s.role === 'quote')
      .map((s) => s.speaker);
    expect(quotes).toEqual(['Jo Roe', 'Jo Roe']);
  });
  it('leaves one lowercase subtitle under a title alone', () => {
    expect(texts(['Pressestatement der Ministerin zum Jubiläum des Talheimer Grundgesetzes', 'in Schloss Talheim', 'Meine Damen und Herren, das war ein wunderbarer Tag.'])).toHaveLength(3);
  });
});
