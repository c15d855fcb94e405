// Page chrome from the ninth English breadth round (made-up pages): a logo's and an icon's
// alternative text with their descriptions above the title.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { EN, page, spoken, TITLE } from '../helpers/english-page.ts';

describe('a logo’s or an icon’s alternative text with its description', () => {
  it('is never the title nor read', () => {
    const logo = 'Valley Courier logo The words "Valley Courier" in blue.';
    const icon = "Close icon Two crossed lines that form an 'X'. It indicates a way to close a notice.";
    const a = parseText(`${logo}\n${icon}\n\n${TITLE}\n\n${EN.join('\n\n')}`, 'en.txt');
    expect(a.headline).toBe(TITLE);
    expect(spoken(a)).not.toContain('crossed lines');
    expect(spoken(a)).not.toContain('logo');
  });

  it('leaves a sentence about a logo alone', () => {
    const line = 'The school logo was redrawn by pupils last year, and the council said it would stay on the new building.';
    const a = parseText(page(TITLE, EN[0]!, line, EN[1]!), 'en.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toContain(line);
  });
});

describe('an embedded social post’s text that ends on its short link', () => {
  it('is dropped with its signed line under it, though the story did not quote it', () => {
    const post = 'Proud of the crews who worked through the night to keep the valley road open for the school buses https://t.co/Xy12Ab';
    const signed = '— Dana Orlo (@DanaOrloCouncil) March 3, 2026';
    const lines = [TITLE, '', EN[0]!, post, signed, EN[1]!].join('\n');
    const a = parseText(lines, 'en.txt');
    expect(spoken(a)).not.toContain('t.co');
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(EN);
  });
});

describe('a lone link to another story between the paragraphs, in a headline’s grammar', () => {
  it.each([
    '‘We will not back down’: Council rejects the levy on second homes, mayor says',
    'Valley road to stay closed for another month after the landslide, engineers say',
  ])('is dropped (%j)', (link) => {
    const a = parseText(page(TITLE, EN[0]!, link, EN[1]!), 'en.txt');
    expect(spoken(a)).not.toContain(link);
    expect(a.dropped!.find((d) => d.text === link)?.reason).toBe('link to another story');
  });

  it('leaves a sentence of the story and a crosshead alone', () => {
    const sentence = '“We will not back down,” the mayor says.';
    const crosshead = 'A long wait for the parents';
    const a = parseText(page(TITLE, EN[0]!, sentence, crosshead, EN[1]!), 'en.txt');
    expect(spoken(a)).toContain(sentence);
    expect(spoken(a)).toContain(crosshead);
  });
});

describe('readers’ comments under the story', () => {
  it('drops a comment form from its “Leave a Reply” heading to the end', () => {
    const form = ['Leave a Reply', 'Fill in your details below or click an icon to log in:', 'Gravatar', 'You are commenting using your WordPress.com account. Log Out / Change )'];
    const a = parseText(page(TITLE, ...EN, ...form), 'en.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(EN);
    expect(a.sections.map((s) => s.heading ?? '')).not.toContain('Leave a Reply');
  });

  it('drops a blog’s comments from the first “Name said…” line to the end', () => {
    const comments = ['Anonymous said…', 'great news for the valley, the parents waited long enough for this school.', 'Marta Quill said...', 'We should all support the council on this one.'];
    const a = parseText(page(TITLE, ...EN, ...comments), 'en.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(EN);
  });
});

describe('a story’s first paragraph opened by a broadcaster’s dateline', () => {
  it('is kept between a header line and a picture’s slug', () => {
    const lead = 'VALMONT, Ore. (KVLT) — A county deputy was hurt in a crash on Sunday afternoon.';
    const a = parseText(page(TITLE, 'KVLT News logo By Published: Updated:', lead, 'valmont-deputy-crash', 'The crash happened around noon on the valley road near the school, the sheriff said on Monday.', ...EN), 'en.txt');
    expect(spoken(a)).toContain('A county deputy was hurt in a crash on Sunday afternoon.');
  });
});

describe('a gallery’s call to click', () => {
  it.each(['CLICK TO VIEW MORE PHOTOS FROM THE SCENE', 'Click to see the gallery'])('is dropped, never a chapter title (%j)', (prompt) => {
    const a = parseText(page(TITLE, EN[0]!, prompt, EN[1]!), 'en.txt');
    expect(spoken(a)).not.toContain(prompt);
  });
});

describe('a caption ending on a bare credit field', () => {
  it.each(['Camera IconNot Supplied Credit: Valley Media Group', 'Camera IconThe new school site on the hill above the valley. Jo Penn Credit: Valley Media Group'])('is dropped, never the standfirst (%j)', (caption) => {
    const a = parseText(`${TITLE}\n\nJo PennVMG NewsWire\nNot Supplied\n${caption}\n\n${EN[0]}\n\n${caption}\n\n${EN[1]}`, 'en.txt');
    expect(spoken(a)).not.toContain('Credit');
  });

  it('leaves a sentence about credit alone', () => {
    const line = 'The council said the school would be built on credit: the bank agreed to lend it the money.';
    const a = parseText(page(TITLE, EN[0]!, line, EN[1]!), 'en.txt');
    expect(spoken(a)).toContain(line);
  });
});

describe('a site’s hashtag tagline above the title', () => {
  it('is never the title', () => {
    const lines = ['#Open journalism No news is bad news', '', 'Your contributions will help us keep telling the stories that matter to you', '', 'Support The Valley Paper', 'Valmont: 1°C Wednesday 12 May 2021', '', TITLE, '', ...EN];
    const a = parseText(lines.join('\n'), 'en.txt');
    expect(a.headline).toBe(TITLE);
  });

  it('leaves a story line opening on a hashtag alone', () => {
    const line = '#MeToo campaigners in the valley said on Monday that the council had ignored their letters for two years.';
    const a = parseText(page(TITLE, EN[0]!, line, EN[1]!), 'en.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toContain(line);
  });
});

describe('a picture’s caption that is a person’s name alone between paragraphs', () => {
  it('is no chapter heading when the next paragraph speaks of that person', () => {
    const a = parseText(page(TITLE, EN[0]!, 'Dara Quill', 'Housing Minister Ms Quill said the plan had been “taken out of context”.', EN[1]!), 'en.txt');
    expect(a.sections.map((s) => s.heading ?? '')).not.toContain('Dara Quill');
    expect(spoken(a)).not.toContain('Dara Quill');
  });
});
