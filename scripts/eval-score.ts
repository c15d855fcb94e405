// The pure half of `npm run eval`: given one article's annotation and the plan the CLI printed for
// it, count what the code got right. No I/O here, so tests/eval can check every rule directly.
//
// Text is compared as word tokens: lower-cased runs of letters and digits (Unicode), so quote
// marks, apostrophes, dashes and spacing never decide a match ("l’Europe" → "l", "europe").

export interface Annotation {
  source: string;
  licence: string;
  language: string;
  headline: string;
  /** Lines of the article, exactly as in the file, that must not be spoken. */
  boilerplate: string[];
  quotes: { text: string; speaker: string | null; gender: 'female' | 'male' | null }[];
  /** Snippets that must stay in the narrator's voice (scare quotes, partial quotes, titles). */
  narration: string[];
  /** Expected chapter titles (section headings as they should be read), lead chapter excluded. */
  chapters: string[];
  /** Optional: transcript speaker labels ("MR PRICE:") that may or may not be spoken. */
  labels?: string[];
}

export interface PlanSegment {
  role: string;
  speaker: string | null;
  text: string;
  speakerGender?: 'female' | 'male' | null;
}

export interface PlanEpisode {
  source: string;
  title: string;
  chapters: { title: string; segments: PlanSegment[] }[];
  dropped?: { text: string; reason: string }[];
}

/** A count out of a total; totals are summed across articles (micro average). */
export interface Ratio {
  hit: number;
  total: number;
}

export interface ArticleScore {
  headline: Ratio;
  boilerplate: Ratio;
  textKept: Ratio;
  quotes: Ratio;
  narration: Ratio;
  speakers: Ratio;
  gender: Ratio;
  chapters: Ratio;
  /** Of the chrome lines not read, how many the plan's `dropped` list shows (so a user can override). */
  droppedListed: Ratio;
  /** What went wrong, for `--json` and for tuning on the dev split. */
  misses: string[];
}

export const METRICS = ['headline', 'boilerplate', 'textKept', 'quotes', 'narration', 'speakers', 'gender', 'chapters', 'droppedListed'] as const;
export type Metric = (typeof METRICS)[number];

export function tokens(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Index where `needle` occurs contiguously in `hay`, or -1. An empty needle never matches. */
export function findRun(hay: string[], needle: string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Length of the longest common subsequence of two token lists (two rows of the DP table). */
export function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'herr', 'frau', 'm', 'mme', 'mlle', 'monsieur', 'madame']);

/** Speaker name tokens without honorifics and diacritics: "MR. PRICE" → ["price"], "Mme Élisabeth Borne" → ["elisabeth","borne"]. */
function nameTokens(name: string): string[] {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  return tokens(plain).filter((t) => !TITLES.has(t));
}

/**
 * Speaker rule: the names are equal ignoring case, diacritics and honorifics, or their last words
 * are equal and no differing given name says otherwise (a last-name match: "Price", "MR PRICE",
 * "N. Price" and "Ned Price" are one person; "Michelle Obama" is not "Barack Obama"). A null
 * expected speaker is not scored.
 */
export function sameSpeaker(expected: string, actual: string | null): boolean {
  if (actual === null) return false;
  const e = nameTokens(expected);
  const a = nameTokens(actual);
  if (e.length === 0 || a.length === 0) return false;
  if (e.join(' ') === a.join(' ')) return true;
  if (e[e.length - 1] !== a[a.length - 1]) return false;
  // Same last name: one side may omit the given name ("Price", "MR PRICE"), but two different given
  // names are two people ("Michelle Obama" is not "Barack Obama"). An initial matches its name.
  if (e.length === 1 || a.length === 1) return true;
  return compatibleGiven(e[0]!, a[0]!);
}

function compatibleGiven(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length === 1) return y.startsWith(x);
  if (y.length === 1) return x.startsWith(y);
  return false;
}

interface Run {
  tokens: string[];
  /** For each token, the index of the segment it came from. */
  owner: number[];
}

/** Consecutive segments whose role passes `keep`, joined into runs of tokens. */
function runs(segments: PlanSegment[], keep: (role: string) => boolean): Run[] {
  const out: Run[] = [];
  let current: Run | null = null;
  segments.forEach((s, index) => {
    if (!keep(s.role)) {
      current = null;
      return;
    }
    if (!current) out.push((current = { tokens: [], owner: [] }));
    for (const t of tokens(s.text)) {
      current.tokens.push(t);
      current.owner.push(index);
    }
  });
  return out;
}

/** The segment in which `snippet` starts inside a run of segments allowed by `keep`, or null. */
export function locate(segments: PlanSegment[], snippet: string, keep: (role: string) => boolean): PlanSegment | null {
  const needle = tokens(snippet);
  for (const run of runs(segments, keep)) {
    const at = findRun(run.tokens, needle);
    if (at >= 0) return segments[run.owner[at]!]!;
  }
  return null;
}

/**
 * Whether a boilerplate line was read aloud. A line of four or more words counts when its words
 * occur contiguously in one segment. A shorter line ("Share", "Sources", "Jump to navigation")
 * counts only when a segment, or a sentence or "|"/"·" piece of one, is exactly that line —
 * otherwise the word "share" in a real sentence would count as the widget being read.
 */
export function boilerplateSpoken(line: string, segments: PlanSegment[]): boolean {
  const needle = tokens(line);
  if (needle.length === 0) return false;
  const key = needle.join(' ');
  for (const s of segments) {
    if (needle.length >= 4) {
      if (findRun(tokens(s.text), needle) >= 0) return true;
      continue;
    }
    if (tokens(s.text).join(' ') === key) return true;
    for (const piece of s.text.split(/(?<=[.!?:])\s+|\s[|·•]\s|\n/)) if (tokens(piece).join(' ') === key) return true;
  }
  return false;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const isBody = (role: string) => role === 'body' || role === 'headline';
const isQuote = (role: string) => role === 'quote';

/** Content words of the article in order: every line but boilerplate, the headline, headings and labels. */
export function contentTokens(articleText: string, a: Annotation): string[] {
  const skip = new Set([...a.boilerplate, ...a.chapters].map(collapse));
  const labels = [...(a.labels ?? [])].sort((x, y) => y.length - x.length);
  let headlineSeen = false;
  const out: string[] = [];
  for (const raw of articleText.split(/\r?\n/)) {
    let line = collapse(raw);
    if (!line || skip.has(line)) continue;
    if (!headlineSeen && line === collapse(a.headline)) {
      headlineSeen = true;
      continue;
    }
    for (const label of labels) {
      // A label ends at a non-letter ("Q:") or before one ("Q (Inaudible.)"), never inside a word ("Quite").
      if (line.startsWith(label) && !/^\p{L}/u.test(line.slice(label.length))) {
        line = line.slice(label.length);
        break;
      }
    }
    out.push(...tokens(line));
  }
  return out;
}

/** Scores one article's plan against its annotation. `episode` undefined: the CLI printed none. */
export function scoreArticle(articleText: string, a: Annotation, episode: PlanEpisode | undefined): ArticleScore {
  const misses: string[] = [];
  // The plan is read defensively: a CLI mid-change may leave a field out, which scores as missing.
  const planChapters = Array.isArray(episode?.chapters) ? episode.chapters : [];
  const segments = planChapters
    .flatMap((c) => (Array.isArray(c.segments) ? c.segments : []))
    .map((s) => ({ ...s, text: typeof s.text === 'string' ? s.text : '' }));
  const r = (hit: number, total: number): Ratio => ({ hit, total });

  const headlineOk = typeof episode?.title === 'string' && collapse(episode.title) === collapse(a.headline);
  if (!headlineOk) misses.push(`headline: got ${JSON.stringify(episode?.title ?? null)}`);

  // The headline is read once, as the headline: a repeat of it in the page is boilerplate, so the
  // segment that reads the headline itself is left out when looking for spoken boilerplate.
  const headlineAt = segments.findIndex((s) => s.role === 'headline' && collapse(s.text) === collapse(a.headline));
  const others = segments.filter((_, i) => i !== headlineAt);
  // A chrome line made into a chapter title is not dropped either: players list chapter titles.
  const chapterKeys = new Set(planChapters.map((c) => tokens(String(c.title ?? '')).join(' ')).filter((t) => t !== tokens(a.headline).join(' ')));
  const droppedTexts = (Array.isArray(episode?.dropped) ? episode.dropped : []).map((d) => tokens(String(d?.text ?? '')));
  const listed = (line: string) => droppedTexts.some((d) => findRun(d, tokens(line)) >= 0);
  let bpDropped = 0;
  let bpListed = 0;
  for (const line of a.boilerplate) {
    if (boilerplateSpoken(line, others)) misses.push(`boilerplate spoken: ${line}`);
    else if (chapterKeys.has(tokens(line).join(' '))) misses.push(`boilerplate as a chapter title: ${line}`);
    else {
      bpDropped++;
      if (listed(line)) bpListed++;
    }
  }

  const content = contentTokens(articleText, a);
  const planTokens = segments.flatMap((s) => tokens(s.text));
  const kept = lcsLength(content, planTokens);

  let quotesFound = 0;
  let speakersRight = 0;
  let speakersScored = 0;
  let genderRight = 0;
  let genderScored = 0;
  for (const q of a.quotes) {
    const seg = locate(segments, q.text, isQuote);
    if (!seg) {
      misses.push(`quote not in a quote voice: ${q.text}`);
      continue;
    }
    quotesFound++;
    if (q.speaker !== null) {
      speakersScored++;
      if (sameSpeaker(q.speaker, seg.speaker)) speakersRight++;
      else misses.push(`speaker: ${q.text} → ${JSON.stringify(seg.speaker)}, expected ${q.speaker}`);
    }
    // Gender is scored only where the plan states one: absent or null is "not known", not wrong.
    if (q.gender !== null && seg.speakerGender != null) {
      genderScored++;
      if (seg.speakerGender === q.gender) genderRight++;
      else misses.push(`gender: ${q.speaker ?? q.text} → ${seg.speakerGender}, expected ${q.gender}`);
    }
  }

  let narrationOk = 0;
  for (const n of a.narration) {
    if (locate(segments, n, isBody)) narrationOk++;
    else misses.push(`narration not in the narrator's voice: ${n}`);
  }

  const titles = new Set(planChapters.map((c) => tokens(String(c.title ?? '')).join(' ')));
  let chaptersOk = 0;
  for (const title of a.chapters) {
    if (titles.has(tokens(title).join(' '))) chaptersOk++;
    else misses.push(`chapter missing: ${title}`);
  }

  return {
    headline: r(headlineOk ? 1 : 0, 1),
    boilerplate: r(bpDropped, a.boilerplate.length),
    droppedListed: r(bpListed, bpDropped),
    textKept: r(kept, content.length),
    quotes: r(quotesFound, a.quotes.length),
    narration: r(narrationOk, a.narration.length),
    speakers: r(speakersRight, speakersScored),
    gender: r(genderRight, genderScored),
    chapters: r(chaptersOk, a.chapters.length),
    misses,
  };
}

/** Sums article scores (micro average: every line, word or quote weighs the same). */
export function sumScores(scores: ArticleScore[]): Record<Metric, Ratio> {
  const total = Object.fromEntries(METRICS.map((m) => [m, { hit: 0, total: 0 }])) as Record<Metric, Ratio>;
  for (const s of scores) {
    for (const m of METRICS) {
      total[m].hit += s[m].hit;
      total[m].total += s[m].total;
    }
  }
  return total;
}
