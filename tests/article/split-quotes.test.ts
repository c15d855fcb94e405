// A printed page's copy with a blank line between a quotation and its attribution: made-up text.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const page = (...lines: string[]) => lines.join('\n\n');
const paragraphs = (a: ReturnType<typeof parseText>) => a.sections.flatMap((s) => s.paragraphs);
const TITLE = 'Valmont : la peur devant la petite école du quartier';
const OPENING = 'Un homme armé a été vu lundi matin devant l’école maternelle du quartier des Tilleuls, à Valmont, avant l’arrivée des élèves et de leurs parents.';

describe('an attribution cut from its quotation by a line break', () => {
  it('joins the lowercase line to the quotation and its comma above it', () => {
    const a = parseText(page(TITLE, OPENING, '« Pour marquer le coup, c’est notre devoir de parents d’élèves »,', 'approuve Paul Girard, membre de l’association des parents.'), 'page.txt');
    expect(paragraphs(a)).toEqual([OPENING, '« Pour marquer le coup, c’est notre devoir de parents d’élèves », approuve Paul Girard, membre de l’association des parents.']);
  });

  it('leaves a capitalised paragraph under a quotation alone', () => {
    const a = parseText(page(TITLE, OPENING, '« Pour marquer le coup, c’est notre devoir de parents d’élèves »,', 'Paul Girard le dit sans détour devant la grille de l’école.'), 'page.txt');
    expect(paragraphs(a)).toHaveLength(3);
  });
});
