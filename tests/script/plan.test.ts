import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import type { Script } from '../../src/model.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { planJson } from '../../src/script/plan.ts';

const SAMPLE = 'input/zelenskyy-north-korea.txt';
const GOLDEN = new URL('../golden/zelenskyy-north-korea.plan.json', import.meta.url);

describe('planJson', () => {
  it('has exactly the --plan shape, with "spoken" only where a segment has it', () => {
    const script: Script = {
      source: 'a.txt',
      title: 'T',
      engine: 'flite',
      article: { source: 'a.txt', headline: 'T', dek: null, byline: null, dateline: null, sections: [], credits: [] },
      chapters: [
        {
          title: 'T',
          segments: [
            { role: 'headline', speaker: null, voice: 'awb', text: 'T', boundary: 'chapter' },
            { role: 'quote', speaker: 'Jane Doe', voice: 'rms', text: '2 cats', spoken: 'two cats', boundary: 'inline' },
          ],
        },
      ],
    };
    const json = planJson([script]);
    expect(json).toBe(`{
  "episodes": [
    {
      "source": "a.txt",
      "title": "T",
      "chapters": [
        {
          "title": "T",
          "segments": [
            {
              "role": "headline",
              "speaker": null,
              "voice": "awb",
              "text": "T"
            },
            {
              "role": "quote",
              "speaker": "Jane Doe",
              "voice": "rms",
              "text": "2 cats",
              "spoken": "two cats"
            }
          ]
        }
      ]
    }
  ]
}`);
  });

  it('matches the golden plan of the sample (UPDATE_GOLDEN=1 rewrites it)', () => {
    const text = readFileSync(new URL(`../../${SAMPLE}`, import.meta.url), 'utf8');
    const plan = `${planJson([buildScript(parseText(text, SAMPLE), { config: DEFAULT_CONFIG, engine: 'flite' })])}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, plan);
    expect(plan).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
