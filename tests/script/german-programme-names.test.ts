// A cabinet report's run-on headline: items joined by slashes, a programme's hyphenated name in
// quotation marks ("„Kultur-Initiative Hessen“ Erfolg für das Land"), each minister's quotation after
// "Ressortminister Name:". A programme's name is no fuller form of a person, and the item after a
// quotation's slash ("/ Hessen fordert …") does not attribute the quotation.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';
import { NameRegistry } from '../../src/script/name-registry.ts';

describe('a programme name and slash-joined items of a cabinet report', () => {
  it('gives the quotation to the minister the label names, not to the next item’s subject', () => {
    const report = [
      '1. „Kultur-Initiative Hessen“ Erfolgsmodell für das Land / Kulturminister Berg: „Die Initiative ist ein Gewinn für alle Regionen“',
      '2. Landesregierung will den vom Hochwasser betroffenen Landwirten helfen/ Agrarminister Roth: „Viele Höfe sind existenziell bedroht“ / Finanzminister Wendt stellt Hilfen in Aussicht / Hessen fordert schnelle Unterstützung aus Berlin',
    ];
    expect(quoteSpeakers(report, 'de')).toEqual(['Berg', 'Roth']);
  });

  it('takes no hyphenated compound of common nouns for a person’s full name, but keeps a double given name', () => {
    const registry = new NameRegistry();
    registry.add('Hessen');
    registry.add('Guttenberg');
    registry.learnFullForms('Die „Kultur-Initiative Hessen“ ist ein Erfolg. Minister Karl-Theodor Guttenberg lobte sie.');
    expect(registry.canonical('Hessen')).toBe('Hessen');
    expect(registry.canonical('Guttenberg')).toBe('Karl-Theodor Guttenberg');
  });
});
