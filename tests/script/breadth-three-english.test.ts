// Shapes from the third breadth review of English copy (NOAA, VOA and USGS releases on aggregator
// and category pages): a title opened by "U.S." and a name with a middle initial after an inverted
// verb, a nickname in brackets inside a full name, and "he said" after a sentence whose subject is
// one person and whose object opens with another person's possessive, and a partial quotation completing
// a that-clause whose subject is a name (with an apposition set off by commas).
import { describe, expect, it } from 'vitest';
import { resolved } from '../helpers/script-pieces.ts';

const quotes = (paragraphs: string[]) =>
  resolved(paragraphs)
    .flat()
    .filter((p) => p.role === 'quote')
    .map((p) => [p.text, p.speaker, p.speakerGender]);

describe('a long title opened by "U.S." after an inverted verb', () => {
  it('keeps the whole subject: the abbreviation’s stop ends no clause', () => {
    expect(quotes(['“The agency has done its work well,” said U.S. Secretary of Commerce Gina M. Raimondo.'])).toEqual([['The agency has done its work well,', 'Gina M. Raimondo', null]]);
  });

  it('gives the second half of a split quotation the same speaker', () => {
    const article = ['“The agency has done its work well,” said U.S. Secretary of Commerce Jane Roe. “I am grateful for it.”'];
    expect(quotes(article).map(([, speaker]) => speaker)).toEqual(['Jane Roe', 'Jane Roe']);
  });
});

describe('an office with "and" in its name after an inverted verb', () => {
  it('is read whole up to the name ("said U.S. Health and Human Services Secretary Kathleen Sebelius")', () => {
    expect(quotes(['“He is an ideal choice to lead the agency,” said U.S. Health and Human Services Secretary Kathleen Sebelius.']).map(([, speaker]) => speaker)).toEqual(['Kathleen Sebelius']);
  });
});

describe('a middle initial "M."', () => {
  it('is no French "M." (monsieur): it says nothing of the gender', () => {
    expect(quotes(['“We will publish the data,” said Secretary of Commerce Gina M. Raimondo.'])).toEqual([['We will publish the data,', 'Gina M. Raimondo', null]]);
  });
});

describe('a nickname in brackets after the given name', () => {
  it('stays out of the name, and the full name is the canonical one', () => {
    const article = ['Richard (Rick) W. Spinrad, Ph.D., an ocean scientist, was confirmed by the Senate today.', '“I am thrilled to be back,” said Spinrad.'];
    expect(quotes(article).map(([, speaker]) => speaker)).toEqual(['Richard W. Spinrad']);
  });
});

describe('"he said" after a sentence naming its subject, then another person as a possessor', () => {
  it('points back to the subject, not to the possessor', () => {
    const article = [
      'Former mayor Michael Bloomberg announced Sunday he is donating $1.8 billion to the university. University President Ronald Daniels said Bloomberg’s contribution will let the school end student loans.',
      '“Hopkins has received a gift that is unprecedented,” he said in a statement.',
    ];
    expect(quotes(article).map(([, speaker]) => speaker)).toEqual(['Ronald Daniels']);
  });

  it('still points to a possessor who is the only person named in the sentence', () => {
    const article = ['Tom Clark has lived by the river for forty years.', 'Jane Roe, a neighbour, called the fire service. The storm had damaged Clark’s house overnight.', '“It is all gone,” he said.'];
    expect(quotes(article).map(([, speaker]) => speaker)).toEqual(['Tom Clark']);
  });
});

describe('a partial quotation completing the subject of a that-clause', () => {
  it('stays with the narrator when the subject is a name with an apposition set off by commas', () => {
    const article = ['The department said it has evidence that Salah Salih, also known as Salah Gosh, “was involved in torture during his tenure.”'];
    expect(quotes(article)).toEqual([]);
  });

  it('stays with the narrator when the subject is a plain name', () => {
    expect(quotes(['The report found that Ana Ruiz “was not told of the decision until weeks later.”'])).toEqual([]);
  });
});

describe('partial quotations closed by their own stop inside the marks (American style)', () => {
  it('stay with the narrator after "called" and a one-word name', () => {
    expect(quotes(['Biden called Collins “one of the most important scientists of our time.” He left for Delaware on Friday.'])).toEqual([]);
  });

  it('stay with the narrator after a copula when the next sentence reports something else', () => {
    const article = ['Collins said he was “grateful and proud of the staff, whose commitment delivers hope every day.” He said the decision to step down was “a difficult one.”'];
    expect(quotes(article)).toEqual([]);
  });
});
