// Pages copied whole, as a person selects all and copies (made up here in English, German and
// French, none taken from the corpus): the shapes of chrome around a story that the headline finder
// and the boilerplate classifier must tell from its title and text.
import { describe, expect, it } from 'vitest';
import { isBareDate, isReadingTime } from '../../src/article/boilerplate-features.ts';
import { stopwordsOf } from '../../src/article/language.ts';
import { parseText } from '../../src/article/parse-text.ts';

const EN = [
  'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found that the old site would be under water at least once every ten years.',
  'Parents had asked for the move since the second flood in three years closed the school for a whole term, and the council said that the new building would open next autumn.',
];
const DE = [
  'Der Kreistag hat am Mittwoch beschlossen, die überflutete Grundschule im Tal an einem höher gelegenen Ort neu zu bauen, nachdem ein Gutachten ergeben hatte, dass der alte Standort mindestens alle zehn Jahre unter Wasser stehen würde.',
  'Die Eltern hatten den Umzug gefordert, seit die zweite Flut in drei Jahren die Schule für ein ganzes Halbjahr geschlossen hatte, und der Kreis teilte mit, dass der Neubau zum Herbst des nächsten Jahres öffnen soll.',
];
const FR = [
  'Le conseil municipal de Valmont a adopté lundi soir le budget de l’année prochaine, après trois heures de débat, en promettant de rénover la piscine et la bibliothèque avant la fin du mandat.',
  'L’opposition a voté contre, estimant que la hausse des impôts locaux prévue pour financer les travaux pèserait trop lourdement sur les familles de la commune.',
];
const page = (...lines: string[]) => lines.join('\n\n');
const spoken = (a: ReturnType<typeof parseText>) => a.sections.flatMap((s) => s.paragraphs);
const reasonOf = (a: ReturnType<typeof parseText>, line: string) => a.dropped!.find((d) => d.text === line)?.reason;

describe('a bare date is never the headline', () => {
  it('skips a date line, with its weekday and time, on a page without a title', () => {
    const a = parseText(page('Le mardi 3 mars 2026 à 17:40', ...FR), 'fr.txt');
    expect(a.headline).toBe(FR[0]);
    expect(reasonOf(a, 'Le mardi 3 mars 2026 à 17:40')).toBe('date');
  });

  it.each([
    ['Publié le : 12.10.2026', 'Le conseil vote le budget de la piscine', FR],
    ['Stand: 3. März 2026, 14:00 Uhr', 'Kreis baut Grundschule neu', DE],
    ['Updated: March 2, 2026', 'County rebuilds flooded school', EN],
  ])('skips a header field whose value is only a date (%j) above the title', (field, title, body) => {
    const a = parseText(page(field, title, ...body), 'x.txt');
    expect(a.headline).toBe(title);
  });

  it('skips a German date and time above the title', () => {
    const a = parseText(page('13. März 2026', '22:00 Uhr', 'Kreis baut Grundschule neu', ...DE), 'de.txt');
    expect(a.headline).toBe('Kreis baut Grundschule neu');
  });

  it.each([
    ['13. September 2016', 'de'],
    ['22:00 Uhr', 'de'],
    ['Le mardi 15 septembre 2020 à 17:40', 'fr'],
    ['Monday, February 7, 2022', 'en'],
  ])('%j is a bare date', (line, lang) => expect(isBareDate(line, stopwordsOf(lang))).toBe(true));
  it.each([
    ['Department Press Briefing – August 18, 2022', 'en'],
    ['Regierungspressekonferenz vom 15. April 2013', 'de'],
    ['Council to move flooded school uphill', 'en'],
  ])('%j is no bare date', (line, lang) => expect(isBareDate(line, stopwordsOf(lang))).toBe(false));

  it('keeps a title that has a date in it', () => {
    const a = parseText(page('Department Press Briefing – August 18, 2026', ...EN), 'en.txt');
    expect(a.headline).toBe('Department Press Briefing – August 18, 2026');
  });
});

describe('labels above the title', () => {
  it('a kind of document and its date gives way to the release’s title under it (umlauts written out too)', () => {
    const a = parseText(page('Presseerklaerung vom 3. März 2026', 'Kreis baut die überflutete Grundschule neu', ...DE), 'de.txt');
    expect(a.headline).toBe('Kreis baut die überflutete Grundschule neu');
    expect(reasonOf(a, 'Presseerklaerung vom 3. März 2026')).toBe('document label');
  });

  it('a kind of document and its date alone stays the title', () => {
    const a = parseText(page('Pressekonferenz vom 3. März 2026', ...DE), 'de.txt');
    expect(a.headline).toBe('Pressekonferenz vom 3. März 2026');
  });

  it('a link of interface words gives way to the title under it', () => {
    const a = parseText(page('Press Releases', 'View More In This Section', 'Council to move flooded school uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill');
    expect(reasonOf(a, 'View More In This Section')).toBe('interface');
  });

  it('a search box with the site’s name gives way to the title under it', () => {
    const a = parseText(page('Search The Valley Echo', 'Loading...', 'Monday, March 2, 2026', 'Council to move flooded school uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill');
    expect(reasonOf(a, 'Search The Valley Echo')).toBe('interface');
  });

  it('a title that opens with an interface word stays the title', () => {
    const a = parseText(page('Share prices fall as the council rebuilds the school', ...EN), 'en.txt');
    expect(a.headline).toBe('Share prices fall as the council rebuilds the school');
  });
});

describe('a release’s distribution header', () => {
  it.each(['For Immediate Release', 'FOR IMMEDIATE RELEASE: Tuesday, March 3', 'For News Editors:', 'For Business Editors', 'Embargoed until 00:01 GMT, 3 March 2026', 'Sperrfrist: 3. März 2026, 10 Uhr', 'Pour diffusion immédiate'])('%j is dropped, never the headline', (line) => {
    const a = parseText(page(line, 'Council to move flooded school uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill');
    expect(reasonOf(a, line)).toBe('release header');
  });

  it('keeps a story sentence about a release', () => {
    const line = 'For release of the funds, the council needs the approval of the regional government.';
    const a = parseText(page('Council to move flooded school uphill', EN[0]!, line, EN[1]!), 'en.txt');
    expect(spoken(a)).toContain(line);
  });
});

describe('an author box', () => {
  it('drops a labelled author with a rank before the name and a reading time, neither is a standfirst', () => {
    const a = parseText(page('Valmont adopte son budget malgré l’opposition', 'Auteur : la capitaine Jeanne Martin - publié le', 'Temps de lecture : ≃2 min.', ...FR), 'fr.txt');
    expect(a.dek).toBeNull();
    expect(spoken(a)).toEqual(FR);
    expect(reasonOf(a, 'Temps de lecture : ≃2 min.')).toBe('reading time');
    expect(a.byline).toBe('la capitaine Jeanne Martin - publié le');
  });

  it.each(['Lesezeit: 3 Minuten', '4 min read', 'Reading time: 5 minutes', 'Temps de lecture: ≃2 min.'])('%j is a reading time', (l) => expect(isReadingTime(l)).toBe(true));
  it.each(['The reading took 4 minutes.', 'Lesezeit ist Lebenszeit'])('%j is no reading time', (l) => expect(isReadingTime(l)).toBe(false));
});

describe('a consent notice under the story', () => {
  it('drops it though it quotes its button; the story above stays', () => {
    const notice = 'En cliquant sur « Publier », vous acceptez que les données personnelles de votre compte soient utilisées pour vous donner la possibilité de commenter les contenus publiés sur notre site.';
    const a = parseText(page('Valmont adopte son budget malgré l’opposition', ...FR, notice, 'Tous les commentaires'), 'fr.txt');
    expect(spoken(a)).toEqual(FR);
    expect(reasonOf(a, notice)).toBe('privacy notice');
  });

  it('drops a newsletter box’s terms between two paragraphs: the reader’s e-mail address and how to unsubscribe', () => {
    const terms = 'Le Journal de Valmont utilise votre adresse e-mail afin de vous envoyer la lettre « Le fil du jour ». Vous pouvez vous désinscrire à tout moment via le lien en bas de cette lettre. Notre politique de confidentialité';
    const a = parseText(page('Valmont adopte son budget malgré l’opposition', FR[0]!, terms, FR[1]!), 'fr.txt');
    expect(spoken(a)).toEqual(FR);
    expect(reasonOf(a, terms)).toBe('privacy notice');
  });

  it('keeps a story sentence about personal data', () => {
    const line = 'Le conseil a aussi voté une charte sur les données personnelles des usagers de la piscine, que la commune ne conservera plus au-delà de deux ans.';
    const a = parseText(page('Valmont adopte son budget malgré l’opposition', FR[0]!, line, FR[1]!), 'fr.txt');
    expect(spoken(a)).toContain(line);
  });
});

describe('the last paragraph of a story that speaks to the reader in its second sentence', () => {
  it('is kept; a form notice whose first sentence speaks to the reader goes', () => {
    const last = 'The education office gets top billing at the next session. If anything comes of it, you will read about it here.';
    const a = parseText(page('Council to move flooded school uphill', ...EN, last, 'Leave a Reply', 'Your email address will not be published. Required fields are marked *'), 'en.txt');
    expect(spoken(a)).toEqual([...EN, last]);
    expect(reasonOf(a, 'Your email address will not be published. Required fields are marked *')).toBeDefined();
  });
});

describe('a numbered list of telegraphic points', () => {
  it('keeps every item of a list that has one good item, under chrome', () => {
    const items = [
      '1. „Schulbau-Offensive“ Erfolgsmodell für den Kreis / Landrat Weber: „Neubau wichtiger Pfeiler der Bildungspolitik / Fertigstellung bis 2027 gesichert“',
      '2. Mehr als 20 Millionen Euro für Hochwasserschutz und Sanierung / Kreiskämmerin Roth: „Schutz der Kinder hat oberste Priorität“',
      '3. Der Kreis will die von der Flut betroffenen Familien in den nächsten Wochen unterstützen, und er hat dafür einen Fonds eingerichtet, aus dem schnell und ohne großen Aufwand Hilfe gezahlt werden kann, wenn die Versicherung nicht zahlt.',
    ];
    const a = parseText(page('Bericht aus der Kreistagssitzung:', 'Kanal: RSS Newsfeed Pressemitteilungen des Kreises', 'Alle Artikel anzeigen', ...items, 'Vorheriger Artikel'), 'de.txt');
    for (const item of items) expect([a.dek, ...spoken(a)]).toContain(item);
  });
});

describe('a caption printed twice, the second time with its credit', () => {
  it('drops both copies', () => {
    const caption = 'Les parents devant l’école inondée. À gauche, le maire de Valmont, Jean Dupont.';
    const a = parseText(page('Valmont adopte son budget malgré l’opposition', caption, `${caption} | Marie Durand / Le Courrier`, ...FR), 'fr.txt');
    expect(spoken(a)).toEqual(FR);
    expect(reasonOf(a, caption)).toBe('caption');
  });
});

describe('a media advisory', () => {
  const advisory = [
    'Office of the Secretary - www.example.gov - Media Advisory',
    'Date: March 2, 2026',
    'Contact: Jane Roe',
    'County to Announce School Rebuilding Plan on Monday During Call-in Press Conference',
    ...EN,
    'Who: Deputy Secretary Jane Roe',
    'What: Announcement of the rebuilding plan followed by questions from the media',
    'When: 2:00-2:45 EST, Monday, March 9',
    'Where: Credentialed media can dial 1-800-555-0100 with passcode 12345.',
  ];
  it('skips the site’s banner with its domain and the contact field; the title under them is the headline', () => {
    const a = parseText(page(...advisory), 'en.txt');
    expect(a.headline).toBe('County to Announce School Rebuilding Plan on Monday During Call-in Press Conference');
    expect(reasonOf(a, 'Contact: Jane Roe')).toBe('metadata');
    expect(a.dek).toBeNull();
  });

  it('keeps its Who / What / When / Where block, dates and numbers in it', () => {
    const a = parseText(page(...advisory), 'en.txt');
    expect(spoken(a)).toEqual([...EN, ...advisory.slice(-4)]);
  });

  it('drops a "When:" line alone after the story as a date field', () => {
    const a = parseText(page('County to Announce School Rebuilding Plan', ...EN, 'Updated: 2:00 EST, Monday, March 9'), 'en.txt');
    expect(spoken(a)).toEqual(EN);
  });
});

describe('a blog’s row of category names', () => {
  it('opened by the default category is no headline; the title under it is', () => {
    const row = 'Allgemein Schulen helfen Familien Hochwasser';
    const a = parseText(page(row, 'Landkreis: Neubau der überfluteten Grundschule beschlossen', ...DE), 'de.txt');
    expect(a.headline).toBe('Landkreis: Neubau der überfluteten Grundschule beschlossen');
    expect(reasonOf(a, row)).toBe('category or tag label');
  });

  it('a sentence that opens on the same word is the story’s', () => {
    const line = 'Allgemein gilt das Bauverbot im Tal ab dem nächsten Jahr, wie der Landrat mitteilte.';
    const a = parseText(page('Kreis baut Grundschule neu', DE[0]!, line, DE[1]!), 'de.txt');
    expect(spoken(a)).toContain(line);
  });
});

describe('a product’s name in one word', () => {
  it('splits at its inner capitals: "NewsFocus" is a section label above the title', () => {
    const a = parseText(page('NewsFocus', 'Council to move flooded school uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill');
    expect(reasonOf(a, 'NewsFocus')).toBe('section label above the headline');
  });
});

describe('an embedded social post', () => {
  it('drops the post’s signed last line and the lines above it that repeat the story’s quotation', () => {
    const quote = '« Nous reconstruirons l’école plus haut », a déclaré le maire de Valmont, Jean Dupont, sur Twitter.';
    const post = ['Nous reconstruirons l’école plus haut.', 'Merci aux parents de #Valmont pour leur patience https://t.co/AbC123— Jean Dupont (@JeanDupontMaire) March 3, 2026'];
    const a = parseText(page('Valmont adopte son budget malgré l’opposition', FR[0]!, quote, FR[1]!, ...post), 'fr.txt');
    expect(spoken(a)).toEqual([FR[0], quote, FR[1]]);
    for (const line of post) expect(reasonOf(a, line)).toBe('embedded post');
  });

  it('keeps a story line that names a handle and a date in its own sentence', () => {
    const line = 'Le maire a répondu sur son compte (@JeanDupontMaire) le 3 mars 2026, deux jours après le vote du conseil municipal.';
    const a = parseText(page('Valmont adopte son budget malgré l’opposition', FR[0]!, line, FR[1]!), 'fr.txt');
    expect(spoken(a)).toContain(line);
  });
});

describe('a press kit’s note on the use of its picture', () => {
  it.each(['Das Foto kann zu redaktionellen Zwecken verwendet werden; Quelle: Kreisverwaltung.', 'Photo courtesy of the City of Valmont', 'The photo may be used free of charge for editorial purposes.'])('%j is dropped and never the headline', (note) => {
    const a = parseText(page(note, 'Council to move flooded school uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill');
    expect(reasonOf(a, note)).toBe('caption');
  });

  it('keeps a story sentence about photos used in court', () => {
    const line = 'The photos may be used in court, the judge said, and the council will not contest them at the hearing next month.';
    const a = parseText(page('Council to move flooded school uphill', EN[0]!, line, EN[1]!), 'en.txt');
    expect(spoken(a)).toContain(line);
  });
});

describe('a page’s header printed twice', () => {
  it('drops the second copy of the standfirst and caption under the repeated headline', () => {
    const title = 'Valley school moves to higher ground after two floods';
    const dek = 'From flood maps to school buses, a look at what the move means for families';
    const caption = 'Recent surveys of the valley cover the river, the roads and the old school buildings.';
    const a = parseText(page(title, dek, 'site_plan_2024.png', caption, title, dek, 'site_plan_2024.png', caption, ...EN), 'en.txt');
    expect(a.headline).toBe(title);
    const said = [a.dek, ...spoken(a)].filter(Boolean);
    expect(said.filter((l) => l === dek)).toHaveLength(1);
    expect(said.filter((l) => l === caption).length).toBeLessThanOrEqual(1);
    expect(spoken(a).slice(-EN.length)).toEqual(EN);
  });
});

describe('a masthead’s founding-year tagline', () => {
  it('is no headline above a story that copied no title', () => {
    const a = parseText(page('Established as The Valley Courier in 1891', ...EN), 'en.txt');
    expect(a.headline).not.toBe('Established as The Valley Courier in 1891');
    expect(reasonOf(a, 'Established as The Valley Courier in 1891')).toBeDefined();
  });
  it('keeps a title that says when something was founded', () => {
    const a = parseText(page('Valley school founded in 1891 moves uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Valley school founded in 1891 moves uphill');
  });
});

describe('a teaser printed above its full text', () => {
  it('drops the teaser, cut and all, and its link, keeping the full text once', () => {
    const intro = 'RIVERTON, March 3 -- The county council issued the following news release:';
    const q1 = '"The school will move to higher ground, where no flood we know of has ever reached. Dr.';
    const full1 = '"The school will move to higher ground, where no flood we know of has ever reached. Dr. Roe led the survey that showed it."';
    const full2 = '"We thank the parents for their patience through two hard winters, and we will open the new building in the autumn."';
    const a = parseText(page('Council statement on the valley school', intro, q1, '... Show Full Article', intro, full1, full2), 'en.txt');
    const said = spoken(a).join('\n');
    expect(said.split(intro).length - 1).toBe(1);
    expect(said).toContain('Dr. Roe led the survey');
    expect(said.split('The school will move').length - 1).toBe(1);
  });
});
