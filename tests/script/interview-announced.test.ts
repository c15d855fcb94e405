// An interview that says it is one ("répond à nos questions", "Propos recueillis par …") is read as
// one even when no question says "vous"; a story that mentions an interview is not. The interviewer's
// credit is a byline, never the headline or the interviewee.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { bylineOf } from '../../src/article/junk.ts';

const script = (lines: string[]) => buildScript(parseText(lines.join('\n\n'), 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const speakers = (lines: string[]) =>
  script(lines)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => s.speaker);

const questions = [
  'Quand la piscine va-t-elle rouvrir ?',
  'Nous visons le mois de juin. Les travaux avancent bien, malgré le retard pris cet hiver.',
  'Combien coûtent les travaux ?',
  'Un peu plus de deux millions, dont la moitié payée par la région.',
];

describe('an interview that announces itself', () => {
  it('"répond à nos questions" above unaddressed questions', () => {
    expect(speakers(['Piscine : la réouverture en juin', 'La maire de Talville, Anne Roux, répond à nos questions sur les travaux.', ...questions])).toEqual([null, 'Reporter', 'Anne Roux', 'Reporter', 'Anne Roux']);
  });
  it('"Propos recueillis par …" at the end; the interviewer is neither headline nor interviewee', () => {
    const s = script(['Anne Roux : « Nous rouvrirons en juin »', 'La maire de Talville fait le point sur les travaux de la piscine.', ...questions, 'Propos recueillis par Marie Vallet']);
    expect(s.chapters.flatMap((c) => c.segments).filter((x) => x.role !== 'headline').map((x) => x.speaker)).toEqual([null, 'Reporter', 'Anne Roux', 'Reporter', 'Anne Roux']);
    expect(s.chapters.flatMap((c) => c.segments).map((x) => x.text).join(' ')).not.toContain('Marie Vallet');
  });
  it('a story mentioning an interview keeps its rhetorical questions the narrator’s', () => {
    const story = [
      'Pool to reopen in June',
      'In an interview with a local radio station, Mayor Anne Roux said the works were on time.',
      'When will it open?',
      'The town expects June, and we will know more after the council meets, the mayor said.',
      'What will it cost?',
      'About two million, half of it paid by the region.',
    ];
    expect(speakers(story).every((s) => s !== 'Reporter')).toBe(true);
  });
});

describe('an interviewer’s credit', () => {
  it('is a byline', () => {
    expect(bylineOf('Propos recueillis par Marie Vallet')).toBe('Marie Vallet');
    expect(bylineOf('Das Interview führte Marco Brandl')).toBe('Marco Brandl');
    expect(bylineOf('Interview: Jo Bell')).toBe('Jo Bell');
    expect(bylineOf('Interview with the mayor: what comes next')).toBeNull();
  });
});
