// Shapes seen across many sites in a breadth review (German and English news, releases, reposts):
// a German pronoun incise after a capitalised common noun, partial quotations that end the
// narrator's sentence, and feminine role nouns in apposition.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/script/quotes.ts';
import { resolved } from '../helpers/script-pieces.ts';
import { mentionsIn } from '../../src/script/mentions.ts';

const quotes = (paragraphs: string[]) =>
  resolved(paragraphs)
    .flat()
    .filter((p) => p.role === 'quote')
    .map((p) => [p.text, p.speaker]);

describe('a German pronoun incise after a capitalised common noun', () => {
  it('points back to the person, not to the noun before the verb ("Zu seiner Rolle erklärte er:")', () => {
    const article = [
      'Der Gründer des Vereins, Markus Albrecht, hat Vorwürfe zurückgewiesen.',
      'Zu seiner eigenen Rolle erklärte er: "Ich organisiere vor allem und leite die anderen Mitglieder an."',
    ];
    expect(quotes(article)).toEqual([['Ich organisiere vor allem und leite die anderen Mitglieder an.', 'Markus Albrecht']]);
  });

  it('is not a noun object before a verb ("interne Querelen kritisiert"), then "sagte er"', () => {
    const article = [
      'Berlin – Tobias Wendt, der Sprecher des Verbands, hat interne Querelen kritisiert und seinen Rückzug bekanntgegeben. „Wir hatten in den letzten Monaten sehr viel Stress“, sagte er gegenüber der Zeitung.',
    ];
    expect(quotes(article)).toEqual([['Wir hatten in den letzten Monaten sehr viel Stress', 'Tobias Wendt']]);
  });
});

describe('a partial quotation that ends the narrator’s sentence', () => {
  const voiced = (paragraph: string) =>
    resolved([paragraph])
      .flat()
      .filter((p) => p.role === 'quote')
      .map((p) => p.text);

  it('stays with the narrator after a noun, a negation or a verb, with straight or curly marks', () => {
    expect(voiced('The commissioner yesterday urged potential witnesses "to come forward and do the right thing".')).toEqual([]);
    expect(voiced('The chairman said the situation in the country was not “uncomfortable, rather it had improved in recent years”.')).toEqual([]);
    expect(voiced('Er nehme an, dass die Behörden die Regierung unterstützen würden "bei ihren Angriffen auf mich und unsere Leute".')).toEqual([]);
  });

  it('still switches for a sentence of its own, a capitalised one, or one an attribution follows', () => {
    expect(voiced('The mayor spoke to reporters. "We will rebuild the bridge by spring," she said.')).toEqual(['We will rebuild the bridge by spring,']);
    expect(voiced('The mayor said the city "will rebuild the bridge before the spring floods arrive," she said.')).toHaveLength(1);
    expect(voiced('She told the council: "we will rebuild the bridge by spring".')).toHaveLength(1);
  });
});

describe('German professions in apposition after the name', () => {
  const genders = (paragraphs: string[]) =>
    resolved(paragraphs)
      .flat()
      .filter((p) => p.role === 'quote')
      .map((p) => [p.speaker, p.speakerGender]);

  it('read "-expertin" as a woman and the weak masculine "-Experte" as a man', () => {
    expect(genders(['„Die neue Richtlinie ist ein erster Schritt“, sagt Karla Fenske, Waldexpertin des Verbands.'])).toEqual([['Karla Fenske', 'female']]);
    expect(genders(['„Ein Unfall in der Arktis ist nicht beherrschbar“, sagt Jan Feddersen, Öl-Experte des Verbands.'])).toEqual([['Jan Feddersen', 'male']]);
    expect(genders(['„Die Daten sind eindeutig“, sagt Dr. Eva Lindner, Psychologin an der Universität.'])).toEqual([['Eva Lindner', 'female']]);
  });
});

describe('a single closing quote the sentence goes on after', () => {
  it('closes after a word that no possessive ends with, and stays an apostrophe after s', () => {
    const closes = findQuoteSpans(['The group said its staff were under ‘constant surveillance and intimidation’ since the arrest of its secretary.']);
    expect(closes[0]).toEqual([expect.objectContaining({ closed: true, end: 76 })]);
    const possessive = findQuoteSpans(['‘We read the committees’ report in full,’ the chair said.']);
    expect(possessive[0]).toEqual([expect.objectContaining({ start: 0, closed: true, end: 41 })]);
  });
});

describe('German release attributions after the quotation', () => {
  it('reads "so die Ministerpräsidentin" as the person given that role, not the latest one named', () => {
    const item = [
      'Ministerpräsidentin Anna Lorenz gratuliert Peter Brandauer zum 90. Geburtstag. „Der Schauspieler ist ein wahres Multitalent und ein begnadeter Maler“, so die Ministerpräsidentin.',
    ];
    expect(quotes(item)).toEqual([['Der Schauspieler ist ein wahres Multitalent und ein begnadeter Maler', 'Anna Lorenz']]);
  });

  it('reads a role and academic titles before the name after "so", and stops the name before "zu Beginn"', () => {
    expect(quotes(['„Die Universität hat eine gute Wahl getroffen“, so Wissenschaftsminister Prof. Dr. Karl Wendel, der die Ministerpräsidentin vertrat.'])).toEqual([
      ['Die Universität hat eine gute Wahl getroffen', 'Karl Wendel'],
    ]);
    expect(quotes(['„Ich freue mich sehr, dass das Licht auch in diesem Jahr hier leuchtet“, betonte Ministerpräsidentin Anna Lorenz zu Beginn der Veranstaltung.'])).toEqual([
      ['Ich freue mich sehr, dass das Licht auch in diesem Jahr hier leuchtet', 'Anna Lorenz'],
    ]);
  });

  it('keeps a middle initial inside the name the next quotation falls back on', () => {
    expect(quotes(['"We can do this while saving costs," said EPA Administrator Michael S. Rowan. "More companies should accept the challenge."'])).toEqual([
      ['We can do this while saving costs,', 'Michael S. Rowan'],
      ['More companies should accept the challenge.', 'Michael S. Rowan'],
    ]);
  });
});

describe('a statement its issuer announces', () => {
  it('gives the quotation paragraph after "X issued the following statement:" to X', () => {
    expect(quotes(['On the anniversary, Agency Administrator Jane Q. Roe issued the following statement:', '"We have moved with urgency to deliver on this agenda, and I could not be prouder."'])).toEqual([
      ['We have moved with urgency to deliver on this agenda, and I could not be prouder.', 'Jane Q. Roe'],
    ]);
  });
});

describe('a name after an inverted verb, behind an agency and an office', () => {
  it('is read whole, middle initial included', () => {
    expect(mentionsIn('“We will keep going,” said EPA Administrator Lisa F. Garcia.').map((m) => m.name)).toContain('Lisa F. Garcia');
    expect(mentionsIn('“We will keep going,” said EPA Administrator Lisa F. Garcia.').map((m) => m.name)).not.toContain('Lisa F.');
  });
});

describe('a relative clause after the name, not an apposition', () => {
  it('reads no gender from "X, der Ministerpräsidentin Y … vertrat" for X, and the role before X still counts', () => {
    const item = ['„Die Universität hat eine gute Wahl getroffen“, so Wissenschaftsminister Prof. Dr. Karl Wendel, der Ministerpräsidentin Anna Lorenz bei der Feier vertrat.'];
    expect(resolved(item).flat().filter((p) => p.role === 'quote').map((p) => [p.speaker, p.speakerGender])).toEqual([['Karl Wendel', 'male']]);
  });
});
