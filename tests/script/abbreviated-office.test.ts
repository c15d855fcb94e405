// An office cut short with a stop before the name ("Bürgermeister-Stv. Anna Kellner"): the name speaks.
import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../src/script/speakers.ts';
import { sentenceEnds } from '../../src/script/sentences.ts';

describe('an abbreviated office before a name', () => {
  it('ends no sentence and no name', () => {
    expect(sentenceEnds('„Wir bauen weiter“, so Bürgermeister-Stv. Anna Kellner. Dann ging sie.')).toHaveLength(2);
    expect(attributionAfter(', so Bürgermeister-Stv. Anna Kellner.')).toEqual({ kind: 'name', name: 'Anna Kellner' });
    expect(attributionAfter(', sagte Landeshauptmann-Stv. Karl Wendt am Montag.')).toEqual({ kind: 'name', name: 'Karl Wendt' });
    expect(attributionAfter(', sagte Vors. Jan Roth.')).toEqual({ kind: 'name', name: 'Jan Roth' });
  });
});
