// Where the silences go. A pause before a chapter's first segment is placed at the END of the previous
// chapter by assembly (the chapter mark lands on the first word); here we only decide how long each is.
import type { Pauses } from '../config.ts';
import type { Boundary } from '../model.ts';

/** Milliseconds of silence before each segment, per chapter, in the shape of `segments`. */
export function pausesBefore(segments: { boundary: Boundary }[][], pauses: Pauses): number[][] {
  let first = true;
  return segments.map((chapter, c) =>
    chapter.map((segment, s) => {
      if (first) {
        first = false;
        return 0;
      }
      if (s === 0) return c === 1 ? pauses.afterHeadlineMs : pauses.chapterMs;
      return boundaryPauseMs(segment.boundary, pauses);
    }),
  );
}

/** The pause a boundary asks for: before a new chapter, a new paragraph, or a voice change inside one. */
export function boundaryPauseMs(boundary: Boundary, pauses: Pauses): number {
  switch (boundary) {
    case 'chapter':
      return pauses.chapterMs;
    case 'paragraph':
      return pauses.paragraphMs;
    case 'inline':
      return pauses.inlineMs;
  }
}
