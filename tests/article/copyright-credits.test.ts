import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

// A picture's credit printed as a bare copyright line under its caption ("© Staatskanzlei",
// "© AFP"), inside the story, versus the site's copyright notice at the foot of the page.
const d1 = 'Die Ministerin hat am Dienstag in Kleinfeld vierzig junge Beschäftigte des Landes für ihre Ausbildung geehrt.';
const d2 = 'Sie sprach von einer Generation, die den öffentlichen Dienst in den kommenden Jahren tragen werde, und lud alle ein.';
const d3 = 'Am Abend besuchte sie noch den Verein der Ehrenamtlichen im Nachbarort, der im Sommer sein Jubiläum feiert.';
const plan = (text: string) => parseText(text, 'x.txt');
const said = (text: string) => {
  const a = plan(text);
  return [...(a.dek ? [a.dek] : []), ...a.sections.flatMap((s) => s.paragraphs)];
};
const dropped = (text: string) => plan(text).dropped!.map((d) => `${d.reason}: ${d.text}`);

describe('a caption above a bare copyright credit', () => {
  it('is dropped when the story goes on under the credit', () => {
    const text = `Ministerin ehrt Nachwuchs\n\nDie Ministerin zwischen den Geehrten vor dem Rathaus\n© Landesamt Nord\n\n${d1}\n\nZwei Frauen halten eine Urkunde in die Kamera.\n© Erika Beispiel\n\n${d2}\n\n${d3}`;
    expect(said(text)).toEqual([d1, d2, d3]);
    expect(dropped(text)).toContain('caption: Die Ministerin zwischen den Geehrten vor dem Rathaus');
    expect(dropped(text)).toContain('caption: Zwei Frauen halten eine Urkunde in die Kamera.');
  });
  it('in French and English alike', () => {
    const f1 = 'Le maire de Valbourg a inauguré mardi la nouvelle médiathèque, ouverte sept jours sur sept dès la rentrée.';
    const f2 = 'Les travaux ont duré deux ans et coûté quatre millions d’euros, financés pour moitié par la région.';
    const text = `Valbourg inaugure sa médiathèque\n\n${f1}\n\nLe maire devant la façade de la médiathèque\n© AFP\n\n${f2}`;
    expect(said(text)).toEqual([f1, f2]);
    const e1 = 'The council of Eastbrook opened its new library on Tuesday, after two years of building work in the town centre.';
    const e2 = 'The building cost four million pounds, half of it paid by the regional government, the council said.';
    expect(said(`Eastbrook opens library\n\n${e1}\n\nThe mayor outside the new library\n© Jane Example\n\n${e2}`)).toEqual([e1, e2]);
  });
  it('leaves the last paragraph above the site’s copyright notice at the foot of the page', () => {
    const last = 'Der Verein lädt für Samstag zum Tag der offenen Tür ein.';
    expect(said(`Ministerin ehrt Nachwuchs\n\n${d1}\n\n${d2}\n\n${last}\n© Landesamt Nord`)).toEqual([d1, d2, last]);
    expect(said(`Ministerin ehrt Nachwuchs\n\n${d1}\n\n${d2}\n\n${last}\n© Landesamt Nord\n\nImpressum\n\nDatenschutz`)).toEqual([d1, d2, last]);
    // A notice with a year or the rights is the page's, wherever it stands.
    expect(said(`Ministerin ehrt Nachwuchs\n\n${d1}\n\n${last}\n© 2026 Landesamt Nord\n\n${d2}`)).toEqual([d1, last, d2]);
  });
});
