// The files published next to each MP3: Podcasting 2.0 chapters and a WebVTT transcript whose times
// come from where each segment's audio really landed in the episode.
import type { Clip, Episode, Script } from '../model.ts';
import { sidecars } from './collect-episodes.ts';
import { chaptersJson } from './chapters-json.ts';
import { renderVtt, transcriptCues, type TimedText } from './transcript.ts';
import { writeFileAtomic } from './atomic-write.ts';

export interface PlacedEpisode extends Episode {
  segmentStartsMs: number[][];
  segmentEndsMs: number[][];
  segmentGapsMs?: number[][][];
  /** Lead-in silence cut from each clip: word timings are measured from the uncut clip. */
  segmentTrimMs?: number[][];
}

/**
 * Who a listener hears: the host (the voice that reads headlines, chapter titles and an edition's links:
 * not the narrator's voice, so not labelled as the narrator), the narrator, or the quoted person by name.
 */
export function speakerLabel(segment: { role: string; speaker: string | null }): string {
  if (segment.role === 'headline') return 'Host';
  if (segment.role !== 'quote') return 'Narrator';
  return segment.speaker ?? 'Quote';
}

export function timedSegments(script: Script, clips: Clip[][], episode: PlacedEpisode): TimedText[] {
  return script.chapters.flatMap((chapter, c) =>
    chapter.segments.map((segment, s) => {
      const trim = episode.segmentTrimMs?.[c]?.[s] ?? 0;
      const words = clips[c]?.[s]?.words?.map((w) => ({ ...w, offsetMs: w.offsetMs - trim }));
      return {
        startMs: episode.segmentStartsMs[c]![s]!,
        endMs: episode.segmentEndsMs[c]![s]!,
        speaker: speakerLabel(segment),
        text: segment.text,
        ...(words?.length ? { words } : {}),
        ...(episode.segmentGapsMs?.[c]?.[s]?.length ? { gapsMs: episode.segmentGapsMs[c]![s]! } : {}),
      };
    }),
  );
}

export async function writeSidecars(script: Script, clips: Clip[][], episode: PlacedEpisode): Promise<void> {
  const names = sidecars(episode.file);
  await writeFileAtomic(names.chapters, chaptersJson(episode.chapters, { title: script.title }));
  await writeFileAtomic(names.transcript, renderVtt(transcriptCues(timedSegments(script, clips, episode))));
}
