import { describe, expect, it } from 'vitest';
import { escapeVtt, renderVtt, transcriptCues } from '../../src/publish/transcript.ts';
import { splitSentences } from '../../src/script/sentences.ts';
import { speakerLabel } from '../../src/publish/sidecars.ts';

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['U.S. officials met Mr. Smith. Then they left.', ['U.S. officials met Mr. Smith.', 'Then they left.']],
    ['He said “stop.” Then he left.', ['He said “stop.”', 'Then he left.']],
    ['No final stop', ['No final stop']],
    ['…and then he left. Later, rain.', ['…and then he left.', 'Later, rain.']],
    ['It rose 3.5 percent. Good.', ['It rose 3.5 percent.', 'Good.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('transcriptCues', () => {
  it('shares a clip span over its sentences by length when there are no word timings', () => {
    const cues = transcriptCues([{ startMs: 1000, endMs: 3000, speaker: 'Narrator', text: 'Aaaa bbbb. Cccc dddd.' }]);
    expect(cues).toHaveLength(2);
    expect(cues[0]).toMatchObject({ startMs: 1000, speaker: 'Narrator', text: 'Aaaa bbbb.' });
    expect(cues[1]!.endMs).toBe(3000);
    expect(cues[0]!.endMs).toBe(cues[1]!.startMs);
  });

  it('moves sentence ends onto the measured pauses nearest to the length estimate', () => {
    // Length alone says 2000; the audio pauses at 2600 (and at 900, a comma, farther off).
    const cues = transcriptCues([{ startMs: 1000, endMs: 3000 + 0, speaker: 'Narrator', text: 'Aaaa bbbb. Cccc dddd.', gapsMs: [900, 2600] }]);
    expect(cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [1000, 2600],
      [2600, 3000],
    ]);
    const far = transcriptCues([{ startMs: 0, endMs: 10_000, speaker: 'Narrator', text: 'Aaaa bbbb. Cccc dddd.', gapsMs: [9000] }]);
    expect(far[0]!.endMs).toBe(5000);
  });

  it('uses word boundaries when present', () => {
    const words = [
      { offsetMs: 100, durationMs: 300, text: 'We' },
      { offsetMs: 400, durationMs: 300, text: 'act' },
      { offsetMs: 1500, durationMs: 300, text: 'Now' },
      { offsetMs: 1800, durationMs: 300, text: 'go' },
    ];
    const cues = transcriptCues([{ startMs: 10_000, endMs: 13_000, speaker: 'Antony Blinken', text: 'We act. Now go.', words }]);
    expect(cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [10_100, 11_500],
      [11_500, 13_000],
    ]);
  });
});

describe('renderVtt', () => {
  it('writes a WEBVTT header, ordered cues and voice tags, escaping exactly once', () => {
    const vtt = renderVtt([
      { startMs: 0, endMs: 1500, speaker: 'Narrator', text: 'AT&T <b> rose.' },
      { startMs: 1500, endMs: 3_725_250, speaker: 'Ana Ruiz', text: 'Go.' },
    ]);
    expect(vtt.startsWith('WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\n<v Narrator>AT&amp;T &lt;b&gt; rose.')).toBe(true);
    expect(vtt).toContain('00:00:01.500 --> 01:02:05.250\n<v Ana Ruiz>Go.');
    expect(escapeVtt('a --> b')).toBe('a --&gt; b');
  });
});

describe('speakerLabel', () => {
  it('names the voice a listener hears: the headline voice is the host, not the narrator', () => {
    expect(speakerLabel({ role: 'headline', speaker: null })).toBe('Host');
    expect(speakerLabel({ role: 'body', speaker: null })).toBe('Narrator');
    expect(speakerLabel({ role: 'quote', speaker: 'Ana Ruiz' })).toBe('Ana Ruiz');
    expect(speakerLabel({ role: 'quote', speaker: null })).toBe('Quote');
  });
});
