// A listing page (a blog's category page, an agency's news archive) is no transcript: its field
// "Blog Category: …" and a headline written in two halves around a colon ("El Niño Arrives:
// Expected to Persist …") open no speaker's turn, so the stories under them keep the narrator.
import { describe, expect, it } from 'vitest';
import { findTurns } from '../../src/article/turns.ts';

const labels = (ps: string[]) => findTurns(ps).map((t) => t?.label ?? null);

describe('labels of a listing page', () => {
  it('are no turns: a category field and a headline’s two halves', () => {
    const page = [
      'Blog Category: National Oceanic & Atmospheric Administration',
      'El Niño Arrives: Expected to Persist Through Winter 2009-2010',
      'The agency announced the arrival of El Niño, a climate phenomenon with a significant influence on global weather.',
    ];
    expect(labels(page)).toEqual([null, null, null]);
  });

  it('still reads Title-case labels before spoken prose as turns', () => {
    const record = [
      'Senior Official: Thank you all for joining the call today, and let me start with the schedule.',
      'Question: What will the Secretary discuss with the minister on Monday?',
    ];
    expect(labels(record)).toEqual(['Senior Official', 'Question']);
  });
});
