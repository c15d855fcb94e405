// A French sport page's section label of a few words with "de" inside ("Castors de Valbourg")
// over its title, a quotation («On réglera ça dès mardi...»), then the page's "Publié | Mis à
// jour" stub: the label became the headline on a blind Québécois page (an eighth French breadth
// review). All sentences invented.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

const page = (...lines: string[]) => lines.join('\n\n');
const BODY = [
  'Les deux ailiers sont restés muets dans le vestiaire des Castors après la défaite de samedi soir contre les visiteurs.',
  'En conférence de presse, l’entraîneur Paul Girard a répété le même mot, en prenant plus de temps que d’habitude pour arriver au lutrin.',
];

describe('a kicker with a particle over a quoted title', () => {
  it('gives way to the quotation under it', () => {
    const a = parseText(page('Castors de Valbourg', '«On réglera ça dès mardi...»', 'Publié | Mis à jour', ...BODY), 'fr.txt');
    expect(a.headline).toBe('«On réglera ça dès mardi...»');
    // (The stub pair under it is neither the standfirst nor read.)
    expect(a.dek ?? '').not.toContain('Publié');
  });

  it('a kicker of two capitalised words still does', () => {
    const a = parseText(page('Hockey Valbourg', '« On réglera ça dès mardi »', ...BODY), 'fr.txt');
    expect(a.headline).toBe('« On réglera ça dès mardi »');
  });
});

describe('a French date stub whose date the copy lost, "Publié le"', () => {
  it.each([['Publié le'], ['Mis à jour le'], ['Publié le 4 juillet 2016']])('%j is chrome, never the headline nor read', (stub) => {
    const a = parseText(page('Accueil | Actualités | Photos | Contact', stub, ...BODY), 'fr.txt');
    expect(a.headline).not.toBe(stub);
    expect(JSON.stringify(a.sections)).not.toContain(stub);
  });
});

describe('a caption ending on its credit in capitals after a pipe, "… | ARCHIVES JOURNAL DE VALBOURG"', () => {
  it.each([['| ARCHIVES JOURNAL DE VALBOURG'], ['| PHOTO : JOURNAL DE VALBOURG'], ['| PAUL GIRARD / JOURNAL DE VALBOURG']])('%j', (credit) => {
    const caption = `Un comité de pilotage va être mis en place pour la dépollution de la halle et la rénovation du marché couvert. ${credit}`;
    const a = parseText(page('Les travaux de la halle commenceront au printemps', BODY[0]!, caption, BODY[1]!), 'fr.txt');
    expect(JSON.stringify(a.sections)).not.toContain('comité de pilotage');
  });
});

describe('a number alone on its line, a numbered section’s marker the copy split from its heading', () => {
  it('"1" over a numbered heading is not read', () => {
    const a = parseText(page('Les maires de la vallée repartent pour un mandat', BODY[0]!, '1', 'Finir ce qui a été commencé', BODY[1]!), 'fr.txt');
    expect(a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])).not.toContain('1');
  });
});

describe('a link to another page opened by an arrow, "> Les élus de votre région : revoyez l’émission"', () => {
  it('is not read', () => {
    const link = '> Les élus de votre région : votre maire a-t-il convaincu ? Revoyez l’émission';
    const a = parseText(page('Le maire de Valbourg s’explique sur les travaux', BODY[0]!, link, BODY[1]!), 'fr.txt');
    expect(JSON.stringify(a.sections)).not.toContain('Revoyez');
  });
});
