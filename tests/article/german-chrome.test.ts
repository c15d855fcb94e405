// Page chrome of German government press pages, on pages made up here: skip links in the site's
// language, a post's category label under the title, and a gallery's caption printed twice (the
// image's alternative text and its caption) even when it ends with a stop.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import type { Article } from '../../src/model.ts';

const STORY = [
  'Der Kreistag hat am Mittwoch beschlossen, die überflutete Grundschule im Tal an einem höher gelegenen Ort neu zu bauen, nachdem ein Gutachten ergeben hatte, dass der alte Standort mindestens alle zehn Jahre unter Wasser stehen würde.',
  'Die Eltern hatten den Umzug gefordert, seit die zweite Flut in drei Jahren die Schule für ein ganzes Halbjahr geschlossen hatte, und der Kreis teilte mit, dass der Neubau zum Herbst des nächsten Jahres öffnen soll.',
];
const page = (lines: string[]) => lines.join('\n');
const spoken = (a: Article) => [a.dek, ...a.sections.flatMap((s) => s.paragraphs)].filter((p): p is string => p !== null && p !== undefined);

describe('German page chrome', () => {
  it.each(['Direkt zum Inhalt', 'Zum Hauptinhalt springen', 'Direkt zur Navigation', 'Aller au contenu principal'])('drops the skip link %j above a long site name', (skip) => {
    const a = parseText(page(['Neubau der Grundschule beschlossen', skip, 'Ministerium für Schule und Bildung des Landes Nordrhein-Westfalen', '', STORY[0]!, '', STORY[1]!]), 'x.txt');
    expect(spoken(a)).not.toContain(skip);
    expect(a.dek).not.toBe(skip);
  });

  it.each(['Springe zum Inhalt', 'Springe direkt zur Navigation', 'Gehe zum Inhalt'])('takes no verb-first skip link %j opening the copy for the headline', (skip) => {
    const a = parseText(page([skip, '', 'Neubau der Grundschule beschlossen', '', STORY[0]!, '', STORY[1]!]), 'x.txt');
    expect(a.headline).toBe('Neubau der Grundschule beschlossen');
    expect(spoken(a)).not.toContain(skip);
  });

  it('drops a category label under the title, not a sentence about a category', () => {
    const a = parseText(page(['Neubau der Grundschule beschlossen', 'Menü Schließen', '', 'Kategorie: Landkreis', '', STORY[0]!, '', STORY[1]!]), 'x.txt');
    expect(spoken(a)).toEqual(STORY);
    const told = 'In der Kategorie Grundschulen liegt der Kreis damit vorn.';
    expect(spoken(parseText(page(['Neubau der Grundschule beschlossen', '', STORY[0]!, '', told, '', STORY[1]!]), 'x.txt'))).toContain(told);
  });

  it('drops a caption printed twice beside another caption with its credit, even with a stop', () => {
    const credited = 'Die Landrätin begrüßt die Eltern vor der Schule; © Kreisverwaltung';
    const doubled = 'Der Neubau wird von der Landrätin eröffnet.';
    const a = parseText(page(['Neubau der Grundschule beschlossen', '', STORY[0]!, credited, credited, doubled, doubled, '', STORY[1]!]), 'x.txt');
    expect(spoken(a)).toEqual(STORY);
    expect(a.dropped!.filter((d) => d.text === doubled).map((d) => d.reason)).toEqual(['caption', 'caption']);
  });

  it('keeps a sentence printed twice among story paragraphs (the writer’s, not a figure’s)', () => {
    const doubled = 'Der Neubau wird von der Landrätin eröffnet.';
    const a = parseText(page(['Neubau der Grundschule beschlossen', '', STORY[0]!, '', doubled, doubled, '', STORY[1]!]), 'x.txt');
    expect(spoken(a).join(' ')).toContain(doubled);
  });
});
