import { type AppError, ExitCode } from '../errors.ts';
import type { ArticleResult } from '../run/types.ts';

/** One article: its own exit code. A batch: "some failed", unless all failed for the same reason. */
export function exitCodeFor(results: ({ ok: true } | ArticleResult)[]): number {
  const failed = results.filter((r): r is Extract<ArticleResult, { ok: false }> => !r.ok);
  if (failed.length === 0) return ExitCode.ok;
  if (failed.length === results.length && new Set(failed.map((f) => f.error.exitCode)).size === 1) return failed[0]!.error.exitCode;
  return ExitCode.partial;
}

/** The one line a user sees for an error; with --debug, the stack and the cause chain too. */
export function formatError(error: AppError, debug: boolean): string {
  let text = `error: ${error.message}${error.hint ? ` ${error.hint}` : ''}\n`;
  if (debug) {
    let cause: unknown = error;
    while (cause) {
      text += `${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`;
      cause = cause instanceof Error ? cause.cause : undefined;
      if (cause) text += 'caused by: ';
    }
  }
  return text;
}
