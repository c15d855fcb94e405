// Person mentions in narration: sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../../src/script/mentions.ts';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

describe('a name after an inverted verb and a word of time ("a annoncé hier Xenia Brunnerova")', () => {
  it.each([
    ['Le projet sera retiré, a annoncé hier Xenia Brunnerova.', 'Xenia Brunnerova'],
    ['Le projet sera retiré, a indiqué lundi soir Ottavia Lanzarotti.', 'Ottavia Lanzarotti'],
  ])('%s', (text, name) => expect(mentionsIn(text).map((m) => m.name)).toContain(name));

  it('is the person a later pronoun of the paragraph points back to', () => {
    const paragraph = 'Les élus resteront en retrait, a annoncé hier Ottavia Lanzarotti. « Rien n’est encore décidé », a-t-elle toutefois précisé.';
    expect(quoteSpeakers(['Le conseil se réunit demain.', paragraph], 'fr')).toEqual(['Ottavia Lanzarotti']);
  });
});
