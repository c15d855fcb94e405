// One reading of the sentences that point back to the words just quoted, after the quote in its
// paragraph or opening the paragraph after a quotation standing alone; and a German sentence's
// capitalised article opening a noun phrase ("Der Rat von Talheim"), which is no particle name.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { pointsBack } from '../../src/script/neighbour-refs.ts';
import { subjectAtStart } from '../../src/script/subject-refs.ts';

const quotes = (lines: string[]) =>
  buildScript(parseText(lines.join('\n\n'), 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => s.speaker);

describe('a sentence pointing back to the words', () => {
  it.each([
    ['Tels sont les propos tenus par la maire, Anne Roux, devant le conseil.', 'Anne Roux'],
    ['Telle fut la réponse du ministre Paul Girard.', 'Paul Girard'],
    ['Ce sont les mots de Claire Morel, la directrice.', 'Claire Morel'],
    ['Those were the words of Mayor Jo Bell at the meeting.', 'Jo Bell'],
    ['Das sagte Bürgermeister Karl Roth am Montag im Rat.', 'Karl Roth'],
    ['Mit diesen Worten eröffnete Anna Hallwig die Sitzung.', 'Anna Hallwig'],
    ["C'est par ces mots que Marc Vidal a ouvert la séance.", 'Marc Vidal'],
  ])('%j names the speaker', (sentence, name) => {
    expect(pointsBack(sentence)).toMatchObject({ kind: 'name', name });
  });
  it('after the quote in its paragraph', () => {
    expect(quotes(['La piscine rouvrira en juin', 'La commune de Talville a voté les crédits lundi soir.', '« Nous tiendrons les délais. » Tels sont les propos tenus par la maire, Anne Roux, devant le conseil.'])).toEqual(['Anne Roux']);
  });
  it('opening the paragraph after a quotation alone, also in German', () => {
    expect(quotes(['Die Halle kommt', 'Die Gemeinde hat am Montag die Mittel für die neue Halle beschlossen.', '„Wir halten den Zeitplan.“', 'Das sagte Bürgermeister Karl Roth am Montag im Rat.'])).toEqual(['Karl Roth']);
    expect(quotes(['Pool to reopen', 'The town voted the money for the pool on Monday.', '"We will keep to the schedule."', 'Those were the words of Mayor Jo Bell at the meeting.'])).toEqual(['Jo Bell']);
  });
});

describe('a capitalised German article opening the sentence', () => {
  it('opens a noun phrase, no particle name: "Der Rat von Talheim" is nobody', () => {
    expect(subjectAtStart('Der Rat von Talheim hat am Montag die Mittel beschlossen.')).not.toEqual({ kind: 'name', name: 'Rat von Talheim' });
    expect(quotes(['Die Halle kommt', 'Der Rat von Talheim hat am Montag die Mittel für die neue Halle beschlossen.', '„Wir halten den Zeitplan.“', 'Das sagte Bürgermeister Karl Roth am Montag im Rat.'])).toEqual(['Karl Roth']);
  });
  it('keeps the names after it', () => {
    expect(subjectAtStart('Der Berliner Peter Wahl sagte:')).toEqual({ kind: 'name', name: 'Peter Wahl' });
    expect(subjectAtStart('Karl von Talheim sagte:')).toEqual({ kind: 'name', name: 'Karl von Talheim' });
  });
});
