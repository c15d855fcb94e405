// The `--plan` JSON: the script as the engines would read it, in the shape fixed by
// README ("--plan"). Keys are written in a fixed order so plans diff cleanly.
import type { Script } from '../model.ts';

export function planJson(scripts: Script[]): string {
  const episodes = scripts.map((script) => ({
    source: script.source,
    title: script.title,
    ...(script.article.language !== undefined ? { language: script.article.language } : {}),
    chapters: script.chapters.map((chapter) => ({
      title: chapter.title,
      segments: chapter.segments.map((s) => ({
        role: s.role,
        speaker: s.speaker,
        voice: s.voice,
        text: s.text,
        ...(s.spoken !== undefined ? { spoken: s.spoken } : {}),
        ...(s.speakerGender !== undefined ? { speakerGender: s.speakerGender } : {}),
        ...(s.voiceGender !== undefined ? { voiceGender: s.voiceGender } : {}),
      })),
    })),
    ...(script.cast !== undefined ? { cast: script.cast } : {}),
    ...(script.article.dropped !== undefined ? { dropped: script.article.dropped } : {}),
  }));
  return JSON.stringify({ episodes }, null, 2);
}
