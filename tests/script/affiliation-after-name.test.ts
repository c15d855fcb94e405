import { describe, expect, it } from 'vitest';
import { attributionAfter } from '../../src/script/speakers.ts';

// "von der …" after a whole name (a given name and a surname) says where the person works; right
// after the given name it is the name's own particle ("Ursula von der Leyen").
describe('"von der" after a full name', () => {
  it('is the person’s office, not part of the name', () => {
    expect(attributionAfter(', sagte Lena Brodtke von der Bauverwaltung.')).toEqual({ kind: 'name', name: 'Lena Brodtke' });
    expect(attributionAfter(', erklärte Peter Hallwig von der Feuerwehr.')).toEqual({ kind: 'name', name: 'Peter Hallwig' });
  });
  it('keeps a particle surname', () => {
    expect(attributionAfter(', sagte Ursula von der Leyen.')).toEqual({ kind: 'name', name: 'Ursula von der Leyen' });
    expect(attributionAfter(', sagte Kommissionspräsidentin Ursula von der Leyen.')).toEqual({ kind: 'name', name: 'Ursula von der Leyen' });
    expect(attributionAfter(', sagte Richard von Weizsäcker.')).toEqual({ kind: 'name', name: 'Richard von Weizsäcker' });
  });
});
