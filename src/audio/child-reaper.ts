// ffmpeg must not outlive us. A SIGKILLed (or crashed) node cannot kill its children, and Linux gives
// node no portable "die with your parent" switch (prctl PDEATHSIG needs native code); ffmpeg itself
// keeps encoding with its parent gone (with -nostdin it never looks at stdin; without, EOF on stdin
// does not stop it either). So one small shell per process, the reaper, holds the list of running
// ffmpeg/ffprobe pids on its stdin: "+pid" when one starts, "-pid" when it exits. When this process
// ends, however it ends, the kernel closes that pipe; the reaper reads EOF and SIGKILLs what is left.
import { spawn, type ChildProcess } from 'node:child_process';

const SCRIPT = `
trap '' INT TERM HUP
pids=" "
while read -r op pid; do
  case "$op" in
    +) pids="$pids$pid " ;;
    -) pids=$(printf '%s' "$pids" | sed "s/ $pid / /") ;;
  esac
done
for pid in $pids; do kill -9 "$pid" 2>/dev/null; done
`;

let reaper: ChildProcess | null | undefined;

function start(): ChildProcess | null {
  try {
    const child = spawn('/bin/sh', ['-c', SCRIPT], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    child.on('error', () => (reaper = null)); // no /bin/sh: ffmpeg is then only killed on a clean abort
    child.stdin?.on('error', () => {});
    // Neither the reaper nor its pipe may keep this process alive.
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return child;
  } catch {
    return null;
  }
}

/** Tells the reaper about a started child; returns what to call once it has exited. */
export function reapWithParent(pid: number | undefined): () => void {
  if (!pid) return () => {};
  if (reaper === undefined) reaper = start();
  const r = reaper;
  if (!r?.stdin?.writable) return () => {};
  r.stdin.write(`+ ${pid}\n`);
  return () => {
    if (r.stdin?.writable) r.stdin.write(`- ${pid}\n`);
  };
}
