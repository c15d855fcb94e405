// What a run reports, shared by the run's stages and the CLI's progress display.
import type { AppError } from '../errors.ts';
import type { EngineName, Episode } from '../model.ts';

export interface Reporter {
  /** A notice for the user (engine choice, warnings): stderr. */
  notice(line: string): void;
  /** Synthesis progress for the current article. */
  progress(state: { article: string; done: number; total: number }): void;
  /** An article finished: success or failure. */
  result(result: ArticleResult): void;
}

export type ArticleResult =
  | { source: string; ok: true; episode: Episode; segments: number; synthesized: number; /** Already up to date: not re-encoded. */ reused: boolean }
  | { source: string; ok: false; error: AppError };

export type Failure = Extract<ArticleResult, { ok: false }>;

export interface EngineChoice {
  name: EngineName;
  /** Why this engine, for the one line a run prints about it. */
  reason: string;
}
