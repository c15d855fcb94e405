// Shapes seen in the ninth English breadth round, each with invented sentences.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const segments = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text]);

describe('post-game transcripts', () => {
  it('reads a capitals “COACH NAME:” label as that person’s turn, the title no part of the name, and “Q.” as the reporter', () => {
    const text = [
      'Post-Game Quotes', '',
      'COACH DARIN OSTRO: We played hard tonight. I thought our line was terrific from the first snap.', '',
      'It was a good win for us. We will enjoy it tonight and get back to work on Monday.', '',
      'Q. Coach, your quarterback threw three touchdowns. What did you see from him?',
    ].join('\n');
    expect(segments(text)).toEqual([
      ['quote', 'Darin Ostro', 'We played hard tonight. I thought our line was terrific from the first snap.'],
      ['quote', 'Darin Ostro', 'It was a good win for us. We will enjoy it tonight and get back to work on Monday.'],
      ['quote', 'Reporter', 'Coach, your quarterback threw three touchdowns. What did you see from him?'],
    ]);
  });
});

describe('a paper’s capitals lead-in', () => {
  it('is no transcript label when the teaser repeats the first paragraph’s opening', () => {
    const text = [
      'Mayor tells council to mind its words', '',
      'MAYOR TALVA Renquist told councillors at yesterday’s meeting to be careful about what they said on the…', '',
      'MAYOR TALVA Renquist told councillors at yesterday’s meeting to be careful about what they said on the budget.', '',
      '“Yes, I have spoken to every councillor about this,” said Ms Renquist.', '',
      'The opposition leader said the warning came too late.',
    ].join('\n');
    const segs = segments(text);
    expect(segs.filter(([role]) => role === 'quote').map(([, , words]) => words)).toEqual(['Yes, I have spoken to every councillor about this,']);
    // (The capitals given name is typography the name lexicon does not read: the surname is enough here.)
    expect(segs.filter(([role]) => role === 'quote').map(([, speaker]) => speaker)[0]).toMatch(/Renquist$/);
  });
});

describe('a quote after reported speech', () => {
  it('is the reporting subject’s, not the pronoun opening what was reported (“X said he had …”)', () => {
    const text = [
      'Mayor says the files are in order', '',
      'Valmont Mayor John Renquist spoke to reporters on Monday before leaving for the capital.', '',
      'An inquiry will be led by Works Minister Bram Osei next month.', '',
      'Mr. Renquist said he had already examined the case. “I have all the files.”',
    ].join('\n');
    expect(segments(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker)).toEqual(['John Renquist']);
  });
});

describe('a topic lead-in before a quote in a list of reactions', () => {
  it('names what the speaker talks about, not who speaks (“On Neco Brandt: “…””)', () => {
    const text = [
      'Reactions after the derby', '',
      'Valley manager Jurgen Brandt speaking to reporters: “I saw two very good teams, both trying to play football.”',
      'On Neco Williams: “The yellow card was the only reason he came off. He was good.”',
      'On chasing the points record: “It’s not important for me, I want to win football games.”',
      '“We have 92 points and last season we had 97.”',
    ].join('\n');
    const speakers = segments(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker);
    expect(speakers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(speakers)).toEqual(new Set(['Jurgen Brandt']));
  });
});

describe('a radio transcript’s labels', () => {
  it('reads a bare office label (“Mayor:”) after “Mayor Given Surname:” as that person', () => {
    const text = [
      'Transcript: Mayor Roe Appears on the Morning Show', '',
      'Dana Quill: Good morning, Mr. Mayor, welcome back to the show.', '',
      'Mayor Talvo de Renquist: Good morning Dana, I miss the studio.', '',
      'Quill: So how much of the report did you read?', '',
      'Mayor: I cannot tell a lie, I have only seen summaries.',
    ].join('\n');
    expect(segments(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker)).toEqual(['Dana Quill', 'Talvo de Renquist', 'Dana Quill', 'Talvo de Renquist']);
  });
});

describe('a short quoted question alone on its line', () => {
  it('is a quote, not a chapter heading', () => {
    const text = [
      'Premier fires up at reporters', '',
      '“If we get an outbreak here, we will all be in lockdown,” Premier Dana Quill told a reporter.', '',
      '“Do you want that? Do you want that?”', '',
      '“I will always stand up for this state,” she said.',
    ].join('\n');
    expect(segments(text).filter(([role]) => role === 'quote').map(([, , words]) => words)).toContain('Do you want that? Do you want that?');
  });
});

describe('a topic lead-in before a quotation running on over paragraphs', () => {
  it('goes on with the speaker before for every paragraph of it', () => {
    const text = [
      'Reactions after the derby', '',
      'Valley manager Jurgen Brandt speaking to reporters: “I saw two very good teams, both trying to play football.”', '',
      'On chasing the points record: “It’s not important for me, I want to win football games.', '',
      '“We have 92 points and last season we had 97.”',
    ].join('\n');
    expect(segments(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker)).toEqual(['Jurgen Brandt', 'Jurgen Brandt', 'Jurgen Brandt']);
  });
});
