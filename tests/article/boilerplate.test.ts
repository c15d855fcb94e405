// The boilerplate classifier on pages shaped like the ones news is copied from (made up here, not
// taken from any site): chrome before and after the story goes, each line with its reason; the
// story, its short one-sentence paragraphs and transcript turns stay; the user's patterns win.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/article/boilerplate.ts';
import { parseBoilerplate } from '../../src/article/boilerplate-config.ts';
import { detectLanguage, primaryLanguage } from '../../src/article/language.ts';
import { parseText } from '../../src/article/parse-text.ts';
import { AppError } from '../../src/errors.ts';

const STORY = [
  'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers warned that the structure could no longer carry the weight of heavy traffic safely, and that repairs would cost more than a new crossing over the same stretch of water.',
  'The decision follows two years of inspections, during which the council spent more than it had planned on temporary repairs, and it leaves commuters from the northern districts with a longer drive to the centre every morning and evening.',
  '“We had no other choice,” the mayor said.',
  'Work on a replacement is expected to begin in 2027, and the council said it would publish the designs for public comment in the autumn, with a final decision due by the end of the year.',
];

const page = (before: string[], after: string[]) => ['Council Closes Harbour Bridge to Cars', '', ...[...before, ...STORY, ...after].flatMap((l) => [l, ''])].join('\n');
const spoken = (a: ReturnType<typeof parseText>) => a.sections.flatMap((s) => s.paragraphs);

describe('boilerplate classifier on text copied from a page', () => {
  it('drops navigation, share and comment widgets, dates and a licence line, and lists each with a reason', () => {
    const before = ['City Gazette', 'Home', 'News', 'Sport', 'Contact us', 'Search for:', 'Posted on 9 June 2025 by admin'];
    const after = ['Share this:', 'Facebook', 'Email', 'Print', 'Like this:', 'Related', 'Leave a Reply Cancel reply', 'Privacy Policy', '© 2025 City Gazette. All rights reserved.'];
    const a = parseText(page(before, after), 'x.txt');
    expect(a.headline).toBe('Council Closes Harbour Bridge to Cars');
    expect(spoken(a)).toEqual(STORY);
    const dropped = a.dropped!.map((d) => d.text);
    for (const line of [...before, ...after]) expect(dropped).toContain(line);
    expect(a.dropped!.every((d) => d.reason !== '')).toBe(true);
    expect(a.dropped!.find((d) => d.text === 'Like this:')!.reason).toBe('interface');
  });

  it('drops German and French chrome by the same measures', () => {
    const de = parseText(['Stadtrat sperrt alte Hafenbrücke', '', 'Sprache', 'Beobachten', 'Bearbeiten', 'Veröffentlicht: 17:06, 29. Feb. 2012 (CET)', '',
      'Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos zu sperren, nachdem Ingenieure vor der Belastung durch den Schwerverkehr gewarnt hatten, der die alte Konstruktion seit Jahren über das zulässige Maß hinaus beansprucht.', '',
      'Die Entscheidung folgt auf zwei Jahre Prüfungen, in denen die Stadt mehr als geplant für Reparaturen ausgegeben hat, und sie verlängert den Weg vieler Pendler aus dem Norden.', '',
      'Quellen', '', '- example.org: „Brücke gesperrt“ (14.03.2006)', '', 'Datenschutz', 'Nutzungsbedingungen'].join('\n'), 'de.txt');
    expect(de.language).toBe('de');
    expect(spoken(de)).toHaveLength(2);
    expect(de.dropped!.map((d) => d.text)).toEqual(expect.arrayContaining(['Sprache', 'Bearbeiten', 'Quellen', '- example.org: „Brücke gesperrt“ (14.03.2006)', 'Datenschutz']));
    const fr = parseText(['Le conseil ferme le vieux pont', '', 'Ce site utilise des cookies pour mesurer son audience. Vous pouvez les accepter ou les refuser.', 'Tout accepter', 'Accueil', 'Partager', '',
      'Le conseil municipal a décidé mardi de fermer le vieux pont du port aux voitures à partir du printemps prochain, après que des ingénieurs ont mis en garde contre le poids du trafic, qui dépasse depuis des années ce que la vieille structure peut supporter.', '',
      'La décision fait suite à deux années d’inspections, pendant lesquelles la ville a dépensé plus que prévu pour des réparations provisoires, et elle allonge le trajet de nombreux habitants.', '',
      'Mentions légales', 'Retour en haut de page'].join('\n'), 'fr.txt');
    expect(fr.language).toBe('fr');
    expect(spoken(fr)).toHaveLength(2);
    expect(fr.dropped!.find((d) => d.text.startsWith('Ce site utilise'))!.reason).toBe('cookie notice');
  });

  it('never drops a transcript turn, however short, and keeps short story sentences between good paragraphs', () => {
    const lines = [{ text: 'Home' }, { text: 'City Gazette' }, { text: 'Q: Why?', protect: true }, { text: STORY[0]! }, { text: 'It was late.' }, { text: STORY[1]! }, { text: 'Ends here' }];
    expect(classifyLines(lines, 'en')).toEqual(['interface', 'short, among boilerplate', null, null, null, null, 'short, among boilerplate']);
  });

  it('keeps everything that is not chrome by itself when no paragraph is long enough to judge by', () => {
    expect(classifyLines([{ text: 'First paragraph.' }, { text: 'Second one' }, { text: 'Share' }], 'en')).toEqual([null, null, 'interface']);
  });

  it('lets boilerplate.keep and boilerplate.drop override the classifier', () => {
    const text = page(['Home', 'Editor’s note'], ['Archives']);
    const config = parseBoilerplate({ keep: ['^Editor'], drop: ['^work on a replacement'] });
    const a = parseText(text, 'x.txt', { boilerplate: config });
    expect([a.dek, ...spoken(a)]).toContain('Editor’s note');
    expect(spoken(a)).not.toContain(STORY[3]);
    expect(a.dropped!.find((d) => d.text === STORY[3])!.reason).toBe('user pattern');
  });

  it('refuses malformed boilerplate config', () => {
    for (const bad of [[], { keep: 'x' }, { keep: ['('] }, { other: [] }, { drop: [''] }]) expect(() => parseBoilerplate(bad)).toThrow(AppError);
  });
});

describe('language', () => {
  it('detects English, German and French text and reads declared tags', () => {
    expect(detectLanguage(STORY.join(' '))).toBe('en');
    expect(detectLanguage('Der Bundeskanzler sagte am Montag in Berlin, dass die Regierung ihre Pläne für den Haushalt nicht ändern werde.')).toBe('de');
    expect(detectLanguage('Le président a déclaré lundi que le gouvernement ne changerait pas ses projets pour le budget de l’année.')).toBe('fr');
    expect(detectLanguage('Too short.')).toBeNull();
    expect(primaryLanguage('de-DE')).toBe('de');
    expect(primaryLanguage('not a tag')).toBeNull();
  });
});
