// "geben" as a reporting verb, its complement closing the attribution after the quotation:
// "…“, gab X zu Protokoll", "gab X zu verstehen", "gab X als Ausblick".
import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../src/script/speakers.ts';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

describe('attributions with "geben"', () => {
  it.each([
    [', gab Jan Roth zu Protokoll.', 'Jan Roth'],
    [', gab Jan Roth zu verstehen.', 'Jan Roth'],
    [', gab Jan Roth als Ausblick.', 'Jan Roth'],
    [', gab Jan Roth zum Schluss als Fazit.', 'Jan Roth'],
    [', gibt Jan Roth zu bedenken.', 'Jan Roth'],
  ])('%s → %s', (text, name) => expect(attributionAfter(text)).toEqual({ kind: 'name', name }));

  it('gives the quotation to the person', () => {
    expect(quoteSpeakers(['Die Landrätin Petra Sommer eröffnete die neue Brücke am Montag.', '„Im nächsten Jahr bauen wir den Radweg weiter“, gab Sommer als Ausblick.'], 'de')).toEqual(['Petra Sommer']);
    expect(quoteSpeakers(['„Ich habe von dem Vertrag nichts gewusst“, gab der frühere Geschäftsführer Uwe Kranz zu Protokoll.'], 'de')).toEqual(['Uwe Kranz']);
  });
});
