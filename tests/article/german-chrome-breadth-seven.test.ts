// Page chrome a seventh German breadth review heard read aloud on unseen regional and tabloid pages:
// an error-report prompt, a site pointing to its regional pages, an embedded video's label. All
// lines invented.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const page = (...lines: string[]) => lines.join('\n\n');
const TITLE = 'Talheim saniert sein Hallenbad trotz höherer Kosten';
const DE = [
  'Der Gemeinderat von Talheim hat am Montagabend nach langer Debatte beschlossen, das alte Hallenbad zu sanieren und bis zum Herbst des kommenden Jahres wieder zu öffnen, obwohl die Kosten gestiegen sind.',
  'Die Opposition stimmte dagegen, weil sie die höheren Gebühren für die Familien der Gemeinde für nicht tragbar hält.',
];

describe('German page chrome', () => {
  it.each([
    ['Fehler im Artikel gefunden? Jetzt melden.'],
    ['Mehr Nachrichten aus Talheim und Umgebung lesen Sie hier auf talheim.example.de.'],
    ['Im Video: Sturm deckt Dächer ab'],
    ['Video zum Thema: Feuerwehr rettet Katze'],
  ])('%j is not read', (chrome) => {
    const a = parseText(page(TITLE, ...DE, chrome), 'de.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(DE);
  });

  it('keeps a witness appeal of the story', () => {
    const appeal = 'Zeugen, die den Unfall beobachtet haben, werden gebeten, sich bei der Polizei in Talheim zu melden.';
    const a = parseText(page(TITLE, DE[0]!, appeal, DE[1]!), 'de.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual([DE[0], appeal, DE[1]]);
  });

  it('keeps a lead-in to the text that follows ("Lesen Sie hier die Mitschrift:"): it points to no other page', () => {
    const lead = 'Lesen Sie hier die Mitschrift der Rede des Bürgermeisters:';
    const a = parseText(page(TITLE, ...DE, lead, '„Liebe Talheimerinnen und Talheimer, heute ist ein guter Tag für unser Hallenbad und für alle, die darin schwimmen lernen wollen.“'), 'de.txt');
    expect(a.sections.flatMap((s) => s.paragraphs)).toContain(lead);
  });
});

describe('a template identifier on the first line', () => {
  it('is no headline: the title under it is', () => {
    const a = parseText(page('header-placeholder', 'image', TITLE, ...DE), 'de.txt');
    expect(a.headline).toBe(TITLE);
  });
});

describe('a pointer to a video between two paragraphs of the story', () => {
  it('is not read', () => {
    const a = parseText(page(TITLE, DE[0]!, 'Lesen Sie auch: Sturm deckt in Talheim Dächer ab', 'Im Video: Feuerwehr rettet Katze vom Dach', 'Sanierung beginnt im Mai', DE[1]!), 'de.txt');
    expect(JSON.stringify(a.sections)).not.toContain('Im Video');
  });
});
