// The types that flow through the pipeline, in the order they are produced:
// text → Article → Script → Clip[] → Episode. A stage only imports the types of earlier stages.

export type Role = 'headline' | 'body' | 'quote';

export interface Section {
  /** Section heading as printed (becomes the chapter title), or null for the lead section. */
  heading: string | null;
  /** Paragraph texts, cleaned of junk, in order. */
  paragraphs: string[];
}

export interface Article {
  /** Where the text came from: a path, a URL or "-" for stdin. */
  source: string;
  headline: string;
  /** Standfirst / subtitle, spoken after the headline when present. */
  dek: string | null;
  /** Author line as printed, without a leading "By". Not spoken; used for tags. */
  byline: string | null;
  /** Date line as printed ("Nov. 1, 2024"), or null. Not spoken. */
  dateline: string | null;
  sections: Section[];
  /** Closing credit lines ("… contributed to this report."). Not spoken; used in the description. */
  credits: string[];
  /** The article's language as an ISO 639-1 code ("en", "de", "fr"), from the source or detected. */
  language?: string;
  /** Lines removed as page chrome (not spoken), with why: shown by --plan so a user can override. */
  dropped?: Dropped[];
}

export interface Dropped {
  text: string;
  /** A short stable reason, e.g. "caption", "share widget", "low stopword density". */
  reason: string;
}

export type Gender = 'female' | 'male';

/**
 * What separates a segment from the one before it: drives pause placement in assembly.
 * - 'chapter': first segment of a chapter
 * - 'paragraph': first segment of a new paragraph (or of the dek) inside a chapter
 * - 'inline': same paragraph, the voice changes (quote ↔ attribution)
 */
export type Boundary = 'chapter' | 'paragraph' | 'inline';

export interface Segment {
  role: Role;
  /** Canonical name of the person quoted (quote segments only), or null. */
  speaker: string | null;
  /** The quoted person's gender when the article states it (pronouns, Mr/Ms, titles); quotes only. */
  speakerGender?: Gender | null;
  /** The gender of the voice cast for this segment, when the voice table knows it. */
  voiceGender?: Gender | null;
  /** Engine-specific voice name. */
  voice: string;
  /** The words as the article wrote them. */
  text: string;
  /** The words as the engine should say them (numbers spelled out, lexicon applied). Defaults to text. */
  spoken?: string;
  boundary: Boundary;
}

export interface Chapter {
  title: string;
  segments: Segment[];
}

export interface Script {
  source: string;
  /** The headline. */
  title: string;
  article: Article;
  engine: EngineName;
  chapters: Chapter[];
  /** Who reads whom, and why that voice: one entry per quoted speaker (see voices/casting). */
  cast?: CastEntry[];
}

export interface CastEntry {
  speaker: string;
  voice: string;
  gender: Gender | null;
  /** Why this voice, e.g. "matches stated gender", "pool exhausted: reused, not a neighbour's". */
  reason: string;
}

export type EngineName = 'flite' | 'edge';

export interface WordTiming {
  /** Offset from the start of the clip, in milliseconds. */
  offsetMs: number;
  durationMs: number;
  text: string;
}

/** One synthesized segment, as the engine produced it (any format ffmpeg can decode). */
export interface Clip {
  file: string;
  /** Word timings relative to the clip start, when the engine provides them (Edge). */
  words?: WordTiming[];
  /** True when the clip came from the cache instead of being synthesized in this run. */
  cached?: boolean;
}

export interface ChapterMark {
  title: string;
  startMs: number;
  endMs: number;
}

export interface Episode {
  file: string;
  durationMs: number;
  chapters: ChapterMark[];
}
