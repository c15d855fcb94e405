// What a run shows while it works. On a terminal: one live line (segments done / total, article,
// elapsed, ETA). In CI or a pipe: a few plain lines, so logs stay readable.
import { basename } from 'node:path';
import type { ArticleResult, Reporter } from './run/types.ts';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function resultLine(result: ArticleResult): string {
  if (!result.ok) return `✗ ${result.source}: ${result.error.message}${result.error.hint ? ` ${result.error.hint}` : ''}`;
  const { episode } = result;
  const reused = result.segments - result.synthesized;
  return `✓ ${episode.file}  ${formatDuration(episode.durationMs)}, ${episode.chapters.length} chapters, ${result.segments} segments${reused ? ` (${reused} from cache)` : ''}`;
}

export function createReporter(options: { io: Io; quiet: boolean; now?: () => number }): Reporter {
  const { io, quiet } = options;
  const now = options.now ?? Date.now;
  let started = 0;
  let current = '';
  let lastPlainQuarter = -1;
  let liveLine = false;

  const clearLive = () => {
    if (liveLine) io.stderr('\r\x1b[2K');
    liveLine = false;
  };

  return {
    notice(line) {
      if (quiet) return;
      clearLive();
      io.stderr(`${line}\n`);
    },
    progress({ article, done, total }) {
      if (quiet) return;
      if (article !== current) {
        current = article;
        started = now();
        lastPlainQuarter = -1;
      }
      const elapsed = now() - started;
      if (io.isTTY) {
        const eta = done > 0 && done < total ? ` · ETA ${formatDuration((elapsed / done) * (total - done))}` : '';
        io.stderr(`\r\x1b[2K${basename(article)}: ${done}/${total} segments · ${formatDuration(elapsed)}${eta}`);
        liveLine = true;
        return;
      }
      // Plain output: a line at the start and at each quarter, not one per segment.
      const quarter = total === 0 ? 4 : Math.floor((done / total) * 4);
      if (quarter !== lastPlainQuarter) {
        lastPlainQuarter = quarter;
        io.stderr(`${basename(article)}: ${done}/${total} segments synthesized (${formatDuration(elapsed)})\n`);
      }
    },
    result(result) {
      clearLive();
      if (result.ok) io.stdout(`${resultLine(result)}\n`);
      else io.stderr(`${resultLine(result)}\n`);
    },
  };
}
