// Shapes from the second breadth review of German and English copy (regional papers, Austrian
// outlets, NGO and agency releases, sport reports): partial quotations the narrator's sentence
// goes on after, "so X" with an adjective or an adverbial, titles of office before a surname, a
// coordinated verb after a subject in apposition, and reporting verbs of reportage.
import { describe, expect, it } from 'vitest';
import { resolved } from '../helpers/script-pieces.ts';
import { attributionAfter } from '../../src/script/speakers.ts';
import { splitSentences } from '../../src/script/sentences.ts';

const quotes = (paragraphs: string[]) =>
  resolved(paragraphs)
    .flat()
    .filter((p) => p.role === 'quote')
    .map((p) => [p.text, p.speaker]);

describe('English partial quotations that complete the narrator’s clause', () => {
  it('stay with the narrator when the sentence goes on after them in lowercase', () => {
    expect(quotes(['The ministry has conceded it “took too long to respond” when the floods began last spring.'])).toEqual([]);
  });

  it('stay with the narrator when a coordinated verb goes on after them ("called the plan “…” and vowed")', () => {
    expect(quotes(['The mayor, Ana Ruiz, called the plan “a disaster waiting to happen” and vowed to fight it.'])).toEqual([]);
  });

  it('stay with the narrator as the predicate of a subject after "that"', () => {
    expect(quotes(['The two mayors wrote that the old bridge "is a danger to everyone who crosses it every day."'])).toEqual([]);
  });

  it('still switch voice for a lowercase quotation its attribution follows after a comma', () => {
    expect(quotes(['Doe said the town would be “forced to rebuild the bridge from scratch,” he added.']).map(([text]) => text)).toEqual(['forced to rebuild the bridge from scratch,']);
  });
});

describe('German "so X" after a quotation', () => {
  it.each([
    ['an adverbial after the name', ', so Berger im Radiointerview.', { kind: 'name', name: 'Berger' }],
    ['adjectives between the article and the name', ', so der enttäuschte Krämer.', { kind: 'name', name: 'Krämer', weak: true }],
    ['a plain name still', ', so Berger.', { kind: 'name', name: 'Berger' }],
  ])('reads %s', (_shape, after, ref) => {
    expect(attributionAfter(after)).toEqual(ref);
  });
});

describe('a title of office before a surname', () => {
  it('is not part of the name (English "said Sheriff Smith")', () => {
    const article = ['Sheriff Dana Whitfield led the search on Monday.', '“We found the car near the river,” said Sheriff Whitfield.'];
    expect(quotes(article)).toEqual([['We found the car near the river,', 'Dana Whitfield']]);
  });

  it('is not part of the name (Austrian "sagte Landeshauptmann X")', () => {
    expect(quotes(['„Wir stehen an der Seite der Betroffenen“, sagte Landeshauptmann Gruber.'])).toEqual([['Wir stehen an der Seite der Betroffenen', 'Gruber']]);
  });
});

describe('a coordinated verb after a subject in apposition', () => {
  it('shares the subject written before the first verb, not a noun after it', () => {
    const article = ['Maria Lindner, agrarpolitische Sprecherin, unter deren Leitung der Antrag entstand, äußert sich zu dem Ergebnis im Land und sagt: „Das ist ein schwarzer Tag für die Bauern.“'];
    expect(quotes(article)).toEqual([['Das ist ein schwarzer Tag für die Bauern.', 'Maria Lindner']]);
  });
});

describe('reporting verbs of reportage and the passive of a quoted source', () => {
  it.each([
    ['German "erzählt er"', ', erzählt er im Laufen.', { kind: 'anaphor', gender: 'male' }],
    ['German "weiß sie"', ', weiß sie.', { kind: 'anaphor', gender: 'female' }],
    ['German "gesteht X"', ', gesteht Kapitän Jonas Krämer.', { kind: 'name', name: 'Jonas Krämer' }],
    ['English "X was quoted by"', ' Benning was quoted by the league.', { kind: 'name', name: 'Benning' }],
    ['German "hofft X"', ', hofft Petra Lang.', { kind: 'name', name: 'Petra Lang' }],
    ['German "resümiert X"', ', resümiert Petra Lang.', { kind: 'name', name: 'Petra Lang' }],
    ['German "ist sich X sicher"', ', ist sich Petra Lang sicher.', { kind: 'name', name: 'Petra Lang' }],
    ['German "gibt X zu bedenken"', ', gibt Petra Lang zu bedenken.', { kind: 'name', name: 'Petra Lang' }],
    ['German "fasst X zusammen"', ', fasst Petra Lang zusammen.', { kind: 'name', name: 'Petra Lang' }],
    ['German "so X weiter"', ', so Lang weiter.', { kind: 'name', name: 'Lang' }],
  ])('%s', (_shape, after, ref) => {
    expect(attributionAfter(after)).toEqual(ref);
  });

  it('English "the lawman said" points back to the sheriff', () => {
    const article = ['County Sheriff Tom Reyes held a meeting on Tuesday.', '“The office belongs to you, the citizen,” the lawman said to the crowd.'];
    expect(quotes(article)).toEqual([['The office belongs to you, the citizen,', 'Tom Reyes']]);
  });
});

describe('one person, one speaker', () => {
  it('an initial with or without its stop is the same person ("Tom M Hale", "Tom M. Hale": "M." is also the French honorific)', () => {
    const article = ['“The agency is committed to doing all it can,” said Deputy Attorney General Tom M. Hale. “Partners play a critical role in responding to these threats.”'];
    const speakers = quotes(article).map(([, speaker]) => speaker);
    expect(new Set(speakers).size).toBe(1);
    expect(speakers[0]).toBe('Tom M. Hale');
  });
});

describe('German references to a person named earlier', () => {
  it('an abbreviated office after the article ("betonte der OB")', () => {
    const article = ['Vor Ort standen der Oberbürgermeister Karl Winter und der Polizeichef Jens Ott Rede und Antwort. „Ich weiß, dass diese Regeln schwer zu ertragen sind“, betonte der OB.'];
    expect(quotes(article)).toEqual([['Ich weiß, dass diese Regeln schwer zu ertragen sind', 'Karl Winter']]);
  });

  it('an age or adjective between the article and the full name, in the sentence before the quote', () => {
    const article = ['Der 19jährige Jonas Peters sieht im Ehrenamt eine Aufgabe. „Das Schlimme ist, wenn man allein ist.“'];
    expect(quotes(article)).toEqual([['Das Schlimme ist, wenn man allein ist.', 'Jonas Peters']]);
  });

  it('the sentence after the quote reports the same speech and names the speaker at its end', () => {
    const article = ['Am Montag informierten Ministerin Eva Brandt und Verbandschef Olaf Krüger über die Pläne. „Wir werden sehr viel investieren.“ Das Land sei damit gut vorbereitet, stellte die Ministerin klar.'];
    expect(quotes(article)).toEqual([['Wir werden sehr viel investieren.', 'Eva Brandt']]);
  });
});

describe('German quotations attributed in the sentence after them', () => {
  it.each([
    ['„Mit diesen Worten …“', '„Wir haben alles versucht.“ Mit diesen Worten eröffnete Petra Lang die Sitzung.', 'Petra Lang'],
    ['„Das sagte …“', '„Wir haben alles versucht.“ Das sagte Petra Lang am Montag.', 'Petra Lang'],
  ])('%s names the speaker', (_shape, text, speaker) => {
    expect(quotes([text])).toEqual([['Wir haben alles versucht.', speaker]]);
  });

  it('a sentence about someone else after the quotation does not', () => {
    expect(quotes(['„Wir haben alles versucht.“ Das betrifft Jan Ott besonders.'])).toEqual([['Wir haben alles versucht.', null]]);
  });
});

describe('a lead-in paragraph with a capitalised role and its organisation in apposition', () => {
  it('names the person before the role, not the organisation’s last word', () => {
    const article = ['Maria Lopez, Chief Executive of Help the Aged responded to the critics, in a statement sent to the paper:', '“It is a shame that some want to divert attention from our work.”'];
    expect(quotes(article)).toEqual([['It is a shame that some want to divert attention from our work.', 'Maria Lopez']]);
  });
});

describe('German verb-second attributions with an object after the subject', () => {
  it('ends the subject at the object’s article ("lobte der Leiter X die beteiligten Firmen")', () => {
    expect(attributionAfter(', lobte der akademische Leiter Prof. Dr. Jan Weber-Kohl die am Bau beteiligten Firmen.')).toEqual({ kind: 'name', name: 'Jan Weber-Kohl' });
  });

  it('reads "begründet X die Entscheidung und sagt weiter:" across an ordinal in the apposition', () => {
    const article = ['„Wir hatten keine andere Wahl“, begründet Uwe Sander, 2. Vorsitzender des TSV die Absage und sagt weiter: „Die Feier holen wir im Herbst nach.“'];
    expect(quotes(article)).toEqual([
      ['Wir hatten keine andere Wahl', 'Uwe Sander'],
      ['Die Feier holen wir im Herbst nach.', 'Uwe Sander'],
    ]);
  });
});

describe('German ordinals are no sentence ends', () => {
  it.each([
    ['after a comma', 'Es sprach Uwe Sander, 2. Vorsitzender des TSV.'],
    ['after an article', 'Der Verein spielt in der 3. Liga.'],
    ['after a fused preposition', 'Das Fest findet zum 5. Mal statt.'],
  ])('%s', (_shape, text) => {
    expect(splitSentences(text)).toEqual([text]);
  });

  it('a number ending a sentence still ends it', () => {
    expect(splitSentences('Er wurde Zweiter auf Platz 2. Dann ging er.')).toEqual(['Er wurde Zweiter auf Platz 2.', 'Dann ging er.']);
  });
});
