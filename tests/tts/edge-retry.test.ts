import { describe, expect, it } from 'vitest';
import { EdgeAttemptError, type FailureKind } from '../../src/tts/edge-connection.ts';
import { backoffMs, isRetryable } from '../../src/tts/edge-retry.ts';

const err = (kind: FailureKind, status?: number) => new EdgeAttemptError(kind, 'x', status === undefined ? {} : { status });

describe('isRetryable', () => {
  it.each([
    ['a first 403', err('status', 403), 1, true],
    ['a second 403', err('status', 403), 2, false],
    ['429', err('status', 429), 0, true],
    ['500', err('status', 500), 0, true],
    ['503', err('status', 503), 0, true],
    ['400', err('status', 400), 0, false],
    ['404', err('status', 404), 0, false],
    ['network error', err('network'), 0, true],
    ['timeout', err('timeout'), 0, true],
    ['socket closed before turn.end', err('closed'), 0, true],
    ['no audio', err('no-audio'), 0, true],
    ['truncated audio', err('short-audio'), 0, true],
    ['cancelled', err('aborted'), 0, false],
  ])('%s → %s', (_name, error, forbidden, expected) => {
    expect(isRetryable(error, forbidden)).toBe(expected);
  });
});

describe('backoffMs', () => {
  const policy = { attempts: 5, baseMs: 100, maxMs: 1000 };
  it('doubles per retry, up to the cap, with jitter in the upper half', () => {
    expect([0, 1, 2, 3, 4, 5].map((r) => backoffMs(r, policy, undefined, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([0, 1, 2, 3].map((r) => backoffMs(r, policy, undefined, () => 0))).toEqual([50, 100, 200, 400]);
  });
  it("waits at least a server's Retry-After, within reason", () => {
    expect(backoffMs(0, policy, 5000, () => 0)).toBe(5000);
    expect(backoffMs(0, policy, 10 * 60_000, () => 0)).toBe(30_000);
  });
});
