// The split encode started before the last clip is in, for engines that synthesize elsewhere (Edge:
// the cores wait on the network meanwhile). As clips arrive, the episode is planned (episode-plan.ts)
// over the clips known so far from its start, and every piece of that plan that ends at a cut is
// encoded into the piece cache with the gains those clips give. The assembly plans again from every
// clip and encodes what its plan names; a piece encoded early is a cache hit exactly when the final
// plan made the same piece from the same samples at the same gains (the cache is keyed by all of
// that), else it is encoded again, as it would have been. The episode is therefore the same bytes
// as without this; what it saves is the encode after the last clip, whenever the last clips leave
// the voices' and the episode's gains (0.5 dB steps) where the earlier ones put them.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import type { LoudnessTarget } from './args.ts';
import { measureClips, type ClipDecoder, type MeasuredClip } from './clip-decoder.ts';
import { previousGain } from './episode-tags.ts';
import { planEpisode, type PlannedPiece } from './episode-plan.ts';
import { encodeSome, pieceFile, preparePieces, type EarlyPieces, type PieceEncoding, type PreparedPiece } from './split-encode.ts';

export interface EarlyEncodeInput {
  /** The episode's pieces, by chapter, before their clips exist. */
  chapters: readonly { pieces: readonly Omit<PlannedPiece, 'file'>[] }[];
  loudness?: LoudnessTarget;
  bitrateKbps: number;
  /** Where the episode will be written (its previous gain is held, as the assembly holds it). */
  outFile: string;
  workDir: string;
  /** The piece cache the assembly will read. */
  cacheDir: string;
  decoder: ClipDecoder;
  signal: AbortSignal;
}

export interface EarlyEncoder extends EarlyPieces {
  /** The clip of piece `p` of chapter `c` exists; `fresh` when it was just synthesized (not cached). */
  clip(c: number, p: number, file: string, fresh: boolean): void;
  /** Stops everything and resolves once nothing is still being written. */
  close(): Promise<void>;
  /** Resolves once the clips handed over so far are planned and their pieces encoded (for tests). */
  idle(): Promise<void>;
}

/** Stands for the clip after the known ones (see pass). */
const NEXT = '\0next';

interface Encoding {
  files: string[];
  stop: AbortController;
  done: Promise<void>;
}

export function createEarlyEncoder(input: EarlyEncodeInput): EarlyEncoder {
  const total = input.chapters.reduce((n, c) => n + c.pieces.length, 0);
  const files = input.chapters.map((c) => c.pieces.map((): string | undefined => undefined));
  const at = input.chapters.flatMap((c, ci) => c.pieces.map((_, pi) => [ci, pi] as const));
  let known = 0; // pieces known from the start, in order
  let fresh = false;
  let stopped = false;
  let planning: Promise<void> | null = null;
  let again = false;
  const encodings = new Set<Encoding>();
  const limit = pLimit(Math.max(1, availableParallelism()));
  const measuredClips = new Map<string, MeasuredClip>();
  const writing = new Set<string>();
  const gain = input.loudness ? previousGain(input.outFile) : Promise.resolve(null);
  gain.catch(() => {});

  async function pass(): Promise<void> {
    const upTo = known;
    // All of them known: the assembly follows at once, and plans the whole episode itself.
    if (upTo === total || stopped) return;
    const chapters: { pieces: PlannedPiece[] }[] = [];
    for (let k = 0; k < upTo; k++) {
      const [c, p] = at[k]!;
      if (p === 0 || chapters.length === 0) chapters.push({ pieces: [] });
      chapters.at(-1)!.pieces.push({ ...input.chapters[c]!.pieces[p]!, file: files[c]![p]! });
    }
    // Each clip hashed and measured once, by the first pass that holds it.
    const fresh = [...new Set(chapters.flatMap((c) => c.pieces.map((p) => p.file)))].filter((f) => !measuredClips.has(f));
    for (const [file, clip] of await measureClips(fresh, input.decoder, { cacheDir: input.cacheDir, levels: Boolean(input.loudness) })) measuredClips.set(file, clip);
    const measured = new Map(measuredClips);
    // Whether the pause before the next segment is a cut, and where, depends on the audio before it
    // and that pause's length only: the next segment stands in as no samples at all, so the piece
    // ending there is planned (and encoded) before the next clip arrives.
    const [nc, np] = at[upTo]!;
    if (np === 0) chapters.push({ pieces: [] });
    chapters.at(-1)!.pieces.push({ ...input.chapters[nc]!.pieces[np]!, file: NEXT });
    measured.set(NEXT, { id: NEXT, samples: 0, level: { blocks: [], peak: 0, gapsMs: [], soundStart: 0, soundEnd: 1, bins: [] } });
    const plan = planEpisode(chapters, measured, {
      ...(input.loudness ? { loudness: input.loudness } : {}),
      previousGainDb: await gain,
      pcm: (file) => input.decoder.decode(file).then((d) => d.pcm),
    });
    const prepared = await preparePieces({ parts: plan.parts, plan: plan.split, workDir: input.workDir, cacheDir: input.cacheDir, signal: input.signal });
    const encode: PieceEncoding = { bitrateKbps: input.bitrateKbps, ...(input.loudness ? { loudness: { target: input.loudness, gainDb: plan.loudnessGainDb } } : {}) };
    // The last piece ends at the stand-in, not at a cut: it is not a piece of the episode yet.
    const ready: PreparedPiece[] = [];
    for (const piece of prepared.pieces.slice(0, -1)) {
      const file = pieceFile(prepared.input, piece, encode);
      if (!writing.has(file) && !(await stat(file).then((s) => s.size > 0, () => false))) ready.push(piece);
    }
    if (ready.length === 0 || stopped) return;
    const stop = new AbortController();
    const encoding: Encoding = { files: ready.map((piece) => pieceFile(prepared.input, piece, encode)), stop, done: Promise.resolve() };
    // Not awaited: the next clips are planned while these pieces encode, and their pieces queue on the
    // same limit (one encode process per core across all passes). Waiting for each pass's encodes
    // before planning the next let the encode fall a round or two behind the clips at concurrency 4,
    // and the pieces of those rounds were then encoded after the last clip (measured on the sample
    // at concurrency 4: 7 of its 21 pieces, ~0.8 s after the last clip).
    encoding.done = encodeSome(prepared, encode, ready, AbortSignal.any([input.signal, stop.signal]), limit)
      .catch(() => {}) // the assembly encodes what failed here
      .finally(() => {
        encodings.delete(encoding);
        for (const file of encoding.files) writing.delete(file);
      });
    encodings.add(encoding);
    for (const file of encoding.files) writing.add(file);
  }

  function schedule(): void {
    if (stopped || !fresh) return;
    if (planning) {
      again = true;
      return;
    }
    // Planning may fail on clips the assembly will reject with the right error (a silent clip): quietly.
    planning = pass()
      .catch(() => {})
      .finally(() => {
        planning = null;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  async function stopAll(keep: (e: Encoding) => boolean): Promise<void> {
    stopped = true;
    for (const e of encodings) if (!keep(e)) e.stop.abort();
    await planning;
    await Promise.all([...encodings].map((e) => e.done));
  }

  return {
    clip(c, p, file, isFresh) {
      files[c]![p] = file;
      fresh ||= isFresh;
      const before = known;
      while (known < total && files[at[known]![0]]![at[known]![1]] !== undefined) known++;
      if (known > before) schedule();
    },
    // Stops planning and the encodes that write none of `wanted`; the assembly finds in the cache the
    // wanted pieces encoded here, and waits for those still being written.
    settle: (wanted) => {
      const set = new Set(wanted);
      return { writing: new Set([...writing].filter((f) => set.has(f))), done: stopAll((e) => e.files.some((f) => set.has(f))) };
    },
    close: () => stopAll(() => false),
    idle: async () => {
      while (planning || encodings.size > 0) {
        await planning;
        await Promise.all([...encodings].map((e) => e.done));
      }
    },
  };
}
