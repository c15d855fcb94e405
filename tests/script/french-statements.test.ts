// French layouts of statements and press records: labels closed by ".-" (presidential archives), a
// Québec press-conference label "Mme Surname :", a statement announced by a line ending on a colon,
// one quotation marked only where it opens and ends over several paragraphs, and the gender a role
// states with an adjective before it ("le Premier ministre").
import { describe, expect, it } from 'vitest';
import { looksLikeHeading } from '../../src/article/heading-shape.ts';
import { parseText } from '../../src/article/parse-text.ts';
import { findTurns } from '../../src/article/turns.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { findQuoteSpans } from '../../src/script/quotes.ts';

const segments = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline');
const quotes = (text: string) => segments(text).map((s) => [s.role, s.speaker, s.text.slice(0, 25), s.speakerGender ?? null]);
const labels = (ps: string[]) => findTurns(ps).map((t) => t?.label ?? null);

describe('labels closed by a stop and a dash', () => {
  it('reads "LE PRESIDENT.-" and "- QUESTION.-" as turns: the role is the person the headline names, questions are Reporter', () => {
    const text = [
      'Rencontre de M. Paul Roussel, Président de la République, avec la presse, le 3 mars', '',
      'LE PRESIDENT.- Mesdames et messieurs, je vous écoute.', '',
      '- QUESTION.- Irez-vous à Bruxelles la semaine prochaine ?', '',
      '- LE PRESIDENT.- Oui, nous y serons tous les deux.', '',
    ].join('\n');
    expect(quotes(text)).toEqual([
      ['quote', 'Paul Roussel', 'Mesdames et messieurs, je', 'male'],
      ['quote', 'Reporter', 'Irez-vous à Bruxelles la ', null],
      ['quote', 'Paul Roussel', 'Oui, nous y serons tous l', 'male'],
    ]);
  });

  it('takes a Title-case name after initials as the label, and one such line alone (a dateline) makes no transcript', () => {
    expect(labels(['J.-P. Elkabbach.- Bonjour, monsieur le ministre.', 'L. Chatel.- Bonjour.'])).toEqual(['J.-P. Elkabbach', 'L. Chatel']);
    expect(labels(['PARIS.- Le gouvernement a présenté son budget mardi.', 'Le débat commence demain.'])).toEqual([null, null]);
  });
});

describe('a French honorific label with the spaced colon', () => {
  it('reads one "Mme McCann :" as a turn (a name with a capital inside), the speaker at her fullest name, a woman', () => {
    const text = [
      'Point de presse de Mme Danielle McCann, ministre de l’Enseignement supérieur', '',
      'Mme McCann : Bonjour, tout le monde. Je salue mon adjointe parlementaire.', '',
      'Alors, c’est une journée qui est très importante pour nous et pour le milieu universitaire.', '',
    ].join('\n');
    expect(quotes(text)).toEqual([
      ['quote', 'Danielle McCann', 'Bonjour, tout le monde. J', 'female'],
      ['quote', 'Danielle McCann', 'Alors, c’est une journée ', 'female'],
    ]);
  });

  it('needs the honorific: "Le bilan : …" opening a paragraph stays narration', () => {
    expect(labels(['Le bilan : trois morts et dix blessés.', 'La police enquête.'])).toEqual([null, null]);
  });

  it('opens no transcript with "M. Roy : « … »" inside a story: the story after it stays narration', () => {
    expect(labels(['Le maire a réagi mardi.', 'M. Roy : « Nous reconstruirons l’école. »', 'La préfecture a confirmé le calendrier des travaux.'])).toEqual([null, null, null]);
  });
});

describe('a statement announced by a colon, quoted over several paragraphs', () => {
  const text = [
    'Déclaration du Premier ministre', '', 'Août 17, 2005', '',
    'Le Premier ministre Paul Roy a fait la déclaration suivante aujourd’hui :', '',
    '« Au cours des derniers jours, notre pays a traversé une épreuve difficile.', '',
    'Les Canadiens ont le droit d’être rassurés sur ce point.', '',
    'Je suis confiant que nous en sortirons plus forts. »', '',
    'Le bureau du Premier ministre a publié la déclaration en deux langues.', '',
  ].join('\n');

  it('keeps the announcing line in the story (no standfirst) and gives every paragraph of the quotation to its speaker', () => {
    expect(quotes(text)).toEqual([
      ['body', null, 'Le Premier ministre Paul ', null],
      ['quote', 'Paul Roy', 'Au cours des derniers jou', 'male'],
      ['quote', 'Paul Roy', 'Les Canadiens ont le droi', 'male'],
      ['quote', 'Paul Roy', 'Je suis confiant que nous', 'male'],
      ['body', null, 'Le bureau du Premier mini', null],
    ]);
  });

  it('reads a short last paragraph ending on a stop and a spaced guillemet as a sentence, not a heading', () => {
    expect(looksLikeHeading('Je suis confiant que nous en sortirons. »')).toBe(false);
    expect(looksLikeHeading('Les « gilets jaunes »')).toBe(true);
  });

  it('runs an open quotation through unmarked paragraphs only to a closing mark: an opening mark later ends it', () => {
    const spans = (ps: string[]) => findQuoteSpans(ps).map((s) => s.map((q) => [q.continues, q.continued]));
    expect(spans(['« Nous partons demain.', 'Le voyage dure deux jours.', 'Il a dit « au revoir » en partant.'])).toEqual([[[false, false]], [], [[false, false]]]);
    expect(spans(['« Nous partons demain.', 'Le voyage dure deux jours.', 'Nous reviendrons lundi. »'])).toEqual([[[true, false]], [[true, true]], [[false, true]]]);
  });
});

describe('the gender a French role states with an adjective before it', () => {
  it('reads "le Premier ministre X" as a man and "la Première ministre Y" as a woman', () => {
    const man = ['Visite à Lyon', '', 'Le Premier ministre Marc Blanc a visité Lyon mardi.', '', '« Nous reviendrons », a déclaré Marc Blanc.'].join('\n');
    const woman = ['Visite à Lyon', '', 'La Première ministre Anne Noir a visité Lyon mardi.', '', '« Nous reviendrons », a déclaré Anne Noir.'].join('\n');
    expect(quotes(man).filter(([role]) => role === 'quote')).toEqual([['quote', 'Marc Blanc', 'Nous reviendrons', 'male']]);
    expect(quotes(woman).filter(([role]) => role === 'quote')).toEqual([['quote', 'Anne Noir', 'Nous reviendrons', 'female']]);
  });
});

describe('French narrated news: organisations, appositions after an adverbial, a role’s complement', () => {
  const story = (...ps: string[]) => ['Grève dans les hôpitaux', '', ...ps.flatMap((p) => [p, ''])].join('\n');
  const spoken = (text: string) => quotes(text).filter(([role]) => role === 'quote').map(([, speaker, words, gender]) => [speaker, words, gender]);

  it('gives a quote by "l’association X" no speaker (an organisation), and makes it no one’s later "elle"', () => {
    const text = story(
      'La ministre Anne Roy a présenté mardi un plan pour les hôpitaux publics.',
      '« C’est une bonne nouvelle pour les patients », a réagi l’association France Assos Santé.',
      '« Nous espérons un accord avant l’été », confie-t-elle au journal.',
    );
    expect(spoken(text)).toEqual([
      [null, 'C’est une bonne nouvelle ', null],
      ['Anne Roy', 'Nous espérons un accord a', 'female'],
    ]);
  });

  it('reads the name in apposition after an adverbial and a description ("a lancé dimanche le secrétaire du syndicat, Luc Vert,")', () => {
    const text = story(
      'Pour le député Jean Noir, le plan arrive trop tard pour les patients des urgences.',
      '« Nous resterons mobilisés jusqu’au bout », a lancé dimanche le secrétaire général du syndicat, Luc Vert, devant la foule.',
    );
    expect(spoken(text)).toEqual([['Luc Vert', 'Nous resterons mobilisés ', 'male']]);
  });

  it('gives "a affirmé le ministre de l’Économie" to the person introduced by that description, not to the last man named', () => {
    const text = story(
      'Le Premier ministre Jean-Marc Ayrault a présenté vendredi le budget. Le ministre de l’Économie, Pierre Moscovici, l’a défendu devant la presse.',
      '« C’est un budget de combat », a déclaré Jean-Marc Ayrault.',
      '« Nous demandons un effort à tous les Français », a affirmé le ministre de l’Économie.',
    );
    expect(spoken(text).map(([speaker]) => speaker)).toEqual(['Jean-Marc Ayrault', 'Pierre Moscovici']);
  });

  it('reads the gender of "le ministre de l’Économie, Marc Blanc" (the role’s complement before the comma)', () => {
    const text = story('Selon le ministre de l’Économie, Marc Blanc, le budget est prêt.', '« Il n’y aura pas de nouvel impôt », a déclaré Marc Blanc.');
    expect(spoken(text)).toEqual([['Marc Blanc', 'Il n’y aura pas de nouvel', 'male']]);
  });

  it('keeps a quotation paragraph with few stopwords that ends on a stop and a spaced guillemet (a sentence, not chrome) at the story’s end', () => {
    const text = story(
      'Le président du club, Jean Aulas, a annoncé lundi le départ de l’entraîneur après trois saisons difficiles en championnat, une décision que les supporters attendaient depuis la défaite du mois dernier contre le rival de la région.',
      'Valérie Fourneyron déclare : « Le sport français perd un grand technicien. »',
      '« Il reviendra », a-t-elle ajouté.',
    );
    expect(spoken(text)).toEqual([['Valérie Fourneyron', 'Le sport français perd un', 'female'], ['Valérie Fourneyron', 'Il reviendra', 'female']]);
  });
});

describe('the gender French nouns state in apposition', () => {
  const story = (...ps: string[]) => ['Manifestation à Madrid', '', ...ps.flatMap((p) => [p, ''])].join('\n');
  const genders = (text: string) => quotes(text).filter(([role]) => role === 'quote').map(([, speaker, , gender]) => [speaker, gender]);

  it('reads occupations in their gendered form and nouns of both genders by their determiner', () => {
    const text = story(
      'Des milliers de manifestants se sont rassemblés mardi devant le Congrès. Le chef du gouvernement, Mariano Rajoy, était à New York.',
      '« Nous ne voulons plus de ces coupes », a déclaré Ana Pastor, une enseignante de 45 ans.',
      '« La police a agi avec mesure », a déclaré Inés Sala, la juge chargée du dossier.',
      'Mariano Rajoy a réagi depuis New York : « La majorité ne manifeste pas. »',
    );
    expect(genders(text)).toEqual([['Ana Pastor', 'female'], ['Inés Sala', 'female'], ['Mariano Rajoy', 'male']]);
  });

  it('tells two people of one surname apart: what is said of "Ana Pastor" is not said of "Luis Pastor"', () => {
    const text = story(
      'Ana Pastor, une enseignante de 45 ans, manifestait avec Luis Pastor devant le Congrès des députés mardi soir.',
      '« Le gouvernement ne nous écoute pas », a déclaré Luis Pastor.',
    );
    expect(genders(text)).toEqual([['Luis Pastor', null]]);
  });
});

describe('a transcript’s chapter title', () => {
  it('comes from the first turn’s words, not its label', () => {
    const text = ['Rencontre de M. Paul Roussel avec la presse', '', 'LE PRESIDENT.- Mesdames et messieurs, je vous écoute.', '', '- QUESTION.- Irez-vous à Bruxelles ?', ''].join('\n');
    const s = buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
    expect(s.chapters[1]!.title).toBe('Mesdames et messieurs, je vous écoute');
  });
});

describe('more French attributions', () => {
  const story = (...ps: string[]) => ['Mali : la France intervient', '', ...ps.flatMap((p) => [p, ''])].join('\n');
  const spoken = (text: string) => quotes(text).filter(([role]) => role === 'quote').map(([, speaker, , gender]) => [speaker, gender]);
  const lead = 'Le ministre de la Défense, Jean-Yves Le Drian, a présenté vendredi le plan. La ministre de la Culture, Aurélie Filippetti, était présente.';

  it('takes the name closing an organisation’s ("le président de la République François Hollande"), not the last man named', () => {
    expect(spoken(story(lead, '« Nous irons jusqu’au bout », a déclaré le président de la République François Hollande.'))).toEqual([['François Hollande', 'male']]);
  });

  it('resolves a role alone to the person introduced in it with a complement, of the same gender', () => {
    const text = story(lead, 'Marine Le Pen a soutenu l’opération.', 'De son côté, la ministre a indiqué : « Les écoles resteront ouvertes. »', '« Le plan est prêt », a ajouté le ministre.');
    expect(spoken(text).map(([speaker]) => speaker)).toEqual(['Aurélie Filippetti', 'Jean-Yves Le Drian']);
  });

  it('reads "a ainsi tweeté X", leaves words read in a document to no one, and reads a woman from "s’est indignée X"', () => {
    const text = story(
      lead,
      '« L’armée a besoin de nous », a ainsi tweeté Nadine Morano.',
      '« Aucune décision n’est définitive », peut-on lire dans le communiqué.',
      '« Les soldats doivent rentrer au plus vite », s’est indignée Eva Joly.',
    );
    expect(spoken(text)).toEqual([['Nadine Morano', null], [null, null], ['Eva Joly', 'female']]);
  });
});

describe('reactions listed as "Name : « … »"', () => {
  it('gives each quotation its label’s speaker, without the marks, and leaves the story after them to the narrator', () => {
    const text = [
      'France : réactions après le discours', '',
      'Le président a prononcé mardi un discours sur l’emploi devant les partenaires sociaux réunis à Paris.', '',
      'Jean-François Copé : « C’est un discours sans contenu. »', '',
      'Marine Le Pen : « Les Français attendaient des actes. »', '',
      'Le discours sera suivi d’une conférence sociale en juillet, selon l’Élysée.', '',
    ].join('\n');
    expect(segments(text).map((s) => [s.role, s.speaker, s.text])).toEqual([
      ['body', null, 'Le président a prononcé mardi un discours sur l’emploi devant les partenaires sociaux réunis à Paris.'],
      ['quote', 'Jean-François Copé', 'C’est un discours sans contenu.'],
      ['quote', 'Marine Le Pen', 'Les Français attendaient des actes.'],
      ['body', null, 'Le discours sera suivi d’une conférence sociale en juillet, selon l’Élysée.'],
    ]);
  });

  it('keeps a statement read on after a turn quoted whole in the speaker’s voice while it speaks in the first person', () => {
    const text = [
      'Department Press Briefing', '', 'MS HOLT: “The talks will resume on Monday in Geneva.”', '',
      'We expect both delegations to attend, and we will brief you afterwards.', '',
      'QUESTION: Will the minister attend?', '',
    ].join('\n');
    expect(segments(text).map((s) => [s.role, s.speaker])).toEqual([['quote', 'Ms Holt'], ['quote', 'Ms Holt'], ['quote', 'Reporter']]);
  });
});
