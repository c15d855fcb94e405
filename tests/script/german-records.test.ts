// German parliamentary records and statements label a turn with the office written out, academic
// titles between it and the name, and a member's constituency before the group:
// "Präsident Prof. Dr. Norbert Lammert:", "Alterspräsident Dr. Hermann Otto Solms:",
// "Carsten Schneider (Erfurt) (SPD):", "Vizepräsidentin Petra Pau:".
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { mentionsIn } from '../../src/script/mentions.ts';

const script = (text: string) => buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const quotes = (text: string) =>
  script(text)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text.slice(0, 24), s.speakerGender ?? null]);

describe('German parliamentary record labels', () => {
  it('reads an office, academic titles and a name, and a constituency before the group, as labels', () => {
    const text = [
      'Stenografischer Bericht der 1. Sitzung', '',
      'Alterspräsident Dr. Hans Otto Berger: Liebe Kolleginnen und Kollegen! Ich eröffne die Sitzung.', '',
      '(Beifall)', '',
      'Dr. Jan Roth (AfD): Herr Präsident! Wir beantragen, die Geschäftsordnung zu ändern.', '',
      'Carsten Lenz (Erfurt) (SPD): Herr Alterspräsident! Wir lehnen den Antrag ab.', '',
      'Vizepräsidentin Petra Lind: Vielen Dank. – Das Wort hat nun der Kollege Korte.', '',
    ].join('\n');
    expect(quotes(text)).toEqual([
      ['quote', 'Hans Otto Berger', 'Liebe Kolleginnen und Ko', 'male'],
      ['quote', 'Jan Roth', 'Herr Präsident! Wir bean', null],
      ['quote', 'Carsten Lenz', 'Herr Alterspräsident! Wi', null],
      ['quote', 'Petra Lind', 'Vielen Dank. – Das Wort ', 'female'],
    ]);
  });

  it('reads one such label opening the record, over a first-person address, as that person’s statement', () => {
    const text = [
      '16. Bundesversammlung', '', 'Stenografischer Bericht', '',
      'Präsident Prof. Dr. Karl Lammers: Nehmen Sie bitte Platz. Ich begrüße Sie alle herzlich.', '',
      'Meine Damen und Herren, der 12. Februar ist kein beliebiger Tag in unserer Geschichte.', '',
    ].join('\n');
    expect(quotes(text).map(([role, speaker]) => [role, speaker])).toEqual([
      ['quote', 'Karl Lammers'],
      ['quote', 'Karl Lammers'],
    ]);
  });

  it('leaves a report that names an office and a person before a colon inside a story alone', () => {
    const text = [
      'Haushalt beschlossen', '',
      'Der Landtag hat am Donnerstag den Haushalt für das kommende Jahr mit großer Mehrheit beschlossen.', '',
      'Finanzminister Otto Kern: Die Zahlen für das kommende Jahr sind besser als erwartet ausgefallen.', '',
    ].join('\n');
    expect(quotes(text).map(([role]) => role)).not.toContain('Reporter');
    expect(script(text).chapters.flatMap((c) => c.segments).some((s) => s.role === 'body' && /Der Landtag hat/.test(s.text))).toBe(true);
  });
});

describe('German impersonal attributions', () => {
  it('gives a quotation that "heißt es in der Erklärung" no speaker, not the person named before it', () => {
    const text = [
      'Land ruft zum Gedenken auf', '',
      'Der Minister Karl Berger hat am Montag in Hannover das Programm vorgestellt. Es soll bis 2025 laufen.', '',
      '„Wir wollen die Menschen in den Kommunen entlasten“, heißt es in der gemeinsamen Erklärung der Länder. Die Kommunen begrüßten den Schritt.', '',
      '„Das Programm kommt zur rechten Zeit“, hieß es aus dem Ministerium.', '',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker)).toEqual([null, null]);
  });
});

describe('a place before the German verb', () => {
  it('never takes "In Brüssel sagte die Politikerin" for a speaker named Brüssel', () => {
    const text = [
      'Kommission nimmt Arbeit auf', '',
      'Kommissionspräsidentin Anna Berg hat zum Beginn ihrer Amtszeit die Verantwortung für Europa hervorgehoben.', '',
      'In Brüssel sagte die Politikerin, es gelte - so wörtlich -, "Europa stärker zu hinterlassen, als wir es geerbt haben". Die Staaten begrüßten das.', '',
    ].join('\n');
    const speakers = quotes(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).not.toBe('Brüssel');
  });

  it('lists no place as a person mentioned before a verb of saying', () => {
    expect(mentionsIn('In Straßburg sagte Weber: „Das ist ein guter Tag.“').map((m) => m.name)).not.toContain('Straßburg');
    expect(mentionsIn('Aus Berlin erklärte die Ministerin, man sei bereit.').map((m) => m.name)).not.toContain('Berlin');
  });
});

describe('German nouns of a woman in "-in"', () => {
  it('points "betonte die Dänin" and "so die Berlinerin" back to the woman the article named', () => {
    const text = [
      'Kommissarin mahnt zur Einheit', '',
      'Vor dem Gipfel hat die Kommissarin Karen Holm an die Regierungschefs appelliert. Der Kanzler Peter Lang schwieg.', '',
      '„Die Krise ist eine europäische Herausforderung“, betonte die Dänin. „Die Bürger wollen Antworten“, so die Kopenhagenerin.', '',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker, , gender]) => [speaker, gender])).toEqual([
      ['Karen Holm', 'female'],
      ['Karen Holm', 'female'],
    ]);
  });

  it('takes no thing spelled in "-in" for a woman', () => {
    const text = [
      'Neue Studie vorgestellt', '',
      'Die Forscherin Karen Holm hat die Studie vorgestellt. Sie dauerte drei Jahre.', '',
      '„Wir brauchen mehr Daten“, lobte die Medizin. Danach ging es weiter.', '',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker)).not.toContain('Karen Holm');
  });
});

describe('labels between the headline phrases of a release', () => {
  it('reads "… / Innenminister Name: „…“" as that minister’s quotation, whatever verb an earlier phrase has', () => {
    const text = [
      'Bericht aus der Kabinettssitzung', '',
      '1. Programm ist Erfolgsmodell für den Freistaat / Wirtschaftsminister Zeller: „Wichtiger Pfeiler der Innovationslandschaft / Weiterführung gesichert“', '',
      '2. Staatsregierung meint es ernst mit der Energiewende / Ab 2012 nur noch Ökostrom / Innenminister Hartmann: „Der Freistaat geht mit gutem Beispiel voran“', '',
      '3. Kultusminister Speidel informiert über das Gymnasium / Speidel: „Wir begleiten die Schülerinnen und Schüler bis zum Abitur“', '',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker]) => speaker)).toEqual(['Zeller', 'Hartmann', 'Speidel']);
  });
});

describe('"der Minister Name" states a man', () => {
  it('gives "der Minister Karl Berger" the male gender, so "Sie" and "der 54-Jährige" find the right person', () => {
    const text = [
      'Minister stellt Programm vor', '',
      'Der Minister Karl Berger hat am Montag das neue Programm vorgestellt. Auch die Landrätin Petra Lenz war anwesend.', '',
      '„Das Geld kommt an“, so Berger weiter.', '',
      '„Das ist ein Anfang“, sagte die Landrätin der Zeitung. Sie fügte hinzu: „Aber wir brauchen mehr.“', '',
      '„Das verspreche ich“, betonte der 54-Jährige.', '',
    ].join('\n');
    expect(quotes(text).filter(([role]) => role === 'quote').map(([, speaker, , gender]) => [speaker, gender])).toEqual([
      ['Karl Berger', 'male'],
      ['Petra Lenz', 'female'],
      ['Petra Lenz', 'female'],
      ['Karl Berger', 'male'],
    ]);
  });
});

describe('Land parliament record labels', () => {
  it('reads "Abg. Name, PARTEI:" and "Frau Name, Ministerpräsidentin:" as labels, the description left out', () => {
    const text = [
      'Plenarprotokoll 16/40', '',
      'Präsident Mertens: Meine sehr verehrten Damen und Herren, guten Morgen! Seien Sie herzlich willkommen.', '',
      'Abg. Hering, SPD: Herr Präsident, meine Damen und Herren! Wir schlagen Frau Dreher zur Wahl vor.', '',
      'Frau Dreher, Ministerpräsidentin: Herr Präsident! Ich nehme die Wahl an und danke Ihnen.', '',
      'Keller, Ministerin für Infrastruktur und Landwirtschaft: Vielen Dank. Ich beginne mit dem Haushalt.', '',
    ].join('\n');
    expect(quotes(text).map(([role, speaker, words]) => [role, speaker, words])).toEqual([
      ['quote', 'Mertens', 'Meine sehr verehrten Dam'],
      ['quote', 'Hering', 'Herr Präsident, meine Da'],
      ['quote', 'Frau Dreher', 'Herr Präsident! Ich nehm'],
      ['quote', 'Keller', 'Vielen Dank. Ich beginne'],
    ]);
  });
});

describe('record labels alone on their lines', () => {
  const record = (labels: string[]) =>
    [
      'Plenarprotokoll 16/40', '',
      labels[0]!, '', 'Meine sehr verehrten Damen und Herren, guten Morgen! Seien Sie herzlich willkommen.', '',
      labels[1]!, '', 'Herr Präsident, meine Damen und Herren! Wir schlagen Frau Dreher zur Wahl vor.', '',
      labels[2]!, '', 'Vielen Dank. Damit ist die Sitzung geschlossen.', '',
    ].join('\n');
  it('reads "Präsident Name:" and "Abg. Name, SPD:" alone on their lines over the house’s words as turns', () => {
    expect(quotes(record(['Präsident Mertens:', 'Abg. Hering, SPD:', 'Präsident Mertens:'])).map(([role, speaker]) => [role, speaker])).toEqual([
      ['quote', 'Mertens'],
      ['quote', 'Hering'],
      ['quote', 'Mertens'],
    ]);
  });
  it('takes no field names of a list for labels', () => {
    expect(quotes(record(['Weitere Informationen:', 'Hinweise für Sie:', 'Weitere Informationen:'])).every(([role]) => role === 'body')).toBe(true);
  });
});
