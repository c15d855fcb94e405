// A broadcast script (a TV show's transcript): each speaker's label alone on its line, a name in
// capitals or a name and what the person is, then a colon; each turn runs to the next label.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { broadcastLabel } from '../../src/article/broadcast-labels.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const segments = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text.slice(0, 24)]);

describe('a broadcast script', () => {
  it('voices each turn by the label above it, until the next label', () => {
    const text = [
      'A World of Refugees', '',
      'ANNA ROSS, Senior Washington Correspondent:', '',
      'Hi. I’m Anna Ross. Millions of people have fled their homes this year.', '',
      'Our correspondent has the story from Warsaw.', '',
      'TOM BAKER, Reporting from Warsaw:', '',
      'Refugees have come to Poland in large numbers, according to the aid groups working here.', '',
      'Maria Nowak, Polish Migration Forum:', '',
      'Most Poles are directly involved and host refugees in their homes.', '',
      'TOM BAKER:', '',
      'But some Poles are starting to feel the strain of it all.', '',
    ].join('\n');
    expect(segments(text)).toEqual([
      ['quote', 'Anna Ross', 'Hi. I’m Anna Ross. Milli'],
      ['quote', 'Anna Ross', 'Our correspondent has th'],
      ['quote', 'Tom Baker', 'Refugees have come to Po'],
      ['quote', 'Maria Nowak', 'Most Poles are directly '],
      ['quote', 'Tom Baker', 'But some Poles are start'],
    ]);
  });
});

describe('a label alone on its line', () => {
  it.each([
    ['GREG FLAKUS, Reporting for VOA:', 'GREG FLAKUS'],
    ['Agnieska Kosowicz, Polish Migration Forum:', 'Agnieska Kosowicz'],
    ['LINGA KAROLEWSKA:', 'LINGA KAROLEWSKA'],
    ['Show Open:', null],
    ['The Inside Story:', null],
    ['Key Points:', null],
  ])('reads %s', (line, label) => {
    expect(broadcastLabel(line)?.label ?? null).toBe(label);
  });
});
