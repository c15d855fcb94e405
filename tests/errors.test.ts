import { describe, expect, it } from 'vitest';
import { AppError, ExitCode, inputError, internalError, toAppError } from '../src/errors.ts';
import { formatError } from '../src/cli/exit-code.ts';

describe('errors as state', () => {
  it('an error that is not ours is an internal error (exit 70) that says it is a bug, not an engine failure', () => {
    const error = toAppError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(error).toMatchObject({ kind: 'internal', code: 'internal', exitCode: 70 });
    expect(error.message).toBe("Unexpected failure: Cannot read properties of undefined (reading 'x'). This is a bug in audio-edition.");
    expect(error.hint).toBe('Run again with --debug and report the output.');
    expect(ExitCode.internal).toBe(70);
  });

  it('--debug shows the stack of the original error; without it, one line', () => {
    const error = toAppError(new RangeError('boom'));
    expect(formatError(error, false).trim().split('\n')).toHaveLength(1);
    expect(formatError(error, true)).toMatch(/caused by: RangeError: boom\n\s+at /);
  });

  it('every AppError carries a stable code (its kind unless a condition needs its own)', () => {
    expect(inputError('x', 'y').code).toBe('input');
    expect(inputError('x', 'y', undefined, 'input.no-body').code).toBe('input.no-body');
    expect(toAppError(Object.assign(new Error('write'), { code: 'ENOSPC', path: '/o/a.mp3' }))).toMatchObject({ kind: 'output', code: 'output.disk-full' });
    expect(internalError('x.')).toMatchObject({ kind: 'internal', code: 'internal', exitCode: 70 });
    expect(internalError('x.', undefined, 'internal.split-plan')).toMatchObject({ kind: 'internal', code: 'internal.split-plan', exitCode: 70, message: 'x. This is a bug in audio-edition.' });
    const ours = new AppError('config', 'bad');
    expect(toAppError(ours)).toBe(ours);
  });
});
