// German regional copy types the low opening mark as two commas (",,Wir …“", ",,Wir …''"): read as
// punctuation, the quotation went to the narrator's voice. All sentences invented.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const quotes = (text: string) =>
  buildScript(parseText(text, 'de.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => [s.speaker, s.text]);

const text = (paragraph: string) => ['Talheim saniert sein Hallenbad', '', 'Der Gemeinderat von Talheim hat am Montagabend beschlossen, das alte Hallenbad bis zum Herbst zu sanieren.', '', paragraph].join('\n');

describe('two commas for the low opening mark', () => {
  it.each([
    [",,Es waren gute Jahre für die ganze Gemeinde“, sagte Bürgermeisterin Anna Roth."],
    [",,Es waren gute Jahre für die ganze Gemeinde'', sagte Bürgermeisterin Anna Roth."],
    ["Bürgermeisterin Anna Roth sagte: ,,Es waren gute Jahre für die ganze Gemeinde.“"],
    [",, Es waren gute Jahre für die ganze Gemeinde'', sagte Bürgermeisterin Anna Roth."],
    ["Bürgermeisterin Anna Roth sagte:,, Es waren gute Jahre für die ganze Gemeinde.“"],
  ])('%j is a quotation', (paragraph) => {
    expect(quotes(text(paragraph))).toEqual([['Anna Roth', expect.stringContaining('Es waren gute Jahre für die ganze Gemeinde')]]);
  });

  it('leaves commas between figures alone', () => {
    expect(parseText(text('Die Werte lagen bei 3,,5 und 4,,2 Prozent, so das Amt in einer langen Mitteilung an die Presse.'), 'de.txt').sections.flatMap((s) => s.paragraphs).join(' ')).toContain('3,,5');
  });
});
