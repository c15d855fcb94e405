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
      '- Trois buts dès votre arrivée, vous y attendiez-vous ?',
      '- Pas du tout, je pensais rester sur le banc. Le coach m’a fait confiance et j’ai essayé de lui rendre.',
      '- Que retenez-vous des tribunes de Valbourg ?',
      '- Je me souviendrai longtemps des chants, ils m’ont donné des jambes en fin de partie.',
    ].join('\n\n');

  it('a surname alone labels the headline quote: the answers are that guest’s', () => {
    expect(turns(qa('Verlindo : « Trois buts pour une première, je n’en reviens pas »'))).toEqual(['Reporter', 'Verlindo', 'Reporter', 'Verlindo']);
  });

  it('a kicker before the guest’s name, "Coupe des régions - Tanguy Verlindo : « … »"', () => {
    expect(turns(qa('Coupe des régions - Tanguy Verlindo : « Je garde un goût amer »'))).toEqual(['Reporter', 'Tanguy Verlindo', 'Reporter', 'Tanguy Verlindo']);
  });
});

describe('a role with its place before the name in apposition, "le maïeur de Montfort, Arnold Verlinden"', () => {
  it('"», réagit à son tour le maïeur de Montfort, Arnold Verlinden (MR), qui …": the name, not "de Montfort"', () => {
    expect(
      speakers(['Les élus de la région se sont réunis mardi pour parler des routes.', '« On aurait aimé être prévenus avant la fermeture du pont », réagit à son tour le maïeur de Montfort, Arnold Verlinden (MR), qui se dit inquiet.']),
    ).toEqual(['Arnold Verlinden']);
  });

  it('"», a ajouté le maïeur de Montfort": the Belgian mayor is a role that points back to him', () => {
    expect(
      speakers([
        'Le maïeur de Montfort, Arnold Verlinden, a réuni son conseil mardi soir pour parler du budget.',
        'Le conseil a voté le texte à l’unanimité après deux heures de débat.',
        '« Cette solution ne règle rien pour nous », a ajouté le maïeur de Montfort.',
      ]),
    ).toEqual(['Arnold Verlinden']);
  });

  it('a long description ends on its place, "Selon le chef de service départemental des sports de Valbourg, « … »"', () => {
    const [who] = speakers([
      'Le chantier du stade touche à sa fin, a indiqué lundi Paul Verlinden.',
      'Selon le chef de service départemental des sports de Valbourg, « il manque des terrains pour tous les clubs de la région ».',
    ]);
    expect(who).not.toBe('de Valbourg');
  });
});

describe('a party member’s noun as the role that points back ("a souligné le libéral")', () => {
  it.each([
    ['le libéral', '« Le budget de la piscine est bouclé », a souligné le libéral.'],
    ['le socialiste and an adjective of place', '« Le budget de la piscine est bouclé », a écrit le socialiste valbourgeois sur son blog.'],
    ['l’écologiste', '« Le budget de la piscine est bouclé », a ajouté l’écologiste.'],
  ])('%s', (_shape, quote) => {
    expect(speakers(['Le bourgmestre de Valbourg, Paul Verlinden, a réuni son conseil mardi soir pour parler du budget.', quote])).toEqual(['Paul Verlinden']);
  });
});

describe('"a laissé entendre X" reports words', () => {
  it('"», a laissé entendre le ministre Paul Verlinden à la fin du conseil"', () => {
    expect(speakers(['« Nous observons la situation sans nous en mêler », a laissé entendre le ministre Paul Verlinden à la fin du conseil.'])).toEqual(['Paul Verlinden']);
  });
});

describe('a surname with the elided particle, "Arnold d’Orval", in apposition after a role', () => {
  it('"», réagit à son tour le maïeur non nommé de Montfort, Arnold d’Orval (FDF), qui …"', () => {
    expect(
      speakers([
        'Le ministre Paul Verlinden n’a rencontré personne jusqu’ici.',
        '« On aurait aimé être prévenus avant la fermeture du pont », réagit à son tour le maïeur non nommé de Montfort, Arnold d’Orval (FDF), qui se dit inquiet.',
      ]),
    ).toEqual(['Arnold d’Orval']);
  });
});

describe('"le premier" and "la seconde" for two people just named in that order', () => {
  const two = 'À ses côtés, Marc Verlinden, président de la fédération des commerçants, et Sophie Dubosc, présidente de l’office du tourisme, disent leur scepticisme.';
  it('"», conteste le premier." then "», enchaîne la seconde."', () => {
    expect(speakers([`${two} « Personne ne nous a montré les chiffres », conteste le premier. « Nos hôtels vont perdre des clients », enchaîne la seconde.`])).toEqual([
      'Marc Verlinden',
      'Sophie Dubosc',
    ]);
  });

  it('"», ajoute le second." after a sentence naming two men', () => {
    expect(speakers(['Paul Girard et Marc Verlinden ont visité le chantier mardi.', '« Le chantier a pris du retard », reconnaît le premier. « Il sera fini en juin », ajoute le second.'])).toEqual(['Paul Girard', 'Marc Verlinden']);
  });
});

describe('a capitalised noun after the plural article "les" opens no name ("avec les Collectivités Tamsir Dakoro")', () => {
  it('the minister’s long title ends on a plural noun, then his name', () => {
    expect(
      speakers([
        'Le ministre de la Pêche, des Ports et des Relations avec les Collectivités Tamsir Dakoro, a présenté jeudi, à Valbourg, le bilan de la réforme.',
        'Tamsir Dakoro qui ouvrait une journée de travail de son ministère s’est dit satisfait.',
        '« Les pêcheurs ont enfin été entendus », s’est-il félicité.',
      ]),
    ).toEqual(['Tamsir Dakoro']);
  });
});

describe('a name after the noun of a place named after someone is the place’s ("le directeur du stade Ousseynou Valbert")', () => {
  it('"», a ajouté le directeur du stade Ousseynou Valbert." points back to the director named before', () => {
    expect(
      speakers([
        'Le chantier du stade touche à sa fin, a indiqué lundi son directeur, Paul Girard.',
        '« Il reste à poser la pelouse », a ajouté le directeur du stade Ousseynou Valbert.',
      ]),
    ).toEqual(['Paul Girard']);
  });
});

describe('verbs of saying from agency and Swiss copy', () => {
  it.each([
    ['"», a fait observer X"', '« Les tribunes sont prêtes », a fait observer Paul Girard, dans un entretien.'],
    ['"», balance X"', '« Les lecteurs ont été pris pour des naïfs », balance le rédacteur en chef du Courrier de Valbourg Paul Girard dans son éditorial.'],
  ])('%s', (_shape, quote) => expect(speakers([quote])).toEqual(['Paul Girard']));
});

describe('a quotation credited after a dash, "«…» -Nom Prénom", as sport pages head their sections', () => {
  it.each([
    ['a hyphen glued to the name', '«J’ai raté la passe décisive» -Marc Verlinden'],
    ['an en dash and a space', '« On a manqué de réalisme » – Marc Verlinden'],
  ])('%s', (_shape, line) => expect(speakers(['Les joueurs étaient déçus après la défaite de samedi.', line])).toEqual(['Marc Verlinden']));
});

describe('"Quant à X, il …" makes X the sentence’s subject, whom the incises after point to', () => {
  it('"Quant au conseiller national Marc Verlinden, il agite …" then "», a écrit le socialiste …" and "martèle-t-il"', () => {
    expect(
      speakers([
        'Le projet passe mal. « Les lecteurs ont été pris pour des naïfs », balance le rédacteur en chef du Courrier de Valbourg Paul Girard dans son éditorial du jour. Quant au conseiller national Marc Verlinden, il agite la menace d’une grève.',
        '« Nous irons jusqu’au bout », a écrit le socialiste valbourgeois sur Twitter. Des propos qu’il assume pleinement. « Ce n’est pas acceptable ! » martèle-t-il.',
      ]),
    ).toEqual(['Paul Girard', 'Marc Verlinden', 'Marc Verlinden']);
  });
});

describe('a quotation closing a paragraph about the speaker before, with no attribution of its own', () => {
  it('"Pour Paul Verlinden, … Et le report … « … »" goes on with Paul Verlinden', () => {
    expect(
      speakers([
        'Le bourgmestre Paul Verlinden était l’invité de la radio vendredi. « Les communes sont à bout de souffle », a souligné le libéral.',
        'Les communes vont-elles augmenter les impôts ? Pour Paul Verlinden, elles doivent d’abord réduire leurs frais. Et la hausse du prix du gaz ne va pas les aider. « Nos écoles coûtent deux fois plus à chauffer qu’il y a un an. »',
      ]),
    ).toEqual(['Paul Verlinden', 'Paul Verlinden']);
  });

  it('not when the paragraph names someone else', () => {
    expect(
      speakers([
        'Le bourgmestre Paul Verlinden était l’invité de la radio vendredi. « Les communes sont à bout de souffle », a souligné le libéral.',
        'Pour Paul Verlinden, elles doivent réduire leurs frais. Marc Dubosc, le boulanger de la place, ne décolère pas. « Ma facture de gaz a triplé. »',
      ])[1],
    ).not.toBe('Paul Verlinden');
  });
});

describe('agency copy that reverses the guillemets, " »Nous … stade « , a ajouté X."', () => {
  it('a « with only a comma after it closes the quotation, so the attribution is narration', () => {
    const paragraphs = [
      'Le chantier du stade touche à sa fin, a indiqué lundi son directeur, Paul Girard.',
      ' »Il reste à poser la pelouse et à peindre les vestiaires « , a ajouté Paul Girard.',
    ];
    const quoted = pieces(paragraphs).flat().filter(([role]) => role === 'quote');
    expect(quoted.map(([, text]) => text).join(' ')).not.toContain('a ajouté');
    expect(quoted.map(([, , who]) => who)).toEqual(['Paul Girard']);
  });
});

describe('a quotation whose guillemets the copy lost, the space inside them left before the comma', () => {
  it('"… qu’à travers un écran , affirme le maire Paul Girard." is a quote', () => {
    const paragraphs = [
      'Les conseillers de Valbourg se sont réunis dans leur salle habituelle, les bureaux éloignés l’un de l’autre.',
      'On se comprend mieux quand on se voit autour de la même table qu’à travers un écran , affirme le maire Paul Girard.',
    ];
    const quoted = pieces(paragraphs).flat().filter(([role]) => role === 'quote');
    expect(quoted.map(([, text, who]) => [text.slice(0, 20), who])).toEqual([['On se comprend mieux', 'Paul Girard']]);
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
        'Le chantier du stade Aline Valbert touche à sa fin, a indiqué lundi son directeur.',
        '« Les tribunes sont prêtes », a fait observer Paul Girard. « Il reste la pelouse », a ajouté le directeur du stade Aline Valbert.',
        'Selon le chef du service départemental des sports de Valbourg, « il manque des terrains pour tous les clubs de la région ».',
      ]),
    ).toEqual(['Paul Girard', 'Paul Girard', 'Paul Girard']);
  });
});

describe('a quotation opening a paragraph, its speaker introduced right after it with their age', () => {
  it.each([
    ['at the sentence’s start', '« Il faut encore refaire la place de l’église avant de partir. » Paul Girard, 57 ans, maire de Valbourg, veut finir les travaux du bourg.'],
    ['after "À l’instar de"', '« Il faut encore refaire la place de l’église avant de partir. » À l’instar de Paul Girard, 57 ans, maire de Valbourg, ils sont nombreux à vouloir finir leurs projets.'],
  ])('%s', (_shape, paragraph) => expect(speakers(['Plusieurs maires de la vallée briguent un nouveau mandat.', paragraph])).toEqual(['Paul Girard']));

  it('not a person the sentence says something happened to', () => {
    expect(speakers(['Le village est sous le choc.', '« C’était un homme bien. » Le drame a coûté la vie à Paul Girard, 57 ans, un agriculteur du village.'])).toEqual([null]);
  });
});

describe('"le bourgmestre" and "le maïeur" name one office', () => {
  it('"», a expliqué le bourgmestre" after "X a évoqué … avec Paul Verlinden, le maïeur de la commune"', () => {
    expect(
      speakers([
        'Le bourgmestre de Montfort a réagi à un article de presse sur les amendes.',
        'Dans une émission, Marc Dubosc a évoqué la question avec Paul Verlinden, le maïeur de la commune.',
        'Il a regretté que l’affaire ait fait « la première page » du journal. « C’est le ressenti de certains élus », a expliqué le bourgmestre.',
      ]),
    ).toEqual(['Paul Verlinden']);
  });
});
