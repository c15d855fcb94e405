// Clips requested while the script is still being built, for an engine that synthesizes elsewhere.
//
// Building a script is CPU work on this thread (resolving the speakers: ~0.15-0.3 s for the sample);
// a network engine's connections stand idle meanwhile. Some segments are settled before any
// attribution (the headline, narration paragraphs without quotation marks: buildScript's
// prepareScript), so their requests can go out first, one per connection at most, and the finished
// script's synthesis then takes the clips they bring instead of asking again. Measured on the
// sample with Edge at +300 ms per request (npm run bench): the first request no longer waits for
// the whole script, at every concurrency alike.
//
// Nothing here decides what the episode says: the script does. A clip requested early that the
// script turns out not to hold is only a cache entry nobody uses (never seen on the dev corpus: every
// known segment is in its script), and an early request that failed is simply made again, by the
// script's synthesis, which reports its failure as it would have.
import type { Clip } from '../model.ts';
import type { Engine, SynthesisRequest } from '../tts/engine.ts';

export interface EarlySegment {
  voice: string;
  /** What the engine says (the segment's spoken text). */
  spoken: string;
}

export interface EarlyClips {
  /**
   * Requests the first `slots` of these (deduplicated) now; later calls add nothing once they are
   * used. Resolves when the requests have had time to go out (see SEND_MS): the build that follows
   * holds this thread, and a request still in the clip store's checks would wait for all of it.
   */
  request(segments: readonly EarlySegment[], label: string): Promise<void>;
  /** `engine` for the script's synthesis: a request for a clip already requested takes that one. */
  readonly engine: Engine;
}

const keyOf = (voice: string, text: string) => `${voice}\0${text}`;

/**
 * How long the event loop is left to run after the early requests are made: the clip store looks for
 * each in the cache (a few file operations) before the engine sends it. Timed on the sample (2 cores,
 * loaded): the last of four went out 10-40 ms after being made when the build went on at once.
 */
export const SEND_MS = 25;

/** `slots`: how many requests the engine runs at once (the concurrency); early ones never take more. */
export function earlyClips(engine: Engine, slots: number, signal: AbortSignal): EarlyClips {
  const early = new Map<string, Promise<Clip>>();
  let used = 0;
  return {
    request(segments, label) {
      const before = used;
      for (const segment of segments) {
        if (used >= slots) break;
        const key = keyOf(segment.voice, segment.spoken);
        if (early.has(key)) continue;
        used++;
        const said = `${segment.spoken.slice(0, 40)}${segment.spoken.length > 40 ? '…' : ''}`;
        const clip = engine.synthesize({ text: segment.spoken, voice: segment.voice, label: `${label} early segment ("${said}")`, outFile: '', signal });
        clip.catch(() => {}); // asked again, and reported, by the script's synthesis
        early.set(key, clip);
      }
      return used > before ? new Promise((resolve) => setTimeout(resolve, SEND_MS)) : Promise.resolve();
    },
    engine: {
      name: engine.name,
      get version() {
        return engine.version;
      },
      extension: engine.extension,
      ...(engine.remote ? { remote: true } : {}),
      knownVoices: () => engine.knownVoices(),
      warmUp: () => engine.warmUp?.(),
      close: () => engine.close(),
      async synthesize(request: SynthesisRequest): Promise<Clip> {
        const key = keyOf(request.voice, request.text);
        const clip = early.get(key);
        if (!clip) return engine.synthesize(request);
        early.delete(key); // once: a second segment saying the same goes to the engine (its cache shares it)
        return clip.catch(() => engine.synthesize(request));
      },
    },
  };
}
