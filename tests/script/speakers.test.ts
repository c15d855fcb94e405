import { describe, expect, it } from 'vitest';
import { NameRegistry } from '../../src/script/name-registry.ts';
import { attributionAfter, attributionBefore, nameIn } from '../../src/script/speakers.ts';
import { pieces } from '../helpers/script-pieces.ts';

describe('nameIn', () => {
  it.each([
    ['U.S. Secretary of State Antony Blinken', 'Antony Blinken'],
    ['Ukraine’s President Volodymyr Zelenskyy', 'Volodymyr Zelenskyy'],
    ['Mr Durkan', 'Durkan'],
    ['Illinois Governor J.B. Pritzker', 'J.B. Pritzker'],
    ['U.S. National Security Council spokesperson Sean Savett', 'Sean Savett'],
    ['Acme CEO Jane Doe', 'Jane Doe'],
    ['Former SDLP leader Mark Durkan', 'Mark Durkan'],
    // a title word after a given name is a surname; before a name it stays a title
    ['la journaliste Maria Pastor', 'Maria Pastor'],
    ['the novelist Stephen King', 'Stephen King'],
    ['Maria Pastor Ruiz', 'Maria Pastor Ruiz'],
    ['Pastor Maria Lopes', 'Maria Lopes'],
    ['Senator Mark Dean', 'Mark Dean'],
    ['Acme Chairman', null],
    // "du"/"des" open an organisation's noun, and an acronym after particles names a body
    ['les militants du Parti vert', null],
    ['une question de la BBC', null],
  ])('%j → %j', (text, name) => expect(nameIn(text, true)).toBe(name));
});

describe('attribution next to a quote', () => {
  it.each([
    [', Blinken said, noting that the U.S. government is monitoring.', { kind: 'name', name: 'Blinken' }],
    [' he said.', { kind: 'anaphor', gender: 'male' }],
    [' the Ukrainian leader said in the statement.', { kind: 'anaphor' }],
    [', said Mayor Ana Ruiz.', { kind: 'name', name: 'Ana Ruiz' }],
    // an organisation, a lowercase description, then the person: the capitals before are the organisation's
    [', said USGS hydrologist Lena Frost.', { kind: 'name', name: 'Lena Frost' }],
    [', said Northwind Energy spokeswoman Jane Roe, who declined to give figures.', { kind: 'name', name: 'Jane Roe' }],
    [', said NASA in Washington Jane Roe.', { kind: 'unnamed' }],
    // a preposition before the closing capitals opens an adverbial, in any of the languages: the speaker comes first
    [', said Lena Frost on Radio Lakeside.', { kind: 'name', name: 'Lena Frost' }],
    [', a affirmé Paul Girard sur France Inter.', { kind: 'name', name: 'Paul Girard' }],
    [', said Dana Whitfield, chief executive officer of Northwind Energy.', { kind: 'name', name: 'Dana Whitfield' }],
    [', said the company’s chief executive, Jane Doe.', { kind: 'name', name: 'Jane Doe' }],
    [', a spokesperson told Reuters.', { kind: 'unnamed' }],
    [', U.S. officials said.', { kind: 'unnamed' }],
    [', the General Staff said in a statement.', { kind: 'unnamed' }],
    [', Zelenskyy’s office said.', { kind: 'unnamed' }],
    [', Lopez said in a statement.', { kind: 'name', name: 'Lopez' }],
    [', Lewis, 61, told the Daily Courier.', { kind: 'name', name: 'Lewis' }],
    [', said Dr. Ines Varga of the University of Leeds, who studies rivers.', { kind: 'name', name: 'Ines Varga' }],
    [' Rosa Lindt, film critic for the Evening Ledger, said.', { kind: 'name', name: 'Rosa Lindt' }],
    [', freut sich Landrätin Ute Sommer.', { kind: 'name', name: 'Ute Sommer' }],
    [', in Paris, critics said.', { kind: 'unnamed' }],
    [' The next sentence has no verb.', null],
  ])('after %j', (text, ref) => expect(attributionAfter(text)).toEqual(ref));

  it.each([
    ['Mr Durkan said: ', { kind: 'name', name: 'Durkan' }],
    ['In a statement, U.S. National Security Council spokesperson Sean Savett said that the launch marked ', { kind: 'name', name: 'Sean Savett' }],
    ['He said: ', { kind: 'anaphor', gender: 'male' }],
    ['The Ukrainian leader concluded his statement by urging his country’s allies to ', { kind: 'anaphor' }],
    ['According to Jane Doe, ', { kind: 'name', name: 'Jane Doe' }],
    ['Asked about the delay, Desmond Ruiz was blunt: ', { kind: 'name', name: 'Desmond Ruiz' }],
    // An abbreviation's stop inside the apposition does not end the sentence.
    ['Jane Doe, a spokeswoman for the U.S. Department of State, said: ', { kind: 'name', name: 'Jane Doe' }],
    ['Funds ran out. Carla Mendes, an adviser to Dr. Hale, said: ', { kind: 'name', name: 'Carla Mendes' }],
    // A capitalised role tied to its organisation, however long: its place names are not the speaker.
    ['Maria Okafor, Head of Visitor Services at the Upper Tyne & Coquet Valley Heritage Trust, said: ', { kind: 'name', name: 'Maria Okafor' }],
    ['Antony Blinken, Secretary of State, said: ', { kind: 'name', name: 'Antony Blinken' }],
  ])('before %j', (text, ref) => expect(attributionBefore(text)).toEqual(ref));
});

describe('NameRegistry', () => {
  it('maps short forms to the fullest form', () => {
    const r = new NameRegistry();
    r.add('Blinken');
    r.add('Antony Blinken');
    r.add('Durkan');
    r.learnFullForms('Former SDLP leader Mark Durkan said so.');
    expect(r.canonical('Blinken')).toBe('Antony Blinken');
    expect(r.canonical('Durkan')).toBe('Mark Durkan');
    expect(r.canonical('Jane Roe')).toBe('Jane Roe');
  });
});

describe('resolving speakers across an article', () => {
  it('resolves pronouns and descriptions to the latest named person, and keeps one name per person', () => {
    const result = pieces([
      'U.S. Secretary of State Antony Blinken spoke on Thursday.',
      '“We are watching closely,” Blinken said.',
      'Russian President Vladimir Putin did not deny it.',
      '“It is our right to act,” the Russian leader said.',
      '“They will regret it,” he said.',
    ]);
    const speakers = result.flatMap((p) => p.filter((x) => x[0] === 'quote').map((x) => x[2]));
    expect(speakers).toEqual(['Antony Blinken', 'Vladimir Putin', 'Vladimir Putin']);
  });

  it('leaves a pronoun with nobody named before it unknown', () => {
    expect(pieces(['“We will not stop,” he said.'])[0]![0]).toEqual(['quote', 'We will not stop,', null]);
  });

  it('gives an unattributed quote paragraph the speaker of the quote just before', () => {
    const result = pieces(['“The plan is sound,” said Jane Doe, the city’s budget director.', '“We ran the numbers three times.”', 'The council votes on Friday.', '“Nobody asked us.”']);
    expect(result[1]![0]).toEqual(['quote', 'We ran the numbers three times.', 'Jane Doe']);
    expect(result[3]![0]).toEqual(['quote', 'Nobody asked us.', null]);
  });

  it('shares one attribution between the quotes of a paragraph', () => {
    const result = pieces(['Mayor Ana Ruiz spoke first.', '“We know the logistics,” he said. “It depends on China, which talks about peace.”']);
    expect(result[1]!.filter((p) => p[0] === 'quote').map((p) => p[2])).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('attribution in German, French, Spanish and Italian', () => {
  it.each([
    [', sagte Juncker.', { kind: 'name', name: 'Juncker' }],
    [', so Juncker.', { kind: 'name', name: 'Juncker' }],
    [', sagte er gegenüber „heise online“.', { kind: 'anaphor', gender: 'male' }],
    [', erklärte die Ministerin.', { kind: 'anaphor', gender: 'female', role: 'ministerin' }],
    [', sagte der Sprecher des Ministeriums.', { kind: 'anaphor', gender: 'male', role: 'sprecher' }],
    [', sagten die Experten.', { kind: 'unnamed' }],
    [', teilte das Landratsamt mit.', { kind: 'unnamed' }],
    [', sagte Landrätin Ute Sommer nach der Sitzung.', { kind: 'name', name: 'Ute Sommer' }],
    [', sagte Brenner dem Sender.', { kind: 'name', name: 'Brenner' }],
    [', erklärte Brenner weiter.', { kind: 'name', name: 'Brenner' }],
    [', sagte Ursula von der Lahn am Montag.', { kind: 'name', name: 'Ursula von der Lahn' }],
    [', entgegnete die Stadträtin.', { kind: 'anaphor', gender: 'female', role: 'stadträtin' }],
    [', a estimé Claire Moreau lors de son discours.', { kind: 'name', name: 'Claire Moreau' }],
    [', a jugé la ministre des Armées.', { kind: 'anaphor', gender: 'female', description: 'ministre des Armées' }],
    [', said Secretary of State Carla Reyes in a statement.', { kind: 'name', name: 'Carla Reyes' }],
    [', sagte ein Sprecher.', { kind: 'unnamed' }],
    [', a-t-il déclaré.', { kind: 'anaphor', gender: 'male' }],
    [', a déclaré Jean Dupont.', { kind: 'name', name: 'Jean Dupont' }],
    [', selon Marie Curie.', { kind: 'name', name: 'Marie Curie' }],
    [', dijo Ana García.', { kind: 'name', name: 'Ana García' }],
    // an adverb between the auxiliary and the participle
    [', a ensuite précisé Hélène Morel.', { kind: 'name', name: 'Hélène Morel' }],
    [', a notamment déclaré le ministre.', { kind: 'anaphor', gender: 'male', description: 'ministre' }],
    [', avait également souligné Hélène Morel.', { kind: 'name', name: 'Hélène Morel' }],
    // the passé simple of written narrative
    [', répondit Hélène Morel.', { kind: 'name', name: 'Hélène Morel' }],
    // a word between auxiliary and participle that is not an adverb is no attribution
    [', a maison précisé Hélène Morel.', null],
  ])('after %j', (text, ref) => expect(attributionAfter(text)).toEqual(ref));

  it.each([
    ['In einem Interview sagt EU-Haushaltskommissar Günther Oettinger: ', { kind: 'name', name: 'Günther Oettinger' }],
    ['Laut Angela Merkel ', { kind: 'name', name: 'Angela Merkel' }],
    ['Le ministre Jean Dupont a déclaré : ', { kind: 'name', name: 'Jean Dupont' }],
    ['Brenner zufolge ist das Projekt gescheitert, die Stadt ', { kind: 'name', name: 'Brenner' }],
    ['Sein Sprecher Tobias Rahn erklärte: ', { kind: 'name', name: 'Tobias Rahn' }],
    ['Mit Blick auf die Wahl sagte Rahn weiter: ', { kind: 'name', name: 'Rahn' }],
    ['Danach sagte sie: ', { kind: 'anaphor', gender: 'female' }],
    ['Die Pläne seien „ein Fehler“. Er fügte hinzu: ', { kind: 'anaphor', gender: 'male' }],
    // "selon <description>, <name>,": the name in apposition is the source
    ['Selon le syndicat des pilotes, Unipilot, ', { kind: 'name', name: 'Unipilot' }],
    ['According to the trust’s director, Nora Quist, ', { kind: 'name', name: 'Nora Quist' }],
    // with no name in the apposition the description stands
    ['Selon la mairie, en fin de journée, ', { kind: 'unnamed' }],
    ['Elle écrivit sur son blog : ', { kind: 'anaphor', gender: 'female' }],
  ])('before %j', (text, ref) => expect(attributionBefore(text)).toEqual(ref));

  it('gives both verbs of “erklärte X und fügte hinzu:” to X, a name opening with its particle', () => {
    expect(pieces(['Kommissarin Ursula von der Brügge hat die Einigung begrüßt. „Wir haben lange verhandelt. Es hat sich gelohnt“, erklärte von der Brügge und fügte hinzu: „Das ist ein guter Tag für alle Regionen.“'])[0]!
      .filter(([role]) => role === 'quote').map(([, , speaker]) => speaker)).toEqual(['Ursula von der Brügge', 'Ursula von der Brügge']);
    expect(attributionBefore('Doe said the plan had failed and added: ')).toEqual({ kind: 'name', name: 'Doe' });
    // "and" joining two subjects' clauses is no coordination of one speaker's verbs
    expect(attributionBefore('The committee met, and Roe said: ')).toEqual({ kind: 'name', name: 'Roe' });
  });

  it('takes the name in apposition after a lowercase description, not the organisation inside it', () => {
    expect(attributionAfter(', said co-owner of Hill & Dale Farms, Rosa Lindqvist.')).toEqual({ kind: 'name', name: 'Rosa Lindqvist' });
    expect(attributionAfter(', said Rosa Lindqvist, co-owner of Hill & Dale Farms.')).toEqual({ kind: 'name', name: 'Rosa Lindqvist' });
  });

  it('takes a lone title-cased title word for the surname of the person the article names in full', () => {
    const quoteSpeakers = (paras: string[]) => pieces(paras).flatMap((p) => p.filter((x) => x[0] === 'quote').map((x) => x[2]));
    expect(quoteSpeakers(['La présentatrice Maria Pastor a quitté la chaîne.', 'Pastor l’avait annoncé en direct : « Je pars sans regret et sans rancune. »'])).toEqual(['Maria Pastor']);
    // nobody called Minister in the article: "Minister" alone is nobody's name
    expect(quoteSpeakers(['Le budget a été voté hier.', 'Minister l’avait annoncé en direct : « Nous tiendrons nos promesses cette année. »'])).toEqual([null]);
  });

  it('resolves German descriptions and appositions to the person named before', () => {
    expect(
      pieces([
        'Nach Angaben von Verkehrsdezernentin Lea Kramm fahren die Busse bald öfter.',
        '„Wir wollen, dass man ohne Auto gut ankommt“, sagte die Dezernentin.',
        'Der Chef des Busbetriebs, Olaf Wiese, sagte, das sei machbar. Er fügte hinzu: „Wir brauchen aber mehr Fahrer als heute.“',
      ]).map((p) => p.filter((x) => x[0] === 'quote').map((x) => x[2])),
    ).toEqual([[], ['Lea Kramm'], ['Olaf Wiese']]);
  });

  it('never resolves “she” to an institution, nor reads a man’s honorific onto another name', () => {
    const quoteSpeakers = (paras: string[]) => pieces(paras).flatMap((p) => p.filter((x) => x[0] === 'quote').map((x) => x[2]));
    expect(
      quoteSpeakers([
        'The European Rowing Federation has reinstated 20-year-old Ida Brekke, the federation said.',
        'Brekke, who missed the whole season, said she was pleased.',
        '“I only ever wanted to row with my team again,” she wrote online.',
      ]),
    ).toEqual(['Ida Brekke']);
  });

  it('gives an unattributed quote to the person the sentence before it reports', () => {
    const quoteSpeakers = (paras: string[]) => pieces(paras).flatMap((p) => p.filter((x) => x[0] === 'quote').map((x) => x[2]));
    expect(quoteSpeakers(['Das Land wolle mehr für die Bürger tun, erläutert Ministerin Eva Roth. „Wir fangen in den Schulen an und gehen dann in die Rathäuser.“'])).toEqual(['Eva Roth']);
    expect(quoteSpeakers(['Council leader Omar Haddad said the budget was fair. “Nobody will pay more than they can afford this year.”'])).toEqual(['Omar Haddad']);
    expect(quoteSpeakers(['Police said the roads were closed. “Please stay at home until the water goes down again.”'])).toEqual([null]);
  });

  it('reads „…“ and « … » quotes with their speakers', () => {
    expect(pieces(['„Wir schaffen das“, sagte Merkel.'])).toEqual([[['quote', 'Wir schaffen das', 'Merkel'], ['body', ', sagte Merkel.', null]]]);
    expect(pieces(['« Nous sommes prêts », a déclaré Jean Dupont.'])).toEqual([[['quote', 'Nous sommes prêts', 'Jean Dupont'], ['body', ', a déclaré Jean Dupont.', null]]]);
  });
});

describe('speakers: appositions, affiliations, organisations', () => {
  const speakerOf = (text: string) => pieces([text])[0]!.find(([role]) => role === 'quote')?.[2] ?? null;
  it.each([
    ['“We are ready,” said Jane Doe of the University of Oxford.', 'Jane Doe'],
    ['Jane Doe, a spokesperson for the ministry, said: “We are ready for the talks.”', 'Jane Doe'],
    ['“We are ready for the talks,” according to Jane Doe.', 'Jane Doe'],
    ['Jane Doe told reporters: “We are ready for the talks.”', 'Jane Doe'],
    ['“We are ready for the talks,” Microsoft said.', null],
    ['“We are ready for the talks,” the University of Oxford said.', null],
    ['“We are ready for the talks,” Ukraine said.', null],
  ])('%j → %j', (text, speaker) => expect(speakerOf(text)).toBe(speaker));

  it('resolves “she” to the last woman named, past a man named later', () => {
    const [, second] = pieces(['Ms. Jane Doe met Mr. John Roe on Monday.', '“We agreed on nothing,” she said.']);
    expect(second!.find(([role]) => role === 'quote')![2]).toBe('Jane Doe');
  });
});

describe('stated gender', () => {
  it('takes an honorific only when it stands before that person’s name', async () => {
    const { GenderEvidence } = await import('../../src/script/gender.ts');
    const evidence = new GenderEvidence();
    evidence.learn(['Mr. Okoro said Lindgren would return next month.', 'Spokeswoman Ada Lindgren confirmed it.'], ['Chidi Okoro', 'Ada Lindgren']);
    expect(evidence.of('Ada Lindgren')).toBe('female');
    expect(evidence.of('Chidi Okoro')).toBe('male');
  });
});

describe('an office as the subject ("the PM said")', () => {
  it('points back to the person the article gave that office, not to the last person named', () => {
    const result = pieces([
      'Prime Minister Ann Fielding met Joel Marr, chairman of the regional rail board, in Leeds.',
      'Before the talks the PM said the line would reopen in spring.',
      '“We have the money, the engineers and the will to finish this line.',
      'I expect trains running by Easter.”',
    ]);
    expect(result[2]![0]).toEqual(['quote', 'We have the money, the engineers and the will to finish this line.', 'Ann Fielding']);
    expect(result[3]![0]![2]).toBe('Ann Fielding');
  });

  it('passes over a person given another office when the holder is not named with it', () => {
    const result = pieces([
      'The Prime Minister has met Joel Marr, chairman of the regional rail board, in Leeds.',
      'Ann Fielding and Mr Marr discussed the timetable.',
      'Afterwards the PM said, “The line will reopen in spring, as we promised the town.”',
    ]);
    expect(result[2]!.find(([role]) => role === 'quote')![2]).toBe('Ann Fielding');
  });
});
