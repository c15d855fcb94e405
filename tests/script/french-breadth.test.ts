// French shapes that recur across news sites (agency copy, regional papers, NGO and UN releases),
// with sentences written for these tests: the narrative infinitive as an incise, an object pronoun
// before an inverted verb of reply, and partial quotations woven into the narrator's clause even
// where an attribution follows them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { resolveSpeakers } from '../../src/script/attribute.ts';
import { findQuoteSpans } from '../../src/script/quotes.ts';
import { segmentParagraph } from '../../src/script/segment.ts';

function resolved(paragraphs: string[]) {
  const spans = findQuoteSpans(paragraphs);
  return resolveSpeakers(paragraphs.map((p, i) => segmentParagraph(p, spans[i]!, DEFAULT_CONFIG.quoteMinWords)), 'fr').flat();
}
const quotes = (paragraphs: string[]) => resolved(paragraphs).filter((p) => p.role === 'quote');
const speakers = (paragraphs: string[]) => quotes(paragraphs).map((p) => p.speaker);

describe('the narrative infinitive as an incise', () => {
  it.each([
    ['"de lancer X"', ['Paul Girard a pris la parole.', '« Vous tenez les contribuables en otage depuis des mois », de lancer Marc Petit.'], ['Marc Petit']],
    ['"d’ajouter X"', ['« Nous ne signerons rien sans les syndicats », d’ajouter la mairesse, Anne Leroy.'], ['Anne Leroy']],
    ['"et de conclure X"', ['« La saison commence bien pour tout le monde », et de conclure Pierre Lemaire.'], ['Pierre Lemaire']],
  ])('%s', (_shape, paragraphs, expected) => expect(speakers(paragraphs)).toEqual(expected));

  it('leaves an infinitive of something else to the narrator', () => {
    // "de lancer un appel": the infinitive has an object, not a subject; no one is named by it.
    expect(speakers(['Paul Girard a visité le chantier.', '« Nous reconstruirons l’école avant l’été », a-t-il dit avant de lancer un appel aux dons.'])).toEqual(['Paul Girard']);
  });
});

describe('an object pronoun before an inverted verb of reply', () => {
  it('takes the subject after "lui répond", not the pronoun', () => {
    const paragraphs = [
      '« Vous serez dans quel ministère l’an prochain ? », lance le journaliste Marc Petit à la ministre du Travail Anne Leroy.',
      '« Dans quel ministère, vous voulez dire ? », lui répond la ministre, surprise.',
    ];
    expect(speakers(paragraphs)).toEqual(['Marc Petit', 'Anne Leroy']);
  });
});

describe('a partial quotation woven into the narrator’s clause', () => {
  it.each([
    ['after an article, an attribution following', 'Ce rapport, lancé avec la fédération (FIDH), est un « outil essentiel pour les défenseurs qui restent sans voix », a déclaré Mme Leroy, lors d’une conférence de presse à New York.'],
    ['inside a noun phrase, the sentence going on after it', 'Le Maroc a condamné les déclarations « condamnables, irresponsables et inacceptables » du ministre, a affirmé jeudi Paul Girard.'],
    ['a predicate after its subject, an attribution following', 'Le départ du candidat « laisse un vide énorme dans l’opposition », souligne le quotidien.'],
    ['a relative clause after a noun and a comma', 'L’opposition doit agir dans un paysage politique complexe, « où n’importe qui peut être arrêté à tout moment », souligne le quotidien.'],
  ])('%s', (_shape, paragraph) => expect(quotes([paragraph])).toHaveLength(0));

  it('still voices direct speech after a verb of saying or opening its sentence', () => {
    expect(quotes(['« La situation reste très préoccupante pour les familles », a déclaré Anne Leroy.'])).toHaveLength(1);
    expect(quotes(['Selon Claire Dubois, « la situation reste très préoccupante pour les familles ».'])).toHaveLength(1);
    expect(quotes(['Au contraire, « l’histoire nous a montré que la résistance peut réussir », estime Paul Girard.'])).toHaveLength(1);
  });
});

describe('a quotation after the incise of a partial one', () => {
  it('goes to whoever that incise names', () => {
    const paragraphs = [
      'Le ministre Paul Girard était à Lyon dimanche.',
      'La question est de savoir « si nous allons continuer à investir » affirme-t-il. « Pour ma part, je considère que la filière a de l’avenir ».',
    ];
    expect(speakers(paragraphs)).toEqual(['Paul Girard']);
  });
});

describe('more French attributions seen across sites', () => {
  it('takes the name in a clause of comparison before the quotation ("comme le dit X « … »")', () => {
    const paragraphs = ['Le thème de la soirée était la diversité, car comme le dit Madame Claire Morin « ces différences font notre force depuis deux siècles. »'];
    expect(speakers(paragraphs)).toEqual(['Claire Morin']);
  });
  it('gives no one a quotation a group says in the plural ("ajoutent les mêmes sources")', () => {
    const paragraphs = [
      'Les déclarations attribuées au ministre Paul Girard sont sans fondement, ont affirmé samedi des sources autorisées.',
      '« Ces déclarations ont été tirées d’une séance tenue à huis clos », ajoutent les mêmes sources.',
    ];
    expect(speakers(paragraphs)).toEqual([null]);
  });
  it('takes the name opening the sentence before the quotation after a fronted adverbial', () => {
    const paragraphs = ['Dans son adresse, Richard Bell a invité les ressortissants à voter. “Merci pour tout ce que vous faites pour notre pays et pour vos voisins.”'];
    expect(speakers(paragraphs)).toEqual(['Richard Bell']);
  });
});

describe('a quotation after a relative pronoun', () => {
  it('stays with the narrator whatever the marks', () => {
    expect(quotes(['Il a notamment cité le cas du Sénégal, où “il est difficile de faire réagir les autorités et les ministères”.'])).toHaveLength(0);
    expect(quotes(['Il a cité le cas du Sénégal, où « il est difficile de faire réagir les autorités et les ministères ».'])).toHaveLength(0);
  });
});

describe('a noun of speech and a role before a colon', () => {
  it('resolves "Réplique du maire :" to the mayor the article named', () => {
    const paragraphs = ['Le maire François Roy a interrompu la séance lundi.', 'Réplique du maire : « C’est ma prérogative, ce n’est pas la vôtre, monsieur. »'];
    expect(speakers(paragraphs)).toEqual(['François Roy']);
  });
});
