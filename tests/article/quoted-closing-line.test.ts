// A short last line that quotes someone ("Lenz zeigte sich zufrieden: „Endlich bewegt sich etwas.“")
// is the story's last word, not chrome among the page's leftovers; a pull quote alone is not protected.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const dropped = (text: string) => parseText(text, 'x.txt').dropped!.map((d) => d.text);
const story = [
  'Minister stellt Programm vor', '',
  'Der Minister Karl Berger hat am Montag in Hannover das neue Programm für die Kommunen vorgestellt. Auch der Landrat Peter Lenz war anwesend.', '',
  '„Das ist ein guter Anfang“, findet Lenz.', '',
];

describe('a quoted closing line', () => {
  it('keeps a short closing line around a whole quotation', () => {
    expect(dropped([...story, 'Lenz zeigte sich zufrieden: „Endlich bewegt sich etwas.“', ''].join('\n'))).not.toContain('Lenz zeigte sich zufrieden: „Endlich bewegt sich etwas.“');
  });

  it('still drops a short closing line of chrome', () => {
    expect(dropped([...story, 'Teilen auf Facebook', ''].join('\n'))).toContain('Teilen auf Facebook');
  });
});
