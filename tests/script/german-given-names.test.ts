// German given names the English lexicon lacks ("Jochen", "Steffen") are recognised from the German
// list, unless the tagger knows the word as something else; two people of one surname stay apart;
// a kin noun before a name states the person's gender ("sa fille, Marine Roux").
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { isGivenName } from '../../src/script/name-tags.ts';

const quotes = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => [s.speaker, s.text.slice(0, 20), s.speakerGender ?? null]);

describe('German given names', () => {
  it('are given names though compromise does not know them', () => {
    for (const name of ['Jochen', 'Steffen', 'Torben', 'Heike', 'Jürgen']) expect(isGivenName(name), name).toBe(true);
  });
  it('are not when the tagger reads the word as a verb, adjective, month or surname', () => {
    for (const word of ['August', 'Frank', 'Till', 'Davis', 'Bürgermeister']) expect(isGivenName(word), word).toBe(false);
  });
  it('make an inverted subject before a colon the speaker', () => {
    const text = [
      'Neue Halle für die Feuerwehr', '',
      'Die Gemeinde Talheim hat am Montag die neue Halle eingeweiht.', '',
      'Für die Abteilung stellte Jochen Brodtke dem Bauamt ein gutes Zeugnis aus und versprach: „Wir halten die Halle in Schuss.“', '',
    ].join('\n');
    expect(quotes(text)).toEqual([['Jochen Brodtke', 'Wir halten die Halle', null]]);
  });
});

describe('two people of one surname', () => {
  it('a pronoun after the second one named goes to the second', () => {
    const text = [
      'Neue Halle für die Feuerwehr', '',
      'Die Gemeinde Talheim hat am Montag die neue Halle eingeweiht.', '',
      'Für die Abteilung stellte Jochen Brodtke dem Bauamt ein gutes Zeugnis aus und versprach: „Wir halten die Halle in Schuss.“', '',
      'Danach sprach Peter Brodtke. Er sagte: „Das ist ein guter Tag für Talheim.“', '',
    ].join('\n');
    expect(quotes(text).map((q) => q[0])).toEqual(['Jochen Brodtke', 'Peter Brodtke']);
  });
});

describe('a kin noun before a name', () => {
  it('"sa fille, Marine Roux" is a woman, so a later "il" is her father', () => {
    const text = [
      'Un père parle de sa fille', '',
      'Dans les colonnes du journal, le maire Jean-Marie Roux décrit sa fille, Marine Roux, comme « discrète ». « Je suis un homme simple. Je viens d’une famille de paysans », explique-t-il.', '',
    ].join('\n');
    expect(quotes(text)).toEqual([['Jean-Marie Roux', 'Je suis un homme sim', 'male']]);
  });
  it('"seine Tochter Lena Roth" is a woman', () => {
    const text = [
      'Ein Vater über seine Tochter', '',
      'Der Landwirt Karl Roth lobt seine Tochter Lena Roth, die den Hof übernimmt. „Ich habe viel gelernt“, sagte Lena Roth.', '',
    ].join('\n');
    expect(quotes(text)).toEqual([['Lena Roth', 'Ich habe viel gelern', 'female']]);
  });
});
