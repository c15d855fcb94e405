// Interviews laid out as a dash list (wiki magazines, forum and club pages): each speaker's name
// alone on a line after a dash ("- WikiMag", "- Ludo"), the words under it after a dash too. The
// name lines are labels (not spoken), the lines under them that speaker's turn; the interviewer
// named by the publication is the Reporter. A dash list of names without that alternation (a list
// of places, a team sheet) stays the narrator's.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const script = (text: string) => buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const spoken = (text: string) =>
  script(text)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker]);
const page = (lines: string[]) => lines.join('\n\n');

describe('an interview as a dash list with the speakers’ names on their own lines', () => {
  const interview = page([
    'Entretien avec Marc, trésorier du club',
    'Marc, membre du club depuis dix ans, nous explique comment se prépare la saison.',
    '- Le Journal',
    '- Tu es membre de deux clubs, mais dans lequel es-tu le plus impliqué ?',
    '- Marc',
    '- Je suis adhérent des deux clubs, et élu au bureau du second depuis le mois de mars.',
    '- Le Journal',
    '- Comment se déroulent les réunions, avec tant de membres venus de partout ?',
    '- Marc',
    '- Cela dépend beaucoup des personnes présentes et de la composition du bureau.',
    '- Nous essayons de tout traduire, mais je ne sais pas si cela freine nos actions.',
  ]);

  it('reads the name lines as labels and the lines under them as the speakers’ turns', () => {
    expect(spoken(interview)).toEqual([
      ['body', null],
      ['quote', 'Reporter'],
      ['quote', 'Marc'],
      ['quote', 'Reporter'],
      ['quote', 'Marc'],
      ['quote', 'Marc'],
    ]);
  });

  it('does not read the names aloud, nor the dashes', () => {
    const texts = script(interview).chapters.flatMap((c) => c.segments.map((s) => s.text));
    expect(texts.some((t) => /^-?\s*(?:Marc|Le Journal)$/.test(t.trim()))).toBe(false);
    expect(texts.some((t) => /^-\s/.test(t))).toBe(false);
  });

  it('leaves a dash list of names with no alternation to the narrator', () => {
    const list = page([
      'Les villes retenues pour la tournée',
      'Le groupe jouera dans trois villes cet automne, a annoncé son agent samedi.',
      '- Lyon',
      '- Le concert aura lieu dans la grande salle de la Bourse du travail.',
      '- Nantes',
      '- Le concert aura lieu au Lieu unique, près de la gare.',
      '- Lille',
      '- Le concert aura lieu à l’Aéronef, en fin de tournée.',
    ]);
    expect(spoken(list).every(([role]) => role === 'body')).toBe(true);
  });
});
