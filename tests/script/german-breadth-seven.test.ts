// German speaker shapes a seventh breadth review found on unseen regional, agency, tabloid and
// Swiss pages: capitalised common nouns that are no one's name, and a bare quotation after a
// sentence that names no new speaker. All sentences invented.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

describe('a capitalised common noun is no speaker', () => {
  it('`Wie seine Kollegen freut sich auch X …` before a bare quote is X\'s, not "Kollegen"', () => {
    expect(
      quoteSpeakers(['Die Minister reisen morgen ab.', 'Wie seine Kollegen freut sich auch Innenminister Peter Wahl auf die Ferien. „Ich werde viel wandern.“'], 'de'),
    ).toEqual(['Peter Wahl']);
  });

  it('`Und lobt seinen Kollegen X:` has no subject of its own: the quote stays with the one who spoke before', () => {
    expect(
      quoteSpeakers(
        ['„Es war ein harter Kampf“, sagt Trainer Jonas Brenner.', 'Und lobt seinen Kollegen Hallwig: „Wenn die so weiterspielen, steigen sie auf.“'],
        'de',
      ),
    ).toEqual(['Jonas Brenner', 'Jonas Brenner']);
  });

  it('`…“, so der Talheimer Bäcker.` points back to the man named before, not to "Talheimer Bäcker"', () => {
    expect(
      quoteSpeakers(['Am Morgen sah Anwohner Martin Kerbel (41) den Brand.', '„Ich habe sofort die Feuerwehr gerufen“, so der Talheimer Bäcker.'], 'de'),
    ).toEqual(['Martin Kerbel']);
  });

  it('`…“, erinnert sich Lena K. aus dem Blumenladen.` is Lena K.\'s, not the shop\'s', () => {
    expect(
      quoteSpeakers(['„Es hat stark gequalmt“, erinnert sich Lena K. aus dem Blumenladen.'], 'de'),
    ).toEqual(['Lena K.']);
  });

  it('a spokeswoman introduced unnamed stays unnamed: `erklärte die Polizeisprecherin` is not the headline\'s "Junge Mutter"', () => {
    expect(
      quoteSpeakers(
        ['Eine Polizeisprecherin teilte mit: „Am Tatort wurde ein Mann gefunden.“', 'Die Kinder sind unverletzt. „Sie sind beim Jugendamt“, erklärte die Polizeisprecherin.'],
        'de',
        'Eilmeldung: Junge Mutter getötet aufgefunden – Verbrechen in Talheim',
      ),
    ).toEqual([null, null]);
  });
});

describe('a bare quotation after a sentence that names no new speaker', () => {
  it('after `…, kommentiert X das Y.` is X\'s', () => {
    expect(
      quoteSpeakers(['Man habe sich anpassen müssen, kommentiert Bürgermeisterin Anna Roth das kurze Fest. „Der Umzug war dieses Jahr nicht möglich.“'], 'de'),
    ).toEqual(['Anna Roth']);
  });

  it('after `Der kommentiert das nüchtern:` is the man just named', () => {
    expect(
      quoteSpeakers(['… Jonas Brenner in der letzten Minute das Siegtor schießt.', 'Der kommentiert das nüchtern: „Es ist mein Job, Tore zu schießen.“'], 'de'),
    ).toEqual(['Jonas Brenner']);
  });

  it('after a paragraph of reported speech with no new subject goes on with the quote before', () => {
    expect(
      quoteSpeakers(
        [
          '„Wir haben alle Gemeinden vorab informiert“, sagt Landrat Peter Wahl. „Das gehört sich so.“',
          'Seit dem Frühjahr sei die Verwaltung nonstop im Einsatz gewesen. „Wenn wir zwei ruhige Wochen haben, sind wir dankbar.“',
        ],
        'de',
      ),
    ).toEqual(['Peter Wahl', 'Peter Wahl', 'Peter Wahl']);
  });
});

describe('what these shapes leave alone', () => {
  it('reported speech that names someone else before the bare quote is no continuation', () => {
    expect(
      quoteSpeakers(
        ['„Wir haben alle Gemeinden vorab informiert“, sagt Landrat Peter Wahl.', 'Die Ministerin Anna Roth sagte dagegen, das sei zu spät gewesen. „Wir hätten früher handeln müssen.“'],
        'de',
      )[1],
    ).toBe('Anna Roth');
  });

  it('`Und selbst X macht mit:` has its subject: X', () => {
    expect(
      quoteSpeakers(['„Bleiben Sie zu Hause“, sagt Ministerin Anna Roth.', 'Und selbst Landrat Peter Wahl, der lange zögerte, macht mit: „Die Lage ist ernst.“'], 'de')[1],
    ).toBe('Peter Wahl');
  });

  it('a name after a German article keeps its given name: `der Berliner Peter Wahl` is Peter Wahl, `von der Leyen` whole', () => {
    expect(quoteSpeakers(['„Das ist gut so“, sagte der Berliner Peter Wahl.'], 'de')).toEqual(['Peter Wahl']);
    expect(quoteSpeakers(['„Das ist gut so“, sagte Kommissionspräsidentin Ursula von der Leyen.'], 'de')).toEqual(['Ursula von der Leyen']);
  });

  it('a spokeswoman the article names keeps her name', () => {
    expect(
      quoteSpeakers(['Polizeisprecherin Anna Roth teilte mit: „Am Tatort wurde ein Mann gefunden.“', '„Die Kinder sind beim Jugendamt“, erklärte die Polizeisprecherin.'], 'de'),
    ).toEqual(['Anna Roth', 'Anna Roth']);
  });
});

describe('a lead-in without a subject whose object the article names in full', () => {
  it('`Und lobt seinen Kollegen Hallwig:` is still the speaker before\'s, when Hallwig spoke earlier', () => {
    expect(
      quoteSpeakers(
        ['„Wir haben viel umgesetzt“, sagt Trainer Max Hallwig.', '„Es war ein harter Kampf“, sagt Trainer Jonas Brenner.', 'Und lobt seinen Kollegen Hallwig: „Wenn die so weiterspielen, steigen sie auf.“'],
        'de',
      ),
    ).toEqual(['Max Hallwig', 'Jonas Brenner', 'Jonas Brenner']);
  });
});

describe('a label of a noun and its genitive before a colon', () => {
  it('`Augenzeuge des Brandes: „…“` names no one: "Brandes" is no speaker', () => {
    expect(quoteSpeakers(['Augenzeuge des Brandes: „Es ist schrecklich“'], 'de')).toEqual([null]);
  });

  it('still reads an office and a name: `Präsidentin des Verbands Anna Roth: „…“`', () => {
    expect(quoteSpeakers(['Präsidentin des Verbands Anna Roth: „Es ist schrecklich“'], 'de')).toEqual(['Anna Roth']);
  });
});

describe('a paper writing', () => {
  it.each([
    [['Die Zeitungen kommentieren die Wahl.', 'Der Landbote schrieb: „Es waren gute Jahre für Talheim.“']],
    [['Die Zeitungen kommentieren die Wahl.', '„Es waren gute Jahre für Talheim“, schrieb der Landbote.']],
  ])('%j is the paper\'s', (paragraphs) => {
    expect(quoteSpeakers(paragraphs, 'de')).toEqual(['Landbote']);
  });

  it('leaves a role writing to the person in it: `Die Ministerin schrieb:`', () => {
    expect(quoteSpeakers(['Ministerin Anna Roth antwortete.', 'Die Ministerin schrieb: „Es waren gute Jahre für Talheim.“'], 'de')).toEqual(['Anna Roth']);
  });
});

describe('reported speech before a bare quotation across a colon', () => {
  it('is the person the sentence before it opens on', () => {
    expect(
      quoteSpeakers(['Bürgermeister Peter Wahl zog am Abend Bilanz. Die Jahre seien gut gewesen, die Schulden aber hoch: „Wir müssen sparen, sonst wird es eng.“'], 'de'),
    ).toEqual(['Peter Wahl']);
  });

  it('is no one when the reported speech names someone else', () => {
    expect(
      quoteSpeakers(['Bürgermeister Peter Wahl zog am Abend Bilanz. Laut Kämmerin Anna Roth seien die Schulden aber hoch: „Wir müssen sparen, sonst wird es eng.“'], 'de'),
    ).not.toEqual(['Peter Wahl']);
  });
});
