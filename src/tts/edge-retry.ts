// When a failed Edge request is worth another try, and how long to wait first. Pure, so the policy is
// tested as a table.
import type { EdgeAttemptError } from './edge-connection.ts';

export interface RetryPolicy {
  /** Total attempts per request, first one included. */
  attempts: number;
  /** First backoff; doubles per retry. */
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, baseMs: 500, maxMs: 8000 };

/** Longest Retry-After the adapter honours; beyond that the attempts run out first anyway. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * Whether to try again after `error`. `forbidden` counts the 403s so far including this one: a 403 is
 * retried exactly once, since a wave of them means the library's token is out of date and more tries
 * only risk a ban.
 */
export function isRetryable(error: EdgeAttemptError, forbidden: number): boolean {
  switch (error.kind) {
    case 'aborted':
      return false;
    case 'status': {
      const s = error.status ?? 0;
      if (s === 403) return forbidden <= 1;
      return s === 408 || s === 425 || s === 429 || s >= 500;
    }
    default:
      // network, timeout, closed before turn.end, no or too little audio
      return true;
  }
}

/** Exponential backoff with jitter (half fixed, half random), raised to a server's Retry-After. */
export function backoffMs(retry: number, policy: RetryPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** retry);
  const delay = Math.round(exp * (0.5 + random() * 0.5));
  return retryAfterMs === undefined ? delay : Math.max(delay, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}
