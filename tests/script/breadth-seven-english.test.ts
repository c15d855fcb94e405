// Shapes from the seventh breadth review of English copy (regional papers, blog reposts, university
// digests): "he said" after a sentence whose subject said something about another person ("The
// mayor said Jo Bell had …") and a description without its article before the name and an adverbial
// after it ("said lead author … in a statement").
import { describe, expect, it } from 'vitest';
import { resolved } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[]) =>
  resolved(paragraphs)
    .flat()
    .filter((p) => p.role === 'quote')
    .map((p) => p.speaker);

describe('"he added" after "ROLE said NAME had …"', () => {
  it('points back to the one who said it, not to the subject of what was said', () => {
    const article = [
      'Mayor Tomas Verhoef on Monday urged residents of Dunmore to use less water.',
      '“We all must play our part this summer,” he said.',
      'The mayor said Providence Hallam had blessed the valley with rivers but the only thing missing was the will to share.',
      '“I thank every household that has already cut back,” he added.',
    ];
    expect(speakers(article)).toEqual(['Tomas Verhoef', 'Tomas Verhoef']);
  });

  it('after "NAME said NAME2 had …" too', () => {
    const article = ['Tomas Verhoef said Orla Quinlan had resigned from the water board on Friday.', '“It came as a shock to all of us,” he said.'];
    expect(speakers(article)).toEqual(['Tomas Verhoef']);
  });

  it('still points to the person named when the ones who said it are no person ("Police said …")', () => {
    const article = ['Police said Darragh Molloy, 34, was charged with arson on Sunday.', '“I did nothing wrong,” he told reporters outside the court.'];
    expect(speakers(article)).toEqual(['Darragh Molloy']);
  });

  it('keeps an inverted attribution after a comma ("…, said Owen Pritchard")', () => {
    const article = ['The outages were all in the north, said Owen Pritchard, the fire chief.', '“This is the driest month we have seen,” he said.'];
    expect(speakers(article)).toEqual(['Owen Pritchard']);
  });
});

describe('a role noun of authorship before the name', () => {
  it('"said lead author NAME" names the speaker', () => {
    expect(speakers(['“If anything, patience is the best tool we have,” said lead author Ilse Varga in a statement.'])).toEqual(['Ilse Varga']);
  });
});

describe('capitalised words after "said" that qualify a noun', () => {
  it('are no inverted subject: "said Velani Muslim refugees are …" names nobody', () => {
    const article = [
      'Dunmore’s Minister for Religion on Tuesday said Velani Muslim refugees living in Dunmore are being “misled”.',
      'Thura Aung Ko said Dunmore was “not letting them return”, a term used in the north. Velani say they are native.',
      '“If they release them, the population will drop,” he said in a video.',
    ];
    expect(speakers(article)).toEqual(['Thura Aung Ko']);
  });
});

describe('an organisation in the speaker’s apposition', () => {
  it('"the New Dunmore RCMP" is no person for "he said" to point to', () => {
    const article = ['The victims were all officers, said Owen Pritchard, the commander for the New Dunmore RCMP.', '“This is perhaps the darkest day in our history,” he said.'];
    expect(speakers(article)).toEqual(['Owen Pritchard']);
  });
});
