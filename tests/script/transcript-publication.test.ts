// An interviewer labelled with the publication's name ("Wikinews:", "Europe 1 :", "Der Spiegel:")
// is the one unnamed Reporter, as "Q:" is; a labelled person stays that person.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const speakers = (lines: string[]) =>
  buildScript(parseText(lines.join('\n\n'), 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => [s.speaker, s.text]);

describe('publication labels', () => {
  it('reads “Wikinews:” questions as the Reporter, the interviewee by name', () => {
    expect(
      speakers([
        'Wikinews interviews Dana Whitfield about the city library',
        'From Wikinews, the free news source you can write!',
        'Wikinews: Why did the library close its second branch?',
        'Dana Whitfield: The lease ended in March and the council did not renew it.',
        'Wikinews: Will it open again?',
        'Dana Whitfield: We hope so, next spring.',
      ]),
    ).toEqual([
      ['Reporter', 'Why did the library close its second branch?'],
      ['Dana Whitfield', 'The lease ended in March and the council did not renew it.'],
      ['Reporter', 'Will it open again?'],
      ['Dana Whitfield', 'We hope so, next spring.'],
    ]);
  });

  it('reads French “Wikinews :” with a spaced colon as the Reporter', () => {
    const out = speakers([
      'Entretien avec Claire Aubert',
      'Wikinews : Comment est né le projet ?',
      'Claire Aubert : Nous avons commencé à trois, dans un garage.',
      'Wikinews : Et aujourd’hui ?',
      'Claire Aubert : Nous sommes quarante.',
    ]);
    expect(out.map(([who]) => who)).toEqual(['Reporter', 'Claire Aubert', 'Reporter', 'Claire Aubert']);
  });

  it('reads a broadcaster with a number in its name (“Europe 1 :”) as the Reporter, even when it does not ask', () => {
    const out = speakers([
      'Le ministre répond aux auditeurs',
      'Europe 1 : Bonjour monsieur le ministre, merci d’être avec nous.',
      'Paul Martin : Bonjour.',
      'Europe 1 : Vous présentez le budget demain.',
      'Paul Martin : Oui, et nous tiendrons nos engagements.',
    ]);
    expect(out).toEqual([
      ['Reporter', 'Bonjour monsieur le ministre, merci d’être avec nous.'],
      ['Paul Martin', 'Bonjour.'],
      ['Reporter', 'Vous présentez le budget demain.'],
      ['Paul Martin', 'Oui, et nous tiendrons nos engagements.'],
    ]);
  });

  it('reads German outlet labels (“Der Spiegel:”, “tagesschau.de:”, “SPIEGEL:”) as the Reporter', () => {
    for (const outlet of ['Der Spiegel', 'tagesschau.de', 'SPIEGEL']) {
      const out = speakers([
        'Interview mit Anna Berger',
        `${outlet}: Frau Berger, wie geht es weiter mit der Schule?`,
        'Anna Berger: Wir bauen im Sommer an.',
        `${outlet}: Wer bezahlt das?`,
        'Anna Berger: Das Land und die Stadt.',
      ]);
      expect(out.map(([who]) => who), outlet).toEqual(['Reporter', 'Anna Berger', 'Reporter', 'Anna Berger']);
    }
  });

  it('keeps a surname-only interviewer label as the person the article names in full', () => {
    const out = speakers([
      'Jean-Pierre Elkabbach reçoit Paul Martin',
      'ELKABBACH : Bonjour. Le budget sera-t-il voté ?',
      'Paul Martin : Oui, nous avons la majorité.',
      'ELKABBACH : Et les retraites ?',
      'Paul Martin : Nous en parlerons en janvier.',
    ]);
    expect(out.map(([who]) => who)).toEqual(['Jean-Pierre Elkabbach', 'Paul Martin', 'Jean-Pierre Elkabbach', 'Paul Martin']);
  });

  it('keeps a person whose turns are all questions as that person', () => {
    const out = speakers([
      'Interview with the mayor',
      'Fanny Schertzer: Why did you run again?',
      'Paul Ronga: Because the work is not finished.',
      'Fanny Schertzer: What comes first?',
      'Paul Ronga: The bridge.',
    ]);
    expect(out.map(([who]) => who)).toEqual(['Fanny Schertzer', 'Paul Ronga', 'Fanny Schertzer', 'Paul Ronga']);
    // one word, all questions, but a person the article names in full
    const surname = speakers([
      'Sonia Mabrouk interviews Paul Ronga',
      'Mabrouk: Why did you run again?',
      'Paul Ronga: Because the work is not finished.',
      'Mabrouk: What comes first?',
      'Paul Ronga: The bridge.',
    ]);
    expect(surname.map(([who]) => who)).toEqual(['Sonia Mabrouk', 'Paul Ronga', 'Sonia Mabrouk', 'Paul Ronga']);
    // one word, all questions, a person the answer addresses with an honorific
    const addressed = speakers([
      'Gespräch mit Anna Berger',
      'Hebestreit: Frau Berger, wie geht es weiter?',
      'Anna Berger: Wir bauen im Sommer an, Herr Hebestreit.',
      'Hebestreit: Und dann?',
      'Anna Berger: Dann ziehen wir ein.',
    ]);
    expect(addressed.map(([who]) => who)).toEqual(['Hebestreit', 'Anna Berger', 'Hebestreit', 'Anna Berger']);
  });
  it('reads a one-word interviewer label used once and then abbreviated (“Wikinews:” then “WN:”) as the Reporter', () => {
    const out = speakers([
      'Interview de Claire Aubert',
      'Wikinews: Qu’avez-vous pensé de votre nomination ?',
      'Claire Aubert: Ce n’était pas une surprise, nous en parlions depuis un moment.',
      'WN: Quel est votre plus grand résultat ?',
      'Claire Aubert: La croissance de l’association.',
      'Le contenu est disponible sous licence CC BY 2.5 sauf mention contraire.',
    ]);
    expect(out).toEqual([
      ['Reporter', 'Qu’avez-vous pensé de votre nomination ?'],
      ['Claire Aubert', 'Ce n’était pas une surprise, nous en parlions depuis un moment.'],
      ['Reporter', 'Quel est votre plus grand résultat ?'],
      // the wiki's licence line after the last turn is no part of it
      ['Claire Aubert', 'La croissance de l’association.'],
    ]);
    // a one-word lead-in of prose, asking nothing, is no label
    expect(speakers(['Bilan de la saison', 'Conclusion: la saison a été bonne.', 'Claire Aubert : « Nous sommes contents. »']).map(([who]) => who)).toEqual(['Claire Aubert']);
  });
});
