// WebVTT transcript with <v Speaker> voice tags, one cue per sentence (or shorter).
// Times come from the audio: Edge word boundaries when present, otherwise the measured clip span
// shared out over the clip's sentences by length (Flite clips are one sentence each, so exact).
import type { WordTiming } from '../model.ts';
import { splitSentences } from '../script/sentences.ts';

export interface TimedText {
  startMs: number;
  endMs: number;
  /** "Narrator" or the quoted person's name. */
  speaker: string;
  text: string;
  /** Word timings relative to startMs. */
  words?: WordTiming[];
  /** Pauses measured inside the audio (absolute ms): sentence ends snap to the nearest one. */
  gapsMs?: number[];
}

/** How far a sentence end may move to land on a measured pause. */
const SNAP_MS = 1500;

export interface Cue {
  startMs: number;
  endMs: number;
  speaker: string;
  text: string;
}

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

export function transcriptCues(items: TimedText[]): Cue[] {
  const cues: Cue[] = [];
  for (const item of items) {
    const sentences = splitSentences(item.text);
    const span = item.endMs - item.startMs;
    if (item.words?.length) {
      // Walk the word boundaries in order: each sentence takes as many boundaries as it has words.
      let w = 0;
      for (const [i, sentence] of sentences.entries()) {
        const first = item.words[Math.min(w, item.words.length - 1)]!;
        w += wordsOf(sentence).length;
        const next = item.words[w];
        const last = item.words[Math.min(w, item.words.length) - 1] ?? first;
        const start = item.startMs + first.offsetMs;
        const end = i === sentences.length - 1 || !next ? item.endMs : item.startMs + Math.max(next.offsetMs, last.offsetMs + last.durationMs);
        cues.push({ startMs: Math.max(start, cues.at(-1)?.endMs ?? 0), endMs: Math.max(end, start), speaker: item.speaker, text: sentence });
      }
      continue;
    }
    // No word timings: share the span by sentence length, then move each inner boundary onto the
    // nearest pause the audio really has (a synthesizer pauses at a sentence end), keeping order.
    const total = sentences.reduce((n, s) => n + s.length, 0) || 1;
    let at = item.startMs;
    let written = 0;
    for (const [i, sentence] of sentences.entries()) {
      written += sentence.length;
      let end = i === sentences.length - 1 ? item.endMs : item.startMs + (span * written) / total;
      if (i < sentences.length - 1 && item.gapsMs?.length) {
        const candidates = item.gapsMs.filter((g) => g > at && g < item.endMs && Math.abs(g - end) <= SNAP_MS);
        const nearest = candidates.sort((a, b) => Math.abs(a - end) - Math.abs(b - end))[0];
        if (nearest !== undefined) end = nearest;
      }
      cues.push({ startMs: at, endMs: end, speaker: item.speaker, text: sentence });
      at = end;
    }
  }
  return cues;
}

function timestamp(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  const h = Math.floor(t / 3_600_000);
  const m = Math.floor((t % 3_600_000) / 60_000);
  const s = Math.floor((t % 60_000) / 1000);
  const f = t % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(3, '0')}`;
}

/** Escapes text for a WebVTT cue payload (& < > are the only specials). */
export function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderVtt(cues: Cue[]): string {
  const blocks = cues.map(
    (c, i) => `${i + 1}\n${timestamp(c.startMs)} --> ${timestamp(c.endMs)}\n<v ${escapeVtt(c.speaker).replace(/[\r\n]+/g, ' ')}>${escapeVtt(c.text).replace(/[\r\n]+/g, ' ')}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
