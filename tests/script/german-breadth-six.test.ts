// German quotation and interview shapes a sixth breadth review found on unseen press-review,
// interview and agency pages. All sentences invented.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

describe('an interview whose first exchange is labelled and the next ones are not', () => {
  it('reads the unlabelled question as the labelled interviewer\'s (a publication label: the Reporter), its answer as the interviewee', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    const paragraphs = [
      'Die Bürgermeisterin Anna Roth ist seit drei Jahren im Amt. Ein Gespräch über Radwege und Schulden.',
      'Tagblatt: Frau Roth, wie fällt Ihre Bilanz nach drei Jahren aus?',
      'Roth: Gemischt. Manches ging schneller als gedacht, anderes hängt noch.',
      'Was hat Sie am meisten überrascht?',
      'Wie lange Genehmigungen dauern. Das hatte ich unterschätzt.',
    ];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null).slice(2)).toEqual(['Roth', 'Q', 'Roth']);
  });

  it('does so when the answer is not in the first person either', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    const paragraphs = [
      'Der Landrat Peter Wahl stellt sich nach der Wahl den Fragen der Redaktion.',
      'Kreisanzeiger: Herr Wahl, sind Sie erleichtert?',
      'Peter Wahl: Ja. Der Wahlkampf war lang, und das Ergebnis ist klar.',
      'Wie schwer waren die Verhandlungen mit Ihren Partnern?',
      'Es war mühsam, aber es ist gelungen.',
    ];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null).slice(2)).toEqual(['Peter Wahl', 'Kreisanzeiger', 'Peter Wahl']);
  });

  it('leaves a question that addresses no one inside a labelled turn alone', async () => {
    const { findTurns } = await import('../../src/article/turns.ts');
    const paragraphs = [
      'Der Landrat Peter Wahl stellt sich nach der Wahl den Fragen der Redaktion.',
      'Kreisanzeiger: Herr Wahl, sind Sie erleichtert?',
      'Peter Wahl: Ja. Der Wahlkampf war lang, und das Ergebnis ist klar.',
      'Und was heißt das für den Haushalt?',
      'Kreisanzeiger: Das wollten wir Sie gerade fragen. Wann legen Sie ihn vor?',
      'Peter Wahl: Im März.',
    ];
    expect(findTurns(paragraphs).map((t) => t?.label ?? null)).toEqual([null, 'Kreisanzeiger', 'Peter Wahl', null, 'Kreisanzeiger', 'Peter Wahl']);
  });
});

describe('a press review lead-in whose subject is a paper named in quotation marks', () => {
  it.each([
    ['Der „Landbote“ über Bürgermeisterin Anna Roth:', 'Landbote'],
    ['Die "Neue Tagespost" (Lindau) zur Wahl von Peter Wahl:', 'Neue Tagespost'],
    ['Das „Abendecho“ meint zu Landrat Peter Wahl:', 'Abendecho'],
  ])('%s → the paper, not the person it writes about', (lead, speaker) => {
    expect(quoteSpeakers(['Die Zeitungen kommentieren die Wahl im Kreis.', lead, '„Es waren gute Jahre, aber es waren auch verschwendete Jahre.“'], 'de')).toEqual([speaker]);
  });

  it('still gives a lead-in naming one person with a quoted nickname that person', () => {
    expect(quoteSpeakers(['Die Zeitungen kommentieren die Wahl im Kreis.', 'Peter Wahl, genannt „der Kassenwart“, sagte am Abend:', '„Es waren gute Jahre, aber es waren auch verschwendete Jahre.“'], 'de')).toEqual(['Peter Wahl']);
  });
});

describe('a bare quotation in a paragraph of one speaker\'s reported speech', () => {
  it('goes on with the paragraph\'s attributed quotation when the sentence before it opens on a place noun, not a person', () => {
    expect(
      quoteSpeakers(
        [
          'General Peter Wahl hat eine stärkere Präsenz im Norden vorgeschlagen.',
          'Wahl erklärte weiter, die Insel gehöre nicht zum Bündnis. „Trotzdem haben wir dort Interessen.“ In der Region gebe es reiche Vorkommen, zudem führten wichtige Seewege an der Küste vorbei. „Das schafft auch ein gewisses Spannungspotenzial.“',
        ],
        'de',
      ),
    ).toEqual(['Peter Wahl', 'Peter Wahl']);
  });

  it('still leaves it unattributed when the narration between names another person', () => {
    expect(
      quoteSpeakers(
        [
          'General Peter Wahl hat eine stärkere Präsenz im Norden vorgeschlagen.',
          'Wahl erklärte weiter, die Insel gehöre nicht zum Bündnis. „Trotzdem haben wir dort Interessen.“ Die Ministerin Anna Roth sah das anders. „Das schafft auch ein gewisses Spannungspotenzial.“',
        ],
        'de',
      )[1],
    ).not.toBe('Peter Wahl');
  });
});

describe('a straight-quoted word inside a straight-quoted passage of two paragraphs', () => {
  it('keeps the inner "…" nested; the quotation runs on to the closing mark of the next paragraph', async () => {
    const { findQuoteSpans } = await import('../../src/script/quotes.ts');
    const paragraphs = [
      'Dazu erklärte die Ministerin Anna Roth: "Wir fangen sofort an. Zwischen Stadt und Land gibt es kein "entweder". Wir arbeiten mit allen zusammen.',
      'Ich danke meinem Vorgänger für die gute Übergabe."',
    ];
    const spans = findQuoteSpans(paragraphs);
    expect(spans[0]!.map((s) => [s.start, s.end, s.continues])).toEqual([[paragraphs[0]!.indexOf('"'), paragraphs[0]!.length, true]]);
    expect(spans[1]!.map((s) => [s.start, s.end, s.continued])).toEqual([[0, paragraphs[1]!.length, true]]);
  });

  it('still reads two straight-quoted passages in one paragraph as two quotations', async () => {
    const { findQuoteSpans } = await import('../../src/script/quotes.ts');
    const text = 'Roth sagte: "Wir fangen sofort an." Wahl antwortete: "Das dauert."';
    expect(findQuoteSpans([text])[0]!.length).toBe(2);
  });
});

describe('a German "-e" role noun after "der": a man, not a woman', () => {
  it.each([
    ['Der langjährige Aufsichtsratsvorsitzende Jonas Velter erklärt seinen Rückzug.', 'Jonas Velter', 'male'],
    ['Dazu sagte der Beauftragte Jonas Velter am Montag, er sei zufrieden.', 'Jonas Velter', 'male'],
    ['Die langjährige Aufsichtsratsvorsitzende Mira Tessendorf erklärt ihren Rückzug.', 'Mira Tessendorf', 'female'],
    ['Die Stadt ehrte die Vorsitzende Mira Tessendorf.', 'Mira Tessendorf', 'female'],
  ])('%s → %s is %s', async (sentence, name, gender) => {
    const { GenderEvidence } = await import('../../src/script/gender.ts');
    const evidence = new GenderEvidence();
    evidence.learn([sentence], [name]);
    expect(evidence.of(name)).toBe(gender);
  });
});

describe('a German feminine role noun before "von" and another person', () => {
  it('is the sentence subject\'s role, not the one named after "von"', async () => {
    const { GenderEvidence } = await import('../../src/script/gender.ts');
    const evidence = new GenderEvidence();
    evidence.learn(['Mira Tessendorf war Stellvertreterin von Jonas Velter, als dieser das Haus leitete.'], ['Mira Tessendorf', 'Jonas Velter']);
    expect(evidence.of('Jonas Velter')).not.toBe('female');
  });

  it('still reads "Präsidentin Ursula von der Leyen" and "Ministerin von der Leyen" as a woman', async () => {
    const { GenderEvidence } = await import('../../src/script/gender.ts');
    for (const sentence of ['Das sagte Präsidentin Ursula von der Leyen am Montag.', 'Das sagte Ministerin von der Leyen am Montag.']) {
      const evidence = new GenderEvidence();
      evidence.learn([sentence], ['Ursula von der Leyen']);
      expect(evidence.of('Ursula von der Leyen')).toBe('female');
    }
  });
});
