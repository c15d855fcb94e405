// Speakers named by the context of a quote rather than by a verb next to it: labels of office and
// name before a colon, lead-ins that name one person, documents and publications as sources,
// appositions that introduce a person, and names cut by initials or brackets.
import { describe, expect, it } from 'vitest';
import { attributionAfter, attributionBefore, nameIn } from '../../src/script/speakers.ts';
import { mentionsIn } from '../../src/script/mentions.ts';
import { NameRegistry } from '../../src/script/name-registry.ts';
import { pieces, quoteSpeakers as headedSpeakers } from '../helpers/script-pieces.ts';

const quoteSpeakers = (paras: string[]) => pieces(paras).flatMap((p) => p.filter((x) => x[0] === 'quote').map((x) => x[2]));

describe('names in runs', () => {
  it.each([
    // a bracketed party is no part of the name
    ['Anna Keller (SPD)', 'Anna Keller'],
    ['Marc Olivier (Verts) a lui écrit', 'Marc Olivier'],
    // capitalised office words that are no titles: the name starts at its given name
    ['Director of Rail Operations Maria Lindgren', 'Maria Lindgren'],
    // …or at its last two words, when the lexicon knows no given name alone but reads them as a person
    ['Director of Harbour Safety Operations Bill Hardy', 'Bill Hardy'],
    // a run that opens with a given name stays whole
    ['Mary Ann Smith', 'Mary Ann Smith'],
    // a middle initial stays inside the name
    ['Karen J. Whitlock', 'Karen J. Whitlock'],
  ])('%j → %j', (text, name) => expect(nameIn(text, true)).toBe(name));
});

describe('attribution next to a quote, read from its context', () => {
  it.each([
    // a middle initial's stop ends no clause after an inverted verb
    [', said Karen J. Whitlock, the county clerk.', { kind: 'name', name: 'Karen J. Whitlock' }],
    // a one-word name closing a description: trusted only when the article names the person elsewhere
    [', sagte der aus Bremen stammende Köhler.', { kind: 'name', name: 'Köhler', weak: true }],
    [', s’est réjoui le maire Girard.', { kind: 'name', name: 'Girard', weak: true }],
    // …but after an article or a preposition it is a noun, no name
    [', sagte der Leiter des Bauamts.', { kind: 'anaphor', gender: 'male', role: 'leiter' }],
    // a compound role counts by its first part
    [', dénonce le Président-candidat.', { kind: 'anaphor', gender: 'male' }],
    // a publication stands for the one the article named
    [', the newspaper reported.', { kind: 'source', noun: 'newspaper' }],
    [', indique le quotidien.', { kind: 'source', noun: 'quotidien' }],
    [', schrieb das Blatt.', { kind: 'source', noun: 'blatt' }],
  ])('after %j', (text, ref) => expect(attributionAfter(text)).toEqual(ref));

  it.each([
    // a pronoun, then an adverb before the verb
    ['He further stated, ', { kind: 'anaphor', gender: 'male' }],
    ['She later wrote: ', { kind: 'anaphor', gender: 'female' }],
    // a label of office and name before a colon
    ['Undersecretary of the Navy for Logistics Helen Marsh: ', { kind: 'name', name: 'Helen Marsh' }],
    ['The press office released the letters. Chief of Staff to the Governor Daniel Okoro: ', { kind: 'name', name: 'Daniel Okoro' }],
    // a title before a lone surname opening the sentence makes it a name
    ['Deputy Secretary Halvorsen published a letter in the gazette, saying: ', { kind: 'name', name: 'Halvorsen' }],
    // a document speaks for its author or issuer
    ['Un rapport de la Croix-Rouge apporte la même conclusion : ', { kind: 'source', name: 'Croix-Rouge' }],
    ['A report by the Harbour Authority reaches the same view: ', { kind: 'source', name: 'Harbour Authority' }],
    ['Eine Studie der Universität Graz kommt zum selben Schluss: ', { kind: 'source', name: 'Universität Graz' }],
    ['A later email by Okoro strikes another tone, as he writes to the board, saying, ', { kind: 'source', name: 'Okoro' }],
  ])('before %j', (text, ref) => expect(attributionBefore(text)).toEqual(ref));

  it('reads no label into narration before a colon', () => {
    // two capitalised German nouns are no name, and no office precedes them
    expect(attributionBefore('Thema Sicherheit: ')).toBeNull();
    expect(attributionBefore('Stichwort Energiewende: ')).toBeNull();
    expect(attributionBefore('The following is the exchange as recorded in the minutes: ')).toBeNull();
    expect(attributionBefore('The report was late: ')).toBeNull();
    // an office alone is no document's author
    expect(attributionBefore('A note from the President reached the press: ')).toBeNull();
  });
});

describe('people introduced by appositions and roles', () => {
  it.each([
    ['Die Rede hielt die Oberbürgermeisterin Anna Roth (SPD) vor dem Rathaus.', ['Anna Roth']],
    ['Der Vorsitzende des Verbands, Jan Nowak, gab eine Erklärung ab.', ['Jan Nowak']],
    ['Les élus ont protesté par la voix de Claire Vidal, présidente du groupe centriste.', ['Claire Vidal']],
    ['Elle a convaincu la veuve du directeur de l’usine, Marie Laurent, de porter plainte.', ['Marie Laurent']],
    // a full name opening the sentence after a dateline's dash
    ['12 mars 2019. - Dragoslav Vukić a signé l’accord.', ['Dragoslav Vukić']],
    // places in a list are no appositions of a role
    ['In Paris, Berlin, and Rome, officials met.', []],
  ])('%j', (text, names) => expect([...new Set(mentionsIn(text).map((m) => m.name))]).toEqual(names));
});

describe('quotes whose speaker the lead-in names', () => {
  it('gives a quote after a colon the one person its lead-in names, in its sentence or the one before', () => {
    expect(quoteSpeakers(['Le maire de la ville, Paul Girard, a reçu les habitants. Puis ces mots : « Nous reconstruirons tout, pierre par pierre. »'])).toEqual(['Paul Girard']);
    expect(quoteSpeakers(['Am Mittag sprach Bürgermeisterin Anna Roth (SPD) vor dem Rathaus. Danach ihre Worte: „Wir bleiben eine offene Stadt, für alle.“'])).toEqual(['Anna Roth']);
    expect(quoteSpeakers(['The storm had passed when the council asked its chair, Laura Brandt, to open the meeting with a few words: “We lost a lot, but we lost nobody.”'])).toEqual(['Laura Brandt']);
  });

  it('gives it to nobody when the lead-in names two people', () => {
    expect(quoteSpeakers(['Chief Inspector Tom Hale met Mayor Ines Kovac in Vienna. Then the famous words: “We will work together from now on.”'])).toEqual([null]);
  });

  it('carries a statement announced before the quotation paragraphs to every paragraph of it', () => {
    expect(quoteSpeakers(['Der Vorsitzende des Verbands, Jan Nowak, gab folgende Erklärung ab.', '„Das ist ein guter Tag für den Verband. Wir haben lange darauf gewartet.', 'Jetzt beginnt die eigentliche Arbeit.“'])).toEqual(['Jan Nowak', 'Jan Nowak']);
  });

  it('resolves a pronoun to the person an apposition introduced, not to an earlier one', () => {
    expect(
      quoteSpeakers([
        'Le ministre Henri Dufour avait ouvert la séance.',
        'À la reprise, les élus ont protesté par la voix de Claire Vidal, présidente du groupe centriste. Elle a demandé la parole. « Nous ne pouvons pas accepter un tel mépris du règlement. »',
      ]),
    ).toEqual(['Claire Vidal']);
  });

  it('keeps a bracketed party out of the speaker’s name', () => {
    expect(quoteSpeakers(['Marc Olivier (Verts) a lui écrit : « La séance reprend, et rien ne change, quel gâchis. »'])).toEqual(['Marc Olivier']);
  });

  it('reads the sentence after a question in quotes as narration, not as its attribution', () => {
    expect(quoteSpeakers(['Judge Ada Brandt asked, “Why a lantern on the roof?” When Tom Reyes replied, “It was dark that night,” the court moved on.'])).toEqual(['Ada Brandt', 'Tom Reyes']);
  });

  it('takes a labelled email for the person of the label', () => {
    expect(
      quoteSpeakers([
        'The exchange was entered into the record.',
        'Chief of Staff to the Governor Daniel Okoro: “We should wait until the audit is done.”',
        'Deputy Treasurer of the State Rosa Alvarez: “No, publish it now and be done with it.”',
      ]),
    ).toEqual(['Daniel Okoro', 'Rosa Alvarez']);
  });
});

describe('publications and documents as speakers', () => {
  it('resolves “the newspaper” to the publication the article introduced', () => {
    expect(
      quoteSpeakers(['The newspaper The Harbour Gazette reported on Monday that the mill would close.', '“The owners decided in March and told nobody,” the newspaper wrote. “Workers learnt it from the radio.”']),
    ).toEqual(['The Harbour Gazette', 'The Harbour Gazette']);
    expect(quoteSpeakers(['Die Zeitung Neue Rundschau berichtete am Montag über den Plan.', '„Die Stadt hat den Vertrag längst unterschrieben“, schrieb das Blatt.'])).toEqual(['Neue Rundschau']);
  });

  it('leaves “the newspaper” unknown when the article named none', () => {
    expect(quoteSpeakers(['The mill will close, it was reported on Monday.', '“The owners decided in March and told nobody,” the newspaper wrote.'])).toEqual([null]);
  });

  it('gives a quote after “a report by X …:” to X, person or not', () => {
    expect(quoteSpeakers(['Tom Reyes was killed by a shell, a theory already raised. Un rapport de la Croix-Rouge apporte la même conclusion : « Les tirs venaient du quartier nord de la ville. »'])).toEqual(['Croix-Rouge']);
  });
});

describe('a statement announced in the narration', () => {
  // A release that announces its statement and prints it as paragraphs of quotation, no verb of saying.
  const statement = ['“We are pleased with the first results from the valley.', '“Our engineers will go back in the spring.”'];
  it('gives the quotation after “The following is a statement from X …” to X, not to a place named after X', () => {
    const intro = 'The following is a statement from Survey Director Maria Lindgren regarding today’s landing at the Genesis Valley Research Centre, west of Salt Lake City.';
    expect(quoteSpeakers([intro, ...statement])).toEqual(['Maria Lindgren', 'Maria Lindgren']);
  });
  it('takes the person last reported before a bare quote paragraph, never an organisation named after her', () => {
    expect(quoteSpeakers(['Maria Lindgren spoke on Monday at the Genesis Valley Research Centre.', ...statement])).toEqual(['Maria Lindgren', 'Maria Lindgren']);
  });
  it('leaves it unknown when the statement is nobody’s', () => {
    expect(quoteSpeakers(['The following statement was read out at the Northfield Test and Training Range on Monday.', ...statement])).toEqual([null, null]);
  });
});

describe('a statement its headline announces (breadth round five)', () => {
  const statement = ['“The survey team met the county this afternoon to plan the move. The new school opens in the autumn.”'];
  it('gives the quotation under “Statement from <office> <name>:” to that person', () => {
    expect(headedSpeakers(statement, 'en', 'Statement from County Spokesperson Joan Roe:')).toEqual(['Joan Roe']);
    expect(headedSpeakers(statement, 'en', 'Statement by Survey Director Maria Lindgren on the Valley School')).toEqual(['Maria Lindgren']);
  });
  it('leaves it unknown under a headline that names no one’s statement', () => {
    expect(headedSpeakers(statement, 'en', 'Statement on the Valley School')).toEqual([null]);
  });
});

describe('a weak name confirmed by another attribution', () => {
  it('trusts “der aus Bremen stammende Köhler” when another quote is attributed to Köhler', () => {
    expect(quoteSpeakers(['„Wir müssen die Häfen gemeinsam denken“, sagte der aus Bremen stammende Köhler.', '„Allein schafft das keine Stadt“, so Köhler.'])).toEqual(['Köhler', 'Köhler']);
    // with nothing else naming Köhler, the description alone names nobody
    expect(quoteSpeakers(['„Wir müssen die Häfen gemeinsam denken“, sagte der aus Bremen stammende Köhler.'])).toEqual([null]);
  });

  it('ends a description at its name before a place: “s’est réjoui le président Roy à Lyon”', () => {
    expect(attributionAfter(', s’est réjoui le président Roy à Lyon, devant ses partisans.')).toEqual({ kind: 'name', name: 'Roy', weak: true });
    // (read as "the president", it would be the man named last: the mayor)
    expect(quoteSpeakers(['Le président Michel Roy était en campagne avec le maire Paul Girard.', '« Les usines embauchent de nouveau », s’est réjoui le président Roy à Lyon, devant ses partisans.'])).toEqual(['Michel Roy']);
  });
});

describe('sharing an attribution inside a paragraph', () => {
  it('shares it across narration that names nobody else', () => {
    expect(quoteSpeakers(['Mayor Ana Ruiz spoke first.', '“We know the costs,” she said, pausing briefly. “And we will carry them.”'])).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(quoteSpeakers(['« Nous connaissons les coûts », a déclaré la maire Claire Vidal, avant de marquer une pause. « Et nous les assumerons. »'])).toEqual(['Claire Vidal', 'Claire Vidal']);
  });

  it('gives a bare quote the person reported sentences before it when the sentences between name nobody', () => {
    expect(quoteSpeakers(['Das Land wolle mehr tun, erläutert Ministerin Eva Roth. Pro Jahr gibt es dafür 15.000 Euro. „Wir fangen in den Schulen an und gehen dann in die Rathäuser.“'])).toEqual(['Eva Roth']);
  });

  it('does not share it across narration that names another person', () => {
    expect(quoteSpeakers(['“We know the costs,” said Mayor Ana Ruiz. Council member Tom Reyes then rose from his seat. “This plan will not pass.”'])).toEqual(['Ana Ruiz', null]);
    expect(quoteSpeakers(['„Wir kennen die Kosten“, sagte Bürgermeisterin Anna Roth. Danach meldete sich Fraktionschef Jan Nowak zu Wort. „Dieser Plan kommt nicht durch.“'])).toEqual(['Anna Roth', null]);
  });
});

describe('a quote opening its paragraph', () => {
  it('takes the speaker of the paragraph before when the narration after it names no one else', () => {
    expect(quoteSpeakers(['“The plan is sound,” said Jane Doe, the city’s budget director.', '“We ran the numbers three times.” The council votes on Friday.'])).toEqual(['Jane Doe', 'Jane Doe']);
    expect(quoteSpeakers(['« Le plan est solide », a déclaré la maire Claire Vidal.', '« Nous avons tout vérifié trois fois. » Le conseil votera vendredi.'])).toEqual(['Claire Vidal', 'Claire Vidal']);
  });

  it('stays unknown when the narration after it names another person', () => {
    expect(quoteSpeakers(['“The plan is sound,” said Jane Doe, the city’s budget director.', '“We ran the numbers three times.” Council member Tom Reyes was not convinced.'])).toEqual(['Jane Doe', null]);
  });
});

describe('full forms of a known surname', () => {
  it('learns a longer form only when it reads as a person’s name', () => {
    const r = new NameRegistry();
    r.add('Bill Hardy');
    r.add('Anna Roth');
    r.learnFullForms('The letter went to the Director of Harbour Safety Operations Bill Hardy on Monday.');
    expect(r.canonical('Hardy')).toBe('Bill Hardy');
    r.learnFullForms('Mary Anna Roth signed it.');
    expect(r.canonical('Roth')).toBe('Mary Anna Roth');
  });
});

describe('a lead-in over a quote attributed to someone unnamed', () => {
  it('leaves the quote to its own attribution, not to the person the lead-in addresses', () => {
    expect(quoteSpeakers(['A letter from Harlow & Partners to Nora Quist urges her to wait: “Publish nothing before the audit is done,” it said.'])).toEqual([null]);
  });
});
