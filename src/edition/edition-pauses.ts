// Pauses for an edition Script (as built by buildEditionScript), in the shape pausesBefore returns.
// The generic pausesBefore treats chapter 1 as "the story after the headline"; in an edition every
// chapter is a whole story, so this reproduces, inside each story, the pauses its own episode has:
// the afterHeadline pause between its headline block and its first paragraph. Between stories:
// - before a transition or the closing line: chapterMs (the segment's 'chapter' boundary);
// - between the transition and the next headline: paragraphMs, short, since the transition is
//   the announcement of what follows (and that pause closes the previous chapter, see assemble.ts);
// - between the introduction and the first headline: chapterMs.
import type { Pauses } from '../config.ts';
import type { Script } from '../model.ts';
import { boundaryPauseMs } from '../script/pauses.ts';

export function editionPauses(script: Script, pauses: Pauses): number[][] {
  return script.chapters.map((chapter, c) => {
    // The story's headline block is its leading run of headline-role segments (headline, dek), with
    // the quotation a quoting dek holds (it continues the dek inline; the story's text opens a chapter).
    const inBlock = (i: number): boolean => {
      const seg = chapter.segments[i];
      return seg !== undefined && (seg.role === 'headline' || (i > 0 && seg.boundary !== 'chapter'));
    };
    let headlineBlock = 0;
    while (inBlock(headlineBlock)) headlineBlock++;
    return chapter.segments.map((segment, s) => {
      if (c === 0) return s === 0 ? 0 : boundaryPauseMs(segment.boundary, pauses);
      if (s === 0) return c === 1 ? pauses.chapterMs : pauses.paragraphMs;
      if (s === headlineBlock) return pauses.afterHeadlineMs;
      return boundaryPauseMs(segment.boundary, pauses);
    });
  });
}
