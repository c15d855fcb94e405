// German shapes of quotation and attribution that Land government press releases use: quotations
// running over paragraphs with one opening and one closing mark, a role noun in apposition after
// the name, a quotation the narrator's sentence goes on after, "Regierung X" beside the full name,
// and academic titles between a role noun and the name.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/script/quotes.ts';
import { NameRegistry } from '../../src/script/name-registry.ts';
import { attributionBefore } from '../../src/script/speakers.ts';
import { mentionsIn } from '../../src/script/mentions.ts';
import { pieces, resolved } from '../helpers/script-pieces.ts';

const quotes = (paragraphs: string[]) =>
  resolved(paragraphs)
    .flat()
    .filter((p) => p.role === 'quote')
    .map((p) => [p.text, p.speaker, p.speakerGender]);

describe('a quotation over paragraphs with one opening and one closing mark', () => {
  const release = [
    'Die Ministerin für Justiz Anna Keller sagt vor der Sitzung am Freitag: „Wer eine Beratungsstelle aufsucht, muss das ungehindert tun können.',
    'Daher befürworte ich eine Schutzzone um diese Stellen. Sie soll auch für das Personal gelten.',
    'Niemand hat das Recht, Frauen an einer Beratung zu hindern“, sagt Justizministerin Anna Keller.',
  ];

  it('reads the paragraph without marks in the quote voice, as the speaker’s', () => {
    const spans = findQuoteSpans(release);
    expect(spans[1]).toEqual([{ start: 0, end: release[1]!.length, closed: false, continues: true, continued: true }]);
    expect(quotes(release).map(([text, speaker]) => [text, speaker])).toEqual([
      ['Wer eine Beratungsstelle aufsucht, muss das ungehindert tun können.', 'Anna Keller'],
      ['Daher befürworte ich eine Schutzzone um diese Stellen. Sie soll auch für das Personal gelten.', 'Anna Keller'],
      ['Niemand hat das Recht, Frauen an einer Beratung zu hindern', 'Anna Keller'],
    ]);
  });

  it('runs through several paragraphs without marks, but not through too many', () => {
    const through = (n: number) => [release[0]!, ...Array.from({ length: n }, (_, i) => `Ein weiterer Absatz Nummer ${i + 1} ohne Zeichen.`), release[2]!];
    expect(findQuoteSpans(through(3)).slice(1, 4).every((s) => s[0]?.continued === true)).toBe(true);
    // Five paragraphs without a mark: the opening one was left open (a cut article), not a long quotation.
    expect(findQuoteSpans(through(5))[1]).toEqual([]);
  });

  it('leaves the paragraph to the narrator when the next marks open a new quotation', () => {
    const unbalanced = [release[0]!, 'Der Bundesrat berät am Freitag über den Entwurf.', '„Das ist ein gutes Gesetz“, sagte Jan Roth.'];
    expect(findQuoteSpans(unbalanced)[1]).toEqual([]);
    expect(pieces(unbalanced)[1]).toEqual([['body', 'Der Bundesrat berät am Freitag über den Entwurf.', null]]);
  });
});

describe('the subject before a role noun in apposition', () => {
  it.each([
    ['Jan Nowak, Staatssekretär und Chef der Staatskanzlei des Landes Nordrhein-Westfalen, erklärte kurz und bündig:', 'Jan Nowak'],
    ['Anna Roth, Präsidentin des Verbands der Bäcker Sachsen, sagte:', 'Anna Roth'],
  ])('%s → %s', (text, name) => expect(attributionBefore(text)).toEqual({ kind: 'name', name }));

  it('keeps a name the role introduces', () => {
    expect(attributionBefore('Am Montag erklärte Bundeskanzler Olaf Scholz:')).toEqual({ kind: 'name', name: 'Olaf Scholz' });
    expect(attributionBefore('Dazu sagte Jan Nowak, Staatssekretär im Ministerium:')).toEqual({ kind: 'name', name: 'Jan Nowak' });
  });

  it('gives the quote to the person and the gender the role’s form states', () => {
    expect(quotes(['Jan Nowak, Staatssekretär und Chef der Staatskanzlei des Landes Hessen, erklärte: „Das Land steht gut da.“'])).toEqual([['Das Land steht gut da.', 'Jan Nowak', 'male']]);
    expect(quotes(['Anna Roth, die Präsidentin des Landesverbands, sagte: „Wir sind bereit für die Gespräche.“'])).toEqual([['Wir sind bereit für die Gespräche.', 'Anna Roth', 'female']]);
  });
});

describe('a quotation the narrator’s sentence goes on after', () => {
  it('stays with the narrator when a lowercase word follows without a comma', () => {
    for (const text of [
      'Sie freue sich, so die Landrätin bei der Begrüßung der Gäste, aus erster Hand zu erfahren, „wie der Blick der Landesregierung auf unsere Dörfer“ sei.',
      'Die Stadt wolle, „dass alle Kinder einen Platz in der Nähe finden“ können.',
    ]) expect(pieces([text])[0]).toEqual([['body', text, null]]);
  });

  it('still switches for direct speech followed by its attribution', () => {
    expect(pieces(['„Wir kommen im Herbst mit neuen Vorschlägen wieder“, sagte Jan Roth.'])[0]![0]![0]).toBe('quote');
    expect(pieces(['„Wir kommen im Herbst mit neuen Vorschlägen wieder“ sagte Jan Roth.'])[0]![0]![0]).toBe('quote');
  });
});

describe('the full name of a person beside "Regierung X"', () => {
  it('prefers the form with a given name to a longer one without', () => {
    const registry = new NameRegistry();
    registry.add('Regierung Böhmer');
    registry.add('Wolfgang Böhmer');
    expect(registry.canonical('Böhmer')).toBe('Wolfgang Böhmer');
    const other = new NameRegistry();
    other.add('Wolfgang Böhmer');
    other.add('Regierung Böhmer');
    expect(other.canonical('Böhmer')).toBe('Wolfgang Böhmer');
  });

  it('still takes the longest of the forms with a given name', () => {
    const registry = new NameRegistry();
    registry.add('Anna Roth');
    registry.add('Anna Maria Roth');
    expect(registry.canonical('Roth')).toBe('Anna Maria Roth');
  });

  it('attributes "Böhmer betonte:" to the full name, with the gender of the titled role', () => {
    const release = [
      'Die Schwerpunkte hat nach Auffassung von Ministerpräsident Prof. Dr. Wolfgang Böhmer seine Regierung gesetzt. Die Regierung Böhmer war am 23. August 100 Tage im Amt.',
      'Böhmer betonte: „Wir haben in der kurzen Zeit wichtige Weichen gestellt.“',
    ];
    expect(quotes(release)).toEqual([['Wir haben in der kurzen Zeit wichtige Weichen gestellt.', 'Wolfgang Böhmer', 'male']]);
  });
});

describe('German lead-ins in the perfect and after an adverbial', () => {
  const minister = 'Die Ministerin für Soziales Petra Grimm-Benne besuchte am Montag die Pflegeschule in Halle.';
  const quote = '„Wir brauchen mehr Plätze für die Ausbildung im ganzen Land.“';

  it.each([
    [`Dazu hat Ministerin Grimm-Benne gesagt: ${quote}`],
    [`Die Ministerin hat am Montag betont: ${quote}`],
    [`Bei der Eröffnung hat sie unterstrichen: ${quote}`],
  ])('%s → the minister', (lead) => {
    expect(quotes([minister, lead])).toEqual([['Wir brauchen mehr Plätze für die Ausbildung im ganzen Land.', 'Petra Grimm-Benne', 'female']]);
  });

  it('reads the subject before the auxiliary when no adverbial opens the sentence', () => {
    expect(attributionBefore('Petra Grimm-Benne hat am Montag in Halle gesagt:')).toEqual({ kind: 'name', name: 'Petra Grimm-Benne' });
  });

  it('finds a full name after an office and its portfolio, a double surname whole', () => {
    expect(mentionsIn(minister).map((m) => m.name)).toEqual(['Petra Grimm-Benne']);
    expect(quotes([minister, `„Wir brauchen mehr Plätze für die Ausbildung“, sagte Grimm-Benne.`])[0]![1]).toBe('Petra Grimm-Benne');
  });

  it('never takes a preposition fused with the article for a subject', () => {
    const visit = ['Ministerpräsident Reiner Haseloff besuchte am Dienstag das neue Werk in Leuna.', 'Beim Besuch sagte der Ministerpräsident: „Das ist ein großer Tag für die Region und ihre Beschäftigten.“'];
    expect(quotes(visit)).toEqual([['Das ist ein großer Tag für die Region und ihre Beschäftigten.', 'Reiner Haseloff', 'male']]);
    expect(attributionBefore('Im Landtag sagte Haseloff:')).toEqual({ kind: 'name', name: 'Haseloff' });
  });

  it('gives a quotation to "Das sagte X." and "So Landrätin X." after it', () => {
    expect(quotes(['Innenministerin Tamara Zieschang stellte am Montag den Bericht vor.', '„Die Zahl der Einbrüche ist deutlich gesunken.“ Das sagte Zieschang in Magdeburg.'])[0]![1]).toBe('Tamara Zieschang');
    expect(quotes(['Landrätin Bettina Dickes eröffnete die Ausstellung.', '„Die Ausstellung zeigt, wie lebendig unser Ehrenamt ist.“ So Landrätin Dickes.'])[0]![1]).toBe('Bettina Dickes');
  });
});

describe('German single quotes ‚…‘ as an article’s quotation marks', () => {
  const intro = 'Ministerin Anna Keller besuchte am Montag die neue Schule in Dessau.';

  it('voices direct speech in ‚…‘ and gives it to its speaker', () => {
    expect(quotes([intro, 'Keller sagte: ‚Wir haben alles getan, was in unserer Macht stand.‘ Dann ging sie weiter.'])).toEqual([['Wir haben alles getan, was in unserer Macht stand.', 'Anna Keller', 'female']]);
    expect(quotes([intro, '‚Wir haben alles getan, was in unserer Macht stand‘, sagte Keller am Montag.'])).toEqual([['Wir haben alles getan, was in unserer Macht stand', 'Anna Keller', 'female']]);
  });

  it('leaves a partial quotation in ‚…‘ with the narrator', () => {
    const partial = 'Keller betonte, man habe ‚alles getan, was möglich war‘ und werde weiter helfen.';
    expect(pieces([intro, partial])[1]).toEqual([['body', partial, null]]);
  });

  it('keeps ‚…‘ nested inside „…“', () => {
    expect(quotes([intro, 'Keller sagte: „Wir haben uns für die ‚Schule der Zukunft‘ entschieden, weil sie allen hilft.“'])[0]![0]).toBe('Wir haben uns für die ‚Schule der Zukunft‘ entschieden, weil sie allen hilft.');
  });
});
