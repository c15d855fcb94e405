// Transcripts and press-release quotes become quote segments by the labelled speaker; no turn is
// dropped, the label is not spoken, questions are one "Reporter".
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { findTurns } from '../../src/article/turns.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const quotes = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text, s.speakerGender ?? null]);

describe('transcripts', () => {
  it('reads labelled turns and their continuations as the speaker’s quotes, questions as Reporter', () => {
    const text = [
      'Department Press Briefing', '', 'Jane Holt, Department Spokesperson', '',
      'MS HOLT: Good afternoon.', '', 'The talks will resume on Monday in Geneva, and we expect both delegations to attend.', '',
      'QUESTION: Will the minister attend?', '', 'MS HOLT: Yes.', '',
    ].join('\n');
    expect(quotes(text)).toEqual([
      ['quote', 'Jane Holt', 'Good afternoon.', 'female'],
      ['quote', 'Jane Holt', 'The talks will resume on Monday in Geneva, and we expect both delegations to attend.', 'female'],
      ['quote', 'Reporter', 'Will the minister attend?', null],
      ['quote', 'Jane Holt', 'Yes.', 'female'],
    ]);
  });

  it('reads French Q/R dashes and names the answer after the interviewee of the headline', () => {
    const text = ['Entretien de M. Paul Martin avec Radio Exemple', '', 'Q - Bonjour.', '', 'R - Bonjour, merci de me recevoir.', '', 'Q - Que pensez-vous du budget ?', '', 'R - Il est nécessaire.'].join('\n');
    expect(quotes(text).map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Reporter', 'Bonjour.'], ['Paul Martin', 'Bonjour, merci de me recevoir.'], ['Reporter', 'Que pensez-vous du budget ?'], ['Paul Martin', 'Il est nécessaire.'],
    ]);
  });

  it('reads German government transcript labels: offices, “(AA)”, “Frage Name:” and a repeated bare “Name:”', () => {
    const text = [
      'Regierungspressekonferenz', '', 'StS Lindner: Guten Tag, wir beginnen mit dem Haushalt.', '', 'Frage Kurz: Wie hoch ist die Neuverschuldung?', '',
      'Lindner: Das sage ich Ihnen am Freitag.', '', 'Pohl (AA): Ich ergänze etwas zur Reise.', '', 'Zusatzfrage Kurz: Wohin geht sie?', '', 'Pohl: Nach Kiew.',
      '', 'Lindner: Danke.',
    ].join('\n');
    expect(quotes(text).map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Lindner', 'Guten Tag, wir beginnen mit dem Haushalt.'], ['Reporter', 'Wie hoch ist die Neuverschuldung?'], ['Lindner', 'Das sage ich Ihnen am Freitag.'],
      ['Pohl', 'Ich ergänze etwas zur Reise.'], ['Reporter', 'Wohin geht sie?'], ['Pohl', 'Nach Kiew.'], ['Lindner', 'Danke.'],
    ]);
  });

  it('reads one chancellor’s statement (“BK’in Name:”, “BK Name:”) and its unlabelled paragraphs as that person’s turn', () => {
    const text = ['Pressestatement der Bundeskanzlerin', '', 'BK’in Kessler: Meine Damen und Herren, ich danke Ihnen für die Einladung.', '', 'Wir haben heute über die Schulen gesprochen.', ''].join('\n');
    expect(quotes(text).map(([, speaker, words, gender]) => [speaker, words, gender])).toEqual([
      ['Kessler', 'Meine Damen und Herren, ich danke Ihnen für die Einladung.', 'female'], ['Kessler', 'Wir haben heute über die Schulen gesprochen.', 'female'],
    ]);
    expect(findTurns(['BK Albrecht: Guten Tag.', 'Wir beginnen.']).map((t) => t?.label ?? null)).toEqual(['BK Albrecht', null]);
    // one plain "Word Word:" lead-in is still no transcript
    expect(findTurns(['Kurz Notiert: Die Sitzung fällt aus.', 'Wir beginnen.'])).toEqual([null, null]);
  });

  it('reads every German question label as the Reporter: Frage, Zusatzfrage, Nachfrage, Zuruf, with or without a name', () => {
    const text = [
      'Regierungspressekonferenz vom 3. März', '', 'Frage: Kommt das Gesetz noch vor dem Sommer?', '', 'SRS’in Albers: Das ist der Plan der Koalition.', '',
      'Zusatzfrage: Und wenn der Bundesrat nicht zustimmt?', '', 'SRS’in Albers: Dann reden wir im Herbst weiter.', '', 'Nachfrage Weber: Wer entscheidet das?', '',
      'SRS’in Albers: Das Kabinett.', '', 'Zuruf: Wann genau?', '', 'SRS’in Albers: Im September.',
    ].join('\n');
    expect(quotes(text).map(([, speaker, words, gender]) => [speaker, words, gender])).toEqual([
      ['Reporter', 'Kommt das Gesetz noch vor dem Sommer?', null], ['Albers', 'Das ist der Plan der Koalition.', 'female'],
      ['Reporter', 'Und wenn der Bundesrat nicht zustimmt?', null], ['Albers', 'Dann reden wir im Herbst weiter.', 'female'],
      ['Reporter', 'Wer entscheidet das?', null], ['Albers', 'Das Kabinett.', 'female'], ['Reporter', 'Wann genau?', null], ['Albers', 'Im September.', 'female'],
    ]);
  });

  it('reads French “Given SURNAME :” labels, and a role label as the person the article introduces in that role', () => {
    const text = [
      'Entretien à la radio', '', 'L’entretien accordé par la ministre Hélène Garnier à Radio Exemple, mardi matin.', '',
      'Marc LEBLANC : Bonjour à tous, voici le journal de huit heures.', '', 'Anne-Sophie DUVAL : Madame la ministre, bonjour.', '',
      'LA MINISTRE : Bonjour Anne-Sophie DUVAL.', '', 'Anne-Sophie DUVAL : Le projet de loi sera-t-il voté avant l’été ?', '',
      'LA MINISTRE : Je le crois. Nous avons une majorité.',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker, words, gender]) => [speaker, words, gender])).toEqual([
      ['Marc Leblanc', 'Bonjour à tous, voici le journal de huit heures.', null], ['Anne-Sophie Duval', 'Madame la ministre, bonjour.', null],
      ['Hélène Garnier', 'Bonjour Anne-Sophie DUVAL.', 'female'], ['Anne-Sophie Duval', 'Le projet de loi sera-t-il voté avant l’été ?', null],
      ['Hélène Garnier', 'Je le crois. Nous avons une majorité.', 'female'],
    ]);
  });

  it('keeps a role label as the speaker when the article names no one in that role', async () => {
    const { personInRole, roleOf } = await import('../../src/script/roles.ts');
    const role = roleOf('LE PRÉSIDENT')!;
    expect(role).toEqual({ article: 'LE', words: ['president'] });
    expect(personInRole(role, ['Le président chinois est arrivé.', 'Il a vu le Président Jean Roux hier.'])).toEqual({ name: 'Jean Roux', gender: 'male' });
    expect(personInRole(role, ['Le président chinois est arrivé.'])).toBeNull();
    expect(roleOf('Prime Minister Starmer')).toBeNull();
    expect(roleOf('THE PRIME MINISTER')).toEqual({ article: 'THE', words: ['prime', 'minister'] });
    expect(roleOf('MR PRICE')).toBeNull();
  });

  it('reads any German office abbreviation before a surname as a label, and one statement opening the text as a transcript', () => {
    const statement = [
      'Pressestatement der Bundesministerin Roth zur Hochwasserhilfe', '', 'Im Wortlaut', '',
      'BM’in Roth: Guten Morgen! Ich war heute in den betroffenen Gemeinden.', '', 'Wir werden schnell und unbürokratisch helfen.',
    ].join('\n');
    expect(quotes(statement).map(([role, speaker, words, gender]) => [role, speaker, words, gender])).toEqual([
      ['quote', 'Roth', 'Guten Morgen! Ich war heute in den betroffenen Gemeinden.', 'female'],
      ['quote', 'Roth', 'Wir werden schnell und unbürokratisch helfen.', 'female'],
    ]);
    const labels = (ps: string[]) => findTurns(ps).map((t) => t?.label ?? null);
    expect(labels(['MdB Kern: Ich frage die Regierung.', 'Vors. Adler: Bitte sehr.', 'PStS Lang: Wir prüfen das.'])).toEqual(['MdB Kern', 'Vors. Adler', 'PStS Lang']);
    // A greeting alone, then the statement in the first person.
    expect(labels(['BK Lenz: Guten Tag.', 'Wir beginnen mit dem Haushalt.'])).toEqual(['BK Lenz', null]);
    // An honorific or a name in capitals is no office: the label keeps it, and its gender.
    expect(quotes(['Briefing', '', 'MR GRAY: We begin.', '', 'Q: When?', '', 'Mr. Gray: Now.'].join('\n')).map(([, speaker, , gender]) => [speaker, gender])).toEqual([
      ['Mr Gray', 'male'], ['Reporter', null], ['Mr. Gray', 'male'],
    ]);
  });

  it('does not take an abbreviation and a noun inside a story for a one-turn transcript', () => {
    const story = ['Neue Zahlen aus Brüssel', '', 'Die Arbeitslosigkeit ist im Mai leicht gesunken, teilte das Statistikamt mit.', '', 'EU Kommission: Wir sehen eine Erholung.', '', 'Die Zahlen gelten für alle Mitgliedstaaten.'];
    expect(findTurns(story)).toEqual(story.map(() => null));
    // Opening the text, but a report in the third person: no statement either.
    expect(findTurns(['EU Kommission: Die Zahlen steigen seit Mai.', 'Sie gelten für alle Länder.'])).toEqual([null, null]);
  });

  it('reads an ALL-CAPS name that labels one turn only in an interview laid out with names on their own lines', () => {
    const text = [
      'Entretien du matin', '', 'ANNE DUPONT', 'Bonjour Jean MOREAU.', 'JEAN MOREAU', 'Bonjour.', 'ANNE DUPONT', 'Vous présentez le budget demain.',
      'JEAN MOREAU', 'Oui, nous le présentons en conseil des ministres.', 'LUC FERRAND', 'Allez-vous augmenter les impôts ?', 'JEAN MOREAU', 'Non.',
    ].join('\n');
    expect(quotes(text).map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Anne Dupont', 'Bonjour Jean MOREAU.'], ['Jean Moreau', 'Bonjour.'], ['Anne Dupont', 'Vous présentez le budget demain.'],
      ['Jean Moreau', 'Oui, nous le présentons en conseil des ministres.'], ['Luc Ferrand', 'Allez-vous augmenter les impôts ?'], ['Jean Moreau', 'Non.'],
    ]);
    // The first label glued to a leftover of the line above it by a colon is still that label.
    expect(findTurns(['xy : ANNE DUPONT', 'Bonjour.', 'JEAN MOREAU', 'Bonjour.', 'ANNE DUPONT', 'Merci.', 'JEAN MOREAU', 'Avec plaisir.', 'ANNE DUPONT', 'Au revoir.'])[0]).toEqual({ label: 'ANNE DUPONT', rest: 16 });
    expect(findTurns(['Note : LUC FERRAND', 'Bonjour.', 'JEAN MOREAU', 'Bonjour.', 'ANNE DUPONT', 'Merci.', 'JEAN MOREAU', 'Avec plaisir.', 'ANNE DUPONT', 'Au revoir.'])[0]).toBeNull();
    // A heading in capitals has function words: it stays a heading, not a speaker.
    const withHeading = ['ANNE DUPONT', 'Bonjour.', 'JEAN MOREAU', 'Bonjour.', 'LA RÉFORME DES RETRAITES', 'Vous avez présenté la réforme hier ?', 'ANNE DUPONT', 'Et ensuite ?', 'JEAN MOREAU', 'Le vote.'];
    expect(findTurns(withHeading)[4]).toBeNull();
  });

  it('reads one “Given SURNAME” line as the label of a first-person speech, not a third-person byline', () => {
    const speech = ['Conférence de presse à l’issue du conseil', '', 'Claire MOREAU', 'Mesdames et Messieurs, bonjour.', '', 'Nous avons trouvé un accord sur le budget des transports.'].join('\n');
    expect(quotes(speech).map(([role, speaker]) => [role, speaker])).toEqual([['quote', 'Claire Moreau'], ['quote', 'Claire Moreau']]);
    const report = ['Le budget des transports adopté', '', 'Claire MOREAU', 'Le conseil a adopté mardi le budget des transports après une longue nuit.', '', 'Les lignes régionales en profitent.'].join('\n');
    expect(quotes(report).map(([role]) => role)).toEqual(['body', 'body']);
  });

  it('reads ALL-CAPS labels on their own line or without a colon when they repeat', () => {
    const text = ['Interview du matin', '', 'ANNE DUPONT', '', 'Bienvenue, monsieur le ministre.', '', 'JEAN MOREAU', '', 'Bonjour.', '', 'ANNE DUPONT Merci d’être là.', '', 'JEAN MOREAU Avec plaisir.'].join('\n');
    expect(quotes(text).map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Anne Dupont', 'Bienvenue, monsieur le ministre.'], ['Jean Moreau', 'Bonjour.'], ['Anne Dupont', 'Merci d’être là.'], ['Jean Moreau', 'Avec plaisir.'],
    ]);
  });

  it('reads a one-time ALL-CAPS “NAME, DESCRIPTION” line among ALL-CAPS labels as that speaker’s label', () => {
    const text = [
      'Interview du matin', '', 'ANNE DUPONT', '', 'Bienvenue, monsieur le ministre. Écoutons d’abord un habitant.', '',
      'KARIM, COMMERÇANT DU VIEUX-PORT DEPUIS 1998', '', 'On a fermé trois semaines, personne ne nous a aidés.', '',
      'JEAN MOREAU', '', 'Je l’ai entendu, et nous allons agir.', '', 'ANNE DUPONT', '', 'Merci.', '', 'JEAN MOREAU', '', 'Au revoir.',
    ].join('\n');
    expect(quotes(text).map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Anne Dupont', 'Bienvenue, monsieur le ministre. Écoutons d’abord un habitant.'], ['Karim', 'On a fermé trois semaines, personne ne nous a aidés.'],
      ['Jean Moreau', 'Je l’ai entendu, et nous allons agir.'], ['Anne Dupont', 'Merci.'], ['Jean Moreau', 'Au revoir.'],
    ]);
  });

  it('reads a one-time ALL-CAPS name alone on its line among such labels, but not a capital heading', () => {
    const paras = ['ANNE DUPONT', 'Bonjour.', 'JEAN MOREAU', 'Bonjour.', 'LUC PERRIN', 'Une question sur le port ?', 'JEAN MOREAU', 'Oui.', 'LA SITUATION DU PORT', 'ANNE DUPONT', 'Merci.'];
    expect(findTurns(paras).map((t) => t?.label ?? null)).toEqual(['ANNE DUPONT', null, 'JEAN MOREAU', null, 'LUC PERRIN', null, 'JEAN MOREAU', null, null, 'ANNE DUPONT', null]);
  });

  it('takes no ALL-CAPS “NAME, DESCRIPTION” line for a label outside such a transcript', () => {
    expect(findTurns(['KARIM, COMMERÇANT DU VIEUX-PORT', 'On a fermé trois semaines, personne ne nous a aidés.'])).toEqual([null, null]);
    // nor when the transcript's labels carry colons: there a capital line is a heading
    expect(findTurns(['ANNE DUPONT: Bonjour.', 'JEAN MOREAU: Bonjour.', 'LE PORT, LES QUAIS ET LA VILLE', 'Texte.']).map((t) => t?.label ?? null)).toEqual(['ANNE DUPONT', 'JEAN MOREAU', null, null]);
  });

  it('reads a bare “Q” and a space as the reporter’s label inside a transcript, not in prose', () => {
    const text = ['Press Briefing', '', 'MS. HOLT: Good afternoon, everyone.', '', 'Q Happy Friday.', '', 'MS. HOLT: Thank you.', '', 'We have two announcements today.'].join('\n');
    expect(quotes(text).map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Ms. Holt', 'Good afternoon, everyone.'], ['Reporter', 'Happy Friday.'], ['Ms. Holt', 'Thank you.'], ['Ms. Holt', 'We have two announcements today.'],
    ]);
    expect(findTurns(['Q Street was closed on Monday.', 'Traffic moved to K Street.'])).toEqual([null, null]);
  });

  it('reads “Office Given Surname:” labels as that person’s turns, the office not part of the name', () => {
    const text = [
      'Daily Press Briefing', '', 'Transport Minister Olga Brandt opened the briefing.', '',
      'Deputy Spokesperson Tomas Ekberg: Good morning. We have one announcement.', '',
      'Question: When will the line reopen?', '',
      'Minister of State Olga Brandt: In three weeks, if the tests go well.', '',
      'Press Officer Marie-Claire Dubois-Weil: That is all for today.', '',
      'Minister Brandt: Thank you.',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Tomas Ekberg', 'Good morning. We have one announcement.'], ['Reporter', 'When will the line reopen?'],
      ['Olga Brandt', 'In three weeks, if the tests go well.'], ['Marie-Claire Dubois-Weil', 'That is all for today.'], ['Olga Brandt', 'Thank you.'],
    ]);
  });

  it('drops an office’s abbreviation from the label’s name, keeps a courtesy title, and titles the lead chapter by the first words spoken', () => {
    const text = ['Transcript of Secretary Holt’s Discussion with Reporters', '', 'SEC. HOLT: We start with the harvest.', '', 'REPORTER: Will prices rise?', '', 'SEC. HOLT: Not this year.'].join('\n');
    expect(quotes(text).map(([, speaker]) => speaker)).toEqual(['Holt', 'Reporter', 'Holt']);
    const script = buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
    expect(script.chapters[1]!.title).toBe('We start with the harvest');
    expect(quotes(['Briefing', '', 'MR HOLT: We start now.', '', 'QUESTION: Will prices rise?'].join('\n'))[0]![1]).toBe('Mr Holt');
  });

  it('keeps a label that is a name, or a role in capitals, whole', () => {
    const text = ['Briefing', '', 'Tom King: We start with the weather.', '', 'SENIOR ADMINISTRATION OFFICIAL: Thanks, Tom.', '', 'Tom King: Over to you.'].join('\n');
    expect(quotes(text).map(([, speaker]) => speaker)).toEqual(['Tom King', 'Senior Administration Official', 'Tom King']);
  });

  it('does not start a transcript on one weak label', () => {
    expect(findTurns(['Note: the figures are provisional.', 'The council met on Monday.'])).toEqual([null, null]);
    expect(findTurns(['Jane Doe: first.', 'John Roe: second.']).map((t) => t?.label)).toEqual(['Jane Doe', 'John Roe']);
    // a long Title Case phrase before a colon, once, is a lead-in, not a transcript
    expect(findTurns(['Notes for Editors of Local Papers: the figures are provisional.', 'The council met on Monday.'])).toEqual([null, null]);
  });

  it('takes no header field ending on a preposition for a label, so a headline with a colon and such a field make no transcript', () => {
    const lines = ['Valley School Flood: Council Votes to Move Uphill', 'Press Release From: Northshire County Council', 'The council voted on Monday to move the school.'];
    expect(findTurns(lines)).toEqual([null, null, null]);
    expect(findTurns(['Posted By: Jane Roe', 'Jane Roe: We start now.', 'Tom Lee: Thank you.']).map((t) => t?.label ?? null)).toEqual([null, 'Jane Roe', 'Tom Lee']);
  });

  it('takes no possessive and no bare honorifics for a label', () => {
    // Found by the word-keeping property: both paragraphs were read as turns and their labels dropped.
    expect(findTurns(['Mr Mr: the vote is on Monday.', 'The council met.', 'Mr Lee’s: “the plan” was read out.'])).toEqual([null, null, null]);
    expect(findTurns(['Mr Lee: the vote is on Monday.', 'Ms Park: it is.']).map((t) => t?.label)).toEqual(['Mr Lee', 'Ms Park']);
  });
});

describe('press-release quotes', () => {
  it('reads the unmarked paragraphs after “X said:” as that person’s words', () => {
    const text = [
      'Council Opens New Library', '', 'The council opened its new central library on Monday, the first new public building in the town for a decade.', '',
      'Council leader Mary Stone said:', '', 'This library is for everyone in the town.', '', 'We will keep it open seven days a week.', '',
      '• Opening hours are listed online.',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Mary Stone', 'This library is for everyone in the town.'], ['Mary Stone', 'We will keep it open seven days a week.'],
    ]);
  });

  it('ends the statement where the narrator resumes: a further paragraph with no first or second person', () => {
    const text = [
      'Council Opens New Library', '', 'The council opened its new central library on Monday, the first new public building in the town for a decade.', '',
      'Council leader Mary Stone said:', '', 'It is a fine building for a fine town.', '',
      'Built by a local firm, the library cost four million pounds and holds sixty thousand books.', '',
      'The old library in Mill Street will close at the end of the month.', '',
      'The head librarian, Tom Reid, said:', '', 'Our staff cannot wait to welcome readers.', '', 'We have planned this for ten years.',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker, words]) => [speaker, words])).toEqual([
      ['Mary Stone', 'It is a fine building for a fine town.'], ['Tom Reid', 'Our staff cannot wait to welcome readers.'], ['Tom Reid', 'We have planned this for ten years.'],
    ]);
  });

  it('takes any reporting verb and a few words before the colon, in German and French too', () => {
    const speakersOf = (lines: string[]) => quotes(lines.join('\n\n')).filter(([role]) => role === 'quote').map(([, speaker]) => speaker);
    expect(speakersOf(['Neue Bibliothek eröffnet', 'Die Stadt hat am Montag ihre neue Bibliothek eröffnet.', 'Bürgermeisterin Anna Keller erklärte dazu:', 'Diese Bibliothek ist für alle Menschen in der Stadt da.'])).toEqual(['Anna Keller']);
    expect(speakersOf(['Une nouvelle bibliothèque', 'La ville a ouvert lundi sa nouvelle bibliothèque.', 'La maire Anne Leroy a déclaré à cette occasion :', 'Cette bibliothèque est ouverte à tous les habitants.'])).toEqual(['Anne Leroy']);
    expect(speakersOf(['Library opens', 'The council opened its new library on Monday.', 'Council leader Mary Stone said in a statement:', 'This library is for everyone in the town.'])).toEqual(['Mary Stone']);
    // A report is nobody: its words stay narration.
    expect(speakersOf(['Library opens', 'The council opened its new library on Monday.', 'The report noted three things:', 'The building is late and over budget.'])).toEqual([]);
  });
});
