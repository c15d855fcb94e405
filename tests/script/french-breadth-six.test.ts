// French speakers that a sixth breadth review of unseen pages (agency dispatches, regional papers,
// vox pops, round-ups of short statements) found wrong, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { findQuoteSpans } from '../../src/script/quotes.ts';
import { segmentParagraph } from '../../src/script/segment.ts';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[], headline?: string) => quoteSpeakers(paragraphs, 'fr', headline);

describe('a name, its office in apposition written with a capital, then a colon', () => {
  it.each([
    ['an office and its place', 'Paul Girard, Maire de Valmont : « Il faut commencer par écouter les habitants du village. »', 'Paul Girard'],
    ['an office, its place and its département', 'Anne Roux, Maire de Saint-Aubin-des-Prés (Orne) : « Nos mandats sont faits de petits et de grands moments. »', 'Anne Roux'],
    ['two offices', 'Marc Lenoir, Maire de Brévannes et Président de la communauté de communes : « Annoncer un décès à une famille vous endurcit vite. »', 'Marc Lenoir'],
    ['the lowercase office still works', 'Paul Girard, maire de Valmont : « Il faut commencer par écouter les habitants du village. »', 'Paul Girard'],
  ])('%s', (_shape, paragraph, expected) => expect(speakers([paragraph])).toEqual([expected]));

  it('a place before a capitalised role is no speaker', () => {
    expect(speakers(['Valmont, Mairie annexe : « Les horaires changent à partir de lundi prochain. »'])).toEqual([null]);
  });
});

describe('a pronoun incise after an unnamed person just introduced is theirs, not an earlier named one', () => {
  it('"Un père de famille a raconté … « … », a-t-il révélé" after a named mayor', () => {
    expect(
      speakers([
        'Le maire Paul Girard a exprimé sa colère. « Ils sont entrés sans être arrêtés, c’est inadmissible », a-t-il affirmé.',
        'Un père de famille a raconté comment son fils avait réagi. « Il m’a demandé si la police allait venir », a-t-il révélé.',
      ]),
    ).toEqual(['Paul Girard', null]);
  });

  it('"Une habitante …" then "», raconte-t-elle" after a named woman', () => {
    expect(
      speakers([
        'La préfète Anne Roux s’est rendue sur place mardi. « Les secours ont été rapides », a-t-elle salué.',
        'Une habitante du quartier attend encore son assurance. « J’ai tout perdu dans l’incendie », raconte-t-elle.',
      ]),
    ).toEqual(['Anne Roux', null]);
  });

  it('a named subject in the same place still gets the pronoun', () => {
    expect(
      speakers([
        'Le maire Paul Girard a exprimé sa colère.',
        'Un habitant, Marc Lenoir, a raconté la scène. « Ils ont forcé la grille », a-t-il révélé.',
      ]),
    ).toEqual(['Marc Lenoir']);
  });
});

describe('a surname written after "M." is a person "il" can point back to, whatever its full form', () => {
  // (A full name of three words whose first the lexicon does not know is no name it registers.)
  const lead = 'Le chef de l’opposition Ousmane Dalein Keita a obtenu 31 % des voix, selon le président de la commission électorale, Paul Girard s’exprimant devant la presse.';
  it('"Dénonçant …, M. Keita a annoncé …" then "», a-t-il conclu"', () => {
    const [who] = speakers([lead, 'Dénonçant une fois de plus une « mascarade », M. Keita a annoncé un recours devant la Cour.', '« Je demande à tous de rester calmes et d’éviter toute forme de violence », a-t-il conclu.']);
    expect(who).toMatch(/Keita$/);
  });

  it('"M. Keita a annoncé …" then "Il a précisé :"', () => {
    const [who] = speakers([lead, 'Dénonçant une fraude, M. Keita a annoncé un recours devant la Cour.', 'Il a toutefois précisé : « Nous appellerons au calme tous nos militants. »']);
    expect(who).toMatch(/Keita$/);
  });
});

describe('"Pour lui, « … »": the view of the person just named', () => {
  it.each([
    ['"lui" after a man named', ['Lundi matin, c’est Paul Girard, chef du service des urgences, qu’on a vu accourir. Pour lui, « la grève n’est pas la meilleure façon d’agir, elle est incompréhensible pour le public ».'], ['Paul Girard']],
    ['"elle" after a woman named', ['La directrice Anne Roux a reçu les parents mardi. Pour elle, « rien ne justifie de fermer l’école avant les vacances de printemps ».'], ['Anne Roux']],
  ])('%s', (_shape, paragraphs, expected) => expect(speakers(paragraphs)).toEqual(expected));

  it('an unnamed person introduced with "une" before a colon is not the man of the "Pour lui"', () => {
    expect(
      speakers(['C’est Paul Girard, chef du service, qu’on a vu accourir. Pour lui, « la grève n’est pas la meilleure façon d’agir ». Une attachée de presse souriante fait comme si de rien n’était : « Des grévistes ? Il n’y en a pas, tout va au mieux. »']),
    ).toEqual(['Paul Girard', null]);
  });
});

describe('an adverb set off by commas between the auxiliary and the participle of the incise', () => {
  it.each([
    ['"a, pour sa part, déclaré" and a role before the name', '« Le département a pris la bonne décision ce matin » a, pour sa part, déclaré le conseiller départemental écologiste Marc Lenoir.', 'Marc Lenoir'],
    ['"a, de son côté, indiqué" and a name', '« Nous attendrons la décision du gouvernement avant de voter », a, de son côté, indiqué Anne Roux.', 'Anne Roux'],
  ])('%s', (_shape, paragraph, expected) => expect(speakers([paragraph])).toEqual([expected]));
});

describe('a lowercase « … » after the comma of a reported "qu’il …" clause finishes the narrator’s sentence', () => {
  const roles = (paragraph: string) => segmentParagraph(paragraph, findQuoteSpans([paragraph])[0]!, DEFAULT_CONFIG.quoteMinWords).map((p) => p.role);
  it('"Il a précisé qu’il appellerait, « le moment venu, … »" stays with the narrator', () => {
    expect(roles('Il a toutefois précisé qu’il appellerait, « le moment venu, les autres candidats et tous les électeurs à organiser des manifestations pacifiques ».')).toEqual(['body']);
  });
  it('the second half of a quotation around its incise is still speech', () => {
    expect(roles('« Nous irons », a-t-il dit, « jusqu’au bout de cette réforme des retraites ».')).toEqual(['quote', 'body', 'quote']);
  });
  it('a capital after the comma is still speech', () => {
    expect(roles('Il a précisé qu’il parlerait ensuite, « Nous voulons la paix et le calme dans tout le pays ».')).toContain('quote');
  });
});

describe('a quotation alone in its paragraph, its speaker named by the sentence that opens the next one', () => {
  it.each([
    ['a noun of speech and the person, "Première prise de parole du ministre …, X,"', ['« Je viens d’apprendre que nos deux otages ont été libérés ce matin ».', 'Première prise de parole du ministre des Anciens combattants, Paul Girard, dans l’hémicycle, pour annoncer la nouvelle.'], ['Paul Girard']],
    ['"C’est par ces mots que X a …"', ['« Nous ne céderons rien sur les salaires cette année. »', 'C’est par ces mots que la secrétaire générale du syndicat, Anne Roux, a ouvert le congrès mardi.'], ['Anne Roux']],
    ['"C’est en ces termes qu’a réagi X"', ['« Nous ne céderons rien. Rien du tout sur les salaires. »', 'C’est en ces termes qu’a réagi Marc Lenoir après le vote du conseil.'], ['Marc Lenoir']],
    ['not a next paragraph that only names someone', ['« Nous ne céderons rien sur les salaires cette année. »', 'Le congrès s’est ouvert mardi à Lyon en présence de Paul Girard.'], [null]],
  ])('%s', (_shape, paragraphs, expected) => expect(speakers(paragraphs)).toEqual(expected));
});

describe('"Voilà comment X, le maire de …, a décrit …" after a quotation', () => {
  const paragraphs = [
    'Après les crues, le maire de Valmont se félicite au micro de Paul Roy sur Radio Bleue de constater une forte solidarité.',
    '« C’est du jamais vu. » Voilà comment Marc Lenoir, le maire de Valmont, a décrit les inondations de la nuit.',
    'Une crue « impossible » à prévoir. « En une seconde, l’eau est montée jusqu’au premier étage », explique-t-il au micro de Paul Roy sur Radio Bleue.',
  ];
  it('names the speaker of the quotation before it, and is the subject a later "il" points back to (not the interviewer named in passing)', () => {
    expect(speakers(paragraphs)).toEqual(['Marc Lenoir', 'Marc Lenoir']);
  });
  it('"C’est ainsi que X a …" likewise', () => {
    expect(speakers(['« Nous reconstruirons tout, pierre par pierre. » C’est ainsi qu’Anne Roux, la présidente du département, a conclu la séance.'])).toEqual(['Anne Roux']);
  });
});

describe('an inverted verb, its adverbials, then the name set off by commas', () => {
  it.each([
    ['a medium and a date before the name', 'Six mois après, « le village est toujours sinistré », raconte sur Radio Bleue dimanche 14 avril, Paul Girard, le maire de Valmont.', 'Paul Girard'],
    ['a place before the name', '« Nous ne lâcherons rien », a lancé devant la préfecture, Anne Roux, avant de partir.', 'Anne Roux'],
  ])('%s', (_shape, paragraph, expected) => expect(speakers([paragraph])).toEqual([expected]));
});

describe('"l’édile" points back to the mayor named before', () => {
  it('"», résume l’édile"', () => {
    expect(speakers(['Anne Roux, élue de Valmont, restera marquée par cette journée. « Tout est allé très vite, il a fallu réagir très vite », résume l’édile.'])).toEqual(['Anne Roux']);
  });
});

describe('an inverted pronoun after a reflexive or object pronoun', () => {
  it.each([
    ['"s’agace-t-il"', '« Ce n’est pas parce qu’on habite un petit village qu’on doit être oublié », s’agace-t-il face à son maire.', 'Paul Girard'],
    ['"s’interroge-t-il"', '« Qui paiera les réparations de la digue cette année ? », s’interroge-t-il.', 'Paul Girard'],
    ['"se désole-t-il"', '« Personne ne nous a prévenus avant la crue de la nuit », se désole-t-il.', 'Paul Girard'],
    ['"s’est-il agacé"', '« Personne ne nous a prévenus avant la crue de la nuit », s’est-il agacé.', 'Paul Girard'],
    ['"m’a-t-il dit"', '« Personne ne nous a prévenus avant la crue de la nuit », m’a-t-il dit.', 'Paul Girard'],
  ])('%s', (_shape, quote, expected) => expect(speakers(['Paul Girard habite Valmont depuis 2017.', quote])).toEqual([expected]));

  it('the plural is a group, no one person', () => {
    expect(speakers(['Paul Girard habite Valmont depuis 2017.', '« Qui paiera les réparations de la digue cette année ? », s’interrogent-ils.'])).toEqual([null]);
  });
});

describe('a role subject after a fronted phrase whose first word reads like a name', () => {
  it('"Malgré cet élan, le maire de Valmont a fait appel à … « … »" is the mayor named before', () => {
    expect(
      speakers([
        'Marc Lenoir, le maire de Valmont, a décrit la crue de la nuit.',
        'Malgré cet élan de solidarité, le maire de Valmont a fait appel à des patrouilles de police. « C’était une très grande crainte pour les gens sinistrés. »',
      ]),
    ).toEqual(['Marc Lenoir']);
  });
});
