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

describe('a telephone briefing’s operator', () => {
  const lines = (operator: string, presenter: string) =>
    [
      'Zika Community Discussion', '',
      'Presenters: Dana Whitfield', '',
      operator, '',
      'Welcome and thank you for standing by. At this time, all participants are in a listen-only mode. I’d like to turn the meeting over to Dana Whitfield.', '',
      presenter, '',
      'Thank you all for joining us today. I am Dana Whitfield and I have about twenty slides to go through with you.', '',
    ].join('\n');

  it('opens a turn with "Operator:" inline', () => {
    const text = lines('Operator: Good afternoon, everyone.', 'Dana Whitfield: Good afternoon.').replace('\n\nWelcome', ' Welcome').replace('\n\nThank you all', ' Thank you all');
    expect(segments(text).map(([role, speaker]) => [role, speaker])).toEqual([['quote', 'Operator'], ['quote', 'Dana Whitfield']]);
  });

  it('opens a turn with "Operator:" alone on its line, beside another label', () => {
    expect(segments(lines('Operator:', 'Dana Whitfield:')).map(([role, speaker]) => [role, speaker])).toEqual([['quote', 'Operator'], ['quote', 'Dana Whitfield']]);
  });
});

describe('a part given in brackets after the first label', () => {
  it('is that speaker’s label later on ("SARAH JESTER (HOST):", then "HOST:")', () => {
    const text = [
      'Planet Podcast Episode 6', '',
      'SARAH JESTER (HOST): Welcome back to the podcast! I’m your producer and guest host Sarah Jester.', '',
      'HOST: We’re back with our correspondent Tom DiLiberto, who has the news.', '',
      'TOM DILIBERTO: Thanks, Sarah, let’s get to the news right away.', '',
      'HOST: Where can we find the agency in the world right now?', '',
    ].join('\n');
    expect(segments(text).map(([, speaker]) => speaker)).toEqual(['Sarah Jester', 'Sarah Jester', 'Tom Diliberto', 'Sarah Jester']);
  });
});
