// After a quotation French inverts the subject behind any compound past, not only a verb of saying
// ("», a échappé X", "», avait tonné le ministre"): sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[]) => quoteSpeakers(paragraphs, 'fr');

describe('an inverted compound past whose verb is none of saying', () => {
  it.each([
    ['a échappé', '« Je n’en reviens toujours pas, c’est trop beau », a échappé Marie Lefort en montant sur scène.'],
    ['avait tonné', '« Nous ne céderons rien aux casseurs cette fois-ci », avait tonné Olivier Roux devant les députés.'],
    ['an adverb between', '« Voilà dix ans que j’attendais ce moment précis », a aussitôt sangloté Marie Lefort, émue.'],
  ])('%s, then the name', (_shape, paragraph) => expect(speakers([paragraph])).toEqual(['Marie Lefort', 'Olivier Roux'].filter((n) => paragraph.includes(n))));

  it('the article and a role noun after the participle: the person introduced in that role, not the latest named', () => {
    expect(
      speakers(['La maire, Anne Girard, a ouvert la séance du conseil.', 'Le conseiller Marc Petit a aussitôt quitté la salle avec ses amis.', '« Cette ville mérite mieux que des promesses électorales », a tonné la maire devant les élus.']),
    ).toEqual(['Anne Girard']);
  });

  it('an English article and noun after a quotation is no French auxiliary: "”, a summit Biden attended"', () => {
    const paragraphs = ['Ana Ruiz leads the delegation.', '“We expect a deal by Friday,” a summit Biden attended heard on Monday.'];
    expect(quoteSpeakers(paragraphs, 'en')).toEqual(quoteSpeakers([paragraphs[0]!, '“We expect a deal by Friday.”'], 'en'));
  });

  it.each([
    ['no subject after the participle', '« Nous voulons un stade neuf pour les supporters », a été écrit sur la banderole hier soir.'],
    ['an object that is no role', '« Nous voulons un stade neuf pour les supporters », a permis la création de cent emplois.'],
  ])('%s: no attribution, the same speaker as with no clause after the quote', (_shape, paragraph) => {
    const intro = 'Paul Martin dirige le club depuis dix ans.';
    expect(speakers([intro, paragraph])).toEqual(speakers([intro, paragraph.replace(/»,.*$/, '»')]));
  });
});

describe('the present of a verb that is also a noun, then a role and the full name', () => {
  it.each([
    ['an addressee after the name', '« Faut-il fermer la piscine cet été ? », demande la présentatrice Claire Dumas au maire de Lyon.', 'Claire Dumas'],
    ['the name ends the sentence', '« Qui paiera la facture des travaux ? », demande le reporter Julien Marchal.', 'Julien Marchal'],
    ['a complement between role and name', '« Le budget est-il tenable ? », questionne le journaliste économique Paul Verdier aux élus.', 'Paul Verdier'],
  ])('%s', (_shape, paragraph, name) => expect(speakers(['Le conseil municipal se réunit ce soir.', paragraph])).toEqual([name]));

  it('a role with no name after it stays out of this shape (a noun may follow the quotation so)', () => {
    const paragraphs = ['Le conseil municipal se réunit ce soir.', '« Nous verrons bien ce que la commune décidera demain », note la presse locale du jour.'];
    expect(speakers(paragraphs)).toEqual(speakers([paragraphs[0]!, '« Nous verrons bien ce que la commune décidera demain. »']));
  });
});

describe('a clergy title before the surname, as an office is', () => {
  it.each([
    ["l'abbé", "« Les routes du nord sont vastes et parfois désertes », a expliqué l'abbé Dossou."],
    ["l'évêque", "« Nous prions pour un retour rapide », a déclaré l'évêque Dossou."],
  ])('%s', (_title, quote) => expect(speakers(['L’abbé Marc Dossou dirige la paroisse de Kandi depuis 2015.', quote])).toEqual(['Marc Dossou']));
});
