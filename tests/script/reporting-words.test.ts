import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../src/script/speakers.ts';

// The imperfect is a tense of French reportage as much as the passé composé: "», notait Paul Roy",
// "», racontait-elle". Every -er verb of saying the participles list has its imperfect too.
describe('a French reporting verb in the imperfect', () => {
  it('attributes the quote to the subject after it', () => {
    expect(attributionAfter(' notait Paul Roy.')).toEqual({ kind: 'name', name: 'Paul Roy' });
    expect(attributionAfter(', racontait Anne Roux.')).toEqual({ kind: 'name', name: 'Anne Roux' });
    expect(attributionAfter(', lançait le maire.')).toMatchObject({ kind: 'anaphor' });
    expect(attributionAfter(', jugeait Marc Blanc.')).toEqual({ kind: 'name', name: 'Marc Blanc' });
  });
  it('keeps the forms already listed', () => {
    expect(attributionAfter(', déclarait Paul Roy.')).toEqual({ kind: 'name', name: 'Paul Roy' });
  });
});

// German compounds of "-führer" and the fire brigade's "-brandmeister" ranks are roles before a name.
describe('a German rank before the name', () => {
  it('is the role, not part of the name', () => {
    expect(attributionAfter(', so Ortsbrandmeister Brodtke weiter.')).toEqual({ kind: 'name', name: 'Brodtke' });
    expect(attributionAfter(', sagte Wehrführer Jan Brodtke.')).toEqual({ kind: 'name', name: 'Jan Brodtke' });
    expect(attributionAfter(', sagte Fraktionsführerin Lena Brodtke.')).toEqual({ kind: 'name', name: 'Lena Brodtke' });
    expect(attributionAfter(', sagte Lena Hofmeister.')).toEqual({ kind: 'name', name: 'Lena Hofmeister' });
  });
});
