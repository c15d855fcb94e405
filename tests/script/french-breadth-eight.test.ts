// French speakers that an eighth breadth review of unseen pages (Belgian, Swiss, Québécois and
// African outlets, agency copy, sport interviews) found wrong, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { pieces, quoteSpeakers } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[], headline?: string) => quoteSpeakers(paragraphs, 'fr', headline);
const script = (text: string) => buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const turns = (text: string) =>
  script(text)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => s.speaker);

describe('an interview without labels whose headline quotes its guest, "Name : « … »"', () => {
  const qa = (headline: string) =>
    [
      headline,
      '- Premier match et première victoire, vous attendiez-vous à un tel début ?',
      '- Oui, je suis très content. Nous avons travaillé très dur pendant le stage et aujourd’hui nous en récoltons les fruits.',
      '- Comment avez-vous trouvé le public de Valbourg ?',
      '- Je n’avais jamais vu une telle ambiance, les supporters nous ont portés jusqu’au bout du match.',
    ].join('\n\n');

  it('a surname alone labels the headline quote: the answers are that guest’s', () => {
    expect(turns(qa('Verlindo : « Premier match, première victoire, que demander de plus ? »'))).toEqual(['Reporter', 'Verlindo', 'Reporter', 'Verlindo']);
  });

  it('a kicker before the guest’s name, "Coupe des régions - Tanguy Verlindo : « … »"', () => {
    expect(turns(qa('Coupe des régions - Tanguy Verlindo : « Un sentiment d’inachevé »'))).toEqual(['Reporter', 'Tanguy Verlindo', 'Reporter', 'Tanguy Verlindo']);
  });
});

describe('a role with its place before the name in apposition, "le maïeur de Montfort, Arnold Verlinden"', () => {
  it('"», réagit à son tour le maïeur de Montfort, Arnold Verlinden (MR), qui …": the name, not "de Montfort"', () => {
    expect(
      speakers(['Les élus de la région se sont réunis mardi pour parler des routes.', '« Il aurait été utile de nous consulter sur ce dossier », réagit à son tour le maïeur de Montfort, Arnold Verlinden (MR), qui se dit inquiet.']),
    ).toEqual(['Arnold Verlinden']);
  });

  it('"», a ajouté le maïeur de Montfort": the Belgian mayor is a role that points back to him', () => {
    expect(
      speakers([
        'Le maïeur de Montfort, Arnold Verlinden, a réuni son conseil mardi soir pour parler du budget.',
        'Le conseil a voté le texte à l’unanimité après deux heures de débat.',
        '« Ça ou rien, c’est la même chose », a ajouté le maïeur de Montfort.',
      ]),
    ).toEqual(['Arnold Verlinden']);
  });

  it('a long description ends on its place, "Selon le chef de service départemental des sports de Valbourg, « … »"', () => {
    const [who] = speakers([
      'Les travaux du stade sont achevés à 80 %, a indiqué lundi Paul Verlinden.',
      'Selon le chef de service départemental des sports de Valbourg, « la question des stades est devenue cruciale pour toute la région ».',
    ]);
    expect(who).not.toBe('de Valbourg');
  });
});

describe('a party member’s noun as the role that points back ("a souligné le libéral")', () => {
  it.each([
    ['le libéral', '« Nous avons fait des économies partout », a souligné le libéral.'],
    ['le socialiste and an adjective of place', '« Nous avons fait des économies partout », a écrit le socialiste valbourgeois sur son blog.'],
    ['l’écologiste', '« Nous avons fait des économies partout », a ajouté l’écologiste.'],
  ])('%s', (_shape, quote) => {
    expect(speakers(['Le bourgmestre de Valbourg, Paul Verlinden, a réuni son conseil mardi soir pour parler du budget.', quote])).toEqual(['Paul Verlinden']);
  });
});

describe('"a laissé entendre X" reports words', () => {
  it('"», a laissé entendre le ministre Paul Verlinden à la fin du conseil"', () => {
    expect(speakers(['« Nous suivons la situation de près et nous ne voulons pas interférer », a laissé entendre le ministre Paul Verlinden à la fin du conseil.'])).toEqual(['Paul Verlinden']);
  });
});

describe('a surname with the elided particle, "Arnold d’Orval", in apposition after a role', () => {
  it('"», réagit à son tour le maïeur non nommé de Montfort, Arnold d’Orval (FDF), qui …"', () => {
    expect(
      speakers([
        'Le ministre Paul Verlinden n’a rencontré personne jusqu’ici.',
        '« Il aurait été utile de nous consulter sur ce dossier », réagit à son tour le maïeur non nommé de Montfort, Arnold d’Orval (FDF), qui se dit inquiet.',
      ]),
    ).toEqual(['Arnold d’Orval']);
  });
});

describe('"le premier" and "la seconde" for two people just named in that order', () => {
  const two = 'À ses côtés, Marc Verlinden, président de la fédération des commerçants, et Sophie Dubosc, présidente de l’office du tourisme, disent leur scepticisme.';
  it('"», conteste le premier." then "», enchaîne la seconde."', () => {
    expect(speakers([`${two} « Qu’on vienne nous expliquer l’intérêt économique du projet », conteste le premier. « Deux cents emplois sont en jeu à Valbourg », enchaîne la seconde.`])).toEqual([
      'Marc Verlinden',
      'Sophie Dubosc',
    ]);
  });

  it('"», ajoute le second." after a sentence naming two men', () => {
    expect(speakers(['Paul Girard et Marc Verlinden ont visité le chantier mardi.', '« Le chantier a pris du retard », reconnaît le premier. « Il sera fini en juin », ajoute le second.'])).toEqual(['Paul Girard', 'Marc Verlinden']);
  });
});

describe('a capitalised noun after the plural article "les" opens no name ("avec les Institutions Tamsir Dakoro")', () => {
  it('the minister’s long title ends on a plural noun, then his name', () => {
    expect(
      speakers([
        'Le ministre du Travail, du Dialogue social et des Relations avec les Institutions Tamsir Dakoro, a souligné jeudi, à Valbourg, les avancées de la réforme.',
        'Tamsir Dakoro qui présidait l’ouverture d’un atelier de son département s’est réjoui des résultats.',
        '« Des discussions fructueuses ont eu lieu entre les partenaires sociaux », s’est-il félicité.',
      ]),
    ).toEqual(['Tamsir Dakoro']);
  });
});

describe('a name after the noun of a place named after someone is the place’s ("le directeur du stade Ousseynou Valbert")', () => {
  it('"», a ajouté le directeur du stade Ousseynou Valbert." points back to the director named before', () => {
    expect(
      speakers([
        'Les travaux du stade sont achevés à 80 %, a indiqué lundi son directeur, Paul Girard.',
        '« Nous attendons la dernière équipe pour le nettoyage », a ajouté le directeur du stade Ousseynou Valbert.',
      ]),
    ).toEqual(['Paul Girard']);
  });
});

describe('verbs of saying from agency and Swiss copy', () => {
  it.each([
    ['"», a fait observer X"', '« Nous sommes à 80 % des travaux », a fait observer Paul Girard, dans un entretien.'],
    ['"», balance X"', '« Les habitants peuvent se sentir trahis », balance le rédacteur en chef du Courrier de Valbourg Paul Girard dans son éditorial.'],
  ])('%s', (_shape, quote) => expect(speakers([quote])).toEqual(['Paul Girard']));
});

describe('a quotation credited after a dash, "«…» -Nom Prénom", as sport pages head their sections', () => {
  it.each([
    ['a hyphen glued to the name', '«J’ai pris une punition stupide» -Marc Verlinden'],
    ['an en dash and a space', '« On jouait de la bonne façon » – Marc Verlinden'],
  ])('%s', (_shape, line) => expect(speakers(['Les joueurs étaient déçus après la défaite de samedi.', line])).toEqual(['Marc Verlinden']));
});

describe('"Quant à X, il …" makes X the sentence’s subject, whom the incises after point to', () => {
  it('"Quant au conseiller national Marc Verlinden, il agite …" then "», a écrit le socialiste …" and "martèle-t-il"', () => {
    expect(
      speakers([
        'Le projet passe mal. « Les habitants peuvent se sentir trahis », balance le rédacteur en chef du Courrier de Valbourg Paul Girard dans son éditorial du jour. Quant au conseiller national Marc Verlinden, il agite la menace d’une grève.',
        '« Au nom du fédéralisme, on se battra », a écrit le socialiste valbourgeois sur Twitter. Des propos qu’il assume pleinement. « Ça ne va pas ! » martèle-t-il.',
      ]),
    ).toEqual(['Paul Girard', 'Marc Verlinden', 'Marc Verlinden']);
  });
});

describe('a quotation closing a paragraph about the speaker before, with no attribution of its own', () => {
  it('"Pour Paul Verlinden, … Et le report … « … »" goes on with Paul Verlinden', () => {
    expect(
      speakers([
        'Le bourgmestre Paul Verlinden était l’invité de la radio vendredi. « Il y a un ras-le-bol chez les bourgmestres », a souligné le libéral.',
        'Les bourgmestres vont-ils fermer les yeux ? Pour Paul Verlinden, ils doivent garantir la quiétude sur leur territoire. Et le report de l’ouverture des cafés ne va pas les aider. « Les jeunes ont besoin de se retrouver, on leur avait promis une ouverture le 1er mai. »',
      ]),
    ).toEqual(['Paul Verlinden', 'Paul Verlinden']);
  });

  it('not when the paragraph names someone else', () => {
    expect(
      speakers([
        'Le bourgmestre Paul Verlinden était l’invité de la radio vendredi. « Il y a un ras-le-bol chez les bourgmestres », a souligné le libéral.',
        'Pour Paul Verlinden, ils doivent garantir la quiétude. Marc Dubosc, le cafetier de la place, ne décolère pas. « On nous avait promis une ouverture le 1er mai. »',
      ])[1],
    ).not.toBe('Paul Verlinden');
  });
});

describe('agency copy that reverses the guillemets, " »Nous … stade « , a ajouté X."', () => {
  it('a « with only a comma after it closes the quotation, so the attribution is narration', () => {
    const paragraphs = [
      'Les travaux du stade sont achevés à 80 %, a indiqué lundi son directeur, Paul Girard.',
      ' »Nous attendons la dernière équipe qui se chargera du nettoyage du stade « , a ajouté Paul Girard.',
    ];
    const quoted = pieces(paragraphs).flat().filter(([role]) => role === 'quote');
    expect(quoted.map(([, text]) => text).join(' ')).not.toContain('a ajouté');
    expect(quoted.map(([, , who]) => who)).toEqual(['Paul Girard']);
  });
});

describe('a quotation whose guillemets the copy lost, the space inside them left before the comma', () => {
  it('"C’est plus officiel … que par téléphone , affirme le maire Paul Girard." is a quote', () => {
    const paragraphs = [
      'Les conseillers de Valbourg se sont réunis dans leur salle habituelle, les bureaux éloignés l’un de l’autre.',
      'C’est pas mal plus officiel quand nous sommes tous face à face pour discuter que par téléphone , affirme le maire Paul Girard.',
    ];
    const quoted = pieces(paragraphs).flat().filter(([role]) => role === 'quote');
    expect(quoted.map(([, text, who]) => [text.slice(0, 20), who])).toEqual([['C’est pas mal plus o', 'Paul Girard']]);
  });

  it('a comma after a space in a sentence with no verb of saying after it stays narration', () => {
    const quoted = pieces(['Les conseillers se sont réunis dans leur salle , puis ils ont voté le budget de la commune.']).flat().filter(([role]) => role === 'quote');
    expect(quoted).toEqual([]);
  });
});

describe('the person a place is named after is no one the narration mentions', () => {
  it('"Selon le chef de service …, « … »" after "le directeur du stade Aline Valbert" goes to the director', () => {
    expect(
      speakers([
        'Les travaux du stade Aline Valbert sont achevés à 80 %, a indiqué lundi son directeur.',
        '« Nous sommes à 80 % des travaux », a fait observer Paul Girard. « Nous attendons la dernière équipe », a ajouté le directeur du stade Aline Valbert.',
        'Selon le chef du service départemental des sports de Valbourg, « la question des stades est devenue cruciale pour la région ».',
      ]),
    ).toEqual(['Paul Girard', 'Paul Girard', 'Paul Girard']);
  });
});

describe('a quotation opening a paragraph, its speaker introduced right after it with their age', () => {
  it.each([
    ['at the sentence’s start', '« On a travaillé pour que la commune devienne une collectivité moderne. » Paul Girard, 57 ans, maire de Valbourg, veut finir les travaux du bourg.'],
    ['after "À l’instar de"', '« On a travaillé pour que la commune devienne une collectivité moderne. » À l’instar de Paul Girard, 57 ans, maire de Valbourg, ils sont nombreux à vouloir finir leurs projets.'],
  ])('%s', (_shape, paragraph) => expect(speakers(['Beaucoup de maires ne se représenteront pas. Ils s’en expliquent.', paragraph])).toEqual(['Paul Girard']));

  it('not a person the sentence says something happened to', () => {
    expect(speakers(['Le village est sous le choc.', '« C’était un homme bien. » Le drame a coûté la vie à Paul Girard, 57 ans, un agriculteur du village.'])).toEqual([null]);
  });
});
