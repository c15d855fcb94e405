// German quotation shapes a fourth breadth review found on unseen pages (police, customs and Land
// press copy, agency news): an unnamed spokesman after "so", a sentence opening with an interrogative
// clause whose capitalised nouns and genitive article read like a particle name, a pronoun subject
// after the finite verb of a colon lead-in, a particle surname only the headline names, and a role
// noun with adjectives before it in apposition. All sentences invented.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';
import { nameIn } from '../../src/script/name-runs.ts';

describe('an unnamed speaker after "so"', () => {
  it.each([
    ['„Wir können dazu noch nichts sagen. Die Planung läuft“, so ein Sprecher der Stadt.'],
    ['„Wir können dazu noch nichts sagen“, so eine Sprecherin des Ministeriums.'],
  ])('%s → nobody, never the person named before', (text) => {
    expect(quoteSpeakers(['Bauamtsleiterin Anna Keller hat die Pläne am Montag vorgestellt.', text], 'de')).toEqual([null]);
  });
});

describe('a German genitive article is no name particle', () => {
  it('reads "Welchem Zweck der Neubau" as no person', () => {
    expect(nameIn('Welchem Zweck der Neubau', true)).not.toBe('Welchem Zweck der Neubau');
    expect(nameIn('Ursula von der Leyen', true)).toBe('Ursula von der Leyen');
    expect(nameIn('Alexander van der Bellen', true)).toBe('Alexander van der Bellen');
  });

  it('gives a quote after an interrogative clause to no capitalised phrase of it', () => {
    expect(
      quoteSpeakers(['Welchem Ziel die Suche diente, dazu hielt sich die Behörde bedeckt.', '„Wir können dazu nichts sagen“, sagte ein Sprecher.'], 'de'),
    ).toEqual([null]);
    const speakers = quoteSpeakers(['Welchem Zweck der Neubau dient, dazu hielt sich die Verwaltung bedeckt.', '„Wir können dazu nichts sagen“, so ein Sprecher.'], 'de');
    expect(speakers).toEqual([null]);
  });
});

describe('a pronoun subject after the finite verb of a colon lead-in', () => {
  it.each([
    ['Einen vergleichbaren Fall konnte er aber nicht finden: „So etwas hatten wir seit Jahren nicht.“'],
    ['Eine schnelle Lösung sieht er in der nächsten Zeit nicht: „Das wird noch dauern.“'],
  ])('%s → the man named in the sentence before', (text) => {
    expect(quoteSpeakers([`Polizeisprecher Stefan Brandt hat die Akten durchsucht. ${text}`], 'de')).toEqual(['Stefan Brandt']);
  });
});

describe('a particle surname the headline names', () => {
  it('trusts "sagte von der Leyen in ihrer Rede" when the headline names her so', () => {
    expect(
      quoteSpeakers(['„Es wird schwierig, Mehrheiten zu finden“, sagte von der Leyen in ihrer Rede vor dem Parlament.'], 'de', 'Von der Leyen: Kommission kürzt die Mittel'),
    ).toEqual(['von der Leyen']);
  });

  it('still takes no preposition for a person', () => {
    expect(quoteSpeakers(['„Es wird schwierig“, erzählte von der Reise in ihrer Heimat ein Sprecher.'], 'de', 'Regierung kürzt die Mittel')).toEqual([null]);
  });
});

describe('a speech label before a quotation over several paragraphs', () => {
  it.each([['Das Grußwort im Wortlaut:'], ['Hier ein Auszug aus der Neujahrsansprache:'], ['Die Erklärung im Wortlaut:']])(
    '%s → the person the paragraph before names',
    (label) => {
      expect(
        quoteSpeakers(
          [
            'Oberbürgermeister Jan Roder hat am Sonntag zum neuen Jahr gesprochen.',
            label,
            '„Wir haben in diesem Jahr viel erreicht. Die Schulden sinken.',
            'Und wir werden weiter sparen, auch wenn es schwerfällt.“',
          ],
          'de',
        ),
      ).toEqual(['Jan Roder', 'Jan Roder']);
    },
  );

  it('after a paragraph that opens with a quoted title: the person its narration names', () => {
    expect(
      quoteSpeakers(
        [
          '„Ein gutes Jahr für die Stadt“ – Oberbürgermeister Jan Roder hat am Sonntag zum neuen Jahr gesprochen.',
          'Das Grußwort im Wortlaut:',
          '„Wir haben in diesem Jahr viel erreicht. Die Schulden sinken, und wir werden weiter sparen.“',
        ],
        'de',
      ).slice(-1),
    ).toEqual(['Jan Roder']);
  });

  it('gives the quotation to the person a label names itself', () => {
    expect(
      quoteSpeakers(['Oberbürgermeister Jan Roder hat am Sonntag gesprochen.', 'Die Erklärung von Ministerin Anna Velten im Wortlaut:', '„Wir haben viel erreicht, und wir machen weiter so.“'], 'de'),
    ).toEqual(['Anna Velten']);
  });
});

describe('indirect speech fronted before an inverted attribution and a coordinated colon', () => {
  it.each([
    ['Die Planung sei ein fortlaufender Prozess, unterstreicht Keller und verdeutlicht: „Dabei stehen die Kinder im Mittelpunkt.“'],
    ['Schulentwicklung sei ein Prozess, betont Keller und ergänzt: „Dabei stehen die Kinder im Mittelpunkt.“'],
  ])('%s → the person after the verb, never the noun ending the fronted clause', (text) => {
    expect(quoteSpeakers([`Ministerin Anna Keller stellte den Plan vor. ${text}`], 'de')).toEqual(['Anna Keller']);
  });

  it('keeps a subject in apposition before the verbs', () => {
    expect(
      quoteSpeakers(['Jonas Velter, innenpolitischer Sprecher der Fraktion, äußert sich zu der Abstimmung und sagt: „Das ist ein schlechter Tag für das Land.“'], 'de'),
    ).toEqual(['Jonas Velter']);
  });
});

describe('"heißt es in einer Erklärung von X"', () => {
  it.each([
    ['„Wir sparen überall“, heißt es in einer Erklärung von Ministerin Petra Lang.', 'Petra Lang'],
    ['„Wir sparen überall“, hieß es in einer Mitteilung der Bürgermeisterin Petra Lang.', 'Petra Lang'],
    ['„Wir sparen überall“, heißt es in einer Mitteilung des Ministeriums.', null],
    ['„Wir sparen überall“, heißt es in der gemeinsamen Erklärung der Ministerpräsidentinnen und Ministerpräsidenten der Länder.', null],
  ])('%s → %s', (text, speaker) => {
    expect(quoteSpeakers(['Die Regierung beriet am Montag in Berlin über den Haushalt.', text], 'de')).toEqual([speaker]);
  });
});
