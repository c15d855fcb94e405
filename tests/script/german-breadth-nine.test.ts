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

describe('an inverted attribution read to its name', () => {
  it('`„A“, brachte es Kommandant X bei der Feier auf den Punkt. „B.“`: both are X\'s', () => {
    expect(
      quoteSpeakers(
        [
          '„Ein Dorf lebt vom Engagement seiner Bürger“, brachte es Bezirkskommandant Lukas Brodtke bei der Ehrenzeichenverleihung Donnerstagabend im Gemeindezentrum St. Ruprecht in Talheim auf den Punkt. „Das Ehrenamt wird aber immer schwieriger.“ Die gute Zusammenarbeit der Wehren hob Kommandant Peter Hallwig hervor. „Bei der Feuerwehr bekommt man nur das Beste“, so Hallwig betreffend Ausbildung.',
        ],
        'de',
      ),
    ).toEqual(['Lukas Brodtke', 'Lukas Brodtke', 'Peter Hallwig']);
  });

  it('`„…“, so Brodtke betreffend die Ausrüstung.`: a preposition after the name ends it', () => {
    expect(
      quoteSpeakers(['Kommandant Lukas Brodtke lobte die Wehren.', 'Die Zusammenarbeit hob Bürgermeisterin Anna Roth hervor. „Die Talheimer bekommen nur das Beste“, so Brodtke betreffend Ausbildung und Ausrüstung der Wehren.'], 'de'),
    ).toEqual(['Lukas Brodtke']);
  });

  it('`sagte Feuerwehrreferent Stadtrat Jarko Hallwig`: both titles are no part of the name', () => {
    expect(quoteSpeakers(['„Die Stadt muss die Wehren gut ausstatten“, sagte Feuerwehrreferent Stadtrat Jarko Hallwig.'], 'de')).toEqual(['Jarko Hallwig']);
  });
});

describe('quotes beside other quotes', () => {
  it('`„A.“ Sein Kapitän X wünscht sich: „B.“`: X\'s lead-in introduces B only, A is not borrowed backwards', () => {
    expect(
      quoteSpeakers(['Trainer Lukas Brodtke war bedient. „Wir sind viel zu lieb.“ Sein Kapitän Jan Hallwig wünscht sich für die Pause: „Wir müssen bei null anfangen.“'], 'de'),
    ).toEqual(['Lukas Brodtke', 'Jan Hallwig']);
  });

  it('`… X … Das gelte auch für …: „A.“ X appellierte an die Eltern: „B.“`: A is X\'s, named before it', () => {
    expect(
      quoteSpeakers(['Minister Lukas Brodtke hat zur Zurückhaltung gemahnt. Das gelte auch für die Späße an den Haustüren: „Bitte bleiben Sie daheim.“ Brodtke appellierte an die Eltern: „Wir müssen alles daran setzen.“'], 'de'),
    ).toEqual(['Lukas Brodtke', 'Lukas Brodtke']);
  });

  it('a paragraph of quotation, then a paragraph opening with its attribution `, erklärt X die Hintergründe.`', () => {
    expect(
      quoteSpeakers(['Initiator ist Verbandschef Lukas Brodtke.', '„Wir wollen der Politikverdrossenheit entgegenwirken. Gemeinden sind kein starres System.“', ', erklärt Geschäftsführer Jan Hallwig die Hintergründe.'], 'de'),
    ).toEqual(['Jan Hallwig']);
  });
});

describe('who the sentence before the quote names', () => {
  it('`Talheims Innen- und Kommunalminister X hat … gratuliert. „…“` is X\'s, not "Talheims Innen-"', () => {
    expect(
      quoteSpeakers(['Talheims Innen- und Kommunalminister Lukas Brodtke hat der Verwaltungsschule zu ihrem Bestehen gratuliert. „Es ist das Verdienst der Schule, dass die Verwaltung modern ist.“'], 'de'),
    ).toEqual(['Lukas Brodtke']);
  });

  it('a question put to someone by name, `…, Trainer X?`, is answered by the quote after it', () => {
    expect(quoteSpeakers(['Nach dem 0:5: Wie findet man da die richtigen Worte, Trainer Lukas Brodtke? „Wir sind als Truppe viel zu lieb.“'], 'de')).toEqual(['Lukas Brodtke']);
  });
});

describe('a quote after reported speech', () => {
  it('`Wie er sagte, wolle er …` points back from its own sentence, to the man named just before, not to one in the paragraph before', () => {
    expect(
      quoteSpeakers(
        [
          'Der Stadtratsvorsitzende Peter Hallwig wies darauf hin, dass keine Fragen möglich seien.',
          'Dann stellte Mitorganisator Lukas Brodtke die Fragen. Wie er sagte, wolle er eine faire Rechnung haben. Die Kosten seien durch Gegendemos entstanden, an denen auch der Stadtratsvorsitzende teilgenommen habe. „Solange keine Gegendemos waren, war auch keine Polizei nötig.“',
        ],
        'de',
      ),
    ).toEqual(['Lukas Brodtke']);
  });
});

describe('a pull quote', () => {
  it('a subheading that is only a quotation goes to the speaker of the later quote that says its words again', () => {
    expect(
      quoteSpeakers(
        [
          'Nach dem Spiel sagte Lukas Brodtke: „Der Sieg ist absolut verdient.“',
          '„Talheimer haben nach wie vor eine gute Mannschaft',
          'Sein Gegenüber Peter Hallwig konnte nur gratulieren: „Wir müssen anerkennen, dass die Talheimer nach wie vor eine gute Mannschaft haben.“',
        ],
        'de',
      ),
    ).toEqual(['Lukas Brodtke', 'Peter Hallwig', 'Peter Hallwig']);
  });
});

describe('a preposition opening the sentence', () => {
  it('`Statt Liebig stellte X die Fragen. Wie er sagte, …` : "Statt Liebig" is nobody', () => {
    const speakers = (who: string) =>
      quoteSpeakers([`Statt Liebig stellte Mitorganisator ${who} die Fragen. Wie er sagte, wolle er eine faire Rechnung. „Solange keine Gegendemos waren, war auch keine Polizei nötig.“`], 'de');
    expect(speakers('Lukas Brodtke')).toEqual(['Lukas Brodtke']);
    // (A given name the lexicon does not know leaves the speaker unknown, never the preposition's phrase.)
    expect(speakers('Jarko Brodtke')).not.toContain('Statt Liebig');
  });
});
