import { describe, expect, it } from 'vitest';
import { bylineOf, dateOf, isCaption, isCredit, isDateOnly, isDateStub, isEndMarker, isFurniture, wireDatelineLength } from '../../src/article/junk.ts';

describe('isFurniture', () => {
  it.each([
    'Share this article', 'Share', 'Share on Facebook', 'Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement',
    '0:00', '1:23 / 4:56', '3 min read', 'Read more: Peace Bridge ten years on', 'RELATED: Storm hits coast', 'Listen to this article',
    'Copyright 2024 The Associated Press. All rights reserved.', '© 2024 Reuters', 'Our Standards: The Thomson Reuters Trust Principles.',
    'Sign up for our newsletter', 'Follow us on Twitter', 'https://example.com/story', 'Related Topics', 'Skip Advertisement', '* * *',
    'Reading time: 4 minutes', 'Lesezeit: 3 Min.', '3 Min. Lesezeit', 'Temps de lecture : 3 min', 'Lecture 5 min.',
    'Anzeige', 'Lesen Sie auch: Die Brücke bleibt gesperrt', 'Mehr zum Thema', 'À lire aussi : le pont reste fermé', 'Publicité', 'Lire la suite',
    'Husum -', 'Le Havre –',
    // a ratings or comments counter left by a widget
    '2 Bewertungen', '14 Kommentare', '1 Bewertung', '3 avis', '12 commentaires', '5 ratings',
    // a paywall's prompt to log in or subscribe and read on
    'Als Digital Abonnent (E-Paper) anmelden und kostenfrei weiterlesen.', 'Jetzt registrieren und weiterlesen', 'Abonnieren und weiterlesen',
    'Connectez-vous pour lire la suite', 'Abonnez-vous pour lire la suite.',
  ])('drops %j', (line) => expect(isFurniture(line)).toBe(true));

  it.each([
    'Share prices fell 3% on Monday after the report.',
    'More than 40,000 homes lost power on Sunday.',
    'Read the full statement, he said, and you will see.',
    'Print media have struggled for a decade.',
    'Anzeige gegen den Bürgermeister erstattet',
    'Lire aussi les lettres de ses lecteurs lui prend des heures.',
    'Husum - die Stadt am Meer',
    'The council voted 7 - 2',
    '2 Bewertungen fielen schlecht aus.',
    'Wer sich anmelden und weiterlesen will, muss ein Konto haben, sagte der Verleger, und das sei nicht zu viel verlangt.',
  ])('keeps %j', (line) => expect(isFurniture(line)).toBe(false));
});

describe('isCaption', () => {
  it.each([
    'Ukraine President Volodymyr Zelenskyy addresses world leaders at the U.N. headquarters in New York City. Spencer Platt/Getty Images',
    'Photo: Utility crews work in heavy rain. (AP Photo/Jay Reeves)',
    'Image source, Getty Images',
    'Image caption, The Peace Bridge opened in 2011',
    'Firefighters at the scene on Monday. Kevin Lamarque/Reuters',
    'A protester holds a flag in Kyiv (AFP via Getty Images)',
    'Photograph: Jane Doe/The Guardian',
    'Foto: Feuerwehrleute am Deich bei Nacht',
    'Bildquelle: Stadtarchiv',
    'Crédit photo : Marie Dupont',
    'Image credit: Harbour Trust',
    'Crédits images : Mairie de Nancy',
    'Légende : des pompiers sur la digue',
    'Photo - Firefighters on the dyke',
    'The mayor at the opening of the bridge (file photo)',
    'Die Bürgermeisterin bei der Eröffnung der Brücke (Archivbild)',
    'La maire lors de l’inauguration du pont (photo d’archives)',
    'The new ferry at the quay in May (Image: Harbour Trust)',
    'Der Kutter im Hafen von Husum (Foto: Stadtarchiv Husum)',
    'Fischmarkt am frühen Morgen.JPG',
    'harbour_at_dawn.png',
    'The old lighthouse, shown here before its repair, was built in 1871.',
    'La nouvelle digue, sur la photo ci-dessus, protège le port.',
    // a pull quote's credit alone, its quote box lost in the copy
    '—Jane Roe, CEO of Northwind Energy.',
    '– Ana Ruiz',
    // a photographer's name and the site's initials, the credit alone on its line
    'Joan Roe/VDR',
    'Mary Ann Lee / NWT',
  ])('drops %j', (line) => expect(isCaption(line)).toBe(true));

  it.each([
    'Israel/Gaza Conflict',
    'Joe Biden/Kamala Harris Ticket',
    'Quarterly Results/Q3',
    'The troops may assist Russian forces, Blinken told Reuters.',
    'China Must Step Up, Zelenskyy Says',
    'Bild-Zeitung und Spiegel berichteten zuerst über den Fall',
    'Video-sharing sites removed the clip within hours',
    'The museum lent the town its oldest photo (a portrait).',
    'The council showed the plan to residents here on Monday and took questions for two hours.',
    'The format (JPEG or PNG) is up to the sender.',
    'The mayor said the image of the town had changed (for the better).',
    // dialogue and asides after a dash are speech, not a name alone
    '— Oui, dit-il.',
    '— Jane Roe left the room, and nobody followed her.',
    '—and then the river rose.',
  ])('keeps %j', (line) => expect(isCaption(line)).toBe(false));
});

describe('dates, bylines, credits', () => {
  it.each([
    ['Updated:', null],
    ['Published: Nov. 1, 2024', 'Nov. 1, 2024'],
    ['Updated 3:45 PM EDT, October 10, 2024', '3:45 PM EDT, October 10, 2024'],
    ['Published', null],
  ])('date stub %j → %j', (line, date) => {
    expect(isDateStub(line)).toBe(true);
    expect(dateOf(line)).toBe(date);
  });

  it.each(['Date palms grow in the south of the country.', 'Updated figures show a rise in cases across the region this week.'])('not a date stub: %j', (line) =>
    expect(isDateStub(line)).toBe(false),
  );

  it.each(['Nov. 1, 2024', '2 November 2024', 'Fri 1 Nov 2024 10.00 GMT', '11/01/2024'])('date only: %j', (line) => expect(isDateOnly(line)).toBe(true));

  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By Olena Harmash and Tom Balmforth', 'Olena Harmash and Tom Balmforth'],
    ['BY JANE MILLER', 'JANE MILLER'],
    ['By contrast, the city spent less.', null],
    ['By Monday, the company had withdrawn the offer.', null],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    ['Von Anna Schmidt und Jan Becker, Berlin', 'Anna Schmidt und Jan Becker'],
    ['Par Marie Dupont, envoyée spéciale à Lyon', 'Marie Dupont'],
    ['Par Jean de La Tour', 'Jean de La Tour'],
    // lower case as some sites set it; a one-word outlet's name in camel case
    ['par LeHuffPost', 'LeHuffPost'],
    ['von Anna Schmidt', 'Anna Schmidt'],
    ['par ailleurs, la ville a fermé le pont', null],
    ['von Berlin nach Rom', null],
    ['Autorin: Lena Hoffmann', 'Lena Hoffmann'],
    ['Von Berlin nach Rom', null],
    ['Von den 300 Beschäftigten verlieren 40 ihre Stelle.', null],
    ['Par ailleurs, la ville a fermé le pont.', null],
    ['Par Monts et Vallées', null],
    ['From: Department for Harbours', 'Department for Harbours'],
    ['Herausgeber: Landratsamt Nordheim', 'Landratsamt Nordheim'],
    ['From there, the road climbs to the pass.', null],
  ])('byline %j → %j', (line, byline) => expect(bylineOf(line)).toBe(byline));

  it.each([
    'Ryan Morgan, Stephen Katte, and Reuters contributed to this report.',
    'Reporting by Olena Harmash; Editing by Mark Heinrich',
    'Additional reporting by Jane Doe in London',
    'The Associated Press contributed to this report.',
  ])('credit %j', (line) => expect(isCredit(line)).toBe(true));

  it('recognises release end markers', () => {
    expect(['###', '# # #', '-30-', '- ends -'].every(isEndMarker)).toBe(true);
    expect(isEndMarker('The end of an era.')).toBe(false);
    // the word "end" in any decoration of dashes, slashes, stars or brackets
    expect(['// end //', '- END -', '(ENDS)', '*** END ***', '[end]'].every(isEndMarker)).toBe(true);
    expect(['End', 'Ends', 'The End', 'End of story', 'weekend', '// 30 //'].map(isEndMarker)).toEqual([true, true, false, false, false, false]);
  });
});

describe('wireDatelineLength', () => {
  it.each([
    ['KYIV, Nov 14 (Reuters) - Ukraine said', 'Ukraine said'],
    ['SPRINGFIELD (AP) -- Mayor Ana Ruiz signed', 'Mayor Ana Ruiz signed'],
    ['WASHINGTON (AP) — The Senate voted', 'The Senate voted'],
    ['CHICAGO, March 3, 2025 /PRNewswire/ -- Northwind Energy, Inc. today', 'Northwind Energy, Inc. today'],
    ['NEW YORK, Nov. 1, 2024 /PRNewswire/ -- Acme', 'Acme'],
    ['(Reuters) - Oil prices rose', 'Oil prices rose'],
  ])('%j', (text, rest) => expect(text.slice(wireDatelineLength(text))).toBe(rest));

  it.each(['NATO allies met on Monday.', 'U.S. officials said (in private) - nothing.'])('no dateline in %j', (text) => expect(wireDatelineLength(text)).toBe(0));
});
