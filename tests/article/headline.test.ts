// The headline of a page copied with its chrome: made-up pages in French, English and German (none
// copied from the corpus), one per shape of chrome above the title, and titles that must stay.
import { describe, expect, it } from 'vitest';
import { isReferenceNumber, isTagLine } from '../../src/article/boilerplate-features.ts';
import { parseText } from '../../src/article/parse-text.ts';

const FR = [
  'Le conseil municipal de Valmont a adopté lundi soir le budget de l’année prochaine, après trois heures de débat, en promettant de rénover la piscine et la bibliothèque avant la fin du mandat.',
  'L’opposition a voté contre, estimant que la hausse des impôts locaux prévue pour financer les travaux pèserait trop lourdement sur les familles de la commune.',
];
const EN = [
  'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found that the old site would be under water at least once every ten years.',
  'Parents had asked for the move since the second flood in three years closed the school for a whole term, and the council said that the new building would open next autumn.',
];
const TITLE = 'Valmont adopte son budget malgré l’opposition';
const page = (...lines: string[]) => lines.join('\n\n');
const reasonOf = (a: ReturnType<typeof parseText>, line: string) => a.dropped!.find((d) => d.text === line)?.reason;

describe('the headline under the page chrome', () => {
  it('skips a skip link and a menu block above the title, and lists them as dropped', () => {
    const a = parseText(page('Aller au contenu principal', 'Accueil', 'Menu', 'Rechercher', TITLE, ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    // Listed with a reason (the junk rules' "furniture" or the classifier's "interface"), none lost.
    for (const line of ['Aller au contenu principal', 'Accueil', 'Menu', 'Rechercher']) expect(reasonOf(a, line)).toMatch(/furniture|interface/);
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(FR);
  });

  it('skips an English skip link and an accessibility link', () => {
    const a = parseText(page('Skip to main content', 'Accessibility links', 'Council to move flooded school uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill');
    expect(reasonOf(a, 'Skip to main content')).toMatch(/furniture|interface/);
    expect(reasonOf(a, 'Accessibility links')).toMatch(/furniture|interface/);
  });

  it('skips a breadcrumb trail', () => {
    const crumb = 'Accueil > Actualités > Vie municipale > Budget';
    const a = parseText(page(crumb, TITLE, ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    expect(reasonOf(a, crumb)).toMatch(/breadcrumb|links/);
  });

  it.each(['Catégorie : Vie municipale', 'Posts Tagged ‘Budget’', 'Tags: budget, council'])('skips a category or tag label (%j)', (label) => {
    const a = parseText(page(label, TITLE, ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    expect(reasonOf(a, label)).toBe('category or tag label');
  });

  it('skips a ticker of other headlines run into one line', () => {
    const ticker =
      'Sport : Valmont gagne le derby face à Mirville Culture : le festival de jazz annonce sa programmation Économie : la fromagerie Berthier embauche vingt salariés Météo : des orages attendus jeudi dans le nord du département';
    const a = parseText(page(ticker, TITLE, ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    expect(reasonOf(a, ticker)).toBe('run of headlines or links');
  });

  it('drops a reference number above or under the title, and takes it for no standfirst', () => {
    const above = parseText(page('Réf. #4-1187', TITLE, ...FR), 'fr.txt');
    expect(above.headline).toBe(TITLE);
    const below = parseText(page(TITLE, 'Réf. #4-1187', ...FR), 'fr.txt');
    expect(below.dek).toBeNull();
    expect(reasonOf(below, 'Réf. #4-1187')).toBe('reference number');
  });

  it('skips a section label and a site tagline above the title', () => {
    for (const label of ['Dernières nouvelles', 'L’info c’est ici']) {
      const a = parseText(page(label, TITLE, ...FR), 'fr.txt');
      expect(a.headline).toBe(TITLE);
      expect(reasonOf(a, label)).toBe('section label above the headline');
    }
  });

  it('skips a browser title bar ending in the site’s domain', () => {
    const bar = 'Nachrichten aus aller Welt - Panorama - example.de';
    const story = [
      'Der Kreistag hat am Mittwoch beschlossen, die überflutete Grundschule im Tal an einem höher gelegenen Ort neu zu bauen, nachdem ein Gutachten das empfohlen hatte.',
      'Die Eltern hatten den Umzug gefordert, seit die zweite Flut in drei Jahren die Schule für ein ganzes Halbjahr geschlossen hatte.',
    ];
    const a = parseText(page(bar, 'Talschule zieht auf den Berg', ...story), 'de.txt');
    expect(a.headline).toBe('Talschule zieht auf den Berg');
    expect(reasonOf(a, bar)).toBe('page title bar');
  });

  it('takes the line the page prints twice above the story: its title, then its heading', () => {
    const a = parseText(page('En direct du conseil', 'Conférence de presse', TITLE, '12 mars 2024', TITLE.toUpperCase(), ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    expect(reasonOf(a, 'En direct du conseil')).toBe('page header above the headline');
  });

  it('never takes a sentence said again for the title: a refrain under the headline stays the body', () => {
    const refrain = Array.from({ length: 30 }, () => 'The meeting was adjourned.');
    const a = parseText(page('Repeated Lines Test', ...refrain), 'en.txt');
    expect(a.headline).toBe('Repeated Lines Test');
    expect(a.sections.flatMap((s) => s.paragraphs).length).toBeGreaterThan(0);
  });
});

describe('a site header above the section label', () => {
  it('takes the title under the section label, past the site’s banner and name, on a page copied from its top', () => {
    const a = parseText(page('Aller à la navigation principale', 'Un site web officiel de la ville de Valmont', 'Mairie de Valmont', 'Menu', 'Actualités', TITLE, 'Partager', ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    expect(reasonOf(a, 'Aller à la navigation principale')).toMatch(/furniture|interface/);
    expect(reasonOf(a, 'Un site web officiel de la ville de Valmont')).toBe('about the page');
    expect(reasonOf(a, 'Mairie de Valmont')).toBe('page header above the headline');
    expect(reasonOf(a, 'Actualités')).toBe('section label above the headline');
  });

  it('keeps a first line that is title-like as the title, whatever section label follows', () => {
    const a = parseText(page(TITLE, 'Mairie de Valmont', 'Actualités', 'Le conseil vote le budget de la piscine', ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
  });
});

describe('a headline with nothing above it stays', () => {
  it('drops two document labels copied without a space between them, as no standfirst', () => {
    const glued = 'Communiqué de presseConférence de presse';
    const a = parseText(page(TITLE, '12/03/2024', glued, ...FR), 'fr.txt');
    expect(a.dek).toBeNull();
    expect(reasonOf(a, glued)).toBe('document label');
  });

  it('keeps a real short headline', () => {
    expect(parseText(page('Valmont vote', ...FR), 'fr.txt').headline).toBe('Valmont vote');
  });

  it('keeps a headline that is a question', () => {
    const q = 'Le budget de Valmont est-il tenable ?';
    expect(parseText(page(q, ...FR), 'fr.txt').headline).toBe(q);
  });

  it('keeps a headline followed directly by a dateline', () => {
    const a = parseText(page(TITLE, 'VALMONT, 12 mars 2024 – ' + FR[0], FR[1]!), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    expect(a.dropped!.filter((d) => d.text === TITLE)).toEqual([]);
  });

  it('keeps a section label as the title of a listing page, where no longer title follows', () => {
    const a = parseText(page('Presse', 'Mairie de Valmont', ...FR), 'fr.txt');
    expect(a.headline).toBe('Presse');
  });

  it('keeps a title carrying a date or naming its kind of document', () => {
    const title = 'Department Press Briefing – August 18, 2022';
    const a = parseText(page(title, 'Skip to content', 'Jane Roe, Department Spokesperson', ...EN), 'en.txt');
    expect(a.headline).toBe(title);
  });
});

describe('a transcript under a label', () => {
  it('keeps the label as the title when a turn follows it: a turn is the story, not a title', () => {
    const a = parseText(page('Press Briefing', 'MS. HOLT: Good afternoon, everyone.', 'Q Happy Friday.', 'MS. HOLT: Thank you.'), 'en.txt');
    expect(a.headline).toBe('Press Briefing');
  });
});

describe('shapes', () => {
  it.each(['Réf. #2-3487', 'Ref. no. 2024/117', 'Nr. 45/2024'])('%j is a reference number', (l) => expect(isReferenceNumber(l)).toBe(true));
  it.each(['No comment', 'Number 10 denies the report', 'Réf. 2 : le conseil a voté.'])('%j is no reference number', (l) => expect(isReferenceNumber(l)).toBe(false));
  it.each(['Tags: a story about budgets that the council adopted on Monday.', 'Topics discussed at the summit', 'Catégorie de la piscine : la plus grande'])('%j is no tag label', (l) => expect(isTagLine(l)).toBe(false));
});

describe('short lines, labels and sentences above a title-like line are the page’s header', () => {
  it('takes the title under a release stamp and a document label', () => {
    const a = parseText(page('IMMEDIATE RELEASE', 'News Release', 'Council to move flooded school uphill after review', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill after review');
  });

  it('takes the title under a site banner closed by a stop, its call to a page and a breadcrumb item', () => {
    const a = parseText(page('The Valley Review welcomes its new editor Joan Roe.', 'Find out more.', '2. Regional', 'Council to move flooded school uphill', ...EN), 'en.txt');
    expect(a.headline).toBe('Council to move flooded school uphill');
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(EN);
  });

  it('takes the show’s title under a link back to the listing', () => {
    const a = parseText(page('Return to Transcripts main page', 'Evening Desk', 'Council Votes On Flooded School; Parents React. Aired 6-7p ET', ...EN), 'en.txt');
    expect(a.headline).toBe('Council Votes On Flooded School; Parents React. Aired 6-7p ET');
    expect(reasonOf(a, 'Return to Transcripts main page')).toBe('interface');
  });
});

describe('nothing but labels above the story', () => {
  it('takes the story’s first line for the headline under a lone section label', () => {
    const a = parseText(page('Breaking News', ...EN), 'en.txt');
    expect(a.headline).toBe(EN[0]);
    expect(reasonOf(a, 'Breaking News')).toBe('section label above the headline');
  });

  it('takes the first turn’s line under a lone search box label, not the box', () => {
    const a = parseText(page('Search This Blog', 'MS. HOLT: Good afternoon, everyone, and thank you for coming to this briefing on the flooded school.', 'Q Happy Friday.', 'MS. HOLT: Thank you.'), 'en.txt');
    expect(a.headline).not.toBe('Search This Blog');
    expect(reasonOf(a, 'Search This Blog')).toMatch(/interface|section label/);
  });
});

describe('a site name or a kicker on the first line, a title under it', () => {
  const DE = [
    'Der Gemeinderat von Talheim hat am Montagabend nach langer Debatte beschlossen, das alte Hallenbad zu sanieren und bis zum Herbst des kommenden Jahres wieder zu öffnen, obwohl die Kosten gestiegen sind.',
    'Die Opposition stimmte dagegen, weil sie die höheren Gebühren für die Familien der Gemeinde für nicht tragbar hält.',
  ];
  const DE_TITLE = 'Talheim saniert sein Hallenbad trotz höherer Kosten';
  it.each([
    ['a masthead in capitals', ['VALMONT MATIN', TITLE]],
    ['a masthead with its article', ['Le Courrier de Valmont', 'Actualité', TITLE]],
    ['a one-word brand', ['InfoValmont', 'Société', TITLE]],
    ['a domain-like name', ['Valmontinfo.net', TITLE]],
  ])('takes the title under %s', (_, top) => {
    const a = parseText(page(...top, ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(FR);
  });

  it('takes the title under a German masthead in capitals', () => {
    const a = parseText(page('TALHEIMER BOTE', DE_TITLE, ...DE), 'de.txt');
    expect(a.headline).toBe(DE_TITLE);
  });

  it('keeps a German title of one noun over its subtitle: capitals tell no kicker there', () => {
    const a = parseText(page('Badesaison', DE_TITLE, ...DE), 'de.txt');
    expect(a.headline).toBe('Badesaison');
  });

  it.each([['Newsblog'], ['Vie Locale']])('takes the title under the kicker %j', (kicker) => {
    const a = parseText(page(kicker, TITLE, ...FR), 'fr.txt');
    expect(a.headline).toBe(TITLE);
  });

  it('takes the title under a site name and a breadcrumb trail of sections', () => {
    const a = parseText(page('Le Courrier', 'Dossiers > Budget municipal', 'Le budget en six questions', ...FR), 'fr.txt');
    expect(a.headline).toBe('Le budget en six questions');
  });

  it('keeps a short headline in lowercase over a longer standfirst', () => {
    const a = parseText(page('Valmont vote son budget', 'Le conseil municipal a adopté le budget de la commune après trois heures de débat', ...FR), 'fr.txt');
    expect(a.headline).toBe('Valmont vote son budget');
  });

  it('keeps a short headline when the next line is a sentence (the lede)', () => {
    const a = parseText(page('Budget Day', ...EN), 'en.txt');
    expect(a.headline).toBe('Budget Day');
  });
});

describe('a place and a date, a search form', () => {
  it('takes no place-and-date line for the title', () => {
    const DE_TITLE = 'Talheim saniert sein Hallenbad trotz höherer Kosten';
    const a = parseText(page('Talheim, 04.12.2026', DE_TITLE, 'Der Gemeinderat von Talheim hat am Montagabend nach langer Debatte beschlossen, das alte Hallenbad zu sanieren und bis zum Herbst wieder zu öffnen.', 'Die Opposition stimmte dagegen, weil sie die höheren Gebühren für die Familien nicht für tragbar hält.'), 'de.txt');
    expect(a.headline).toBe(DE_TITLE);
  });

  it('takes a search form’s prompt and its fields for no title', () => {
    const a = parseText(page('Need Anything Else?', 'First Day of Range: (mm/dd/yyyy)', 'Last Day of Range: (mm/dd/yyyy)', 'News from the Valley Office', ...EN), 'en.txt');
    expect(a.headline).toBe('News from the Valley Office');
  });
});

describe('the title said short on the first line', () => {
  it('keeps a first line whose words come back in the longer line under it', () => {
    const short = 'The Mayor’s Address';
    const long = '“It was a good year for Valmont” – The Mayor’s Address on the Budget';
    const a = parseText(page(short, long, ...EN), 'en.txt');
    expect(a.headline).toBe(short);
  });
});

describe('a short title in capitals stays', () => {
  it('keeps a title of capitalised words that opens on its subject, over a caption', () => {
    const a = parseText(page('Quay Opens Late', 'Jane Roe, the harbour master at the quay', ...EN), 'en.txt');
    expect(a.headline).toBe('Quay Opens Late');
  });
});

describe('a call to subscribe above the title is the page’s interface', () => {
  it.each(['S’abonner au mag', 'Abonnez-vous au journal', 'Subscribe to the magazine'])('%j', (appeal) => {
    const title = appeal.startsWith('Sub') ? 'Council to move flooded school uphill' : TITLE;
    const a = parseText(page(appeal, title, ...(appeal.startsWith('Sub') ? EN : FR)), 'page.txt');
    expect(a.headline).toBe(title);
  });
});

describe('a site’s name with its edition in brackets on the first line', () => {
  it.each(['Valmont-Matin (Orne)', 'Le Courrier (Valmont)'])('%j gives way to the title under it', (masthead) => {
    const a = parseText(page(masthead, TITLE, ...FR), 'page.txt');
    expect(a.headline).toBe(TITLE);
  });
});
