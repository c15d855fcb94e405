// Article → Script: segments with roles, speakers and voices, grouped into chapters.
// The headline chapter holds the headline and the dek; each section is one chapter after it.
// Byline, dateline and credits stay in the Article (tags, description) and are not spoken.
import type { Config } from '../config.ts';
import type { Article, Chapter, EngineName, Script, Segment } from '../model.ts';
import { resolveSpeakers } from './attribute.ts';
import { leadTitle } from './chapters.ts';
import { findQuoteSpans } from './quotes.ts';
import { segmentParagraph, type Piece } from './segment.ts';
import { laidOutQuotes } from './transcript.ts';
import { splitLong } from './split-long.ts';
import { castVoices, type CastMemory } from '../voices/casting.ts';

/** `cast` carries speakers' voices from article to article of one run (see voices/casting.ts). */
export function buildScript(article: Article, options: { config: Config; engine: EngineName; cast?: CastMemory }): Script {
  const { config, engine } = options;
  const casting = castVoices(article, { config, engine, ...(options.cast ? { memory: options.cast } : {}) });
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const spans = findQuoteSpans(paragraphs);
  const sectionStarts = new Set<number>();
  article.sections.reduce((start, s) => (sectionStarts.add(start), start + s.paragraphs.length), 0);
  const context = [article.headline, article.dek ?? '', article.byline ?? '', ...article.sections.map((s) => s.heading ?? ''), ...(article.dropped ?? []).map((d) => d.text)];
  const laidOut = laidOutQuotes(paragraphs, sectionStarts, context);
  // A standfirst that quotes someone ("Ministerin Anna Roth vor der Sitzung: „…“") is read like a
  // paragraph, its quotation in the speaker's voice; one without a voiced quote stays one headline
  // segment and takes no part in resolving the body's speakers.
  const dekPieces = article.dek ? segmentParagraph(article.dek, findQuoteSpans([article.dek])[0] ?? [], config.quoteMinWords) : [];
  const dekQuoted = dekPieces.some((piece) => piece.role === 'quote');
  const resolved = resolveSpeakers(
    [
      ...(dekQuoted ? [dekPieces] : []),
      ...paragraphs.map((text, i): Piece[] => {
        const turn = laidOut[i];
        if (!turn) return segmentParagraph(text, spans[i] ?? [], config.quoteMinWords);
        return [{ role: 'quote', text: turn.text, start: turn.start, ref: turn.ref, continues: false, continued: false }];
      }),
    ],
    article.language,
    article.headline,
  );
  const pieces = dekQuoted ? resolved.slice(1) : resolved;

  const headlineSegments: Segment[] = [
    { role: 'headline', speaker: null, voice: casting.voiceFor('headline'), text: article.headline, boundary: 'chapter' },
  ];
  if (article.dek && !dekQuoted) {
    headlineSegments.push({ role: 'headline', speaker: null, voice: casting.voiceFor('headline'), text: article.dek, boundary: 'paragraph' });
  }
  if (dekQuoted) {
    resolved[0]!.forEach((piece, i) => {
      const quote = piece.role === 'quote';
      headlineSegments.push({
        role: quote ? 'quote' : 'headline',
        speaker: quote ? piece.speaker : null,
        ...(quote ? { speakerGender: piece.speakerGender } : {}),
        voice: casting.voiceFor(quote ? 'quote' : 'headline'),
        text: piece.text,
        boundary: i === 0 ? 'paragraph' : 'inline',
      });
    });
  }
  const chapters: Chapter[] = [{ title: article.headline, segments: headlineSegments }];

  let index = 0;
  for (const section of article.sections) {
    // A transcript's lead chapter is titled by its first words as spoken, without the speaker's label
    // ("SEC. JOHANNS:", "LE PRESIDENT.- …"); a label alone on its line gives none.
    const spokenParagraphs = section.paragraphs.map((text, k) => laidOut[index + k]?.text.trim() ?? text).filter(Boolean);
    const segments: Segment[] = [];
    for (let p = 0; p < section.paragraphs.length; p++) {
      const paragraph = pieces[index++] ?? [];
      paragraph.forEach((piece, i) => {
        const speaker = piece.role === 'quote' ? piece.speaker : null;
        // Quotes are cast below, once all speakers are known. An over-long piece (a paragraph with
        // no sentence end) becomes several bounded segments.
        const voice = casting.voiceFor(piece.role);
        splitLong(piece.text).forEach((text, part) => {
          segments.push({
            role: piece.role,
            speaker,
            ...(piece.role === 'quote' ? { speakerGender: piece.speakerGender } : {}),
            voice,
            text,
            boundary: segments.length === 0 ? 'chapter' : i === 0 && part === 0 ? 'paragraph' : 'inline',
          });
        });
      });
    }
    if (segments.length === 0) continue;
    chapters.push({ title: section.heading ?? leadTitle(spokenParagraphs, article.headline), segments });
  }
  return casting.castQuotes({ source: article.source, title: article.headline, article, engine, chapters });
}
