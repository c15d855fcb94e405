// French speakers that an eighth breadth review of unseen pages (Belgian, Swiss, Québécois and
// African outlets, agency copy, sport interviews) found wrong, with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';
import { quoteSpeakers } from '../helpers/script-pieces.ts';

const speakers = (paragraphs: string[], headline?: string) => quoteSpeakers(paragraphs, 'fr', headline);
const script = (text: string) => buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' });
const turns = (text: string) =>
  script(text)
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role === 'quote')
    .map((s) => s.speaker);

describe('an interview without labels whose headline quotes its guest, "Name : « … »"', () => {
  const qa = (headline: string) =>
    [
      headline,
      '- Premier match et première victoire, vous attendiez-vous à un tel début ?',
      '- Oui, je suis très content. Nous avons travaillé très dur pendant le stage et aujourd’hui nous en récoltons les fruits.',
      '- Comment avez-vous trouvé le public de Valbourg ?',
      '- Je n’avais jamais vu une telle ambiance, les supporters nous ont portés jusqu’au bout du match.',
    ].join('\n\n');

  it('a surname alone labels the headline quote: the answers are that guest’s', () => {
    expect(turns(qa('Verlindo : « Premier match, première victoire, que demander de plus ? »'))).toEqual(['Reporter', 'Verlindo', 'Reporter', 'Verlindo']);
  });

  it('a kicker before the guest’s name, "Coupe des régions - Tanguy Verlindo : « … »"', () => {
    expect(turns(qa('Coupe des régions - Tanguy Verlindo : « Un sentiment d’inachevé »'))).toEqual(['Reporter', 'Tanguy Verlindo', 'Reporter', 'Tanguy Verlindo']);
  });
});
