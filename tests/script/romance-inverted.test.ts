import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../src/script/speakers.ts';

// Spanish and Italian put the subject after the reporting verb as French does, with its article:
// Italian "il" is the masculine article there, not the French pronoun (French inverts the pronoun
// with a hyphen: "a-t-il ajouté").
describe('an inverted subject in Italian and Spanish', () => {
  it('takes the Italian article "il" before a role and a name for the article it is', () => {
    expect(attributionAfter(', ha aggiunto il consigliere Paolo Neri.')).toEqual({ kind: 'name', name: 'Paolo Neri' });
    expect(attributionAfter(', ha affermato il capogruppo, Giorgio Sala.')).toEqual({ kind: 'name', name: 'Giorgio Sala' });
    expect(attributionAfter(', añadió el concejal Paolo Neri.')).toEqual({ kind: 'name', name: 'Paolo Neri' });
  });
  it('still reads a pronoun after the verb as the subject', () => {
    expect(attributionAfter(', ha detto lui.')).toMatchObject({ kind: 'anaphor', gender: 'male' });
    expect(attributionAfter(', dijo ella.')).toMatchObject({ kind: 'anaphor', gender: 'female' });
    expect(attributionAfter(', a-t-il ajouté.')).toMatchObject({ kind: 'anaphor', gender: 'male' });
  });
});
