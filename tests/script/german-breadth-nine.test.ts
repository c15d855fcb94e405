// German speaker shapes a ninth breadth review found on unseen sport, council and party pages: a
// speaker pointed back to by a role noun or a pronoun whose antecedent is a title and a surname, an
// attribution with a word of time before its verb's particle, two quotations side by side, and a
// possessor before a name. All sentences invented.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

describe('a speaker pointed back to', () => {
  it('`Das sah auch der Trainer so:` is the man named before, though nobody was given the role', () => {
    expect(
      quoteSpeakers(
        [
          'Im Anschluss an die Partie sagte Lukas Brodtke dem Lokalradio: „Der Sieg ist verdient. Wir haben alles gegeben.“ Lange sah es nicht danach aus.',
          'Das sah auch der Trainer so: „Wir hatten viele Chancen. Umso wichtiger ist es, dass es gepasst hat.“',
        ],
        'de',
      ),
    ).toEqual(['Lukas Brodtke', 'Lukas Brodtke']);
  });

  it('`Sie sagte wörtlich:` after `Bundespräsidentin Brodtke` (a title and a surname only) is hers', () => {
    expect(
      quoteSpeakers(['Viele Bürger kamen zur Feier.', 'Auch Bundespräsidentin Brodtke zeigte sich erfreut. Sie sagte wörtlich: „Wir freuen uns über diese Brücke.“'], 'de'),
    ).toEqual(['Brodtke']);
  });

  it('`Der „Talheimer Zeitung“ sagte er wörtlich:` after `Bundestagspräsident Brodtke` is his, not the paper\'s', () => {
    expect(
      quoteSpeakers(
        ['Andere Gäste blieben fern.', 'Auch Bundestagspräsident Brodtke zeigte sich erfreut. Der „Talheimer Zeitung“ sagte er wörtlich: „Wir freuen uns über diese Brücke.“'],
        'de',
      ),
    ).toEqual(['Brodtke']);
  });
});

describe('an attribution after the quote', () => {
  it('`…“, teilte die Sprecherin Lena Brodtke am Sonntag mit.` is Lena Brodtke\'s', () => {
    expect(
      quoteSpeakers(['Die Opposition fordert Aufklärung.', '„Wir sind entsetzt über diesen Vorfall. Das muss aufgeklärt werden“, teilte die Sprecherin Lena Brodtke am Sonntag mit.'], 'de'),
    ).toEqual(['Lena Brodtke']);
  });

  it('`„A.“ „B“, sagte sein Kollege X.`: the first quotation stays with the speaker before, the second is X\'s', () => {
    expect(
      quoteSpeakers(
        [
          'Lukas Brodtke sprach anschließend von einem glücklichen Sieg: „Wir hatten mehr Ballbesitz. Ein Unentschieden wäre auch in Ordnung gewesen.“ „Nach diesem Spiel hätten wir gerne einen Punkt mitgenommen“, sagte sein Kollege Peter Hallwig.',
        ],
        'de',
      ),
    ).toEqual(['Lukas Brodtke', 'Peter Hallwig']);
  });

  it('`Brodtkes Gegenüber Jarko Hallwig … erklärte er` is Jarko Hallwig\'s: the possessor is no part of the name', () => {
    expect(
      quoteSpeakers(
        [
          'Lukas Brodtke freute sich, Jarko Hallwig konnte nur gratulieren.',
          'Brodtkes Gegenüber Jarko Hallwig konnte nach dem Spiel nicht viel mehr machen als gratulieren. „Unter dem Strich war es ein verdienter Sieg“, erklärte er.',
        ],
        'de',
      ),
    ).toEqual(['Jarko Hallwig']);
  });

  it('`…“, sagte sein Talheimer Kollege Jarko Hallwig.`: the adjective and noun after the possessive are no part of the name, though the lexicon knows no "Jarko"', () => {
    expect(quoteSpeakers(['Am Ende war es ein Remis.', '„Wir hätten gerne gewonnen“, sagte sein Talheimer Kollege Jarko Hallwig.'], 'de')).toEqual(['Jarko Hallwig']);
  });

  it('`Ähnlich äußerte sich die Ministerin:` is the woman given that office', () => {
    expect(
      quoteSpeakers(['Ministerin Lena Brodtke besuchte am Montag die Baustelle.', 'Ähnlich äußerte sich die Ministerin: „Wir liegen gut im Zeitplan.“'], 'de'),
    ).toEqual(['Lena Brodtke']);
  });
});
