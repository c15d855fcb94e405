// A round-up of statements: each person's words wholly quoted, the next person's photo credit right
// under them. A line wholly in quotation marks is someone's words, never the caption above a credit.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';

describe('a round-up of statements between photo credits', () => {
  it('keeps every statement', () => {
    const statements = [
      '„Talheim und Ormond verbindet mehr als die Brücke über die Vire, und das seit vielen Jahrhunderten.“',
      '„Talheim und Borsdorf verbindet mehr als die Brücke über die Vire, und das seit Jahrhunderten.“',
      '„Die Stadt ist unverwechselbar, und sie schlägt die Brücke zwischen Tradition und Aufbruch.“',
    ];
    const text = ['Die Landräte über Talheim: „Gut aufgestellt“', 'Foto: Agentur', 'Lena Roth, (SPD), Ormond', statements[0], 'Foto: Agentur', 'Anna Hallwig, Borsdorf (SPD)', statements[1], 'Foto: Agentur', 'Karl Brodtke (CDU), Ormond', statements[2]].join('\n\n');
    const article = parseText(text, 'x.txt');
    const kept = [article.dek ?? '', ...article.sections.flatMap((s) => s.paragraphs)];
    for (const statement of statements) expect(kept).toContain(statement);
    expect(article.dropped!.filter((d) => d.reason === 'caption').map((d) => d.text)).toEqual(['Foto: Agentur', 'Foto: Agentur', 'Foto: Agentur']);
  });
});
