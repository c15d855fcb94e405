// Microsoft Edge neural voices through node-edge-tts, made dependable: long text is cut into requests
// under the size limit, every request has a timeout fitting its length, failures the service is known for
// are retried with backoff, never more connections are open than the concurrency bound (retries
// included), and a segment either gets a complete MP3 or a typed error naming it (never a partial file).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pLimit from 'p-limit';
import { configError, engineError, networkError, type AppError } from '../errors.ts';
import type { Clip, WordTiming } from '../model.ts';
import { EDGE_FALLBACK_FORMAT, EDGE_OUTPUT_FORMAT, EdgeAttemptError, openConnection, requestSpeech, resolveProxy, type OpenedConnection } from './edge-connection.ts';
import { readMp3 } from './edge-mp3.ts';
import { backoffMs, DEFAULT_RETRY_POLICY, isRetryable, type RetryPolicy } from './edge-retry.ts';
import { cleanEdgeText, EDGE_MAX_CHUNK_BYTES, hasSpeakableText, splitEdgeText } from './edge-text.ts';
import { assertEdgeVoiceName, edgeVoiceLocale } from './edge-voices.ts';
import { tempPath } from '../core/temp.ts';
import type { Engine, EngineOptions, SynthesisRequest } from './engine.ts';

export { probeEdge } from './edge-connection.ts';
export { listEdgeVoices, type EdgeVoiceInfo } from './edge-voices.ts';

export interface EdgeEngineOptions extends EngineOptions {
  /** Total attempts per request (default 5). */
  attempts?: number;
  /** First retry delay, doubled per retry (default 500 ms). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Added to the base timeout per character of the request (default 15 ms: 4000 characters get +60 s). */
  timeoutPerCharMs?: number;
  /** Escaped UTF-8 bytes per request at most (default 4000). */
  maxChunkBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_TIMEOUT_PER_CHAR_MS = 15;
/**
 * Audio shorter than this per letter or digit is "far too short": 10 ms is 100 characters a second, about
 * seven times a fast newsreader, so only truncated or empty turns fall under it.
 */
const MIN_MS_PER_LETTER = 10;

const require = createRequire(import.meta.url);
const LIBRARY_VERSION = (require('node-edge-tts/package.json') as { version: string }).version;

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Test hooks: the CLI's child-process tests shorten timeouts and backoff through the environment,
 * since they cannot pass options into the engine. Explicit options win.
 */
function tuning(options: EdgeEngineOptions) {
  return {
    timeoutMs: options.timeoutMs ?? envInt('AUDIO_EDITION_EDGE_TIMEOUT_MS') ?? DEFAULT_TIMEOUT_MS,
    timeoutPerCharMs: options.timeoutPerCharMs ?? envInt('AUDIO_EDITION_EDGE_TIMEOUT_PER_CHAR_MS') ?? DEFAULT_TIMEOUT_PER_CHAR_MS,
    maxChunkBytes: options.maxChunkBytes ?? envInt('AUDIO_EDITION_EDGE_CHUNK_BYTES') ?? EDGE_MAX_CHUNK_BYTES,
    policy: {
      attempts: Math.max(1, options.attempts ?? envInt('AUDIO_EDITION_EDGE_ATTEMPTS') ?? DEFAULT_RETRY_POLICY.attempts),
      baseMs: options.backoffMs ?? envInt('AUDIO_EDITION_EDGE_BACKOFF_MS') ?? DEFAULT_RETRY_POLICY.baseMs,
      maxMs: options.maxBackoffMs ?? DEFAULT_RETRY_POLICY.maxMs,
    } satisfies RetryPolicy,
  };
}

function checkProxy(proxy: string | undefined): void {
  if (!proxy) return;
  let url: URL;
  try {
    url = new URL(proxy);
  } catch (cause) {
    throw configError(`The proxy "${proxy}" is not a URL.`, 'Give --proxy (or HTTPS_PROXY) as http://host:port.', cause);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw configError(`The proxy "${proxy}" must be an http:// or https:// URL.`, 'Give --proxy (or HTTPS_PROXY) as http://host:port.');
  }
}

interface ChunkAudio {
  data: Buffer;
  durationMs: number;
  words: WordTiming[];
}

/** Rejects audio that is missing, not MP3, or far too short for its text (a truncated turn). */
function checkAudio(text: string, raw: Buffer, words: WordTiming[]): ChunkAudio {
  const mp3 = readMp3(raw);
  if (mp3.frames === 0) {
    throw new EdgeAttemptError('no-audio', raw.length === 0 ? 'turn.end came without audio' : `the ${raw.length} audio bytes hold no MP3 frame`);
  }
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const minMs = letters * MIN_MS_PER_LETTER;
  if (mp3.durationMs < minMs) {
    throw new EdgeAttemptError('short-audio', `${Math.round(mp3.durationMs)} ms of audio for ${letters} letters (truncated)`);
  }
  // The service times every word inside the audio it sends: words timed past the end mean the audio was cut.
  const lastWordMs = words.reduce((max, w) => Math.max(max, w.offsetMs), 0);
  if (lastWordMs > mp3.durationMs + Math.max(1500, mp3.durationMs * 0.1)) {
    throw new EdgeAttemptError('short-audio', `the audio ends at ${Math.round(mp3.durationMs)} ms but words are timed up to ${lastWordMs} ms (truncated)`);
  }
  return { data: mp3.data, durationMs: mp3.durationMs, words };
}

function finalError(label: string, error: EdgeAttemptError, attempts: number): AppError {
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
  const cause = error;
  switch (error.kind) {
    case 'aborted':
      return engineError(`Edge synthesis of ${label} was cancelled.`, 'Another segment failed or the run was stopped.', cause);
    case 'status': {
      const s = error.status ?? 0;
      if (s === 403) {
        return engineError(`Edge TTS refused ${label} (HTTP 403, ${tries}).`, 'Microsoft has likely changed its Edge TTS token: update node-edge-tts (npm update node-edge-tts), or use --engine flite.', cause);
      }
      if (s === 429) return engineError(`Edge TTS kept throttling ${label} (HTTP 429, ${tries}).`, 'Lower --concurrency or wait a few minutes; --engine flite works offline.', cause);
      if (s >= 500) return engineError(`Edge TTS failed on ${label} (server error HTTP ${s}, ${tries}).`, 'The service is having trouble: try again later, or use --engine flite.', cause);
      return engineError(`Edge TTS rejected ${label} (HTTP ${s}).`, 'Check the voice name and the proxy; if it persists, update node-edge-tts.', cause);
    }
    case 'network':
    case 'timeout':
      return networkError(`Edge TTS could not synthesize ${label}: ${error.message} (${tries}).`, 'Check the connection and any proxy (--proxy or HTTPS_PROXY), or use --engine flite (offline).', cause);
    default:
      return engineError(`Edge TTS could not synthesize ${label}: ${error.message} (${tries}).`, 'The service returned broken audio repeatedly: try again later, or use --engine flite.', cause);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new EdgeAttemptError('aborted', 'cancelled'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new EdgeAttemptError('aborted', 'cancelled'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function asAttemptError(error: unknown): EdgeAttemptError {
  if (error instanceof EdgeAttemptError) return error;
  return new EdgeAttemptError('network', (error as Error)?.message ?? String(error), { cause: error });
}

export async function createEdgeEngine(options: EdgeEngineOptions): Promise<Engine> {
  const proxy = resolveProxy(options.proxy);
  checkProxy(proxy);
  const t = tuning(options);
  const concurrency = Math.max(1, Math.floor(options.concurrency || 1));
  // One slot per open connection; a retry queues for a slot like any request, and a slot is only given
  // back once its socket is closed.
  const limit = pLimit(concurrency);
  const lifetime = new AbortController();
  const running = new Set<Promise<unknown>>();
  let closed = false;

  // The output format for the rest of the run: the 96 kbit/s one until the service answers it with no
  // audio while it has audio for the 48 kbit/s one. Tried once, on the first audio-less turn; kept
  // once a 48k turn brought audio, undone if it brought none either (then audio-less turns are faults).
  let format = EDGE_OUTPUT_FORMAT;
  let fallback: 'untried' | 'trying' | 'confirmed' | 'failed' = 'untried';

  // Connections opened while the script is still being built (warmUp), one per slot at most: the
  // first requests then send their SSML at once instead of connecting first. Each waits for the one
  // request that takes it; a request always takes one while any is left, so connections opened ahead
  // and requests running never add up to more than the concurrency.
  const ahead: OpenedConnection[] = [];
  let warmed = false;
  const dropAhead = (c: OpenedConnection) => {
    c.ws.terminate();
    c.release();
  };
  function takeAhead(wanted: string): OpenedConnection | undefined {
    for (let c = ahead.shift(); c; c = ahead.shift()) {
      const alive = c.ws.readyState === c.ws.OPEN || c.ws.readyState === c.ws.CONNECTING;
      if (alive && c.format === wanted) return c;
      dropAhead(c);
    }
    return undefined;
  }

  /** One request; `used.format` says which format it asked for (read when it starts, not when queued). */
  function attempt(text: string, voice: string, signal: AbortSignal, used: { format: string }): Promise<ChunkAudio> {
    return limit(() => {
      if (signal.aborted) throw new EdgeAttemptError('aborted', 'cancelled');
      used.format = format;
      const connection = takeAhead(used.format);
      const request = requestSpeech({
        ...(connection ? { connection } : {}),
        text,
        voice,
        lang: edgeVoiceLocale(voice),
        proxy,
        timeoutMs: t.timeoutMs + t.timeoutPerCharMs * text.length,
        signal,
        outputFormat: used.format,
      });
      running.add(request);
      return request
        .finally(() => running.delete(request))
        .then((result) => checkAudio(text, result.audio, result.words))
        .catch((error: unknown) => {
          // Switch before this slot is given back, so the next queued request already asks for 48k.
          if (error instanceof EdgeAttemptError && error.kind === 'no-audio' && used.format === EDGE_OUTPUT_FORMAT && fallback === 'untried') {
            fallback = 'trying';
            format = EDGE_FALLBACK_FORMAT;
          }
          throw error;
        });
    });
  }

  async function synthesizeChunk(text: string, voice: string, label: string, signal: AbortSignal): Promise<ChunkAudio> {
    let forbidden = 0;
    for (let n = 1; ; n++) {
      let error: EdgeAttemptError;
      const used = { format };
      try {
        const audio = await attempt(text, voice, signal, used);
        if (used.format === EDGE_FALLBACK_FORMAT) fallback = 'confirmed';
        return audio;
      } catch (caught) {
        error = asAttemptError(caught);
      }
      if (error.kind === 'no-audio' && used.format === EDGE_OUTPUT_FORMAT && fallback !== 'failed') {
        n--; // the format was switched (see attempt): ask again at once in the fallback format
        continue;
      }
      if (error.kind === 'no-audio' && used.format === EDGE_FALLBACK_FORMAT && fallback === 'trying') {
        // No audio in either format: not a dropped format, so back to the first one for good.
        fallback = 'failed';
        format = EDGE_OUTPUT_FORMAT;
      }
      if (error.kind === 'status' && error.status === 403) forbidden++;
      if (n >= t.policy.attempts || !isRetryable(error, forbidden)) throw finalError(label, error, n);
      try {
        await sleep(backoffMs(n - 1, t.policy, error.retryAfterMs), signal);
      } catch {
        throw finalError(label, new EdgeAttemptError('aborted', 'cancelled'), n);
      }
    }
  }

  return {
    name: 'edge',
    // A getter: the format is part of the cache key and may fall back mid-run (clips already in flight
    // then keep the key they started with; they are valid MP3 of the same speech either way).
    get version() {
      return `node-edge-tts@${LIBRARY_VERSION}; ${format}; chunks≤${t.maxChunkBytes}B; clean-v1`;
    },
    extension: 'mp3',
    remote: true,
    knownVoices: () => null,

    async synthesize(request: SynthesisRequest): Promise<Clip> {
      const { label, voice, outFile } = request;
      if (closed) throw engineError(`Edge TTS engine is closed; cannot synthesize ${label}.`, 'This is a bug: report it with --debug output.');
      assertEdgeVoiceName(voice, `The voice of ${label}`);
      const text = cleanEdgeText(request.text);
      if (!hasSpeakableText(text)) {
        throw engineError(`${label} has nothing Edge TTS can say: "${request.text.slice(0, 60)}".`, 'The segment holds no letters or digits; check the article text.');
      }
      const chunks = splitEdgeText(text, t.maxChunkBytes);
      // A failed chunk cancels its siblings: the segment fails as a whole either way.
      const segment = new AbortController();
      const signal = AbortSignal.any([lifetime.signal, segment.signal, ...(request.signal ? [request.signal] : [])]);
      const parts = await Promise.all(
        chunks.map((chunk, i) =>
          synthesizeChunk(chunk, voice, chunks.length === 1 ? label : `${label}, part ${i + 1} of ${chunks.length}`, signal).catch((error: unknown) => {
            segment.abort();
            throw error;
          }),
        ),
      ); // rejects with the first failure, not with a sibling's later "cancelled"

      // Chunks join as one frame stream; later chunks' words move by the measured length of those before.
      const words: WordTiming[] = [];
      let offsetMs = 0;
      for (const part of parts) {
        for (const w of part.words) words.push({ ...w, offsetMs: Math.round(w.offsetMs + offsetMs) });
        offsetMs += part.durationMs;
      }
      const temp = tempPath(dirname(outFile), outFile);
      try {
        await mkdir(dirname(outFile), { recursive: true });
        await writeFile(temp, Buffer.concat(parts.map((p) => p.data)));
        await rename(temp, outFile);
      } catch (cause) {
        await rm(temp, { force: true });
        throw engineError(`Cannot write the audio of ${label} to ${outFile}.`, 'Check free disk space and permissions of the cache folder.', cause);
      }
      return { file: outFile, words };
    },

    warmUp(): void {
      if (warmed || closed) return;
      warmed = true;
      for (let i = 0; i < concurrency; i++) {
        const c = openConnection(proxy, format);
        c.ws.on('error', () => {}); // a connection that fails before its request is simply not used
        ahead.push(c);
      }
    },

    async close(): Promise<void> {
      closed = true;
      for (const c of ahead.splice(0)) dropAhead(c);
      lifetime.abort();
      await Promise.allSettled([...running]);
    },
  };
}
