// A German title that names its subject and quotes them after a colon ("Stimmen vom Samstag:
// „Es war ein geiles Spiel“"), under a site's name or a section's one-word label, on pages copied
// with a byline or a date between: short and among chrome, it was dropped, and the label became the
// headline (a seventh German breadth review). All sentences invented.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const page = (...lines: string[]) => lines.join('\n\n');
const DE = [
  'Der Gemeinderat von Talheim hat am Montagabend nach langer Debatte beschlossen, das alte Hallenbad zu sanieren und bis zum Herbst des kommenden Jahres wieder zu öffnen, obwohl die Kosten gestiegen sind.',
  'Die Opposition stimmte dagegen, weil sie die höheren Gebühren für die Familien der Gemeinde für nicht tragbar hält.',
];

describe('a quoted title under a one-word label', () => {
  it('is the headline under a site name and a byline', () => {
    const title = 'Stimmen aus dem Rathaus: „Es war eine lange, aber gute Sitzung“';
    const a = parseText(page('Talheimblog', 'Jonas Brenner', title, ...DE), 'de.txt');
    expect(a.headline).toBe(title);
  });

  it('is the headline under a section label and a date line', () => {
    const title = 'Das Hallenbad in Wort und Bild: "Endlich wieder schwimmen"';
    const a = parseText(page('Bilderserie', 'Sonntag, 05. November 2017', title, ...DE), 'de.txt');
    expect(a.headline).toBe(title);
  });

  it('leaves a title without a quotation under a label alone', () => {
    const a = parseText(page('Badesaison', 'Talheim saniert sein Hallenbad trotz höherer Kosten', ...DE), 'de.txt');
    expect(a.headline).toBe('Badesaison');
  });
});

describe('a gallery counter under the title', () => {
  it.each([['Bild 1 von 45'], ['Image 3 of 12']])('%j under a quoted title kept from the chrome is page chrome, no heading', (counter) => {
    const title = 'Das Hallenbad in Wort und Bild: "Endlich wieder schwimmen"';
    const a = parseText(page('Bilderserie', 'Sonntag, 05. November 2017', title, counter, ...DE), 'de.txt');
    expect(a.headline).toBe(title);
    expect(JSON.stringify(a.sections)).not.toContain(counter);
  });
});
