// Clips requested before the script is complete (src/run/early-clips.ts): the script's synthesis takes
// them instead of asking the engine again; never more early requests than the engine runs at once; an
// early request that failed is asked again.
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../src/model.ts';
import { earlyClips } from '../../src/run/early-clips.ts';
import type { Engine, SynthesisRequest } from '../../src/tts/engine.ts';

function fakeEngine(fail: (r: SynthesisRequest) => boolean = () => false) {
  const asked: string[] = [];
  const engine: Engine = {
    name: 'edge',
    version: 'v1',
    extension: 'mp3',
    remote: true,
    knownVoices: () => null,
    close: async () => {},
    synthesize: async (r) => {
      asked.push(`${r.voice}:${r.text}`);
      if (fail(r)) throw new Error('refused');
      return { file: `${r.voice}-${r.text}.mp3` } satisfies Clip;
    },
  };
  return { engine, asked };
}

const request = (voice: string, text: string): SynthesisRequest => ({ voice, text, label: 'x', outFile: '' });

describe('earlyClips', () => {
  it('asks each early segment once: the script’s request for it gets that clip', async () => {
    const { engine, asked } = fakeEngine();
    const early = earlyClips(engine, 4, new AbortController().signal);
    await early.request([{ voice: 'A', spoken: 'The ferry sails.' }, { voice: 'B', spoken: 'The shop opens.' }], 'ferry.txt');
    expect(asked).toEqual(['A:The ferry sails.', 'B:The shop opens.']);
    expect(await early.engine.synthesize(request('A', 'The ferry sails.'))).toEqual({ file: 'A-The ferry sails..mp3' });
    expect(await early.engine.synthesize(request('A', 'Another line.'))).toEqual({ file: 'A-Another line..mp3' });
    expect(asked).toEqual(['A:The ferry sails.', 'B:The shop opens.', 'A:Another line.']);
  });

  it('requests no more early segments than the engine runs at once, duplicates counted once', async () => {
    const { engine, asked } = fakeEngine();
    const early = earlyClips(engine, 2, new AbortController().signal);
    await early.request([{ voice: 'A', spoken: 'One.' }, { voice: 'A', spoken: 'One.' }, { voice: 'A', spoken: 'Two.' }, { voice: 'A', spoken: 'Three.' }], 'n.txt');
    await early.request([{ voice: 'A', spoken: 'Four.' }], 'n.txt');
    expect(asked).toEqual(['A:One.', 'A:Two.']);
  });

  it('asks again, for the script, a segment whose early request failed; a second same segment goes to the engine', async () => {
    let first = true;
    const { engine, asked } = fakeEngine(() => {
      const f = first;
      first = false;
      return f;
    });
    const early = earlyClips(engine, 4, new AbortController().signal);
    await early.request([{ voice: 'A', spoken: 'He said.' }], 'f.txt');
    expect(await early.engine.synthesize(request('A', 'He said.'))).toEqual({ file: 'A-He said..mp3' });
    await early.engine.synthesize(request('A', 'He said.'));
    expect(asked).toEqual(['A:He said.', 'A:He said.', 'A:He said.']);
  });
});
