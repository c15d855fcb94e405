// German quotation shapes a fifth breadth review found on unseen agency and regional pages. All
// sentences invented.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

describe('a quotation after a sentence that ends on its own inverted attribution', () => {
  it.each([
    ['Die Pläne des Bauamts seien „kaum bezahlbar“, so Brandt. „Wir müssen neu rechnen.“', 'Thomas Brandt'],
    ['Das sei ein Skandal, schimpfte Brandt. „Das ist reine Verschwendung.“', 'Thomas Brandt'],
    ['Keller müsse „viel schneller“ handeln als ihre Vorgängerin Maria Senft, forderte der Landrat weiter. „Damit kann sie zeigen, dass es ihr ernst ist.“', 'Thomas Brandt'],
  ])('%s → whoever that attribution names', (text, speaker) => {
    expect(quoteSpeakers([`Landrat Thomas Brandt hat die Ministerin Anna Keller am Montag kritisiert. ${text}`], 'de')).toEqual([speaker]);
  });

  it('still gives a bare quote after a sentence with no attribution to nobody named in passing', () => {
    expect(quoteSpeakers(['Landrat Thomas Brandt hat die Ministerin Anna Keller am Montag kritisiert.', 'Der Haushalt wird im Mai beraten. „Das wird knapp.“'], 'de')).toEqual([null]);
  });
});

describe('a German publication noun before a verb', () => {
  it('introduces no publication from the capitalised object after the verb', async () => {
    const { publicationsIn } = await import('../../src/script/lead-ins.ts');
    expect(publicationsIn('Das Blatt führte den Erfolg der Partei auf die Krise zurück.').map((p) => p.name)).toEqual([]);
    expect(publicationsIn('Die Zeitung lobte den Minister.').map((p) => p.name)).toEqual([]);
    expect(publicationsIn('Die regierungsnahe Zeitung „Morgenpost“ schrieb am Montag:').map((p) => p.name)).toEqual(['Morgenpost']);
    expect(publicationsIn('le quotidien français Le Figaro').map((p) => p.name)).toEqual(['Le Figaro']);
  });

  it('gives "schrieb die Zeitung" the paper the article introduced, not a noun of the sentence before', () => {
    expect(
      quoteSpeakers(['Die Zeitung „Morgenpost“ machte einen „Schock“ aus. Das Blatt führte den Erfolg der Partei auf die Krise zurück. „Die Regierung hat versagt“, schrieb die Zeitung.'], 'de'),
    ).toEqual(['Morgenpost']);
  });
});

describe('a radio interview that labels a speaker in full once, then by the surname', () => {
  it('reads "Anna Roth: …" and a later "Roth: …" as two turns of one speaker', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    const paragraphs = [
      'Ein Gespräch über die neue Ausstellung im Stadtmuseum und über das, was Besucher dort erwartet.',
      'Anna Roth: Stellen Sie sich vor, Sie betreten einen dunklen Raum, und plötzlich hören Sie Stimmen. Darüber spreche ich gleich mit dem Kurator.',
      'Roth: So oder so ähnlich klingt es im ersten Saal. Peter Wahl hat die Ausstellung entworfen. Ich grüße Sie!',
    ];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null)).toEqual([null, 'Anna Roth', 'Roth']);
  });

  it('still reads one "Name:" paragraph in a story as no transcript', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    expect(findTurns(['Anna Roth: Die Ausstellung öffnet am Montag.', 'Der Eintritt ist frei, die Räume sind barrierefrei.']).every((t) => t === null)).toBe(true);
  });
});

describe('the paper or agency a speaker tells, after the verb of a colon lead-in', () => {
  it.each([
    ['Ein Sprecher sagte der Deutschen Presse-Agentur: „Wir geben nur die gestiegenen Kosten weiter.“', null],
    ['Die Ministerin Anna Roth sagte der Süddeutschen Zeitung: „Wir geben nur die gestiegenen Kosten weiter.“', 'Anna Roth'],
    ['Anna Roth sagte dem „Tagesblatt“: „Wir geben nur die gestiegenen Kosten weiter.“', 'Anna Roth'],
    ['Dazu sagte der Minister Peter Wahl: „Wir geben nur die gestiegenen Kosten weiter.“', 'Peter Wahl'],
  ])('%s → the subject, never the recipient', (text, speaker) => {
    expect(quoteSpeakers(['Die Stadtwerke erhöhen zum Januar die Preise für Strom und Gas.', text], 'de')).toEqual([speaker]);
  });
});

describe('a Federal Government transcript whose labels stand alone on their lines, without colons', () => {
  const paragraphs = [
    '(Vorsitzende Senft eröffnet die Pressekonferenz und begrüßt SRS’in Roth sowie die Sprecherinnen und Sprecher der Ministerien.)',
    'SRS’in Roth',
    'Guten Tag! Ich habe Ihnen heute die Termine der Kanzlerin für die kommende Woche mitzuteilen.',
    'Frage',
    'Frau Roth, worum wird es bei der Reise nach Paris gehen?',
    'SRS’in Roth',
    'Um die Lage in Europa und um die Zusammenarbeit in der Energiepolitik.',
    'Zusatzfrage',
    'Herr Wahl, was sagt das Finanzministerium dazu?',
    'Wahl',
    'Dazu kann ich Ihnen heute nichts sagen.',
  ];
  it('reads the office-and-surname label, the question labels and a surname the questions address as turns', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    expect(findTurns(paragraphs).map((t) => t?.label ?? null)).toEqual([null, 'SRS’in Roth', null, 'Frage', null, 'SRS’in Roth', null, 'Zusatzfrage', null, 'Wahl', null]);
  });

  it('reads a lone word over a paragraph as no label when nobody is addressed or listed by it', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    expect(findTurns(['SRS’in Roth', 'Guten Tag! Ich habe Ihnen heute die Termine mitzuteilen.', 'Hintergrund', 'Die Reise war lange geplant.', 'Frage', 'Wann beginnt die Reise?', 'SRS’in Roth', 'Am Montag um zehn Uhr.']).map((t) => t?.label ?? null)).toEqual([
      'SRS’in Roth', null, null, null, 'Frage', null, 'SRS’in Roth', null,
    ]);
  });

  it('reads an acronym and a word alone once ("USDA Logo") as no label', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    expect(findTurns(['USDA Logo', 'The department announced new rules on Monday.', 'Question', 'When do they apply?']).every((t) => t === null)).toBe(true);
  });
});

describe('a quotation split by an aside that names no one ("– so wörtlich –")', () => {
  it('keeps the speaker the first part was given by the paragraph before', () => {
    expect(
      quoteSpeakers(['Die Ministerin Anna Roth stellte den Plan vor. „Das ist ein guter Plan für alle“, sagte Roth.', '„Wir haben sehr viel vor“ – so wörtlich – „und wir fangen jetzt gleich damit an.“'], 'de'),
    ).toEqual(['Anna Roth', 'Anna Roth', 'Anna Roth']);
  });

  it('does not carry it over narration that names someone else', () => {
    expect(
      quoteSpeakers(['Die Ministerin Anna Roth stellte den Plan vor. „Das ist ein guter Plan für alle“, sagte Roth.', '„Wir haben sehr viel vor.“ Peter Wahl widersprach der Ministerin am Abend. „Das wird nicht reichen.“'], 'de')[2],
    ).not.toBe('Anna Roth');
  });
});
