// Script → clips: every segment requested at once; the engine bounds how many run.
import { basename } from 'node:path';
import type { Clip, Script, Segment } from '../model.ts';
import type { Engine } from '../tts/engine.ts';
import type { Reporter } from './types.ts';

/**
 * `signal` is the run's; `onClip` sees each clip (of segment `s` of chapter `c`; `clip.cached` for a
 * cache hit) as soon as it exists, so it can be decoded while the rest are still being synthesized.
 */
export async function synthesizeScript(engine: Engine, script: Script, reporter: Reporter, signal: AbortSignal, onClip?: (clip: Clip, c: number, s: number) => void): Promise<Clip[][]> {
  const total = script.chapters.reduce((n, c) => n + c.segments.length, 0);
  let done = 0;
  let index = 0;
  reporter.progress({ article: script.source, done, total });
  // One segment that fails for good fails the article: cancel its other requests so they do not hold
  // connections the next article needs (finished ones stay in the cache for a re-run).
  const article = new AbortController();
  const cancel = AbortSignal.any([signal, article.signal]);
  const synthesize = async (segment: Segment, n: number, c: number, s: number): Promise<Clip> => {
    const who = segment.speaker ? `, ${segment.speaker}` : '';
    const clip = await engine
      .synthesize({
        text: segment.spoken ?? segment.text,
        voice: segment.voice,
        label: `${basename(script.source)} segment ${n} (${segment.role}${who}: "${segment.text.slice(0, 40)}${segment.text.length > 40 ? '…' : ''}")`,
        outFile: '', // the cache decides where clips live
        signal: cancel,
      })
      .catch((error: unknown) => {
        article.abort();
        throw error;
      });
    reporter.progress({ article: script.source, done: ++done, total });
    onClip?.(clip, c, s);
    return clip;
  };
  // On the local cores, requested longest first: the engine's queue then ends on short segments, so
  // the workers finish together instead of one core idling while the other reads a long paragraph at
  // the end (the assembly waits for the last clip). An engine working elsewhere (Edge) gets them in
  // script order: the episode's pieces then complete from its start, and are encoded while the rest
  // is synthesized (early-encode.ts). Numbered in script order either way.
  const order = script.chapters.flatMap((chapter, c) => chapter.segments.map((segment, s) => ({ segment, c, s, n: ++index })));
  const queue = engine.remote ? order : [...order].sort((a, b) => (b.segment.spoken ?? b.segment.text).length - (a.segment.spoken ?? a.segment.text).length);
  const clips = script.chapters.map((chapter) => new Array<Promise<Clip>>(chapter.segments.length));
  for (const { segment, c, s, n } of queue) clips[c]![s] = synthesize(segment, n, c, s);
  return Promise.all(clips.map((chapter) => Promise.all(chapter)));
}
