import { describe, expect, it } from 'vitest';
import { speakable } from '../../src/script/speakable.ts';
import { germanCardinal, germanOrdinal } from '../../src/script/speakable-german.ts';

const de = (text: string) => speakable(text, { engine: 'edge', language: 'de-DE' });

describe('German number words', () => {
  it.each([
    [0, 'null'], [1, 'eins'], [17, 'siebzehn'], [21, 'einundzwanzig'], [99, 'neunundneunzig'], [101, 'einhunderteins'],
    [1800, 'eintausendachthundert'], [2024, 'zweitausendvierundzwanzig'], [200000, 'zweihunderttausend'],
    [1000001, 'eine Million eins'], [2500000000, 'zwei Milliarden fünfhundert Millionen'],
  ])('%i → %s', (n, words) => expect(germanCardinal(n)).toBe(words));

  it.each([
    [1, 'ersten'], [2, 'zweiten'], [3, 'dritten'], [7, 'siebten'], [8, 'achten'], [19, 'neunzehnten'], [20, 'zwanzigsten'], [31, 'einunddreißigsten'],
  ])('ordinal %i → %s', (n, words) => expect(germanOrdinal(n, 'en')).toBe(words));
});

describe('German rules (Edge)', () => {
  it.each([
    ['Am 3. Oktober sprach er.', 'Am dritten Oktober sprach er.'],
    ['Der 1. Mai ist ein Feiertag.', 'Der erste Mai ist ein Feiertag.'],
    ['Montag, 21. Juli, war es heiß.', 'Montag, einundzwanzigster Juli, war es heiß.'],
    ['Seit dem 03.10.2024 gilt es.', 'Seit dem dritten Oktober 2024 gilt es.'],
    ['Im 19. Jahrhundert war das so.', 'Im neunzehnten Jahrhundert war das so.'],
    ['Das 21. Jahrhundert beginnt.', 'Das einundzwanzigste Jahrhundert beginnt.'],
    ['Um 07.49 Uhr fiel der Strom aus.', 'Um 7 Uhr 49 fiel der Strom aus.'],
    ['Um 8:00 Uhr.', 'Um 8 Uhr.'],
    ['Es kostet 1,8 Mrd. € bzw. ca. 5 Mio. Euro.', 'Es kostet 1,8 Milliarden Euro beziehungsweise circa 5 Millionen Euro.'],
    ['Er zahlte 30 € und $ 12.', 'Er zahlte 30 Euro und 12 Dollar.'],
    ['Rund 1.800 Soldaten kamen.', 'Rund eintausendachthundert Soldaten kamen.'],
    ['Prof. Dr. Müller sagte z. B. Nr. 5, u. a. auf S. 3.', 'Professor Doktor Müller sagte zum Beispiel Nummer 5, unter anderem auf Seite 3.'],
    ['Äpfel, Birnen usw. Dann kam er.', 'Äpfel, Birnen und so weiter. Dann kam er.'],
  ])('%j → %j', (input, expected) => expect(de(input)).toBe(expected));

  it('leaves plain numbers, decimals and years to the voice', () => {
    expect(de('Im Jahr 2024 stieg die Quote auf 3,5 Prozent, 12 Menschen starben.')).toBe('Im Jahr 2024 stieg die Quote auf 3,5 Prozent, 12 Menschen starben.');
  });

  it('does not apply English rules to German text', () => {
    expect(de('Die U.S.-Regierung')).not.toMatch(/United States/);
  });
});
