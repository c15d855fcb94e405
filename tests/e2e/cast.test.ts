// Casting seen from the CLI: when the quote pool is too small, the run says so in one line, the plan's
// cast list gives the reason, and nobody shares a voice with the quote next to theirs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.ts';

const SAMPLE = join(ROOT, 'input', 'zelenskyy-north-korea.txt');
const dir = mkdtempSync(join(tmpdir(), 'e2e-cast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PlanEpisode {
  chapters: { segments: { role: string; speaker: string | null; voice: string; speakerGender?: string | null; voiceGender?: string | null }[] }[];
  cast: { speaker: string; voice: string; gender: string | null; reason: string }[];
}

describe('a quote pool smaller than the cast', () => {
  const config = join(dir, 'small-pool.json');
  writeFileSync(config, JSON.stringify({ voices: { flite: { quotes: ['rms', 'kal16'] } } }));

  it('is in the plan: every quote has speakerGender and voiceGender, the cast says who shares', async () => {
    const run = await runCli(['--plan', '--engine', 'flite', '--config', config, SAMPLE], { env: { AUDIO_EDITION_CACHE: join(dir, 'cache') } });
    expect(run.code, run.stderr).toBe(0);
    const episode = (JSON.parse(run.stdout) as { episodes: PlanEpisode[] }).episodes[0]!;
    const quotes = episode.chapters.flatMap((c) => c.segments).filter((s) => s.role === 'quote');
    for (const q of quotes) {
      expect(q).toHaveProperty('speakerGender');
      expect(['male', 'female', null]).toContain(q.voiceGender);
    }
    expect(episode.cast.map((c) => c.speaker)).toEqual(['Volodymyr Zelenskyy', 'Antony Blinken', 'Sean Savett']);
    expect(episode.cast.filter((c) => c.reason.startsWith('shared:'))).toHaveLength(1);
    const sequence = quotes.map((q) => [q.speaker, q.voice]);
    for (let i = 1; i < sequence.length; i++) {
      if (sequence[i]![0] !== sequence[i - 1]![0]) expect(sequence[i]![1], `quote ${i}`).not.toBe(sequence[i - 1]![1]);
    }
  });

  it('is said once in the run’s output, and the episode is still made', async () => {
    const out = join(dir, 'out');
    const run = await runCli(['--engine', 'flite', '--config', config, '--out', out, SAMPLE], { env: { AUDIO_EDITION_CACHE: join(dir, 'cache') } });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => /not enough free quote voices/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^zelenskyy-north-korea\.txt: 3 quoted people and not enough free quote voices; .+ shares (rms|kal16)\. Add voices to voices\.flite\.quotes/);
  });
});
