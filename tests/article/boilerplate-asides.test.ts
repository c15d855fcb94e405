// Two kinds of chrome any site may print: a breadcrumb trail ("Accueil > Actualités > …") and a
// short line wholly in brackets (a record's time stamp, a stage direction). Pages made up here.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.ts';
import { parseText } from '../../src/article/parse-text.ts';

const STORY = [
  'Le conseil départemental a décidé mercredi de reconstruire l’école primaire inondée de la vallée sur un terrain plus haut, après qu’une étude a montré que l’ancien site serait sous l’eau au moins une fois tous les dix ans.',
  'Les parents réclamaient ce déménagement depuis que la deuxième crue en trois ans avait fermé l’école pendant tout un trimestre, et le département a indiqué que le nouveau bâtiment ouvrirait à la rentrée prochaine.',
];
const text = (lines: string[]) => ['L’école de la vallée sera reconstruite', '', ...lines.flatMap((l) => [l, ''])].join('\n');
const spoken = (a: Article) => [a.dek ?? '', ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].filter(Boolean);
const reasonOf = (a: Article, line: string) => a.dropped!.find((d) => d.text === line)?.reason;

describe('breadcrumbs', () => {
  it('drops a trail of three labels or more between ">" or "›", the last one the page’s long title', () => {
    const crumb = 'Accueil > Actualités et salle de presse > Communiqués > L’école de la vallée sera reconstruite sur un terrain plus haut, annonce le conseil départemental';
    const a = parseText(text([crumb, ...STORY]), 'x.txt');
    expect(reasonOf(a, crumb)).toBe('breadcrumb');
    expect(spoken(a)).toEqual(STORY);
    // (A short trail was dropped before, its separators counted as links.)
    const other = 'Home › News › Schools';
    expect(reasonOf(parseText(text([other, ...STORY]), 'x.txt'), other)).toBeDefined();
  });

  it('keeps a sentence with a comparison sign in it', () => {
    const line = 'Le coût > 3 millions > budget prévu, a relevé la Cour des comptes dans son rapport annuel publié mardi.';
    expect(spoken(parseText(text([STORY[0]!, line, STORY[1]!]), 'x.txt'))).toContain(line);
  });
});

describe('a short line wholly in brackets', () => {
  it('drops a record’s time stamp or a stage direction, keeps a bracketed aside inside a paragraph', () => {
    const a = parseText(text([STORY[0]!, '(Onze heures trente minutes)', STORY[1]!, '[Applaudissements]']), 'x.txt');
    expect(reasonOf(a, '(Onze heures trente minutes)')).toBe('aside in brackets');
    expect(reasonOf(a, '[Applaudissements]')).toBe('aside in brackets');
    const inside = 'Le maire (qui avait voté contre en 2019) a salué la décision.';
    expect(spoken(parseText(text([STORY[0]!, inside, STORY[1]!]), 'x.txt'))).toContain(inside);
  });
});

describe('an archive’s banner', () => {
  it('drops the long notice of what was archived and how to ask for it, in French and English', () => {
    const fr = 'L’information dont il est indiqué qu’elle est archivée est fournie à des fins de référence, de recherche ou de tenue de documents. Elle n’a pas été modifiée ou mise à jour depuis son archivage. Pour obtenir cette information dans un autre format, veuillez communiquer avec nous.';
    expect(reasonOf(parseText(text([fr, ...STORY]), 'x.txt'), fr)).toBe('archive notice');
    const en = 'Information identified as archived is provided for reference, research or recordkeeping purposes. It has not been altered or updated since it was archived. Please contact us to request a format other than those available.';
    const a = parseText(['School to be rebuilt', '', en, '', 'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found the old site would flood again.'].join('\n'), 'x.txt');
    expect(reasonOf(a, en)).toBe('archive notice');
  });

  it('keeps a story about archives that does not speak to the reader', () => {
    const line = 'Les documents archivés par la préfecture depuis 1950 ont été numérisés cette année, et les chercheurs pourront les consulter en ligne à partir du mois de septembre.';
    expect(spoken(parseText(text([STORY[0]!, line, STORY[1]!]), 'x.txt'))).toContain(line);
  });
});
