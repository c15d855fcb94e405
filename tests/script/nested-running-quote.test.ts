// A quotation opened once and closed only at its end, over several paragraphs, with a short quote
// nested in one of them (“police-gendarmerie”): every paragraph stays the speaker's.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const segments = (lines: string[]) =>
  buildScript(parseText(lines.join('\n\n'), 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker]);

describe('a running quotation with a short quote nested inside', () => {
  it('keeps every paragraph in the quote voice', () => {
    expect(
      segments([
        'Le préfet renforce les contrôles',
        'Paul Verdier, préfet de la Vire, nous communique :',
        '“Le bilan de ce début d’année n’est pas bon, avec treize morts sur les routes du département.',
        'J’ai décidé qu’une opération “police-gendarmerie” sera organisée tous les mois sur les axes les plus exposés.',
        'Des actions de prévention viseront aussi les “deux roues”, particulièrement exposés”.',
      ]),
    ).toEqual([
      ['body', null],
      ['quote', 'Paul Verdier'],
      ['quote', 'Paul Verdier'],
      ['quote', 'Paul Verdier'],
    ]);
  });
});
