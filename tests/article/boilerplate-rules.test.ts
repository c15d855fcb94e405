// The general rules of the boilerplate classifier, one by one, on pages made up here in English,
// German and French (none copied from the corpus): each rule drops its kind of chrome and keeps
// the story lines that look like it.
import { describe, expect, it } from 'vitest';
import { addressesReader, isClosingSectionHeading, isDateLine, lineFeatures } from '../../src/article/boilerplate-features.ts';
import { stopwordsOf } from '../../src/article/language.ts';
import type { Article } from '../../src/model.ts';
import { looksLikeHeading } from '../../src/article/heading-shape.ts';
import { parseText } from '../../src/article/parse-text.ts';
import { parseMarkdown } from '../../src/article/read-markdown.ts';
import { refineArticle } from '../../src/article/refine-article.ts';

const STORY: Record<'en' | 'de' | 'fr', string[]> = {
  en: [
    'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found that the old site would be under water at least once every ten years as the river rises.',
    'Parents had asked for the move since the second flood in three years closed the school for a whole term, and the council said that the new building would open in time for the autumn term of next year, two years earlier than first planned.',
  ],
  de: [
    'Der Kreistag hat am Mittwoch beschlossen, die überflutete Grundschule im Tal an einem höher gelegenen Ort neu zu bauen, nachdem ein Gutachten ergeben hatte, dass der alte Standort mindestens alle zehn Jahre unter Wasser stehen würde.',
    'Die Eltern hatten den Umzug gefordert, seit die zweite Flut in drei Jahren die Schule für ein ganzes Halbjahr geschlossen hatte, und der Kreis teilte mit, dass der Neubau zum Herbst des nächsten Jahres öffnen soll.',
  ],
  fr: [
    'Le conseil départemental a décidé mercredi de reconstruire l’école primaire inondée de la vallée sur un terrain plus haut, après qu’une étude a montré que l’ancien site serait sous l’eau au moins une fois tous les dix ans.',
    'Les parents réclamaient ce déménagement depuis que la deuxième crue en trois ans avait fermé l’école pendant tout un trimestre, et le département a indiqué que le nouveau bâtiment ouvrirait à la rentrée prochaine.',
  ],
};

const text = (headline: string, lines: string[]) => [headline, '', ...lines.flatMap((l) => [l, ''])].join('\n');
const spoken = (a: Article) => a.sections.flatMap((s) => s.paragraphs);
const reasonOf = (a: Article, line: string) => a.dropped!.find((d) => d.text === line)?.reason;

describe('date lines', () => {
  const dateLine = (line: string, lang: string) => isDateLine(line, lineFeatures(line, stopwordsOf(lang)), stopwordsOf(lang));
  it.each([
    ['Aktualisiert: 14:05, 3. Nov. 2019 (MEZ)', 'de'],
    ['3. März 2021', 'de'],
    ['Stand: 12. Okt. 2023, 08:15 Uhr', 'de'],
    ['Mis à jour le 3 nov. 2019 à 14h05', 'fr'],
    ['Posted 4 Feb. 2020, 9:30 a.m.', 'en'],
    ['Publié le 5 mars 2024 à 14h22, mis à jour à 16h05', 'fr'],
    ['Veröffentlicht am 5. März 2024 um 14:22 Uhr, zuletzt aktualisiert um 16:05 Uhr', 'de'],
  ])('a stop inside a date does not make %j a sentence', (line, lang) => expect(dateLine(line, lang)).toBe(true));
  it.each([
    ['Er kam am 3. März. Dann ging er.', 'de'],
    ['The vote is on 4 May. Polls close at 10 pm.', 'en'],
  ])('two sentences with a date are not a date line: %j', (line, lang) => expect(dateLine(line, lang)).toBe(false));
});

describe('a release title with its own date line', () => {
  it('keeps the title as a section heading when its date line stands between it and its text', () => {
    const title = 'County Council Moves The Flooded Valley School Uphill';
    const a = parseText(text('Headline', ['Share this:', STORY.en[0]!, title, 'RELEASE 24-017 – 4 March 2024', STORY.en[1]!]), 'en.txt');
    expect(a.sections.map((s) => s.heading)).toContain(title);
    expect(reasonOf(a, 'RELEASE 24-017 – 4 March 2024')).toBe('date');
  });
});

describe('headings are kept only when the story follows them', () => {
  it.each([
    ['en', 'Valley school to move uphill', ['Northshire County Council', 'Press office', 'This website uses cookies to give you the best experience. Read our cookie policy to find out more.', 'Accept cookies']],
    ['de', 'Talschule zieht auf den Berg', ['Landkreis Nordheim', 'Pressestelle', 'Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten. Mehr dazu in unserer Cookie-Richtlinie.', 'Cookies akzeptieren']],
    ['fr', 'L’école de la vallée déménage', ['Département du Nord', 'Espace presse', 'Ce site utilise des cookies pour vous offrir la meilleure expérience. Consultez notre politique de cookies.', 'Accepter les cookies']],
  ] as const)('a menu label above a cookie banner is chrome, not the story’s heading (%s)', (lang, headline, chrome) => {
    const a = parseText(text(headline, [...chrome, ...STORY[lang]]), `${lang}.txt`);
    expect(a.language).toBe(lang);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, chrome[1]!)).toBe('short, among boilerplate');
  });

  it.each([
    ['en', 'What the council decided', 'Pupils were moved to a church hall during the repairs. Jane Roe/Valley Photos'],
    ['de', 'Was der Kreistag beschlossen hat', 'Foto: Die Schüler wurden während der Reparaturen in einen Gemeindesaal verlegt.'],
    ['fr', 'Ce que le conseil a décidé', 'Photo : les élèves ont été accueillis dans une salle paroissiale pendant les travaux.'],
  ] as const)('a section heading stays when a caption sits between it and its paragraph (%s)', (lang, heading, caption) => {
    const a = parseText(text('Headline of the story', [STORY[lang][0]!, heading, caption, STORY[lang][1]!]), `${lang}.txt`);
    expect(a.sections.map((s) => s.heading)).toEqual([null, heading]);
    expect(spoken(a)).toEqual(STORY[lang]);
  });
});

describe('notices about the page itself', () => {
  it.each([
    ['en', ['This page was last edited on 3 March 2024, at 10:12.', 'The editors have not yet reviewed this article and it may change without notice.']],
    ['de', ['Diese Seite wurde zuletzt am 3. März 2024 geändert.', 'Sobald dieser Artikel von einem zweiten Autor geprüft wurde, erscheint er auf der Hauptseite.']],
    ['fr', ['Cette page a été modifiée pour la dernière fois le 3 mars 2024.', 'Cet article n’a pas encore été relu par un autre contributeur et peut encore changer.']],
  ] as const)('are dropped around the story, with their reason (%s)', (lang, [after, before]) => {
    const a = parseText(text('Headline', [before, ...STORY[lang], after]), `${lang}.txt`);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, before)).toBe('about the page');
    expect(reasonOf(a, after)).toBe('about the page');
  });

  it.each([
    ['en', 'Readers of this article in the print edition wrote to the council within a day.'],
    ['de', 'Leser dieses Artikels in der Druckausgabe schrieben dem Kreis noch am selben Tag.'],
    ['fr', 'Les lecteurs de cet article dans l’édition papier ont écrit au conseil le jour même.'],
  ] as const)('are kept when the story goes on on both sides (%s)', (lang, line) => {
    const a = parseText(text('Headline', [STORY[lang][0]!, line, STORY[lang][1]!]), `${lang}.txt`);
    expect(spoken(a)).toEqual([STORY[lang][0], line, STORY[lang][1]]);
  });

  it('a repost’s note of the release it reposts is about the page; a sentence about a release is not', () => {
    const note = 'The news release issued by the County Council of Northshire on 4 March 2024.';
    const a = parseText(text('Headline', ['Posted on 4 March 2024 by admin', note, ...STORY.en]), 'en.txt');
    expect(spoken(a)).toEqual(STORY.en);
    expect(reasonOf(a, note)).toBe('about the page');
    const sentence = 'The statement issued by the council on 4 March 2024 said the school would move.';
    expect(spoken(parseText(text('Headline', [STORY.en[0]!, sentence, STORY.en[1]!]), 'en.txt'))).toContain(sentence);
  });

  it('an archive’s note of when or under whom the page was published is about the page, not a standfirst', () => {
    const note = 'This was published under the 2019 to 2024 Northshire County Council administration';
    const a = parseText(text('Valley school to move uphill', ['Press release', 'Published 4 March 2024', note, ...STORY.en]), 'en.txt');
    expect(a.dek).toBeNull();
    expect(spoken(a)).toEqual(STORY.en);
    expect(reasonOf(a, note)).toBe('about the page');
    // a sentence that says what was published is the story's
    const sentence = 'This report was published by the county on Monday, a week after the flood.';
    expect(spoken(parseText(text('Headline', [STORY.en[0]!, sentence, STORY.en[1]!]), 'en.txt'))).toContain(sentence);
  });

  it('a banner about the web site is about the page; a story line about a ministry’s website is not', () => {
    const banner = ['Secure .org websites use HTTPS', 'If you cannot open a link on this site, please write to the webmaster with the address of the page.'];
    const a = parseText(text('Headline', [...banner, ...STORY.en]), 'en.txt');
    expect(spoken(a)).toEqual(STORY.en);
    expect(banner.map((l) => reasonOf(a, l))).toEqual(['about the page', 'about the page']);
    const story = 'The ministry’s website was down for most of Monday, officials said.';
    expect(spoken(parseText(text('Headline', [story, ...STORY.en]), 'en.txt'))).toContain(story);
  });

  it('a line pointing to the site’s own pages is a reader prompt; a sentence that mentions "our" is not', () => {
    const prompt = 'Trouble listening? See our audio help.';
    const a = parseText(text('Headline', [STORY.en[0]!, prompt, STORY.en[1]!]), 'en.txt');
    expect(reasonOf(a, prompt)).toBe('reader prompt');
    const line = 'The mayor said the town would see our schools rebuilt within a decade.';
    expect(spoken(parseText(text('Headline', [STORY.en[0]!, line, STORY.en[1]!]), 'en.txt'))).toContain(line);
  });

  it('an introduction followed by another introduces nothing and goes; the story above it stays', () => {
    const lost = 'Das Wichtigste in drei Punkten:';
    const intro = 'Hier lesen Sie die Erklärung des Kreises:';
    const a = parseText(text('Schule zieht um', [STORY.de[0]!, lost, intro, STORY.de[1]!]), 'de.txt');
    expect(reasonOf(a, lost)).toBe('introduces nothing');
    expect(spoken(a)).toEqual([STORY.de[0], intro, STORY.de[1]]);
  });

  it('a title line in another corpus language is the issuer’s, no chapter; a title in the article’s language is one', () => {
    const issuer = 'Ministry of Schools and Housing of the Northern Region';
    const a = parseText(text('La nouvelle école', [issuer, ...STORY.fr]), 'fr.txt');
    expect(reasonOf(a, issuer)).toBe('other language');
    const heading = 'Le chantier commence en mai';
    const b = parseText(text('La nouvelle école', [STORY.fr[0]!, heading, STORY.fr[1]!]), 'fr.txt');
    expect(b.sections.map((s) => s.heading)).toEqual([null, heading]);
  });

  it.each([
    ['en', 'Work on this site will begin in May.'],
    ['fr', 'Les travaux sur ce site commenceront en mai.'],
  ] as const)('a site in the world is not the web site (%s)', (lang, line) => {
    const a = parseText(text('Headline', [...STORY[lang], line]), `${lang}.txt`);
    expect(spoken(a)).toContain(line);
  });
});

describe('short lines that speak to the reader', () => {
  it.each([
    ['en', 'Please do not edit this text any further.'],
    ['de', 'Bitte keine weiteren Änderungen vornehmen.'],
    ['fr', 'Veuillez ne plus modifier ce texte.'],
  ] as const)('are left to their neighbours: chrome next to chrome (%s)', (lang, notice) => {
    const a = parseText(text('Headline', ['Skip to content', 'Search', notice, ...STORY[lang]]), `${lang}.txt`);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, notice)).toBe('short, among boilerplate');
  });

  it.each([
    ['en', 'Nobody was hurt.'],
    ['de', 'Verletzt wurde niemand.'],
    ['fr', 'Personne n’a été blessé.'],
  ] as const)('a short sentence of the story at its end still stays (%s)', (lang, last) => {
    const a = parseText(text('Headline', [...STORY[lang], last, 'Share', 'Print']), `${lang}.txt`);
    expect(spoken(a)).toEqual([...STORY[lang], last]);
  });

  it('German "sie" (she, they) is not the reader, the formal "Sie" is', () => {
    expect(addressesReader('Am Montag sagte sie ab.', 'de')).toBe(false);
    expect(addressesReader('Lesen Sie auch unsere Reportage.', 'de')).toBe(true);
    expect(addressesReader('Die Eltern und ihre Kinder warten.', 'de')).toBe(false);
    expect(addressesReader('Le prix du pain a augmenté.', 'fr')).toBe(false);
    expect(addressesReader('“You have to go,” he said.', 'en')).toBe(false);
  });
});

describe('the page footer after the story', () => {
  const footer: Record<'en' | 'de' | 'fr', string[]> = {
    en: ['Content is available under a Creative Commons licence.', 'Terms of Use', 'About the Gazette'],
    de: ['Der Inhalt steht unter einer Creative-Commons-Lizenz.', 'Über die Zeitung', 'Hinweise für Leser'],
    fr: ['Le contenu est disponible sous licence Creative Commons.', 'À propos du journal', 'Avis aux lecteurs'],
  };
  it.each(['en', 'de', 'fr'] as const)('drops the labels under a licence line in Markdown, where neighbours are not consulted (%s)', (lang) => {
    const md = ['# Valley school moves uphill', '', ...[...STORY[lang], ...footer[lang]].flatMap((l) => [l, ''])].join('\n');
    const a = refineArticle(parseMarkdown(md, `${lang}.md`));
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, footer[lang][0]!)).toBe('copyright or licence');
    expect(reasonOf(a, footer[lang][1]!)).toBe('page footer');
    expect(reasonOf(a, footer[lang][2]!)).toBe('page footer');
  });

  it('stops at prose: a sentence after the footer line is read', () => {
    const md = ['# Valley school moves uphill', '', ...[...STORY.en, 'Share', 'A correction was added on Friday to the name of the school.'].flatMap((l) => [l, ''])].join('\n');
    expect(spoken(refineArticle(parseMarkdown(md, 'en.md')))).toEqual([...STORY.en, 'A correction was added on Friday to the name of the school.']);
  });
});

describe('a story about licences is no licence notice', () => {
  // Made up here: a release about a licence names "licence", "copyright" and "Creative Commons" in
  // its prose; only the page's own notice, a label or a line saying on what terms the content may
  // be used, is chrome.
  const prose = [
    'From today, maps covered by Crown copyright will be published under the new licence, which the survey says lets anyone build services on them without asking first or paying a fee.',
    'The new licence replaces the paper permits that had been in use since 2004 across most of the county councils and required every user to register.',
    'Developed by the county archive, it is designed to work in parallel with other licensing models such as Creative Commons and can be read by machines as well as people.',
  ];
  it('keeps the prose and drops the notices', () => {
    const notices = ['Licence terms', 'All content is available under the County Open Licence, except where otherwise stated', '© County copyright'];
    const a = parseText(text('County opens its maps to everyone', [...STORY.en, ...prose, ...notices]), 'en.txt');
    expect(spoken(a)).toEqual([...STORY.en, ...prose]);
    for (const line of notices) expect(reasonOf(a, line)).toBeDefined();
  });
  it.each([
    ['de', 'Der Inhalt steht unter einer Creative-Commons-Lizenz, sofern nicht anders angegeben.'],
    ['fr', 'Le contenu est disponible sous licence CC BY 4.0 sauf mention contraire.'],
    ['en', 'This article is licensed under a Creative Commons Attribution 4.0 International License, and its photographs belong to their authors.'],
  ] as const)('a notice of the terms is chrome however long (%s)', (lang, notice) => {
    const a = parseText(text('Headline', [...STORY[lang], notice]), `${lang}.txt`);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, notice)).toBe('copyright or licence');
  });
});

describe('bylines and related-links sections in German and French', () => {
  it.each([
    ['de', 'Von Lena Hoffmann und Jan Becker', ['Mehr zum Thema', 'Hochwasser: Pegel sinken langsam', 'Schulen im Kreis bleiben geöffnet']],
    ['fr', 'Par Claire Martin, correspondante à Nancy', ['Articles liés', 'Crues : la décrue s’amorce', 'Les écoles du département restent ouvertes']],
  ] as const)('the byline is kept for the tags and the related list is dropped (%s)', (lang, byline, related) => {
    const a = parseText(text('Headline', [byline, ...STORY[lang], ...related]), `${lang}.txt`);
    expect(a.byline).toBe(byline.replace(/^(?:Von|Par) /, '').replace(/,.*$/, ''));
    expect(spoken(a)).toEqual(STORY[lang]);
    for (const line of related) expect(reasonOf(a, line)).toBeTruthy();
    expect(isClosingSectionHeading(related[0]!)).toBe(true);
  });

  it.each(['Mehr zum Thema', 'Ähnliche Artikel', 'Articles liés', 'Pour aller plus loin', 'Weitere Informationen:', 'Further information', 'Liens utiles :'])('%j opens a closing section', (line) => expect(isClosingSectionHeading(line)).toBe(true));
  it.each(['Mehr Geld für Schulen', 'Articles de loi contestés'])('%j does not', (line) => expect(isClosingSectionHeading(line)).toBe(false));
});

describe('a line that introduces chrome', () => {
  it.each([
    ['en', 'Watch the mayor’s statement in full:', 'Allow cookies to play this video'],
    ['de', 'Die Erklärung der Bürgermeisterin im Video:', 'Teilen'],
    ['fr', 'Revoir l’intervention de la maire :', 'Partager'],
  ] as const)('is chrome with it, and a line that introduces the story is not (%s)', (lang, intro, chrome) => {
    const a = parseText(text('Headline', [STORY[lang][0]!, intro, chrome, STORY[lang][1]!]), `${lang}.txt`);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, intro)).toBe('introduces chrome');
    const b = parseText(text('Headline', [STORY[lang][0]!, intro, STORY[lang][1]!]), `${lang}.txt`);
    expect(spoken(b)).toEqual([STORY[lang][0], intro, STORY[lang][1]]);
  });
});

describe('a source’s name with the item’s date and time', () => {
  const dateLine = (line: string, lang: string) => isDateLine(line, lineFeatures(line, stopwordsOf(lang)), stopwordsOf(lang));
  it.each([
    ['City Wire’s business news - May 2, 2024 - 09:15', 'en'],
    ['Radio Nord | 3 mars 2024', 'fr'],
    ['Landkreis-Ticker – 5. Juni 2023 – 14:20 Uhr', 'de'],
  ])('%j is a date line', (line, lang) => expect(dateLine(line, lang)).toBe(true));
  it.each([
    ['Paris - 3 mars 2024 - Le ministre a annoncé une réforme des retraites.', 'fr'],
    ['Council meets - May 2, 2024 - and votes - on the school', 'en'],
  ])('a dateline opening prose is not one: %j', (line, lang) => expect(dateLine(line, lang)).toBe(false));
});

describe('header metadata, document labels and banner adverts', () => {
  it('drops “Key: value” lines whose value is a date or contact data, and never makes one a heading', () => {
    const meta = ['Presenter: Director of Schools Jane Roe May 2, 2024', 'Contact: Jane Roe, 555-010-0199, roe@example.gov'];
    const a = parseText(text('Valley school to move uphill', [...meta, ...STORY.en]), 'en.txt');
    expect(spoken(a)).toEqual(STORY.en);
    // A phone number counts as a link, like the address beside it; a large figure does not.
    expect(meta.map((line) => reasonOf(a, line))).toEqual(['metadata', 'links']);
    expect(lineFeatures('Tel. +1-202-555-0100', stopwordsOf('en')).linkDensity).toBe(0.5);
    expect(lineFeatures('Einwohner: 12.345.678', stopwordsOf('de')).linkDensity).toBe(0);
    expect(a.sections.every((s) => s.heading === null)).toBe(true);
    expect(looksLikeHeading(meta[0]!)).toBe(false);
    expect(looksLikeHeading('Erstens: Der Bericht zum Vorschlag')).toBe(true);
  });

  it('keeps a “Note: …” sentence with a date inside the story', () => {
    const note = 'Note: the figures were revised on 3 March 2024.';
    const a = parseText(text('Valley school to move uphill', [STORY.en[0]!, note, STORY.en[1]!]), 'en.txt');
    expect(spoken(a)).toEqual([STORY.en[0], note, STORY.en[1]]);
  });

  it.each([
    ['en', 'Full Transcript'],
    ['de', 'Im Wortlaut'],
    ['fr', 'Texte intégral'],
    ['de', 'Kreisverwaltung Nordheim – Rede'],
    // the kind of document and its issuer as a header field
    ['en', 'Press Release From: Northshire County Council'],
    ['fr', 'Communiqué de presse de : Mairie de Nordville'],
  ] as const)('drops a label naming the kind of document (%s: %j), and takes it for no byline', (lang, label) => {
    const a = parseText(text('Headline of the piece', ['Home', label, ...STORY[lang]]), `${lang}.txt`);
    expect(reasonOf(a, label)).toBe('document label');
    expect(a.byline).toBeNull();
    expect(spoken(a)).toEqual(STORY[lang]);
  });

  it('keeps a heading that only mentions a document', () => {
    // a field whose key is no kind of document stays the story's (a lead-in, a heading's colon)
    const field = 'Letters from: The Valley';
    const c = parseText(text('Valley school to move uphill', [STORY.en[0]!, field, STORY.en[1]!]), 'en.txt');
    expect(reasonOf(c, field)).not.toBe('document label');
    const heading = 'Transcript errors cost the court a week';
    const titled = 'Valley School – the speech that moved the council';
    const a = parseText(text('Valley school to move uphill', [STORY.en[0]!, heading, STORY.en[1]!]), 'en.txt');
    expect(a.sections.map((s) => s.heading)).toContain(heading);
    const b = parseText(text('Valley school to move uphill', [STORY.en[0]!, titled, STORY.en[1]!]), 'en.txt');
    expect(b.sections.map((s) => s.heading)).toContain(titled);
  });

  it('drops a banner ending in a call to action in capitals, but not a title ending in an acronym', () => {
    const banner = 'The Friendly Career Network for Garden and Park Jobs - JOIN TODAY';
    const a = parseText(text('Valley school to move uphill', [banner, 'County Hall', ...STORY.en]), 'en.txt');
    expect(reasonOf(a, banner)).toBe('advert');
    expect(reasonOf(a, 'County Hall')).toBeDefined();
    const heading = 'Talks on the river resume in Geneva – UN';
    const b = parseText(text('Valley school to move uphill', [STORY.en[0]!, heading, STORY.en[1]!]), 'en.txt');
    expect(b.sections.map((s) => s.heading)).toContain(heading);
  });
});

describe('wiki tool menus', () => {
  it.each([
    ['en', ['Read', 'Edit', 'View history', 'Tools', 'Appearance']],
    ['de', ['Lesen', 'Bearbeiten', 'Versionsgeschichte', 'Werkzeuge', 'Aussehen']],
    ['fr', ['Lire', 'Modifier', 'Voir l’historique', 'Outils', 'Apparence']],
  ] as const)('are dropped above the story (%s)', (lang, menu) => {
    const a = parseText(text('Headline', [...menu, ...STORY[lang]]), `${lang}.txt`);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, menu.at(-1)!)).toBe('interface');
  });
});

describe('a list of names or figures', () => {
  const LIST = 'Teilnehmer: Bürgermeisterin Roth, Kämmerer Vogt (Finanzen), Ortsvorsteher Brandl (Nord), Pfarrerin Mehl, Feuerwehrchef Lutz';
  it('is the story’s own between paragraphs of it', () => {
    const a = parseText(text('Kreistag baut Grundschule neu', [STORY.de[0]!, LIST, STORY.de[1]!]), 'x.txt');
    expect(spoken(a)).toEqual([STORY.de[0], LIST, STORY.de[1]]);
  });
  it('is chrome before the story and after it', () => {
    const tags = 'Schlagworte: Kreistag, Grundschule, Hochwasser, Neubau, Tal, Eltern, Herbst, Schulweg, Kreis';
    const a = parseText(text('Kreistag baut Grundschule neu', [tags, ...STORY.de, LIST]), 'x.txt');
    expect(spoken(a)).toEqual(STORY.de);
    expect(reasonOf(a, tags)).toBe('low stopword density');
    expect(reasonOf(a, LIST)).toBe('low stopword density');
  });
});

describe('a standfirst sentence before the story', () => {
  const LEAD = 'Voici le compte rendu de la réunion publique tenue par le maire à la salle des fêtes le 4 mars.';
  it('is kept past a short leftover of an image between it and the story', () => {
    const a = parseText(text('Le département reconstruit l’école', [LEAD, 'PNG', 'Lyon, mardi 4 mars 2025', ...STORY.fr]), 'x.txt');
    expect(spoken(a)).toEqual([LEAD, ...STORY.fr]);
  });
  it('but a short label before the story is not made a standfirst by looking past other labels', () => {
    const a = parseText(text('Le département reconstruit l’école', ['Actualités', 'PNG', 'Lyon, mardi 4 mars 2025', ...STORY.fr]), 'x.txt');
    expect(spoken(a)).toEqual(STORY.fr);
  });
});

describe('longer lines that speak to the reader, salutations and appeals', () => {
  const TAGLINES = {
    en: 'The Valley Courier, the neighbourhood paper that you can help write every week.',
    de: 'Der Talbote, die Zeitung aus dem Viertel, die Sie jede Woche selbst mitschreiben können.',
    fr: 'Le Courrier du Val, le journal du quartier que vous pouvez écrire vous-même chaque semaine.',
  } as const;
  it.each(['en', 'de', 'fr'] as const)('a tagline between chrome and the story goes, though longer than a short line (%s)', (lang) => {
    const line = TAGLINES[lang];
    expect(line.length).toBeGreaterThan(70);
    const a = parseText(text('Headline', ['Skip to content', 'Search', line, ...STORY[lang]]), `${lang}.txt`);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, line)).toBe('short, among boilerplate');
  });
  it.each(['en', 'de', 'fr'] as const)('the same line inside the story stays (%s)', (lang) => {
    const a = parseText(text('Headline', [STORY[lang][0]!, TAGLINES[lang], STORY[lang][1]!]), `${lang}.txt`);
    expect(spoken(a)).toEqual([STORY[lang][0], TAGLINES[lang], STORY[lang][1]]);
  });

  it('a salutation opening a newsletter is no standfirst; a short opening sentence still is', () => {
    const a = parseText(text('Headline', ['Dear friends of the valley,', ...STORY.en]), 'en.txt');
    expect(spoken(a)).toEqual(STORY.en);
    expect(a.dek).toBeNull();
    expect(reasonOf(a, 'Dear friends of the valley,')).toBe('short, among boilerplate');
    const b = parseText(text('Headline', ['The school will move.', ...STORY.en]), 'en.txt');
    expect(spoken(b)).toEqual(['The school will move.', ...STORY.en]);
  });

  it('a paragraph asking the reader to subscribe or donate at an address goes', () => {
    const appeal = 'The Valley Courier sends a weekly round-up of council news. Readers who want it can subscribe by writing to courier-list@valley.example.org with the word JOIN.';
    const a = parseText(text('Headline', [appeal, ...STORY.en]), 'en.txt');
    expect(spoken(a)).toEqual(STORY.en);
    expect(reasonOf(a, appeal)).toBe('subscription or donation appeal');
  });
  it('but the story may tell of subscribing, or give an address, and stays', () => {
    const told = 'Parents can subscribe to text alerts about closures, the council said, and more than four hundred families had done so by Friday, twice as many as after the first flood.';
    const address = 'The plans for the new building can be read at https://valley.example.org/school until the end of the month, and the council will answer questions at two public meetings.';
    const a = parseText(text('Headline', [STORY.en[0]!, told, address, STORY.en[1]!]), 'en.txt');
    expect(spoken(a)).toEqual([STORY.en[0], told, address, STORY.en[1]]);
  });
});

describe('a file type as a link’s text', () => {
  it.each([
    ['fr', 'Télécharger le .pdf'],
    ['de', 'Rede als .pdf herunterladen'],
    ['en', 'Full report [PDF]'],
  ] as const)('marks a download link (%s)', (lang, line) => {
    const a = parseText(text('Headline', [line, ...STORY[lang]]), `${lang}.txt`);
    expect(spoken(a)).toEqual(STORY[lang]);
    expect(reasonOf(a, line)).toBe('links');
  });
  it('but a story sentence that names a .pdf file stays', () => {
    const line = 'The council posted the survey as a .pdf on its website on Friday, and more than two hundred parents had read it by the evening.';
    const a = parseText(text('Headline', [STORY.en[0]!, line, STORY.en[1]!]), 'en.txt');
    expect(spoken(a)).toEqual([STORY.en[0], line, STORY.en[1]]);
  });
});

describe('widgets, links and prompts around an English story (breadth round five)', () => {
  const [p1, p2] = STORY.en as [string, string];
  it.each([
    'Sorry, there are no recent results for popular discussed articles.',
    'There are no comments yet.',
    'No posts found.',
  ])('drops a widget’s empty state (%j)', (line) => {
    const a = parseText(text('Council moves flooded school uphill', [p1, p2, 'Most Discussed', line]), 'en.txt');
    expect(spoken(a)).toEqual([p1, p2]);
    expect(reasonOf(a, line)).toBeDefined();
  });

  it('keeps a story’s sentence that says nothing was found', () => {
    const line = 'No traces of the missing boat were found by the divers on Tuesday, the coastguard said.';
    expect(spoken(parseText(text('Council moves flooded school uphill', [p1, line, p2]), 'en.txt'))).toEqual([p1, line, p2]);
  });

  it('drops a teaser’s link to the full article and a “Featured Stories” label', () => {
    const a = parseText(text('Council moves flooded school uphill', ['Featured Stories', p1, '... Show Full Article', p2]), 'en.txt');
    expect(spoken(a)).toEqual([p1, p2]);
  });

  it('drops a call to write to the site, however many words it asks in', () => {
    const line = 'Know of a school that we should visit next? Let us know! Email us or message us on social media.';
    const a = parseText(text('Council moves flooded school uphill', [p1, p2, line]), 'en.txt');
    expect(spoken(a)).toEqual([p1, p2]);
  });

  it('drops a pointer to the site’s help page', () => {
    const line = 'Images have been removed from this message. Learn more in the FAQ.';
    const a = parseText(text('Council moves flooded school uphill', [line, p1, p2]), 'en.txt');
    expect(spoken(a)).toEqual([p1, p2]);
  });

  it('drops a label that only announces a partial transcript', () => {
    const a = parseText(text('Council moves flooded school uphill', [p1, 'Partial transcript as follows:', 'ROE: We will open in the autumn.', 'DOE: Not a day too soon.']), 'en.txt');
    expect(reasonOf(a, 'Partial transcript as follows:')).toBe('document label');
  });
});
