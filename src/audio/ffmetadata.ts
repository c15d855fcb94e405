// The ;FFMETADATA1 file that carries an episode's tags and chapters into the one encode
// (`-map_metadata 1 -map_chapters 1`). Putting the tags here too keeps all user text out of the
// command line and behind one escaping rule.

/** Escapes a key or value: `=`, `;`, `#`, `\` and newline get a backslash (ffmpeg's ffmetadata rules). */
export function escapeFfmetadata(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[=;#\\\n]/g, (c) => `\\${c}`);
}

export interface MetadataChapter {
  title: string;
  startMs: number;
  endMs: number;
}

export function buildFfmetadata(tags: Record<string, string | undefined>, chapters: readonly MetadataChapter[]): string {
  const lines = [';FFMETADATA1'];
  for (const [key, value] of Object.entries(tags)) {
    if (value === undefined || value === '') continue;
    lines.push(`${escapeFfmetadata(key)}=${escapeFfmetadata(value)}`);
  }
  for (const chapter of chapters) {
    if (!(Number.isInteger(chapter.startMs) && Number.isInteger(chapter.endMs) && chapter.endMs > chapter.startMs && chapter.startMs >= 0)) {
      throw new RangeError(`Chapter "${chapter.title}" has invalid times ${chapter.startMs}-${chapter.endMs} ms.`);
    }
    lines.push('[CHAPTER]', 'TIMEBASE=1/1000', `START=${chapter.startMs}`, `END=${chapter.endMs}`, `title=${escapeFfmetadata(chapter.title)}`);
  }
  return `${lines.join('\n')}\n`;
}
