// A transcript service's layout: the speaker's name, a colon and the time stamp of the turn on a line
// of their own ("Jane Roe: (00:00)"), the turn's words under it. The time stamp is no one's words.
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
