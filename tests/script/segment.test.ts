import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { pieces } from '../helpers/script-pieces.ts';

type Row = [string, string, [string, string, string | null][]];

describe('segmenting a paragraph into body and quote', () => {
  const rows: Row[] = [
    ['curly quote then attribution', '“We must act now,” Blinken said.', [['quote', 'We must act now,', 'Blinken'], ['body', 'Blinken said.', null]]],
    ['straight quotes', '"We must act now," Blinken said.', [['quote', 'We must act now,', 'Blinken'], ['body', 'Blinken said.', null]]],
    ['interrupted quote → quote/body/quote', '“We must act,” he said, “and now.”', [['quote', 'We must act,', null], ['body', 'he said,', null], ['quote', 'and now.', null]]],
    ['colon-introduced short quote', 'Mr Durkan said: “No.”', [['body', 'Mr Durkan said:', null], ['quote', 'No.', 'Durkan']]],
    ['mid-sentence saying', 'The mayor warned residents on Monday, saying “In a flash, the water rose.”', [['body', 'The mayor warned residents on Monday, saying', null], ['quote', 'In a flash, the water rose.', null]]],
    ['scare quote stays in body', 'Ukraine could strike “preventively” if it had weapons.', [['body', 'Ukraine could strike “preventively” if it had weapons.', null]]],
    ['short partial quote stays in body', 'He called China the “observer,” to do more.', [['body', 'He called China the “observer,” to do more.', null]]],
    ['title stays in body', 'Ruiz appeared on "Face the Nation" last month.', [['body', 'Ruiz appeared on "Face the Nation" last month.', null]]],
    ['long title-case title stays in body', 'She wore a “Make America Great Again Forever” hat.', [['body', 'She wore a “Make America Great Again Forever” hat.', null]]],
    ['mid-sentence clause of 4+ words is a quote', 'Allies must “do more than just watch.”', [['body', 'Allies must', null], ['quote', 'do more than just watch.', null]]],
    ['one-word utterance at sentence start', '“No,” said Jane Doe.', [['quote', 'No,', 'Jane Doe'], ['body', 'said Jane Doe.', null]]],
    ['nested single quotes stay inside', '“They told us ‘wait and see’ for months,” Doe said.', [['quote', 'They told us ‘wait and see’ for months,', 'Doe'], ['body', 'Doe said.', null]]],
    ['apostrophes never open quotes', "Zelenskyy’s aides don't think the committees’ report is the ’90s again.", [['body', "Zelenskyy’s aides don't think the committees’ report is the ’90s again.", null]]],
    ['British punctuation outside the marks', 'Mr Durkan said: “It isn’t too late”.', [['body', 'Mr Durkan said:', null], ['quote', 'It isn’t too late.', 'Durkan']]],
    ['consecutive quotes merge', '“Stop.” “Now.” Doe said nothing else.', [['quote', 'Stop. Now.', null], ['body', 'Doe said nothing else.', null]]],
    ['unclosed quote runs to the end of the paragraph', 'Ode said: “Please stay away from downed', [['body', 'Ode said:', null], ['quote', 'Please stay away from downed', 'Ode']]],
    ['stray closing mark stays in body', 'The report” was late.', [['body', 'The report” was late.', null]]],
    ['stray opening scare mark mid-sentence stays in body', 'The “report was late.', [['body', 'The “report was late.', null]]],
    ['inverted attribution with title', '"This budget keeps our promises," said Mayor Ana Ruiz.', [['quote', 'This budget keeps our promises,', 'Ana Ruiz'], ['body', 'said Mayor Ana Ruiz.', null]]],
    ['nested „…“ inside „…“ stays inside', '„Sie nennen das „Reform“, wir nennen es Abbau“, sagte Roth.', [['quote', 'Sie nennen das „Reform“, wir nennen es Abbau', 'Roth'], ['body', ', sagte Roth.', null]]],
    ['nested straight quotes inside „…“ stay inside', '„Wir haben "Dialoge" angeboten, aber keiner kam“, so Roth.', [['quote', 'Wir haben "Dialoge" angeboten, aber keiner kam', 'Roth'], ['body', ', so Roth.', null]]],
    ['a new mark that is never closed still ends the open quote', '“We will see. Then “nothing will change for us,” Doe said.', [['quote', 'We will see. Then nothing will change for us,', 'Doe'], ['body', 'Doe said.', null]]],
    ['French reported speech with que stays with the narrator', 'Le maire a assuré mardi que « la piscine rouvrira avant l’été prochain ».', [['body', 'Le maire a assuré mardi que « la piscine rouvrira avant l’été prochain ».', null]]],
    ['French infinitive complement stays with the narrator', 'La ville a promis de « rénover toutes les écoles du quartier ».', [['body', 'La ville a promis de « rénover toutes les écoles du quartier ».', null]]],
    ['naming verb with a name as object stays with the narrator', 'Il avait appelé Paul Roy « le fossoyeur de la gauche ».', [['body', 'Il avait appelé Paul Roy « le fossoyeur de la gauche ».', null]]],
    ['a French quotation woven into the sentence without a colon stays with the narrator', 'Le syndicat a aussitôt dénoncé « une attaque contre tous les salariés du secteur ».', [['body', 'Le syndicat a aussitôt dénoncé « une attaque contre tous les salariés du secteur ».', null]]],
    ['…and so it does after an adverb between auxiliary and participle', 'Le syndicat a immédiatement dénoncé « une attaque contre tous les salariés du secteur ».', [['body', 'Le syndicat a immédiatement dénoncé « une attaque contre tous les salariés du secteur ».', null]]],
    ['a verb of saying after an adverb still takes the quote with its speaker', '« Nous ne céderons sur rien ce printemps », a également déclaré Paul Roy.', [['quote', 'Nous ne céderons sur rien ce printemps', 'Paul Roy'], ['body', ', a également déclaré Paul Roy.', null]]],
    ['a lowercase quotation after a verb of saying continues its clause (an infinitive)', 'Le collectif, qui affirme « défendre les commerces du centre-ville », a manifesté samedi.', [['body', 'Le collectif, qui affirme « défendre les commerces du centre-ville », a manifesté samedi.', null]]],
    ['a capitalised quotation after a verb of saying is direct speech', 'Le maire affirme « Nous rouvrirons la piscine avant l’été prochain ».', [['body', 'Le maire affirme', null], ['quote', 'Nous rouvrirons la piscine avant l’été prochain.', null]]],
    ['after a verb of saying it still switches', 'Elle a salué les élus, avant de poursuivre « Nous ne lâcherons rien sur ce dossier ».', [['body', 'Elle a salué les élus, avant de poursuivre', null], ['quote', 'Nous ne lâcherons rien sur ce dossier.', null]]],
    ['French pluperfect with a clitic is an attribution', '« Vous n’avez rien compris à ce pays », lui avait dit Paul Roy.', [['quote', 'Vous n’avez rien compris à ce pays', 'Paul Roy'], ['body', ', lui avait dit Paul Roy.', null]]],
    ['according to', '“The plan will fail,” according to Jane Doe.', [['quote', 'The plan will fail,', 'Jane Doe'], ['body', 'according to Jane Doe.', null]]],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(pieces([text])[0]).toEqual(expected);
  });

  it('uses config.quoteMinWords as the threshold for quoted clauses inside a sentence', () => {
    // (Followed by its attribution: a fragment the narrator's sentence goes on after in lowercase,
    // "marked “a flagrant violation” of resolutions", is the narrator's whatever the threshold.)
    const text = 'The launch marked “a flagrant violation”, the council said.';
    expect(pieces([text])[0]!.map((p) => p[0])).toEqual(['body']);
    expect(pieces([text], { ...DEFAULT_CONFIG, quoteMinWords: 3 })[0]!.map((p) => p[0])).toEqual(['body', 'quote', 'body']);
  });

  it('keeps a multi-paragraph quotation in the quote role and gives it the speaker named at its end', () => {
    const result = pieces([
      '“Prairie Bluff shows what the grid looks like. We built it in eighteen months.',
      '“Storage is the backbone of the system,” said Dana Whitfield, chief executive.',
      'The site opens next month.',
    ]);
    expect(result).toEqual([
      [['quote', 'Prairie Bluff shows what the grid looks like. We built it in eighteen months.', 'Dana Whitfield']],
      [['quote', 'Storage is the backbone of the system,', 'Dana Whitfield'], ['body', 'said Dana Whitfield, chief executive.', null]],
      [['body', 'The site opens next month.', null]],
    ]);
  });

  it('keeps three-paragraph quotations with straight quotes together', () => {
    const result = pieces(['"One is the first part of it.', '"Two is the middle part of it.', '"Three ends it," Doe said.']);
    expect(result.map((p) => p[0]![0])).toEqual(['quote', 'quote', 'quote']);
    expect(result.map((p) => p[0]![2])).toEqual(['Doe', 'Doe', 'Doe']);
  });

  it('continues a quotation into a paragraph whose opening mark was left out, up to its closing mark', () => {
    const result = pieces([
      'The mayor said the council would vote in March.',
      '“We have a plan, a budget and a team that is ready to start building the bridge.',
      'I expect the first lorries to cross it before the winter is out.”',
      'The vote is on 3 March.',
    ]);
    expect(result.map((p) => p.map(([role]) => role))).toEqual([['body'], ['quote'], ['quote'], ['body']]);
    expect(result[2]![0]![1]).toBe('I expect the first lorries to cross it before the winter is out.');
  });

  it('reads single quotes as quotation marks only in an article with no double quotes', () => {
    const result = pieces(["'We will keep pressing for a better bridge,' Mr Durkan said.", "The committees' report is due."]);
    expect(result[0]).toEqual([['quote', 'We will keep pressing for a better bridge,', 'Durkan'], ['body', 'Mr Durkan said.', null]]);
    expect(result[1]).toEqual([['body', "The committees' report is due.", null]]);
    const mixed = pieces(["'We will keep pressing for a better bridge,' Mr Durkan said.", 'He added “nothing”.']);
    expect(mixed[0]!.map((p) => p[0])).toEqual(['body']);
  });
});

describe('partial quotations decided by syntax', () => {
  it.each([
    ['The report called it “a reckless and dangerous escalation of the conflict in the whole region”.'],
    ['The purpose of the group was “to provide advice on future dates of the public holiday”.'],
    ['The council published a study titled “Why Our Bridges Are Failing and What It Will Cost to Fix Them”.'],
    ['Die Regierung bezeichnete den Plan als „einen großen Schritt für die Zukunft des ganzen Landes“.'],
    ['Le ministre a présenté un plan qualifié de « grand pas pour une Europe plus forte et plus unie ».'],
    // the object of a verb that is not one of saying
    ['The jury praised “his patient work on rivers, wetlands and the birds that live there” in its citation.'],
    ['The board approved the plan while recognising “the long wait families have had for a safe crossing”.'],
  ])('keeps a quotation that completes the narrator’s clause with the narrator: %j', (text) => {
    expect(pieces([text])[0]!.map(([role]) => role)).toEqual(['body']);
  });

  it.each([
    ['She said, “We will not stop until the job is done.”'],
    ['Ukrainians will be “forced to defend themselves against them,” he said.'],
    ['“We will not stop until the job is done.” The minister left.'],
    ['The mayor warned “the bridge will close if the repairs are not funded this year”.'],
  ])('switches for a quotation introduced by a reporting verb, attributed, or standing alone: %j', (text) => {
    expect(pieces([text])[0]!.some(([role]) => role === 'quote')).toBe(true);
  });
});

describe('a German quotation that opens in lowercase after the narrator\'s comma', () => {
  const roles = (text: string) => pieces([text])[0]!.map(([role, t]) => [role, t.trim().slice(0, 12)]);
  it('stays narration when it completes the narrator\'s clause, even with an attribution after it', () => {
    expect(roles('Es sei „ärgerlich“ gewesen, „wie lange die Stadt für die Antwort auf unseren Antrag gebraucht hat“, sagte Roth weiter.').filter(([r]) => r === 'quote')).toEqual([]);
    expect(roles('Der Verein gilt als gemeinnützig, wenn er darauf abzielt, „die Allgemeinheit auf geistigem oder sittlichem Gebiet selbstlos zu fördern“.').filter(([r]) => r === 'quote')).toEqual([]);
  });
  it('is still speech when the sentence before it attributes a split quotation', () => {
    expect(roles('„Wir werden die Brücke sanieren“, sagte Roth am Montag, „und zwar noch in diesem Jahr, wenn das Geld kommt.“').filter(([r]) => r === 'quote').length).toBe(2);
  });
});
