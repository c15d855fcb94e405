// A language menu is a line of language names ("English Deutsch Français Español"); a French
// sentence that says "français" twice (the nationality, "les soldats français", "les Français")
// is story text. Made-up lines, none copied from the corpus.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const STORY = [
  'Le conseil départemental a décidé mercredi de reconstruire l’école primaire inondée de la vallée sur un terrain plus haut, après qu’une étude a montré que l’ancien site serait sous l’eau au moins une fois tous les dix ans.',
  'Les parents réclamaient ce déménagement depuis que la deuxième crue en trois ans avait fermé l’école pendant tout un trimestre, et le département a indiqué que le nouveau bâtiment ouvrirait à la rentrée prochaine.',
];
const page = (lines: string[]) => ['Une école reconstruite sur les hauteurs', '', ...lines.flatMap((l) => [l, ''])].join('\n');
const spoken = (text: string) => parseText(text, 'x.txt').sections.flatMap((s) => s.paragraphs);

describe('language menu', () => {
  it('keeps a French paragraph that names the French twice', () => {
    const paragraph =
      'Le spectacle retraçait la lutte des habitants contre les soldats français pendant la guerre et fut retransmis en direct. Les touristes français présents dans la salle ont applaudi les artistes, puis la fête a continué dans les rues jusqu’au matin.';
    expect(spoken(page([...STORY, paragraph]))).toContain(paragraph);
  });

  it('still drops a line of language names', () => {
    const menu = 'English Deutsch Français Español Italiano';
    expect(spoken(page([menu, ...STORY]))).not.toContain(menu);
  });
});
