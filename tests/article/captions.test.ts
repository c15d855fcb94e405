import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { captionHeadings, describesPicture, hasSlashCredit, isLabelRow } from '../../src/article/captions.ts';

const p1 = 'The president arrived in the capital on Tuesday for talks with the prime minister about trade.';
const p2 = 'Protesters clashed with riot police briefly on Tuesday, the second day of the visit.';
const p3 = 'The visit ends on Wednesday in Halifax, where he will thank the city for its help in 2001.';
const p4 = 'Officials said the talks had gone well and that a further meeting was planned for spring.';
const d1 = 'Der Minister ist am Dienstag in die Hauptstadt gereist, um mit der Regierung über den Handel zu sprechen.';
const d2 = 'Am zweiten Tag des Besuchs kam es kurz zu Zusammenstößen zwischen Demonstranten und der Polizei.';
const d3 = 'Der Besuch endet am Mittwoch, wenn er sich bei der Stadt für ihre Hilfe im Jahr 2001 bedanken wird.';
const headings = (text: string) => parseText(text, 'x.txt').sections.map((s) => s.heading);
const dropped = (text: string) => parseText(text, 'x.txt').dropped!.map((d) => `${d.reason}: ${d.text}`);

describe('a photo caption shaped like a heading', () => {
  it('is no chapter when it is the story’s only heading-like line and describes a picture', () => {
    const text = `President visits Canada\n\n${p1}\n\nProtesters march on Laurier Ave. in Ottawa\n\n${p2}\n\n${p3}\n\n${p4}`;
    expect(headings(text)).toEqual([null]);
    expect(dropped(text)).toContain('caption: Protesters march on Laurier Ave. in Ottawa');
    expect(parseText(text, 'x.txt').sections[0]!.paragraphs).toEqual([p1, p2, p3, p4]);
  });
  it('is no chapter on a wiki page whose section headings carry an edit link', () => {
    const text = `Eröffnung des Oktoberfests\n\n${d1}\n\nGuy-Fawkes-Masken – Symbol des Netzwerks\n\n${d2}\n\n${d3}\n\nQuellen[Bearbeiten]\n\nThis text comes from Wikinews.`;
    expect(headings(text)).toEqual([null]);
    expect(dropped(text)).toContain('caption: Guy-Fawkes-Masken – Symbol des Netzwerks');
  });
  it('keeps a real short heading followed by several paragraphs', () => {
    expect(headings(`Headline of the story\n\n${p1}\n\nBiography\n\n${p2}\n\n${p3}\n\n${p4}`)).toEqual([null, 'Biography']);
    expect(headings(`Headline of the story\n\n${p1}\n\nUkraine und Sicherheitspolitik\n\n${d2}\n\n${d3}`)).toEqual([null, 'Ukraine und Sicherheitspolitik']);
  });
  it('keeps place-shaped headings when the story has several headings, and a heading in capitals', () => {
    const several = `Ostseerat in Berlin\n\n${d1}\n\nAußenministertreffen des Ostseerats\n\n${d2}\n\nLage im Ostseeraum der Region Nord\n\n${d3}\n\n${d1}`;
    expect(headings(several)).toEqual([null, 'Außenministertreffen des Ostseerats', 'Lage im Ostseeraum der Region Nord']);
    expect(headings(`Rede zur Lage der Union\n\n${p1}\n\nEINLEITUNG – WIND IN UNSEREN SEGELN\n\n${d2}\n\n${d3}`)).toEqual([null, 'EINLEITUNG – WIND IN UNSEREN SEGELN']);
  });
  it('keeps a wiki heading whose edit link opens the next line', () => {
    const text = `Abschalten oder wiederbeleben?\n\n${d1}\n\nErstens: Der Bericht zum Vorschlag selbst\n\n[Bearbeiten]${d2}\n\n${d3}`;
    expect(headings(text)).toEqual([null, 'Erstens: Der Bericht zum Vorschlag selbst']);
  });
  it('captionHeadings never takes the first or last line, nor a heading with edit link on a wiki page', () => {
    const lines = ['Kickoff in Ottawa today', p1, 'Quellen[Bearbeiten]', p2, 'Protesters march in Ottawa'];
    expect([...captionHeadings(lines, [true, false, true, false, true], lines)]).toEqual([]);
  });
  it('describesPicture: a place it was taken, not a topic heading nor an apposition alone', () => {
    expect(describesPicture('Toboggan auf dem Münchner Oktoberfest')).toBe(true);
    expect(describesPicture('Generalsekretariat von Interpol in Lyon')).toBe(true);
    expect(describesPicture('Guy-Fawkes-Masken – Symbol des Anonymous-Netzwerks')).toBe(false);
    expect(describesPicture('Valley School – the speech that moved the council')).toBe(false);
    expect(describesPicture('Chaque candidat tente de séduire les indécis')).toBe(false);
    expect(describesPicture('Lage im Ostseeraum')).toBe(false);
    expect(describesPicture('EINLEITUNG – WIND IN UNSEREN SEGELN')).toBe(false);
  });
});

describe('a chrome line or caption taken as the standfirst', () => {
  it('a masthead of bullet-joined labels is page header, not the standfirst', () => {
    const text = `Conférence de presse sur le rapport\n\nDépartement de l’information • Service des informations et des accréditations • New York\n\n${p1}\n\n${p2}`;
    const a = parseText(text, 'x.txt');
    expect(a.dek).toBeNull();
    expect(a.dropped!.map((d) => d.reason)).toContain('page header labels');
    expect(isLabelRow('Département de l’information • Service des informations • New York')).toBe(true);
    expect(isLabelRow('• Support, guidance and challenge on the progress of the plan.')).toBe(false);
    expect(isLabelRow('Rain | Wind')).toBe(false);
  });
  it('a caption ending on its credit after a slash is dropped', () => {
    const caption = 'Le président accueille la délégation américaine lors de la cérémonie / DR';
    const a = parseText(`La fête nationale à Dakar\n\n${caption}\n\n${p1}\n\n${p2}`, 'x.txt');
    expect(a.dek).toBeNull();
    expect(a.dropped!.map((d) => `${d.reason}: ${d.text}`)).toContain(`caption: ${caption}`);
    expect(hasSlashCredit('Israel / Gaza')).toBe(false);
    expect(hasSlashCredit('Die Preise steigen, sagt der Verband.')).toBe(false);
  });
  it('a picture’s place line under the title is no standfirst', () => {
    const a = parseText(`Interpol nimmt Hacker fest\n\nGeneralsekretariat von Interpol in Lyon\n\n${d1}\n\n${d2}`, 'x.txt');
    expect(a.dek).toBeNull();
  });
  it('keeps a real standfirst, sentence or subhead', () => {
    expect(parseText(`Headline of the story\n\nThe minister said the plan would cut costs by half.\n\nBy Jane Roe\n\n${p1}\n\n${p2}`, 'x.txt').dek).toBe('The minister said the plan would cut costs by half.');
    expect(parseText(`Mehr Gelassenheit im Umgang miteinander\n\nDie Ukraine unterstützen, in die eigene Verteidigung investieren, Deutschland modernisieren\n\n${d1}\n\n${d2}`, 'x.txt').dek).toBe('Die Ukraine unterstützen, in die eigene Verteidigung investieren, Deutschland modernisieren');
  });
  it('drops the headline repeated over two lines', () => {
    const a = parseText(`Conférence de presse sur le lancement du rapport de l’observatoire\n\nCONFÉRENCE DE PRESSE SUR LE LANCEMENT\n\nDU RAPPORT DE L’OBSERVATOIRE\n\n${p1}\n\n${p2}`, 'x.txt');
    expect(a.dek).toBeNull();
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual([p1, p2]);
  });
});
