// Press interviews without labels on the questions (article/interview-turns.ts): each question is
// the Reporter's, each answer the interviewee's, nothing taken for a chapter heading and so left
// unspoken; a story with a rhetorical question stays the narrator's. Also the Sénat's record
// labels without a dash ("M. le président. …").
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { findTurns } from '../../src/article/turns.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { words } from '../helpers/script-pieces.ts';

const script = (text: string) => buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const spoken = (text: string) =>
  script(text)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text.slice(0, 24)]);
const everyWord = (text: string) => words(script(text).chapters.flatMap((c) => c.segments.map((s) => s.text)).join(' '));
const page = (lines: string[]) => lines.join('\n\n');

describe('an interview whose questions carry no label', () => {
  const interview = page([
    'Une chercheuse suisse en visite au laboratoire',
    'Ce fut le cas ce jeudi avec Claire Morel, qui écrit pour un quotidien de Genève. Nous sommes allés à sa rencontre pour une interview.',
    'Qui êtes-vous ?',
    'Je m’appelle Claire Morel, je suis journaliste et je travaille pour la rubrique science.',
    'Pourquoi êtes-vous venue jusqu’ici ?',
    'Un collègue m’a parlé des recherches menées ici et cela m’a donné envie de venir.',
    'A partir de quand peut-on publier les résultats ?',
    'Dans un mois, quand les analyses seront terminées.',
  ]);

  it('reads each question as the Reporter and each answer as the interviewee the introduction names', () => {
    expect(spoken(interview)).toEqual([
      ['body', null, 'Ce fut le cas ce jeudi a'],
      ['quote', 'Reporter', 'Qui êtes-vous ?'],
      ['quote', 'Claire Morel', 'Je m’appelle Claire More'],
      ['quote', 'Reporter', 'Pourquoi êtes-vous venue'],
      ['quote', 'Claire Morel', 'Un collègue m’a parlé de'],
      // Once the text is an interview, a question that addresses no one is a question too.
      ['quote', 'Reporter', 'A partir de quand peut-o'],
      ['quote', 'Claire Morel', 'Dans un mois, quand les '],
    ]);
  });

  it('speaks every question: none is taken for a chapter heading', () => {
    const s = script(interview);
    expect(s.chapters.map((c) => c.title)).not.toContain('Qui êtes-vous ?');
    expect(everyWord(interview)).toEqual(words(interview));
  });

  it('gives the answers to the name a one-word label and the first question give ("Willi: …")', () => {
    const text = page([
      'Neuer Bürgermeister: „Ein schönes Gefühl“',
      'Bürgermeister Georg Lenz, wie klingt das?',
      'Lenz: Neu und ungewohnt. Ich muss mich erst daran gewöhnen.',
      'Sie wollen rasch eine Koalition bilden. Was haben Sie sonst geplant?',
      'Lenz: An meinem ersten Tag möchte ich die Schulen der Stadt besuchen.',
      'Soll der Stadtsenat weiterhin sieben Mitglieder haben?',
      'Lenz: Das ist die Größe, die wir bevorzugen.',
    ]);
    expect(spoken(text)).toEqual([
      ['quote', 'Reporter', 'Bürgermeister Georg Lenz'],
      ['quote', 'Georg Lenz', 'Neu und ungewohnt. Ich m'],
      ['quote', 'Reporter', 'Sie wollen rasch eine Ko'],
      ['quote', 'Georg Lenz', 'An meinem ersten Tag möc'],
      ['quote', 'Reporter', 'Soll der Stadtsenat weit'],
      ['quote', 'Georg Lenz', 'Das ist die Größe, die w'],
    ]);
  });

  it('reads the unlabelled question before "R -" in a labelled transcript as the Reporter, the answer with the honorific’s gender', () => {
    const text = page([
      'Entretien de Mme Anne Roche, ministre des affaires étrangères',
      'Bonsoir Mme Anne Roche, vous attendiez-vous à ce que ce soit aussi dur ?',
      'R - J’ai une certaine expérience des crises, notamment au ministère de la Défense.',
      'Q - Ce soir Le Caire, demain Amman : a-t-on le temps d’approfondir ?',
      'R - Je pense qu’il est très important de se rendre compte concrètement.',
    ]);
    const segments = script(text).chapters.flatMap((c) => c.segments).filter((s) => s.role === 'quote');
    expect(segments.map((s) => [s.speaker, s.speakerGender ?? null])).toEqual([
      ['Reporter', null],
      ['Anne Roche', 'female'],
      ['Reporter', null],
      ['Anne Roche', 'female'],
    ]);
  });

  it('reads numbered questions answered in the first person, a question that addresses no one among them', () => {
    const paragraphs = [
      '3. What promises are you making to increase the availability of affordable housing?',
      'I will triple the amount of housing built with city capital funds.',
      'We will also use the city’s public land as a source of subsidy.',
      '4. Should the city limit member deference vetoes for land-use projects?',
      'Yes. Too often, member deference flattens decisions that impact our ability to live in affordable homes.',
    ];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null)).toEqual(['Q', 'R', null, 'Q', 'R']);
  });

  it('reads a short prompt that trails off, addressed to the interviewee, as a question once the text is an interview', () => {
    const paragraphs = [
      'En six ans, vous avez connu l’opposition puis un retour aux affaires. Pourquoi continuer ?',
      'Ma commune, je la connais parfaitement, et j’ai l’expérience pour conseiller les jeunes.',
      'Dans le contexte actuel, ce rôle est-il plus ingrat ?',
      'Il est plus difficile en tout cas. Je suis à la commune dès 6 h 30.',
      'Vous vous êtes plaint, l’année dernière, de votre salaire...',
      'Je maintiens ce que j’ai dit.',
    ];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null)).toEqual(['Q', 'R', 'Q', 'R', 'Q', 'R']);
    // Not in a story: the same prompt alone stays unlabelled.
    expect(findTurns(paragraphs.slice(4)).every((t) => t === null)).toBe(true);
  });

  it('ends a turn of dialogue typography at the first paragraph without a dash', () => {
    const text = page([
      'Interview impartiale',
      '– Vous pensez qu’il doit démissionner ?',
      '– En tout cas, il doit se remettre en question, c’est certain.',
      '– Vous démissionneriez à sa place ?',
      '– Oui, je pense que je démissionnerais.',
      'Et bien sûr, ce scoop est immédiatement repris dans les titres du journal qui suit.',
    ]);
    expect(spoken(text).map(([role, speaker]) => [role, speaker])).toEqual([
      ['quote', 'Reporter'],
      ['quote', null],
      ['quote', 'Reporter'],
      ['quote', null],
      ['body', null],
    ]);
  });

  it('reads the one exchange a page shows when the answer’s label is the full name the lines above introduce', () => {
    const paragraphs = [
      'Alain Dumas cèdera son siège de président à la fin de l’année. Interview.',
      'Votre grande ambition était une pause-café à 11 heures. Y êtes-vous parvenu ?',
      'Alain Dumas: C’était une boutade évidemment. Nous avons fait des pauses quand nous en avions besoin.',
    ];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null)).toEqual([null, 'Q', 'Alain Dumas']);
    // Not a name the text has not introduced: one labelled paragraph stays what it was.
    expect(findTurns(paragraphs.slice(1)).map((t) => t?.label ?? null)).toEqual([null, null]);
  });

  it('keeps a label alone on its line the speaker of the question under it', () => {
    const paragraphs = ['JEAN DUPONT', 'Bienvenue, vous êtes optimiste ?', 'MARIE MARTIN', 'Oui, je le suis.', 'JEAN DUPONT', 'Pourquoi l’êtes-vous ?', 'MARIE MARTIN', 'Parce que nous avançons.'];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null)).toEqual(['JEAN DUPONT', null, 'MARIE MARTIN', null, 'JEAN DUPONT', null, 'MARIE MARTIN', null]);
  });
});

describe('a story with a rhetorical question stays narration', () => {
  it('reads a question the story asks itself, answered in the third person, as the narrator', () => {
    const text = page([
      'La ville face à la crue',
      'Les eaux ont encore monté dans la nuit et les habitants du quartier bas ont été évacués.',
      'Que faire maintenant ?',
      'Les services de la ville étudient plusieurs solutions, dont une digue provisoire.',
      'Combien de temps cela prendra-t-il ?',
      'Les travaux devraient durer au moins trois semaines selon la préfecture.',
    ]);
    expect(spoken(text).every(([role]) => role === 'body')).toBe(true);
  });

  it('does not make an interview of one question to the reader answered once in the first person', () => {
    const paragraphs = [
      'Les eaux ont encore monté dans la nuit et les habitants ont été évacués.',
      'Et vous, qu’auriez-vous fait à leur place ?',
      'Nous avons posé la question aux voisins, qui hésitent encore.',
      'La préfecture doit publier un nouveau bulletin demain matin.',
    ];
    expect(findTurns(paragraphs).every((t) => t === null)).toBe(true);
  });

  it('does not make an interview of a story’s own questions answered in the first person plural', () => {
    const paragraphs = [
      'Le maire a présenté son budget devant le conseil municipal hier soir.',
      'Que devons-nous faire maintenant ?',
      'Nous devons réduire la dette, a-t-il expliqué, avant de lancer de nouveaux chantiers.',
      'Et comment le faire sans augmenter les impôts ?',
      'Nous allons vendre deux terrains de la commune, a-t-il répondu.',
    ];
    expect(findTurns(paragraphs).every((t) => t === null)).toBe(true);
  });

  it('does not read a quoted question as the Reporter’s', () => {
    const paragraphs = [
      '« Que voulez-vous que nous fassions ? »',
      'Nous attendons depuis des mois, dit une habitante du quartier.',
      '« Et vous, vous resteriez ? »',
      'Je ne sais pas, répond son voisin, nous verrons.',
    ];
    expect(findTurns(paragraphs).every((t) => t === null)).toBe(true);
  });
});

describe('the Sénat’s record labels without a dash', () => {
  it('reads "M. le président. …" and "Mme Jeanne Roy. …" as turns of their speakers, the president the one the header names', () => {
    const text = page([
      'Questions orales',
      'Présidence de M. Paul Morel',
      'M. le président. La parole est à Mme Jeanne Roy, auteur de la question n° 487.',
      'Mme Jeanne Roy. Monsieur le secrétaire d’État, ma question porte sur la desserte ferroviaire de notre pays.',
      'Je m’appuierai sur l’exemple de la gare de Brive, où les trains ne s’arrêtent plus.',
    ]);
    expect(spoken(text)).toEqual([
      ['quote', 'Paul Morel', 'La parole est à Mme Jean'],
      ['quote', 'Jeanne Roy', 'Monsieur le secrétaire d'],
      ['quote', 'Jeanne Roy', 'Je m’appuierai sur l’exe'],
    ]);
  });

  it('leaves one such paragraph in a story to the narrator', () => {
    const paragraphs = ['M. Jean Roy. Ce nom ne disait rien aux habitants du village il y a un an.', 'Il est aujourd’hui le maire le plus connu du département.'];
    expect(findTurns(paragraphs).every((t) => t === null)).toBe(true);
  });
});
