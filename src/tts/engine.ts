// The one interface every speech engine implements (load-engine.ts loads one by name).
import type { Clip, EngineName } from '../model.ts';

export interface SynthesisRequest {
  /** Text to speak (already made speakable). */
  text: string;
  voice: string;
  /** Human name for errors, e.g. `segment 12 (quote, Blinken)`. */
  label: string;
  /** Where to write the audio. The engine writes to a temp name and renames, or leaves nothing. */
  outFile: string;
  /** Cancels the request (engines that can: Edge); it then fails instead of finishing. */
  signal?: AbortSignal;
}

export interface Engine {
  readonly name: EngineName;
  /** Changes whenever the same text+voice would sound different (cache key). */
  readonly version: string;
  /** File extension of what synthesize writes ('wav' | 'mp3'). */
  readonly extension: string;
  /**
   * Synthesizes elsewhere (a network service): the local cores are free while it works, so the run
   * may encode meanwhile. Absent: it works on the local cores.
   */
  readonly remote?: boolean;
  /** Voices this engine knows, or null when it cannot tell offline. */
  knownVoices(): readonly string[] | null;
  synthesize(request: SynthesisRequest): Promise<Clip>;
  /**
   * Optional: starts now what the first synthesis needs (Flite: its workers and their compiled code),
   * for a caller that knows synthesis will soon follow. Never needed for correctness: a failure here
   * is met again, and reported, by the first synthesis.
   */
  warmUp?(): void;
  /** Release workers and sockets. */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Parallel syntheses at most (worker threads for Flite, connections for Edge). */
  concurrency: number;
  proxy?: string;
  /** Per-request timeout for network engines, ms. */
  timeoutMs?: number;
}
