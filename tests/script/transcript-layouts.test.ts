// Transcript layouts the first detector missed: labels alone on their lines (with or without a
// colon), a lower-case "Frage:", a one-word answer label, and a briefing one announced speaker opens.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { findTurns } from '../../src/article/turns.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const script = (text: string) => buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const quotes = (text: string) =>
  script(text)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text.slice(0, 30)]);
const labels = (ps: string[], intro: string[] = []) => findTurns(ps, intro).map((t) => t?.label ?? null);

describe('labels alone on their lines', () => {
  it('reads "Surname (Office)" and "Frage" alone on their lines as turns, the headings between them as chapters', () => {
    const text = [
      'Regierungspressekonferenz vom 3. März', '',
      'Reise nach Oslo', '', 'Brandt (BMF)', '',
      'Ich kündige Ihnen eine Reise des Ministers nach Oslo an. Er trifft dort seine Amtskollegen aus dem Norden.', '',
      'Die Gespräche beginnen am Montag und enden am Dienstag mit einer Pressekonferenz im Hafen.', '',
      'Lage am Hafen', '', 'Frage', '',
      'Herr Brandt, können Sie uns sagen, wie lange die Gespräche dauern werden und wer noch teilnimmt?', '',
    ].join('\n');
    const s = script(text);
    expect(s.chapters.map((c) => c.title).slice(1)).toEqual(['Reise nach Oslo', 'Lage am Hafen']);
    expect(quotes(text)).toEqual([
      ['quote', 'Brandt', 'Ich kündige Ihnen eine Reise d'],
      ['quote', 'Brandt', 'Die Gespräche beginnen am Mont'],
      ['quote', 'Reporter', 'Herr Brandt, können Sie uns sa'],
    ]);
  });

  it('keeps a short line above a label in other layouts as the turn’s words, no chapter', () => {
    const text = [
      'Press Briefing on the Harbour', '',
      'MR LANE: We will open the quay in May, as we promised the fishing fleet last year.', '', 'Go ahead', '',
      'QUESTION: Will the ferries use it too?', '', 'MR LANE: Yes, from June onwards.', '',
    ].join('\n');
    expect(script(text).chapters).toHaveLength(2);
    expect(quotes(text).map(([, speaker, words]) => [speaker, words])).toContainEqual(['Mr Lane', 'Go ahead']);
  });

  it('needs two such labels, one a name with its office: a caption or a lone "Frage" heading is no transcript', () => {
    expect(labels(['Brandt (BMF)', 'Der Minister reist am Montag nach Oslo.'])).toEqual([null, null]);
    expect(labels(['Frage', 'Wer zahlt die Reise?', 'Antwort', 'Das Ministerium zahlt sie.'])).toEqual([null, null, null, null]);
  });
});

describe('a label with a colon alone on its line', () => {
  const statement = [
    'Rede der Ministerin in Oslo', '',
    'Nach dem Treffen hat sich Ministerin Eva Lund in Oslo zu den Ergebnissen geäußert.', '',
    'Ministerin Eva Lund:', '',
    'Guten Abend! Heute ging es um den Hafen und um die Fischerei.', '',
    'Wir haben uns auf einen gemeinsamen Plan geeinigt.', '',
  ].join('\n');

  it('reads the statement under it as that person’s words', () => {
    expect(quotes(statement)).toEqual([
      ['body', null, 'Nach dem Treffen hat sich Mini'],
      ['quote', 'Eva Lund', 'Guten Abend! Heute ging es um '],
      ['quote', 'Eva Lund', 'Wir haben uns auf einen gemein'],
    ]);
  });

  it('is no label for a list heading or a name the text never introduces', () => {
    expect(labels(['Weitere Termine:', 'Wir sehen uns am Montag.'])).toEqual([null, null]);
    expect(labels(['Der Bericht erschien am Montag.', 'Eva Lund:', 'Der Hafen ist geschlossen, meldet die Behörde.'])).toEqual([null, null, null]);
  });
});

describe('question labels and one-word answers', () => {
  it('reads "Frage:" in Title case as a question and a one-word "Surname:" the question addresses as the answer', () => {
    const ps = ['Der Vorsitzende eröffnet die Sitzung.', 'Frage: Herr Lindqvist, wann beginnt der Bau?', 'Lindqvist: Danke für die Frage. Der Bau beginnt im Mai.'];
    expect(labels(ps)).toEqual([null, 'Frage', 'Lindqvist']);
  });

  it('leaves a one-word "Word:" alone that names no one', () => {
    expect(labels(['Frage: Wann beginnt der Bau?', 'Fazit: Der Bau beginnt im Mai.'])).toEqual(['Frage', null]);
  });
});

describe('a briefing opened by its announced speaker', () => {
  it('reads "JANE ROE:" as a turn when the title announces Jane Roe and she speaks in the first person', () => {
    const ps = ['JANE ROE: Good morning.', 'With me today is the harbour master, who will take your questions.'];
    expect(labels(ps, ['Press Briefing by Spokesperson Jane K. Roe'])).toEqual(['JANE ROE', null]);
  });

  it('leaves a capital dateline or an unannounced name alone', () => {
    const ps = ['NEW YORK: We were told the harbour would close.', 'The council met on Monday.'];
    expect(labels(ps, ['Harbour to close, council says'])).toEqual([null, null]);
    expect(labels(['JANE ROE: Good morning.', 'With me today is the harbour master.'], ['Harbour news'])).toEqual([null, null]);
  });
});

describe('French parliamentary records', () => {
  it('reads "M. Name, office. – …" as a turn, its further paragraphs of prose too, but not the footer', () => {
    const text = [
      'Audition de Mme Claire Morin, directrice de l’agence régionale', '',
      'Mercredi 4 mars 2026', '',
      'La réunion est ouverte à 10 heures.', '',
      'M. Paul Girard, président. - Mes chers collègues, nous recevons ce matin Mme Claire Morin, que je remercie d’être venue jusqu’à nous.', '',
      'Plus largement, nous sommes très désireux d’échanger avec vous sur les sujets qui nous préoccupent.', '',
      'Mme Claire Morin, directrice de l’agence. – Merci, monsieur le président. Je répondrai bien volontiers à vos questions, mais je voudrais d’abord vous dire en quelques mots comment l’agence a traversé cette année difficile, et ce que nous attendons de la loi que vous examinerez au printemps.', '',
      'Haut de page', '',
      'Mentions légales', '',
    ].join('\n');
    expect(quotes(text)).toEqual([
      ['body', null, 'La réunion est ouverte à 10 he'],
      ['quote', 'Paul Girard', 'Mes chers collègues, nous rece'],
      ['quote', 'Paul Girard', 'Plus largement, nous sommes tr'],
      ['quote', 'Claire Morin', 'Merci, monsieur le président. '],
    ]);
  });

  it('needs the honorific, the stop and the dash', () => {
    expect(labels(['M. Girard a ouvert la séance à dix heures, devant une salle comble.', 'Le débat a duré trois heures - sans vote.'])).toEqual([null, null]);
    expect(labels(['Paul Girard, président. - Nous commençons.', 'Claire Morin. – Merci.'])).toEqual([null, null]);
  });
});

describe('French parliamentary records: offices as labels', () => {
  it('reads "M. le président. –" as the person the record names in that office, after the name', () => {
    const text = [
      'Séance du 12 mars 2026', '',
      'La séance est ouverte à quinze heures, sous la présidence de M. Paul Girard, président du Sénat.', '',
      'M. le président. - L’ordre du jour appelle les questions d’actualité au Gouvernement. Chacun aura à cœur de respecter son temps de parole, je vous en remercie par avance.', '',
      'Mme Anne Leroy. – Madame la ministre, les agriculteurs attendent depuis des mois les aides promises. Quand seront-elles enfin versées ?', '',
      'Mme la ministre. – Madame la sénatrice, les premiers versements interviendront dès la semaine prochaine, comme je m’y suis engagée devant vous.', '',
    ].join('\n');
    expect(quotes(text).map(([role, speaker]) => [role, speaker])).toEqual([
      ['body', null],
      ['quote', 'Paul Girard'],
      ['quote', 'Anne Leroy'],
      // No minister named: the office itself, without the honorific.
      ['quote', 'La Ministre'],
    ]);
  });
});

describe('a broadcast transcript’s label with the speaker’s office after a comma (breadth round five)', () => {
  const ps = [
    'JANE ROE, COUNTY COUNCIL LEADER: We looked at every site in the valley and this one stays dry in every flood we know of.',
    'So the school moves uphill, and it opens next autumn.',
    'UNIDENTIFIED MALE: And the buses? How do the children get there?',
    'ROE: The county pays for two more routes.',
  ];
  it('reads the name before the comma as the label', () => {
    expect(labels(ps)).toEqual(['JANE ROE', null, 'UNIDENTIFIED MALE', 'ROE']);
  });
  it('voices the labelled turn as the named speaker', () => {
    const q = quotes(['Valley school moves uphill', ...ps].join('\n\n'));
    expect(q[0]!.slice(0, 2)).toEqual(['quote', 'Jane Roe']);
  });
  it('reads a spaced colon glued to the words as a label too', () => {
    expect(labels(['ROE: We looked at every site in the valley.', 'DOE :Well, look, that is not what the survey says at all.', 'ROE: It is.'])).toEqual(['ROE', 'DOE', 'ROE']);
  });
});
