// Page chrome above English titles from the seventh breadth review (made-up pages): a broadcaster's
// notice that the page's video is not available in the reader's region, a blog's label page
// ("Showing posts with the label …"), and a section's name over a ticker of other headlines and a
// breadcrumb, the story's title under them.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { EN, page, spoken, TITLE } from '../helpers/english-page.ts';

describe('a notice that the page’s content is not available', () => {
  it.each(['This content is not available in your region', 'This video is unavailable in your country', 'This content cannot be displayed'])('is never the title (%j)', (notice) => {
    const a = parseText(page(notice, TITLE, ...EN), 'en.txt');
    expect(a.headline).toBe(TITLE);
    expect(spoken(a)).not.toContain(notice);
  });

  it('leaves a story about unavailable content alone', () => {
    const line = 'The content of the report is not available to the public, the council said, until the review of the site is complete next spring.';
    const a = parseText(page(TITLE, line, ...EN), 'en.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toContain(line);
  });
});

describe('a blog’s label page', () => {
  it.each(['Showing posts with the label Council Meetings', 'Showing posts with label Schools'])('has its label line dropped, the post’s title kept (%j)', (label) => {
    const a = parseText(page(label, TITLE, ...EN), 'en.txt');
    expect(a.headline).toBe(TITLE);
    expect(a.dropped!.find((d) => d.text === label)?.reason).toBe('category or tag label');
  });
});

describe('a section’s name over a ticker of other headlines and a breadcrumb', () => {
  it('gives way to the story’s title under them', () => {
    const ticker =
      'Weather for the valley towns  • Dunmore leads Kelby 2-1 at half time  • Urgent: road closed after landslide near Ardmore  • Council keeps watch on river levels  • Focus: school buses to run late all week  • Markets summary at noon';
    const a = parseText(page('Off the press', ticker, 'You are here:   Home', TITLE, ...EN), 'en.txt');
    expect(a.headline).toBe(TITLE);
    expect(spoken(a)).not.toContain('Off the press');
    expect(spoken(a)).not.toContain('You are here');
  });

  it('a short title pasted first, the story under it, stays the title', () => {
    const a = parseText(page('School moves uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('School moves uphill');
  });
});

describe('a text-size control', () => {
  it.each(['Text size Aa Aa', 'Adjust font size:', 'Font size: A A A', 'Valley Wire, March 3, 2026 Adjust font size:'])('is not read (%j)', (control) => {
    const a = parseText(page(TITLE, control, ...EN), 'en.txt');
    expect(a.headline).toBe(TITLE);
    expect(spoken(a)).not.toContain(control);
  });
});

describe('links to other stories left between the story’s paragraphs', () => {
  const STORY = [
    'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found that the old site would be under water at least once every ten years.',
    'Parents had asked for the move since the second flood in three years closed the school for a whole term, and the council said that the new building would open next autumn.',
    'Work on the new school is to begin in March, once the council has bought the land from the farm that owns the hillside above the village.',
  ];

  it('drops two titles in a row in the middle of the story', () => {
    const a = parseText(page(TITLE, STORY[0]!, '3 teachers hurt in bus crash near Ardmore', 'Storm season comes early', STORY[1]!, STORY[2]!), 'en.txt');
    expect(spoken(a)).not.toContain('3 teachers hurt');
    expect(spoken(a)).not.toContain('Storm season');
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(STORY);
  });

  it('keeps a section heading that names what the story is about', () => {
    const a = parseText(page(TITLE, STORY[0]!, STORY[1]!, 'Work on the new school to begin soon', STORY[2]!), 'en.txt');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Work on the new school to begin soon']);
  });
});

describe('a picture’s alternative text copied as a line', () => {
  it.each(['• Headshot of Ilse Varga', 'Photo of Owen Pritchard', 'Images of the students and researchers'])('is never the title nor a chapter (%j)', (alt) => {
    const a = parseText(page(TITLE, alt, ...EN), 'en.txt');
    expect(a.headline).toBe(TITLE);
    expect(spoken(a)).not.toContain(alt);
    const b = parseText(page(alt, TITLE, ...EN), 'en.txt');
    expect(b.headline).toBe(TITLE);
  });
});
