// Where the CLI writes: the real streams, or a test's buffers.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/**
 * Quiet once `signal` fires: the abandoned run's last words (failures it sees as the engine closes)
 * are not printed after the one "interrupted" line.
 */
export function silencedOnAbort(io: Io, signal: AbortSignal): Io {
  return {
    stdout: (t) => void (signal.aborted || io.stdout(t)),
    stderr: (t) => void (signal.aborted || io.stderr(t)),
    isTTY: io.isTTY,
  };
}

export const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
};
