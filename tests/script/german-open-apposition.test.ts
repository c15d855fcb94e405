// A name, then an apposition of the person's job that no comma closes, then the verb: German
// capitalises a department's title ("Politische Rahmenbedingungen"), which reads like a name at the
// apposition's end. A capitalised common noun phrase is never the speaker; the name before it is.
import { describe, expect, it } from 'vitest';
import { attributionBefore } from '../../src/script/speakers.ts';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

describe('an apposition never closed by a comma', () => {
  it.each([
    ['Greta Lindqvist, Ansprechpartnerin Presse und Managerin Digitale Angebote schreibt:', 'Greta Lindqvist'],
    ['Ole Brandt, Leiter Einkauf und Koordinator Globale Lieferketten, erklärte:', 'Ole Brandt'],
  ])('%s → %s', (text, name) => expect(attributionBefore(text)).toEqual({ kind: 'name', name }));

  it('gives the quotation to the person, not to the title of the department', () => {
    expect(quoteSpeakers(['Fragt man beim Verband nach Zahlen, bekommt man eine knappe Antwort. Greta Lindqvist, Ansprechpartnerin Presse und Managerin Digitale Angebote schreibt: „Solche Daten erheben wir nicht.“'], 'de')).toEqual(['Greta Lindqvist']);
  });

  it('keeps a person named at the end of the apposition', () => {
    expect(attributionBefore('Im Rathaus, Bürgermeisterin Anna Roth sagte:')).not.toEqual({ kind: 'name', name: 'Im Rathaus' });
    expect(attributionBefore('Der Vorsitzende, Ministerin Anna Roth, sagte:')).toEqual({ kind: 'name', name: 'Anna Roth' });
  });
});
