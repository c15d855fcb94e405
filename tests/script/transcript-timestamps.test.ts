// A transcript service's layout: the speaker's name, a colon and the time stamp of the turn on a line
// of their own ("Jane Roe: (00:00)"), the turn's words under it. The time stamp is no one's words.
// And a repost that runs a briefing's turns into one paragraph ("MS. ROE: … MR. BELL: …").
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const script = (text: string) => buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const turns = (text: string) =>
  script(text)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text.slice(0, 24)]);

describe('a speaker label with its time stamp', () => {
  const text = [
    'Press Briefing by Mayor Ilse Varga on the Flood Repairs Transcript', '',
    'Ilse Varga: (00:00)', 'Good afternoon, everybody. I want to start with the repairs on the river road, which are now two weeks ahead of the plan we set in May.', '',
    'Audience: (00:12)', 'Good afternoon.', '',
    'Ilse Varga: (00:15)', 'So the road will open on Friday, and the bridge will follow at the end of the month once the inspectors have signed it off.', '',
    'Owen Pritchard: (01:02)', 'Mayor, will the bus routes go back to normal on Friday as well, or will that take longer?', '',
  ].join('\n');

  it('reads no time stamp aloud, and each turn in its speaker’s voice', () => {
    expect(turns(text)).toEqual([
      ['quote', 'Ilse Varga', 'Good afternoon, everybod'],
      ['quote', 'Audience', 'Good afternoon.'],
      ['quote', 'Ilse Varga', 'So the road will open on'],
      ['quote', 'Owen Pritchard', 'Mayor, will the bus rout'],
    ]);
  });
});

describe('a briefing’s turns run into one paragraph by a repost', () => {
  const text = [
    'Press Briefing by Press Secretary Ilse Roe and Coordinator Jo Bell', '',
    'MS. ROE: Good afternoon, everybody. I am going to be really quick at the top, as we have a guest with us today. So, with that, I will turn it over to Jo. MR. BELL: Thank you so much, Ilse. As Ilse said, I have a couple of comments here at the top about the visit on Thursday.', '',
    'MS. ROE: Okay. So, we are pleased to welcome the delegation from the valley to the capital this week, for three days of talks.', '',
  ].join('\n');

  it('gives each label’s words to its speaker, the label not read', () => {
    const said = turns(text);
    expect(said.map(([, speaker]) => speaker)).toEqual(['Ilse Roe', 'Jo Bell', 'Ilse Roe']);
    expect(said.map(([, , words]) => words)).toEqual(['Good afternoon, everybod', 'Thank you so much, Ilse.', 'Okay. So, we are pleased']);
  });
});
