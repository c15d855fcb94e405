// "The Herald quoted him as saying:" — the one quoted is the object pronoun's person, not the paper.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { attributionBefore } from '../../src/script/speakers.ts';

const quotes = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => [s.speaker, s.text.slice(0, 16)]);

describe('a quoting verb with an object pronoun', () => {
  it('points back to the person, with the pronoun’s gender', () => {
    expect(attributionBefore('The Herald quoted him as saying:')).toEqual({ kind: 'anaphor', gender: 'male' });
    expect(attributionBefore('The paper quoted her:')).toEqual({ kind: 'anaphor', gender: 'female' });
    expect(attributionBefore('Der Landbote zitierte ihn mit den Worten:')).toEqual({ kind: 'anaphor', gender: 'male' });
  });
  it('gives the quote to the person named before, in English and German', () => {
    expect(quotes(['Hall row goes on', 'The town of Talbury is arguing about its new hall.', '"It is too expensive," said Karl Roth on Monday.', 'The Herald quoted him as saying: "We are ready."'].join('\n\n'))).toEqual([
      ['Karl Roth', 'It is too expens'],
      ['Karl Roth', 'We are ready.'],
    ]);
    expect(quotes(['Streit um die Halle', 'Die Gemeinde Talheim streitet über die neue Halle.', '„Es geht los“, sagte Karl Roth am Montag.', 'Der Landbote zitierte ihn: „Wir sind bereit.“'].join('\n\n'))).toEqual([
      ['Karl Roth', 'Es geht los'],
      ['Karl Roth', 'Wir sind bereit.'],
    ]);
  });
});
