import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { cleanText } from '../../src/article/clean-text.ts';
import { AppError } from '../../src/errors.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const sample = readFileSync(new URL('../../input/zelenskyy-north-korea.txt', import.meta.url), 'utf8');
const paragraphs = (a: ReturnType<typeof parseText>) => a.sections.flatMap((s) => s.paragraphs);

describe('cleanText', () => {
  it('normalises CRLF, BOM, NBSP and zero-width characters, keeping quotes as written', () => {
    const text = '\uFEFFHeadline\r\n\r\nThe\u00A0U.S.\u200B government said “no” and \'yes\'\u00AD.\r\n';
    expect(cleanText(text)).toBe('Headline\n\nThe U.S. government said “no” and \'yes\'.\n');
  });
  it('reads two single marks standing for one double mark as that mark, and leaves apostrophes alone', () => {
    expect(cleanText("‘’Les informations ne sont pas disponibles’’, a-t-il déclaré.")).toBe('“Les informations ne sont pas disponibles”, a-t-il déclaré.');
    expect(cleanText("Le thème : ''Lutter contre la désinformation''.")).toBe('Le thème : “Lutter contre la désinformation”.');
    expect(cleanText("l’école d’aujourd’hui, the committees’ ’90s")).toBe("l’école d’aujourd’hui, the committees’ ’90s");
  });
  it('reads a guillemet typed twice as one where only one quotation is open, and leaves nested ones alone', () => {
    expect(cleanText('« C’est un grand jour »», a déclaré Paul Girard.')).toBe('« C’est un grand jour », a déclaré Paul Girard.');
    expect(cleanText('« « Nous irons », a-t-elle dit.')).toBe('« Nous irons », a-t-elle dit.');
    expect(cleanText('« Il a crié « non »», raconte Anne.')).toBe('« Il a crié « non »», raconte Anne.');
    expect(cleanText('« Il a crié « non » », raconte Anne.')).toBe('« Il a crié « non » », raconte Anne.');
    // German order, where « closes: left as written
    expect(cleanText('»Wir gehen« «sagte sie')).toBe('»Wir gehen« «sagte sie');
  });
  it('collapses runs of spaces and trims lines', () => {
    expect(cleanText('  a \t  b  \n\u2003c')).toBe('a b\nc');
  });
});

describe('parseText on the sample', () => {
  const article = parseText(sample, 'input/zelenskyy-north-korea.txt');
  it('finds headline, dek, byline and credits', () => {
    expect(article.headline).toBe('Zelenskyy Condemns Lack of Response From Western Allies After North Korean Troops Deployed by Russia');
    expect(article.dek).toBe('Ukraine’s President said Western allies are ‘just waiting for the North Korean military to start targeting Ukrainians.’');
    expect(article.byline).toBe('Katabella Roberts');
    expect(article.dateline).toBeNull();
    expect(article.credits).toEqual(['Ryan Morgan, Stephen Katte, and Reuters contributed to this report.']);
  });
  it('drops the repeated headline, caption, Updated: stub and player timestamp', () => {
    const all = paragraphs(article).join('\n');
    expect(all).not.toContain('Getty Images');
    expect(all).not.toContain('Updated');
    expect(all).not.toMatch(/^0:00$/m);
    expect(paragraphs(article).filter((p) => p === article.headline)).toEqual([]);
  });
  it('splits sections at the heading and keeps single-newline paragraphs apart', () => {
    expect(article.sections.map((s) => s.heading)).toEqual([null, 'China Must Step Up, Zelenskyy Says']);
    expect(article.sections[0]!.paragraphs.at(-1)).toMatch(/^During the Oct\. 31 press conference/);
    expect(article.sections[1]!.paragraphs).toHaveLength(8);
    expect(paragraphs(article)).toHaveLength(20);
  });
  it('is unchanged by CRLF line endings, a BOM and NBSPs', () => {
    const messy = `\uFEFF${sample.replace(/\n/g, '\r\n').replace(/ the /g, ' the\u00A0')}`;
    expect(parseText(messy, 'input/zelenskyy-north-korea.txt')).toEqual(article);
  });
});

describe('parseText rules', () => {
  it.each([
    ['Share this article'], ['Advertisement'], ['Photo: A man walks past the site. Jane Roe/Reuters'], ['Officials at the site on Monday. John Doe/Getty Images'],
    ['Published: Nov. 1, 2024'], ['0:00'], ['Read more: Storm hits coast'], ['Story continues below advertisement'], ['Listen to this article'],
  ])('drops the junk line %j between paragraphs', (junk) => {
    const a = parseText(`Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n\n${junk}\n\nThird paragraph.`, 'x.txt');
    expect(paragraphs(a)).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
  });

  it.each(['Advertisement', 'Photo: A man walks past the site. Jane Roe/Reuters', 'Share this article'])(
    'does not take the first paragraph for a dek because %j follows it',
    (junk) => {
      const a = parseText(`Headline here\n\nFirst paragraph.\n\n${junk}\n\nSecond paragraph.`, 'x.txt');
      expect(a.dek).toBeNull();
      expect(paragraphs(a)).toEqual(['First paragraph.', 'Second paragraph.']);
    },
  );

  it('reads a standfirst followed by header lines as the dek', () => {
    const a = parseText('Big Headline\n\nA short standfirst about the story.\nBig Headline\nBy Jane Doe\nPublished: Nov. 1, 2024\n\nThe story begins here.', 'x');
    expect(a).toMatchObject({ headline: 'Big Headline', dek: 'A short standfirst about the story.', byline: 'Jane Doe', dateline: 'Nov. 1, 2024' });
    expect(paragraphs(a)).toEqual(['The story begins here.']);
  });

  it('does not take a line ending on a colon for the dek: it leads in to the quote under it', () => {
    const a = parseText('Statement on the First Year\n\nOffice of Public Engagement\n\nStatement on the First Year\n\nOn the anniversary, Administrator Jane Roe issued the following statement:\n\n"We have moved with urgency to deliver on our agenda."', 'x');
    expect(a.dek).toBeNull();
    expect(paragraphs(a)).toEqual(['On the anniversary, Administrator Jane Roe issued the following statement:', '"We have moved with urgency to deliver on our agenda."']);
  });

  it('does not take the first paragraph for a dek when nothing marks it', () => {
    const a = parseText('Headline\n\nFirst paragraph.\n\nSecond paragraph.', 'x');
    expect(a.dek).toBeNull();
    expect(paragraphs(a)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('strips a wire dateline into the dateline field', () => {
    const a = parseText(fixture('wire-reuters.txt'), 'x');
    expect(a.dateline).toBe('KYIV, Nov 14 (Reuters)');
    expect(paragraphs(a)[0]).toMatch(/^Ukraine's military said on Thursday/);
    expect(a.byline).toBe('Olena Harmash and Tom Balmforth');
    expect(a.credits).toEqual(['Reporting by Olena Harmash and Tom Balmforth; Editing by Mark Heinrich']);
    expect(paragraphs(a).join(' ')).not.toMatch(/Share this article|Advertisement|Trust Principles/);
  });

  it('keeps press-release subheads as headings and contacts after ### out of the story', () => {
    const a = parseText(fixture('press-release.txt'), 'x');
    expect(a.dek).toBe('New 400-megawatt facility will power 300,000 homes during peak demand');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Project Highlights', 'About Northwind Energy']);
    expect(a.credits).toContain('Media Contact:');
    expect(paragraphs(a).join(' ')).not.toContain('press@northwind.example');
  });

  it('reads BBC-style furniture, a date on its own line and a question heading', () => {
    const a = parseText(fixture('bbc-style.txt'), 'x');
    expect(a.headline).toBe("Derry bridge plan 'a missed opportunity', says MP");
    expect(a.dateline).toBe('2 November 2024');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'What happens next?']);
    expect(paragraphs(a).join(' ')).not.toMatch(/Image source|Image caption|Read more|Related Topics|^Share/);
    expect(paragraphs(a)[0]).toMatch(/^A plan to build/);
  });

  it('joins hard-wrapped lines into paragraphs but keeps header lines apart', () => {
    const a = parseText(fixture('hard-wrapped.txt'), 'x');
    expect(a.dek).toBe('The proposal would push the first bell to 8:30 a.m. at all high schools in the district.');
    expect(a.byline).toBe('Priya Shah');
    expect(a.dateline).toBe('Nov. 12, 2024');
    expect(paragraphs(a)).toHaveLength(4);
    expect(paragraphs(a)[1]).toBe('"The research on teenagers and sleep is clear," board chair Linda Osei said. "What is not clear yet is how we pay for the buses."');
  });

  it('drops a short line printed twice in a row (an image’s alt text and caption), not a line said once', () => {
    const box = 'Jane Roe, the harbour master';
    const story = 'The harbour master said the quay would open in May, two months later than planned.';
    const a = parseText(['Quay Opens Late', '', box, box, '', story, '', box + ' spoke to reporters on Monday.'].join('\n'), 'x');
    expect(paragraphs(a)).toEqual([story, box + ' spoke to reporters on Monday.']);
    expect(a.dropped!.filter((d) => d.text === box).map((d) => d.reason)).toEqual(['caption', 'caption']);
  });

  it('joins text taken out of a PDF, wrapped near 110 columns, but not a page with one paragraph per line', () => {
    const para = [
      'The harbour board met on Tuesday evening and agreed to extend the northern quay by another sixty metres,',
      'so that the larger ferries that now call at the port in summer can moor without blocking the fishing boats,',
      'which have had to wait outside the harbour wall on busy days since the new timetable began last spring.',
      'Work starts in March.',
    ];
    const pdf = parseText(['Harbour Board News', '', ...para, '', 'The board meets again in June, when the contractors will present their final plans for the quay.'].join('\n'), 'x');
    expect(paragraphs(pdf)[0]).toBe(para.join(' '));
    // One paragraph per line, one of them long: lines copied from a page stay apart.
    const page = ['Harbour Board News', '', para.join(' ') + ' ' + para.join(' '), para[3], para[0]].join('\n');
    expect(paragraphs(parseText(page, 'x'))).toHaveLength(3);
  });

  it('does not make a heading of a short line that ends the article or precedes another short line', () => {
    const a = parseText('Headline\n\nPara one is here.\n\nPara two is here.\n\nShort Line\nAnother Short Line\n\nPara three.\n\nThe End Line', 'x');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Another Short Line']);
    expect(a.sections[0]!.paragraphs).toContain('Short Line');
    expect(a.sections[1]!.paragraphs).toEqual(['Para three.', 'The End Line']);
  });

  it.each([
    ['', /x\.txt is empty/],
    ['\uFEFF\r\n  \r\n', /x\.txt is empty/],
    ['Advertisement\nShare this article\n0:00', /x\.txt is empty/],
    ['Only A Headline', /x\.txt has a headline but no body/],
    ['Only A Headline\n\nBy Jane Doe\nUpdated:\n0:00\nShare', /x\.txt has a headline but no body/],
  ])('rejects %j as an input error with a hint', (text, message) => {
    let error: unknown;
    try {
      parseText(text, 'x.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('input');
    expect((error as AppError).message).toMatch(message);
    expect((error as AppError).hint).not.toBe('');
  });

  it('reads a headline with one body line rather than a dek without a body', () => {
    const a = parseText('Headline\n\nJust one line of story.', 'x');
    expect(a.dek).toBeNull();
    expect(paragraphs(a)).toEqual(['Just one line of story.']);
  });
});

describe('the page header between the headline and its repeat', () => {
  const BODY = [
    'The harbour authority said on Tuesday that the old ferry pier would close for repairs in March, after divers found cracks in two of its supports during a routine inspection last month.',
    'Passengers will board from the temporary landing at the north quay, the authority said, and timetables will not change.',
  ];
  const page = (lines: string[]) => lines.flatMap((l) => [l, '']).join('\n');
  it('drops the short lines between the page title and the title again', () => {
    const a = parseText(page(['Harbour Authority Closes Ferry Pier', 'Port of Lakeside', 'Office of the Harbour Master', 'Press Releases', 'Issued by: Harbour Master Ada Brook', 'Harbour Authority Closes Ferry Pier', ...BODY]), 'x.txt');
    expect(a.headline).toBe('Harbour Authority Closes Ferry Pier');
    expect(a.dek).toBeNull();
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(paragraphs(a)).toEqual(BODY);
    expect(a.dropped!.find((d) => d.text === 'Issued by: Harbour Master Ada Brook')?.reason).toBe('page header before the repeated headline');
  });
  it('drops a site’s description without a closing stop among the header lines, however long', () => {
    const about = 'Lakeside Radio is a community news and music station serving the harbour towns, the islands, the northern valleys and the lake shore from Port Ellen to Kirkby Moor';
    const a = parseText(page(['Harbour Authority Closes Ferry Pier', 'Lakeside Radio', 'About', about, 'Available on', 'Community', '212 episodes', 'Harbour Authority Closes Ferry Pier', ...BODY]), 'x.txt');
    expect(a.dek).toBeNull();
    expect(a.sections.map((s) => s.heading)).toEqual([null]);
    expect(paragraphs(a)).toEqual(BODY);
  });
  it('keeps the sentence right under the repeated title as the standfirst, between the page’s labels and dates', () => {
    const summary = 'The harbour authority will close the old ferry pier for repairs in March.';
    const a = parseText(page(['Harbour Authority Closes Ferry Pier', 'Skip to main content', 'Press release', 'Harbour Authority Closes Ferry Pier', summary, 'From:', 'Harbour Authority', 'Published', '4 March 2024', ...BODY]), 'x.txt');
    expect(a.dek).toBe(summary);
    expect(paragraphs(a)).toEqual(BODY);
  });
  it('takes the headline behind a kicker for a repeat', () => {
    const a = parseText(page(['Ferry Pier Closes for Repairs', 'Menu', 'Harbour news: Ferry Pier Closes for Repairs', ...BODY]), 'x.txt');
    expect(paragraphs(a)).toEqual(BODY);
    expect(a.dropped!.find((d) => d.text.startsWith('Harbour news'))?.reason).toBe('repeated headline');
  });
  it('keeps the lines when prose stands between, or the repeat comes late', () => {
    const a = parseText(page(['Harbour Authority Closes Ferry Pier', 'A short standfirst.', ...BODY, 'Harbour Authority Closes Ferry Pier']), 'x.txt');
    expect([a.dek, ...paragraphs(a)].filter(Boolean)).toEqual(['A short standfirst.', ...BODY]);
    const b = parseText(page(['Ferry Pier Closes', BODY[0]!, 'Ferry Pier Closes', BODY[1]!]), 'x.txt');
    expect([b.dek, ...paragraphs(b)]).toEqual(BODY);
  });
});

describe('the page header: section labels, a kicker before the repeated headline, captions above a credit', () => {
  const long1 = 'Der Kreistag hat am Mittwoch beschlossen, die überflutete Grundschule im Tal an einem höher gelegenen Ort neu zu bauen, nachdem ein Gutachten ergeben hatte, dass der alte Standort regelmäßig unter Wasser stehen würde.';
  const long2 = 'Die Eltern hatten den Umzug seit Jahren gefordert, und der Kreis teilte mit, dass der Neubau zum Herbst des nächsten Jahres öffnen soll, zwei Jahre früher als zunächst geplant.';
  const dropped = (a: ReturnType<typeof parseText>, line: string) => a.dropped!.find((d) => d.text === line)?.reason;

  it('drops one word alone under the headline as the page’s section label, not a standfirst', () => {
    const a = parseText(['Talschule zieht auf den Berg', '', 'Kreis Nordheim', 'Presse', 'Meldungs-Detail', '', long1, '', long2].join('\n'), 'de.txt');
    expect(a.dek).toBeNull();
    expect(dropped(a, 'Meldungs-Detail')).toBe('page label');
    expect(paragraphs(a)).toEqual([long1, long2]);
  });

  it('keeps a one-word heading inside the story, and a standfirst of several words', () => {
    const a = parseText(['Talschule zieht auf den Berg', '', long1, '', 'Hintergrund', '', long2].join('\n'), 'de.txt');
    expect(a.sections.map((s) => s.heading)).toEqual([null, 'Hintergrund']);
    const b = parseText(['Talschule zieht auf den Berg', '', 'Der Neubau kommt zwei Jahre früher', 'Von Anna Berg', '', long1].join('\n'), 'de.txt');
    expect(b.dek).toBe('Der Neubau kommt zwei Jahre früher');
  });

  it('drops the headline repeated with a kicker in front, not a sentence that ends with its words', () => {
    const kicked = 'Neubau im Kreis Talschule zieht auf den Berg';
    const a = parseText(['Talschule zieht auf den Berg', '', kicked, '', long1, '', long2].join('\n'), 'de.txt');
    expect(dropped(a, kicked)).toBe('repeated headline');
    const sentence = 'Die Überschrift der Woche lautete schlicht: Talschule zieht auf den Berg.';
    const b = parseText(['Talschule zieht auf den Berg', '', long1, '', sentence, '', long2].join('\n'), 'de.txt');
    expect(paragraphs(b)).toContain(sentence);
  });

  it('drops the caption and the image description printed above a bare photo credit after the page chrome', () => {
    const alt = 'Die Landrätin vor der alten Schule am 3. Mai 2024.';
    const caption = 'Ortstermin im Tal: Die Landrätin zeigte den Eltern die Pläne.';
    const a = parseText(['Talschule zieht auf den Berg', '', '3 Min. Lesedauer', alt, caption, 'Foto: Kreis Nordheim/Berg', '', long1, '', long2].join('\n'), 'de.txt');
    expect([dropped(a, alt), dropped(a, caption)]).toEqual(['caption', 'caption']);
    expect(paragraphs(a)).toEqual([long1, long2]);
  });

  it('keeps the story above a credit that carries its own caption, and the paragraph above a figure inside the story', () => {
    const short = 'Der Kreis zahlt die Hälfte.';
    const a = parseText(['Talschule zieht auf den Berg', '', long1, '', short, '', 'Foto: Der Neubau am Hang, wie ihn das Büro entworfen hat', '', long2].join('\n'), 'de.txt');
    expect(paragraphs(a)).toEqual([long1, short, long2]);
    const caption = 'Die Pläne für den Neubau.';
    const b = parseText(['Talschule zieht auf den Berg', '', long1, '', short, '', caption, '', 'Foto: Kreis Nordheim/Berg', '', long2].join('\n'), 'de.txt');
    expect(paragraphs(b)).toEqual([long1, short, long2]);
  });

  it('reads an English "Credit:" line alone as a photo credit, so the caption above it goes too', () => {
    const en1 = 'The county council agreed on Wednesday to rebuild the flooded primary school in the valley on higher ground, after a review found that the old site would be under water at least once every ten years.';
    const en2 = 'Parents had asked for the move since the second flood in three years closed the school for a whole term, and the council said the new building would open next autumn.';
    const caption = 'The old school building on the valley floor after the spring flood.';
    const a = parseText(['Valley school moves uphill', '', en1, '', caption, '', 'Credit: Jane Roe, County Survey', '', en2].join('\n'), 'en.txt');
    expect(paragraphs(a)).toEqual([en1, en2]);
    expect(dropped(a, caption)).toBe('caption');
  });
});
