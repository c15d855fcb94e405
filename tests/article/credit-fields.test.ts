// A caption ending on its credit field ("… Bildrechte: StK") and a logo's alternative text ("… Logo"),
// as a Land government’s page leaves them above its title; and a kicker over a quoted title.
import { describe, expect, it } from 'vitest';
import { isCaption } from '../../src/article/junk.ts';
import { parseText } from '../../src/article/parse-text.ts';

describe('credit fields and logo text', () => {
  it('reads a line ending on "Bildrechte: …" or "Foto: …" as a caption, a sentence with its stop as none', () => {
    expect(isCaption('Aegidienkirche Hannover Bildrechte: StK')).toBe(true);
    expect(isCaption('Der Hafen am Morgen Foto: Jane Roe')).toBe(true);
    expect(isCaption('Die Bildrechte: das war das Thema der Sitzung am Montag.')).toBe(false);
  });

  it('reads a short line ending on "Logo" as a logo’s text, not as the headline', () => {
    expect(isCaption('Niedersachen klar Logo')).toBe(true);
    expect(isCaption('Logo')).toBe(false);
    const text = [
      'Musterland klar Logo', '', '16. April 2021', '', 'Marktplatz Hannover Bildrechte: StK', 'Gedenken an die Opfer der Flut', '',
      'Die Landesregierung ruft alle Bürgerinnen und Bürger auf, am Sonntag der Opfer der Flut zu gedenken und Kerzen in die Fenster zu stellen.', '',
    ].join('\n');
    expect(parseText(text, 'x.txt').headline).toBe('Gedenken an die Opfer der Flut');
  });
});

describe('a kicker over a quoted title', () => {
  it('takes the quotation under a one-word kicker for the headline, the kicker for its label', () => {
    const text = [
      'Haushalt', '', '„Wir investieren in die Zukunft des Landes“', '',
      'Der Ministerpräsident hat in der Generalaussprache zum Haushalt die Schwerpunkte der Regierung erläutert und die Opposition zur Mitarbeit eingeladen.', '',
      'Zurück zur Übersicht', '',
    ].join('\n');
    expect(parseText(text, 'x.txt').headline).toBe('„Wir investieren in die Zukunft des Landes“');
  });

  it('keeps a one-word title over a quotation too short to be a title', () => {
    const text = ['Haushalt', '', '„Ja“', '', 'Der Landtag hat den Haushalt am Donnerstag mit großer Mehrheit beschlossen und die Opposition überstimmt.', ''].join('\n');
    expect(parseText(text, 'x.txt').headline).toBe('Haushalt');
  });
});

describe('a person’s place in the picture', () => {
  it('reads a line naming someone’s place in the photograph as a caption, a quotation before it too', () => {
    expect(isCaption('"Wir gehen an jeden Ort dieser Stadt": Karl Weber (Mitte) bei seinem Auftritt in Kreuzberg.')).toBe(true);
    expect(isCaption('Ministerpräsidentin Anna Roth (links) mit Schülerinnen und Schülern der Grundschule')).toBe(true);
    expect(isCaption('Mayor Jane Roe (left) and the chief of police at the harbour on Monday.')).toBe(true);
    expect(isCaption('Karl Weber (CDU) sagte am Dienstag, er werde jeden Ort der Stadt besuchen.')).toBe(false);
  });
});
