// The split encode: the episode's pieces (split-plan.ts) are encoded to MP3 at the same time, one
// ffmpeg per core, and their frames joined into one stream. Each piece is cached under a hash of
// exactly what its PCM is made of (the clips' content hashes, the spans and gains used, the silences)
// and of how it is encoded, so a re-run after an edit writes and encodes only the pieces the edit
// touched. Each piece's PCM is written just before its encode, on the encode's own schedule.
// Identical pieces (the same paragraphs read again, an article repeated) share that one cache name:
// each distinct piece is encoded once and its frames joined wherever it occurs, and the scratch
// files of an encode (its PCM, its raw MP3) get fresh names of their own (tempPath), never one
// derived from content alone, since two encodes of one content would then remove each other's files.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import { tempPath } from '../core/temp.ts';
import { ffmpegError } from '../errors.ts';
import { piecesEncodeJob, type PieceEncodeSpec } from './args.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { FRAME_SAMPLES, frameOffsets } from './mp3-frames.ts';
import { concatenatePcm, type ConcatPart } from './pcm.ts';
import { firstKeptFrame, leadSamples, TAIL_FRAMES, type SplitPlan } from './split-plan.ts';

/** A clip's samples [start, end) at a gain; `pcm` decodes it on demand (only pieces not cached need it). */
export interface ClipSpan {
  /** What the clip's samples are: its content hash, stable across runs. */
  id: string;
  pcm: () => Promise<string>;
  gainDb: number;
  start: number;
  end: number;
}

export type EpisodePart = { silenceSamples: number } | ClipSpan;

/** Bump when a change here or in the encode makes the same piece produce different frames. */
const PIECE_VERSION = 1;

const length = (part: EpisodePart) => ('silenceSamples' in part ? part.silenceSamples : part.end - part.start);

/** The parts that make up episode samples [from, to), cut to fit. */
export function sliceParts(parts: readonly EpisodePart[], from: number, to: number): EpisodePart[] {
  const out: EpisodePart[] = [];
  let at = 0;
  for (const part of parts) {
    const n = length(part);
    const a = Math.max(from, at);
    const b = Math.min(to, at + n);
    if (b > a) {
      if ('silenceSamples' in part) out.push({ silenceSamples: b - a });
      else out.push({ ...part, start: part.start + (a - at), end: part.start + (b - at) });
    }
    at += n;
    if (at >= to) break;
  }
  return out;
}

export interface SplitEncodeInput {
  parts: readonly EpisodePart[];
  plan: SplitPlan;
  workDir: string;
  /** Folder of cached pieces; without it every piece is encoded (into workDir). */
  cacheDir?: string;
  /** The run's signal: aborting it kills the running encodes and fails the queued ones. */
  signal?: AbortSignal;
}

/** A piece whose samples are known (by recipe); its PCM is written only when it is encoded. */
export interface PreparedPiece {
  index: number;
  parts: EpisodePart[];
  /** Hash of the piece's samples: its parts, silences and place in the stream (first, last, length). */
  recipe: string;
  /** Its PCM when the caller already wrote it (tests: a FIFO); otherwise each encode writes its own. */
  pcm?: string;
}

export interface PreparedEpisode {
  input: SplitEncodeInput;
  pieces: PreparedPiece[];
}

export interface SplitEncodeResult {
  pieces: number;
  /** Distinct pieces taken from the cache (identical pieces are one). */
  reused: number;
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 40);
}

function recipeOf(input: SplitEncodeInput, index: number, parts: readonly EpisodePart[]): string {
  const piece = input.plan.pieces[index]!;
  const recipe = parts.map((p) => ('silenceSamples' in p ? p.silenceSamples : [p.id, p.start, p.end, p.gainDb]));
  const last = index === input.plan.pieces.length - 1;
  return hash({ v: PIECE_VERSION, lead: leadSamples(index), last, frames: piece.frames, recipe });
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile() && s.size > 0, () => false);
}

/** Writes a file whole under a temporary name and renames it: a cache entry is complete or absent. */
async function writeAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempPath(dirname(target), target);
  await writeFile(tmp, data);
  await rename(tmp, target);
}

/** Writes the piece's PCM to `pcm`, a name of this encode's own. */
async function writePiecePcm(piece: PreparedPiece, pcm: string): Promise<void> {
  const concat: ConcatPart[] = [{ silenceSamples: leadSamples(piece.index) }];
  for (const part of piece.parts) {
    if ('silenceSamples' in part) concat.push(part);
    else concat.push({ file: await part.pcm(), gainDb: part.gainDb, start: part.start, end: part.end });
  }
  concat.push({ silenceSamples: TAIL_FRAMES * FRAME_SAMPLES });
  await concatenatePcm(concat, pcm);
}

/** Cuts the episode into its pieces, each named by what its samples are made of. */
export async function preparePieces(input: SplitEncodeInput): Promise<PreparedEpisode> {
  await mkdir(input.cacheDir ?? input.workDir, { recursive: true });
  const pieces = input.plan.pieces.map((range, index): PreparedPiece => {
    const parts = sliceParts(input.parts, range.start, range.end);
    return { index, parts, recipe: recipeOf(input, index, parts) };
  });
  return { input, pieces };
}

/** The piece's own frames, cut from what its encode wrote to `raw`, into the cache file `target`. */
async function keepFrames(input: SplitEncodeInput, piece: PreparedPiece, raw: string, target: string): Promise<void> {
  const range = input.plan.pieces[piece.index]!;
  const bytes = await readFile(raw);
  let offsets: number[];
  try {
    offsets = frameOffsets(bytes);
  } catch (cause) {
    throw ffmpegError(`ffmpeg wrote a broken MP3 piece (${(cause as Error).message}).`, 'Run with --debug and report the output.', cause, 'ffmpeg.broken-piece');
  }
  const first = firstKeptFrame(piece.index);
  if (offsets.length - 1 < first + range.frames) {
    throw ffmpegError(`Piece ${piece.index + 1} encoded to ${offsets.length - 1} frames, expected at least ${first + range.frames}.`, 'Run with --debug and report the output.', undefined, 'ffmpeg.piece-frames');
  }
  await writeAtomically(target, bytes.subarray(offsets[first]!, offsets[first + range.frames]!));
}

export type PieceEncoding = Omit<PieceEncodeSpec, 'pcm' | 'outFile'>;

/**
 * Several pieces in one ffmpeg (piecesEncodeJob); their PCM exists only for this batch. Its scratch
 * files are named afresh for this batch (the same piece may be encoded by an early encode and by
 * the assembly at once), and it removes only those it wrote.
 */
async function encodeBatch(input: SplitEncodeInput, batch: readonly { piece: PreparedPiece; file: string }[], encode: PieceEncoding, signal = input.signal): Promise<void> {
  const scratch = batch.map(({ piece, file }) => ({
    pcm: piece.pcm ?? tempPath(input.workDir, `${basename(file)}.pcm`),
    written: !piece.pcm,
    raw: tempPath(input.workDir, `${basename(file)}.raw.mp3`),
  }));
  try {
    const specs: PieceEncodeSpec[] = [];
    for (const [i, { piece }] of batch.entries()) {
      const { pcm, written, raw } = scratch[i]!;
      if (written) await writePiecePcm(piece, pcm);
      specs.push({ ...encode, pcm, outFile: raw });
    }
    await runFfmpeg({ ...piecesEncodeJob(specs), ...(signal ? { signal } : {}) });
    for (const [i, { piece, file }] of batch.entries()) await keepFrames(input, piece, scratch[i]!.raw, file);
  } finally {
    for (const { pcm, written, raw } of scratch) {
      await rm(raw, { force: true });
      if (written) await rm(pcm, { force: true });
    }
  }
}

/** Each file once, with the first piece that makes it: identical pieces are encoded once. */
function distinct(input: SplitEncodeInput, pieces: readonly PreparedPiece[], encode: PieceEncoding): { piece: PreparedPiece; file: string }[] {
  const byFile = new Map<string, PreparedPiece>();
  for (const piece of pieces) {
    const file = pieceFile(input, piece, encode);
    if (!byFile.has(file)) byFile.set(file, piece);
  }
  return [...byFile].map(([file, piece]) => ({ piece, file }));
}

/** Audio one encode process takes at most (its pieces' PCM sits on disk meanwhile): 10 minutes. */
const MAX_BATCH_SAMPLES = 10 * 60 * 44100;

/**
 * The pieces to encode, in order, as one batch per core (of about equal audio, so the cores finish
 * together), smaller when long: each process then costs one start, not one per piece (21 on the sample).
 */
function batches<T extends { piece: PreparedPiece }>(input: SplitEncodeInput, todo: readonly T[], slots: number): T[][] {
  const samples = (t: T) => input.plan.pieces[t.piece.index]!.end - input.plan.pieces[t.piece.index]!.start;
  const total = todo.reduce((n, t) => n + samples(t), 0);
  const target = Math.min(MAX_BATCH_SAMPLES, Math.ceil(total / slots));
  const out: T[][] = [];
  let current: T[] = [];
  let held = 0;
  for (const t of todo) {
    if (current.length > 0 && held + samples(t) / 2 > target) {
      out.push(current);
      current = [];
      held = 0;
    }
    current.push(t);
    held += samples(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Where a piece's frames are kept: named by what its samples are and how they are encoded. */
export const pieceFile = (input: SplitEncodeInput, piece: PreparedPiece, encode: PieceEncoding) => join(input.cacheDir ?? input.workDir, `${hash({ recipe: piece.recipe, encode })}.mp3`);

/**
 * Encodes these pieces of an episode into their files (pieceFile), on all cores, without joining
 * them: what early-encode.ts does while the last clips are still being synthesized. `signal` stops it;
 * `limit`, shared by the caller's calls, keeps their processes together to one per core.
 */
export async function encodeSome(prepared: PreparedEpisode, encode: PieceEncoding, pieces: readonly PreparedPiece[], signal: AbortSignal, limit: LimitFunction = pLimit(Math.max(1, availableParallelism()))): Promise<void> {
  const todo = distinct(prepared.input, pieces, encode);
  const slots = Math.max(1, availableParallelism());
  const settled = await Promise.allSettled(batches(prepared.input, todo, slots).map((batch) => limit(() => encodeBatch(prepared.input, batch, encode, signal))));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Pieces that may already be encoding (early-encode.ts). */
export interface EarlyPieces {
  /**
   * Told which files the episode wants: stops the encodes that write none of them, and says which of
   * them are still being written; `done` resolves once nothing is.
   */
  settle(wanted: readonly string[]): { writing: ReadonlySet<string>; done: Promise<void> };
}

/**
 * Encodes (or reuses) every piece, on all cores, then joins their frames into `outFile`. With `early`,
 * the pieces it is still writing are waited for while the others are encoded (and encoded here too
 * should it fail to finish them).
 */
export async function encodePieces(prepared: PreparedEpisode, encode: PieceEncoding, outFile: string, early?: EarlyPieces): Promise<SplitEncodeResult> {
  const { input } = prepared;
  const slots = Math.max(1, availableParallelism());
  let reused = 0;
  const files = prepared.pieces.map((piece) => pieceFile(input, piece, encode));
  const { writing, done } = early?.settle(files) ?? { writing: new Set<string>(), done: Promise.resolve() };
  const todo: { piece: PreparedPiece; file: string }[] = [];
  const waited: { piece: PreparedPiece; file: string }[] = [];
  const reuse = async (file: string) => {
    if (!input.cacheDir || !(await exists(file))) return false;
    reused++;
    const now = new Date();
    await utimes(file, now, now).catch(() => {}); // recency, for pruning
    return true;
  };
  for (const { piece, file } of distinct(input, prepared.pieces, encode)) {
    if (writing.has(file)) waited.push({ piece, file });
    else if (!(await reuse(file))) todo.push({ piece, file });
  }
  const limit = pLimit(slots);
  // Settled, not Promise.all: when one batch fails the others are still writing into the work folder,
  // which the caller removes; the first error is thrown once none is.
  const run = (list: typeof todo) => batches(input, list, slots).map((batch) => limit(() => encodeBatch(input, batch, encode)));
  const settled = await Promise.allSettled([...run(todo), done]);
  const missed: typeof todo = [];
  for (const w of waited) if (!(await reuse(w.file))) missed.push(w);
  settled.push(...(await Promise.allSettled(run(missed))));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  const out = await open(outFile, 'w');
  try {
    for (const file of files) {
      for await (const chunk of createReadStream(file)) await out.write(chunk as Buffer);
    }
  } finally {
    await out.close();
  }
  return { pieces: files.length, reused };
}
