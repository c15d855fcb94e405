// French speakers that unseen news pages (agency sport copy, regional papers, ministries' and
// Canadian, Belgian, Swiss and African outlets) name in ways the resolver missed, with sentences
// written for these tests: a role alone that the article introduced with a name (the préfet, the
// sélectionneur), verbs of sport copy, a description then an apposition after the verb, the
// headline as the only place the speaker is named, and an incise's pronoun whose person is the
// subject of the sentences around rather than someone named in passing.
import { describe, expect, it } from 'vitest';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[], headline?: string) => quoteSpeakers(paragraphs, 'fr', headline);

describe('a role alone, after the verb', () => {
  it('"explique le préfet": the person the article introduced as préfet', () => {
    expect(speakers(['Le préfet de la Somme, Paul Girard, a réuni les maires vendredi.', '« Chacun doit rester vigilant au quotidien », explique le préfet.'])).toEqual(['Paul Girard']);
  });

  it('"a admis le sélectionneur qui …": the relative clause is no part of the subject', () => {
    expect(speakers(['Luc Morel, sélectionneur des Bleus, a parlé après la défaite face aux joueurs de Marc Petit.', '« C’est très douloureux ce soir », a admis le sélectionneur qui a perdu son premier match.'])).toEqual(['Luc Morel']);
  });

  it('"a témoigné l’ex-ministre": a prefixed office', () => {
    expect(speakers(['La ministre de la Culture, Claire Dubois, quitte ses fonctions.', '« J’ai voulu en faire un ministère des combats », a témoigné l’ex-ministre.'])).toEqual(['Claire Dubois']);
  });
});

describe('verbs and descriptions after the quote', () => {
  it.each([
    ['"a rassuré X"', '« Nous sommes montés sur le terrain et nous avons tout donné », a rassuré Marc Petit.', 'Marc Petit'],
    ['"a entamé X"', '« Le plan de jeu était clair pour tout le monde », a entamé Marc Petit.', 'Marc Petit'],
    [
      'a description closing on the name, then an apposition naming an organisation',
      '« Il est important de regarder vers l’avant », a déclaré le président du conseil d’administration de la société Ardent Paul Girard, représentant du groupe Soltex, lors d’une conférence.',
      'Paul Girard',
    ],
  ])('%s', (_shape, paragraph, expected) => expect(speakers([paragraph])).toEqual([expected]));
});

describe('the headline names the speaker the body does not', () => {
  it('"Name : « … »" before a pronoun incise', () => {
    expect(speakers(['« Nous avons encore beaucoup de travail avant le match retour », a-t-il indiqué aux journalistes.'], 'Garcia : « Il y a des choses à améliorer »')).toEqual(['Garcia']);
  });

  it('the subject of the headline’s clause after a quotation, for a role', () => {
    const headline = '« C’est très douloureux » : Paul Morel ne cache pas sa déception';
    expect(speakers(['« Je ne veux pointer le doigt vers personne ce soir », a admis le sélectionneur.'], headline)).toEqual(['Paul Morel']);
  });

  it('not a rubric opening the headline', () => {
    expect(speakers(['« Nous avons encore beaucoup de travail avant le match retour », a-t-il indiqué.'], 'Vidéo Au stade, la soirée des supporters')).toEqual([null]);
  });
});

describe('an incise’s pronoun goes to the person the sentences are about', () => {
  it('not to a woman named in passing in the sentence before', () => {
    const paragraphs = [
      '« Je suis fière d’appartenir à ce gouvernement », a déclaré Anne Leroy.',
      'Anne Leroy a remercié le Premier ministre. Elle a aussi rendu hommage à la ministre sortante, Claire Dubois, saluant son engagement.',
      '« Je reçois aujourd’hui ce relais avec humilité et respect », a-t-elle souligné.',
    ];
    expect(speakers(paragraphs)).toEqual(['Anne Leroy', 'Anne Leroy']);
  });

  it('not to a man named in passing, when the premier is the subject since', () => {
    const paragraphs = [
      '« Il va falloir que ça arrête », a lancé mercredi le premier ministre Paul Girard.',
      'En mêlée de presse, M. Girard n’a pas démenti. Ainsi, la banque a pris une part dans une entreprise dont M. Marc Petit est propriétaire.',
      'Visiblement exaspéré, le premier ministre s’est insurgé contre ces liens.',
      '« C’est blessant, et je pense qu’on doit y réfléchir », a-t-il déclaré.',
    ];
    expect(speakers(paragraphs)).toEqual(['Paul Girard', 'Paul Girard']);
  });

  it('keeps the person named in the pronoun’s own sentence', () => {
    const paragraphs = [
      'Luc Morel revient, lui, sur sa victoire de 2017 : « J’ai eu un moment d’absence au sommet du col. »',
      'Il y a de la revanche dans les mots de Marc Petit quand il évoque sa victoire en 2000 : « Je devais être irréprochable. »',
    ];
    expect(speakers(paragraphs)).toEqual(['Luc Morel', 'Marc Petit']);
  });

  it('leaves a pronoun opening narration to the person named just before', () => {
    const paragraphs = [
      'M. Marc Petit a accepté la suspension de séance.',
      'À la reprise, les députés ont fait part de leur indignation par Paul Girard, président du groupe. Il a demandé un rappel au règlement. « On ne peut pas accepter un tel mépris de notre règlement. »',
    ];
    expect(speakers(paragraphs)).toEqual(['Paul Girard']);
  });
});

describe('a role subject before a colon', () => {
  it('"la joueuse est revenue sur … :" after a fronted phrase', () => {
    const paragraphs = ['Anne Leroy a gagné son premier tour mardi soir. Dans des propos rapportés par le quotidien, la joueuse est revenue sur le match : « C’était compliqué au début, puis tout a tourné. »'];
    expect(speakers(paragraphs)).toEqual(['Anne Leroy']);
  });
});

describe('an unnamed subject described by kin, with a possessive, is the pronoun’s person', () => {
  it.each([
    ['after a fronted adverbial, a name in passing', ['Lina, une lycéenne de 16 ans, a disparu mardi.', 'Dans un entretien au journal local, sa mère, une infirmière, a raconté que Lina était partie tôt. « Elle avait pris son vélo et son sac de sport », a-t-elle expliqué.']],
    ['the subject opening the sentence before a colon', ['Le ministre Paul Girard a promis des recherches.', 'Son frère, joint par téléphone jeudi, dit qu’il attend des nouvelles : « Nous ne savons rien de plus depuis lundi », dit-il.']],
  ])('%s: no name', (_shape, paragraphs) => expect(speakers(paragraphs as string[])).toEqual([null]));

  it('a pronoun of the other gender still looks back to the named person', () => {
    expect(speakers(['Paul Girard dirige le club.', 'Sa mère, une enseignante, a raconté que Paul Girard avait toujours aimé le football. « Je n’ai jamais douté de lui », a-t-il ajouté.'])).toEqual(['Paul Girard']);
  });
});
