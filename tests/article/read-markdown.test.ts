import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, splitFrontMatter } from '../../src/article/read-markdown.ts';
import { AppError } from '../../src/errors.ts';
import type { Article } from '../../src/model.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'inputs');
const allText = (a: Article): string => [a.headline, a.dek ?? '', ...a.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs])].join('\n');
const body = 'The story itself starts here, with a full sentence of ordinary words in it.';

describe('parseMarkdown on an article', async () => {
  const article = parseMarkdown(await readFile(join(fixtures, 'article.md'), 'utf8'), 'article.md');

  it('reads headline, italic dek, byline and date', () => {
    expect(article).toMatchObject({
      source: 'article.md',
      headline: 'Zelenskyy Condemns Lack of Response From Western Allies',
      dek: 'Ukraine’s president says allies are “just waiting” for North Korean troops to attack.',
      byline: 'Katabella Roberts',
      dateline: 'Nov. 1, 2024',
      credits: ['Reporting by Jane Roe; editing by John Doe.'],
    });
  });

  it('makes ## and ### headings sections, lists paragraphs, > blocks quotes', () => {
    expect(article.sections).toEqual([
      {
        heading: null,
        paragraphs: [
          'Ukraine’s President Volodymyr Zelenskyy has condemned what he says is a lack of response from Western allies after Russia deployed North Korean troops.',
          '“Yet instead of providing the much-needed long-range capabilities, America is watching, Britain is watching, Germany is watching.”',
        ],
      },
      {
        heading: 'What Washington says',
        paragraphs: ['Up to 8,000 North Korean troops had been deployed to Russia’s western Kursk region, U.S. officials said.', 'The troops may assist with artillery.', 'They may operate drones.'],
      },
      { heading: 'Kremlin response', paragraphs: ['Russian President Vladimir Putin did not deny recruiting North Korean troops.'] },
    ]);
  });

  it.each(['https://', 'example.com', 'photo', 'Zelenskyy at the UN', 'console.log', 'never spoken', '[^1]', '**', '---', 'Share this article', '<!--'])('never speaks %s', (junk) => {
    expect(allText(article)).not.toContain(junk);
  });
});

describe('parseMarkdown details', () => {
  it.each([
    ['first line when there is no heading', `Plain Headline\n${body}`, 'Plain Headline', null, [body]],
    ['first heading of any level when it opens the file', `## Second-Level Headline\n\n${body}`, 'Second-Level Headline', null, [body]],
    ['a kicker above the # headline is not spoken', `Politics\n\n# The Headline\n\n${body}`, 'The Headline', null, [body]],
    ['a plain paragraph followed by a byline is the dek', `# H\n\nA short plain standfirst that sets up the story.\n\nBy Ann Lee\n\n${body}`, 'H', 'A short plain standfirst that sets up the story.', [body]],
    ['a plain first paragraph without a byline after it is the lead', `# H\n\n${body}\n\nMore.`, 'H', null, [body, 'More.']],
    ['a long italic paragraph is not a dek', `# H\n\n*${'word '.repeat(70)}end.*\n\n${body}`, 'H', null, [`${'word '.repeat(70)}end.`, body]],
    ['setext headings', `The Headline\n============\n\n${body}`, 'The Headline', null, [body]],
    ['entities decoded once, escapes and code spans kept as text', `# AT&amp;T &amp;amp; Co\n\nIt costs \\*5 \`x &amp; y\` &eacute;t&eacute; &lt;b&gt;.`, 'AT&T &amp; Co', null, ['It costs *5 x &amp; y été <b>.']],
    ['links, autolinks, images and inline HTML', `# H\n\nSee [the report](https://x.example/r) at <https://x.example> or www.x.example ![chart](c.png) <span class="x">now</span>.`, 'H', null, ['See the report at or now.']],
    ['footnote markers and definitions', `# H\n\nA claim.[^note] Another.[^2]\n\n[^note]: The source.\n[^2]: http://example.com`, 'H', null, ['A claim. Another.']],
    ['a tight nested list and a table', `# H\n\n1. One\n2. Two\n   - Two a\n\n| Year | Sales |\n|---|---|\n| 2024 | **5** |`, 'H', null, ['One', 'Two', 'Two a', 'Year, Sales', '2024, 5']],
    ['raw HTML blocks are read like HTML', `# H\n\n<div class="note"><p>Kept words.</p><script>alert(1)</script><figure><img src="x"><figcaption>Caption</figcaption></figure></div>\n\n<!-- hidden -->\n\n${body}`, 'H', null, ['Kept words.', body]],
    ['nested quotes in a > block become single marks', `# H\n\n> She said "no" and “yes”.\n>\n> > Deeper.`, 'H', null, ['“She said ‘no’ and ‘yes’.”', '“Deeper.”']],
    ['already quoted > blocks stay as written', `# H\n\n> “Already quoted,” she said.\n\n> “Fully quoted.”`, 'H', null, ['“‘Already quoted,’ she said.”', '“Fully quoted.”']],
    ['CRLF and BOM', `\uFEFF# H\r\n\r\n${body}\r\n`, 'H', null, [body]],
  ])('%s', (_, md, headline, dek, paragraphs) => {
    const a = parseMarkdown(md, 'x.md');
    expect(a.headline).toBe(headline);
    expect(a.dek).toBe(dek);
    expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(paragraphs);
  });

  it('reads YAML front matter', () => {
    expect(splitFrontMatter('---\ntitle: "Front Title"\nauthor: Ann Lee\ndate: 2024-11-01\n---\nBody').front).toEqual({ title: 'Front Title', author: 'Ann Lee', date: '2024-11-01', description: null });
    const a = parseMarkdown(`---\ntitle: Front Title\nauthor: Ann Lee\ndate: Nov. 1, 2024\n---\n\n# Front Title\n\n${body}`, 'x.md');
    expect(a).toMatchObject({ headline: 'Front Title', byline: 'Ann Lee', dateline: 'Nov. 1, 2024' });
    expect(a.sections).toEqual([{ heading: null, paragraphs: [body] }]);
  });

  it('starts sections at #/##/###, reads #### as a paragraph, skips empty headings', () => {
    const a = parseMarkdown(`# H\n\nLead.\n\n## Empty\n\n## Part one\n\nOne.\n\n#### Small heading\n\nTwo.\n\n# Part two\n\nThree.`, 'x.md');
    expect(a.sections).toEqual([
      { heading: null, paragraphs: ['Lead.'] },
      { heading: 'Part one', paragraphs: ['One.', 'Small heading', 'Two.'] },
      { heading: 'Part two', paragraphs: ['Three.'] },
    ]);
  });

  it.each([
    ['empty', ''],
    ['only whitespace and rules', '  \n\n---\n\n'],
    ['a headline with no body', '# Just a headline\n'],
    ['a headline and only code', '# H\n\n```\ncode\n```\n'],
  ])('rejects %s with an input error', (_, md) => {
    let error: unknown = null;
    try {
      parseMarkdown(md, 'bad.md');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('input');
    expect((error as AppError).message).toMatch(/bad\.md (?:is empty|has a headline but no body)/);
  });

  it('never throws anything but an input error on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('#', '>', '*', '_', '[', ']', '(', ')', '`', '-', '|', '<', '&', '\n', ' ', 'a', 'B', '“', '"', '1', '.', '!') , maxLength: 200 }), (md) => {
        try {
          const a = parseMarkdown(md, 'p.md');
          expect(a.headline.trim()).not.toBe('');
          expect(a.sections.every((s) => s.paragraphs.length > 0 && s.paragraphs.every((p) => p.trim() !== ''))).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
