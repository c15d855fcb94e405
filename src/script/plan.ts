// The `--plan` JSON: the script as the engines would read it, in the shape fixed by
// ARCHITECTURE.md. Keys are written in a fixed order so plans diff cleanly.
import type { Script } from '../model.ts';

export function planJson(scripts: Script[]): string {
  const episodes = scripts.map((script) => ({
    source: script.source,
    title: script.title,
    chapters: script.chapters.map((chapter) => ({
      title: chapter.title,
      segments: chapter.segments.map((s) => ({
        role: s.role,
        speaker: s.speaker,
        voice: s.voice,
        text: s.text,
        ...(s.spoken !== undefined ? { spoken: s.spoken } : {}),
      })),
    })),
  }));
  return JSON.stringify({ episodes }, null, 2);
}
