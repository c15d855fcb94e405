// Podcasting 2.0 JSON chapters (https://github.com/Podcastindex-org/podcast-namespace, chapters.md).
import type { ChapterMark } from '../model.ts';

export function chaptersJson(chapters: ChapterMark[], options: { title?: string } = {}): string {
  return `${JSON.stringify(
    {
      version: '1.2.0',
      ...(options.title ? { title: options.title } : {}),
      chapters: chapters.map((c) => ({
        startTime: Math.round(c.startMs) / 1000,
        endTime: Math.round(c.endMs) / 1000,
        title: c.title,
      })),
    },
    null,
    2,
  )}\n`;
}
