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

/** A segment whose voice and text are settled before the speakers are resolved (see prepareScript). */
export interface KnownSegment {
  voice: string;
  text: string;
}

export interface PreparedScript {
  /**
   * Segments of the script, in script order, that no attribution can change: the headline, a dek
   * without quotation marks, and the parts of paragraphs without quotation marks (narration in the
   * narrator's voice). Known before anything asks the NLP library.
   */
  known: KnownSegment[];
  /** Resolves the speakers and casts the quotes: the script buildScript returns. */
  finish(): Script;
}

/** `cast` carries speakers' voices from article to article of one run (see voices/casting.ts). */
export function buildScript(article: Article, options: { config: Config; engine: EngineName; cast?: CastMemory }): Script {
  return prepareScript(article, options).finish();
}

/**
 * buildScript in two steps: what is settled without attribution first (cheap, no NLP), so that a
 * caller can start synthesizing those segments while the speakers are resolved (src/run/early-clips.ts).
 */
export function prepareScript(article: Article, options: { config: Config; engine: EngineName; cast?: CastMemory }): PreparedScript {
  const { config, engine } = options;
  const casting = castVoices(article, { config, engine, ...(options.cast ? { memory: options.cast } : {}) });
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const spans = findQuoteSpans(paragraphs);
  const sectionStarts = new Set<number>();
  article.sections.reduce((start, s) => (sectionStarts.add(start), start + s.paragraphs.length), 0);
  const context = [article.headline, article.dek ?? '', article.byline ?? '', ...article.sections.map((s) => s.heading ?? ''), ...(article.dropped ?? []).map((d) => d.text)];
  // Who wrote the piece (a byline, or the line under "Geschrieben von:" / "Written by:"): never its interviewee.
  const dropped = article.dropped ?? [];
  const authors = [article.byline ?? '', ...dropped.filter((d, i) => d.reason === 'byline' || (i > 0 && /(?:von|by|par)\s?:\s*$/iu.test(dropped[i - 1]!.text))).map((d) => d.text)].filter(Boolean);
  const laidOut = laidOutQuotes(paragraphs, sectionStarts, context, authors);
  const dekSpans = article.dek ? (findQuoteSpans([article.dek])[0] ?? []) : [];
  // Without quotation marks no piece is a quote (segmentParagraph voices only quotation spans, and
  // attribution gives speakers to quotes only), so such a paragraph is narration whatever the speakers.
  const known: KnownSegment[] = [{ voice: casting.voiceFor('headline'), text: article.headline }];
  if (article.dek && dekSpans.length === 0) known.push({ voice: casting.voiceFor('headline'), text: article.dek });
  paragraphs.forEach((text, i) => {
    if (laidOut[i] || (spans[i] ?? []).length > 0) return;
    for (const piece of segmentParagraph(text, [], config.quoteMinWords)) {
      for (const part of splitLong(piece.text)) known.push({ voice: casting.voiceFor(piece.role), text: part });
    }
  });
  return { known, finish: () => finish(article, config, engine, casting, { paragraphs, spans, laidOut, dekSpans }) };
}

function finish(
  article: Article,
  config: Config,
  engine: EngineName,
  casting: ReturnType<typeof castVoices>,
  found: { paragraphs: string[]; spans: ReturnType<typeof findQuoteSpans>; laidOut: ReturnType<typeof laidOutQuotes>; dekSpans: ReturnType<typeof findQuoteSpans>[number] },
): Script {
  const { paragraphs, spans, laidOut, dekSpans } = found;
  // A standfirst that quotes someone ("Ministerin Anna Roth vor der Sitzung: „…“") is read like a
  // paragraph, its quotation in the speaker's voice; one without a voiced quote stays one headline
  // segment and takes no part in resolving the body's speakers.
  const dekPieces = article.dek ? segmentParagraph(article.dek, dekSpans, config.quoteMinWords) : [];
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
