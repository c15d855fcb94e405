// `npm run eval`: scores the article understanding on the annotated corpus (corpus/dev, corpus/heldout).
// It runs the CLI the way a user does — one `npm run --silent narrate -- --plan --engine edge …`
// child over the whole corpus — and compares the plan JSON with each article's annotation
// (scripts/eval-score.ts). `--plan` synthesizes nothing and needs no network; Edge is named because
// the offline Flite voices refuse German and French articles, and the script does not depend on the
// engine beyond voice names, which are not scored. Prints one row per split and language; `--json`
// prints every figure and every dev article's misses instead (held-out articles appear only in the rows unless --show-heldout).
// Exit 0 whatever the scores (a CLI that prints no plan scores zero, and says why); 2 only when the
// corpus itself is malformed.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CorpusError, loadCorpus, SPLITS, type CorpusArticle } from './eval-corpus.ts';
import { METRICS, scoreArticle, sumScores, type ArticleScore, type Metric, type PlanEpisode, type Ratio } from './eval-score.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TIMEOUT_MS = 10 * 60_000;

const LABELS: Record<Metric, string> = {
  headline: 'headline',
  boilerplate: 'boilerpl.',
  textKept: 'text kept',
  quotes: 'quotes',
  narration: 'narration',
  speakers: 'speakers',
  gender: 'gender',
  chapters: 'chapters',
  droppedListed: 'listed',
};
/** The issue's targets, shown under the table (chapters and gender have none). */
const TARGETS = 'targets: headline 100%, boilerplate dropped ≥90%, text kept ≥98%, quotes ≥90%, narration ≥90%, speakers ≥85%';

interface PlanRun {
  episodes: PlanEpisode[];
  stderr: string;
  code: number | null;
}

function runPlan(files: string[]): Promise<PlanRun> {
  return new Promise((done, failRun) => {
    const child = spawn('npm', ['run', '--silent', 'narrate', '--', '--plan', '--engine', 'edge', ...files], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS);
    child.on('error', failRun);
    child.on('close', (code) => {
      clearTimeout(timer);
      let episodes: PlanEpisode[] = [];
      try {
        const parsed = stdout.trim() ? (JSON.parse(stdout) as { episodes?: unknown }).episodes : [];
        episodes = Array.isArray(parsed) ? (parsed as PlanEpisode[]) : [];
      } catch {
        stderr += `\nnarrate --plan printed something that is not JSON: ${stdout.slice(0, 120)}`;
      }
      done({ episodes, stderr, code });
    });
  });
}

const pct = (r: Ratio) => (r.total === 0 ? '—' : `${Math.floor((1000 * r.hit) / r.total) / 10}%`);
const cell = (r: Ratio) => (r.total === 0 ? '—' : `${pct(r)} ${r.hit}/${r.total}`);

interface Row {
  split: string;
  language: string;
  articles: number;
  figures: Record<Metric, Ratio>;
}

function rows(scored: { article: CorpusArticle; score: ArticleScore }[]): Row[] {
  const out: Row[] = [];
  const group = (split: string, language: string, pick: (a: CorpusArticle) => boolean) => {
    const items = scored.filter((s) => pick(s.article));
    if (items.length) out.push({ split, language, articles: items.length, figures: sumScores(items.map((s) => s.score)) });
  };
  const languages = [...new Set(scored.map((s) => s.article.annotation.language))].sort();
  for (const split of SPLITS) {
    for (const lang of languages) group(split, lang, (a) => a.split === split && a.annotation.language === lang);
    group(split, 'all', (a) => a.split === split);
  }
  for (const lang of languages) group('both', lang, (a) => a.annotation.language === lang);
  group('both', 'all', () => true);
  return out;
}

function table(all: Row[]): string {
  const head = ['split', 'lang', 'n', ...METRICS.map((m) => LABELS[m])];
  const body = all.map((r) => [r.split, r.language, String(r.articles), ...METRICS.map((m) => cell(r.figures[m]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  let corpus: CorpusArticle[];
  try {
    corpus = await loadCorpus(ROOT);
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const run = await runPlan(corpus.map((a) => a.path));
  if (run.episodes.length === 0) {
    const why = run.stderr.trim().split('\n').pop() ?? '';
    process.stderr.write(`narrate --plan printed no plan (exit ${run.code}): ${why}\n`);
  }
  const bySource = new Map(run.episodes.map((e) => [resolve(ROOT, String(e?.source ?? '')), e]));
  const scored = corpus.map((article) => {
    const episode = bySource.get(resolve(ROOT, article.path));
    const score = scoreArticle(article.text, article.annotation, episode);
    if (!episode) score.misses.unshift('no plan: the CLI failed on this article (see its stderr line)');
    return { article, score };
  });
  const all = rows(scored);
  if (json) {
    // Held-out articles are scored, never tuned on: unless asked for, only the rows show them, not
    // one article's figures or misses (per-article counts already tell which article to tune on).
    const showHeldout = process.argv.includes('--show-heldout');
    const articles = scored
      .filter(({ article }) => showHeldout || article.split !== 'heldout')
      .map(({ article, score }) => ({
        path: article.path,
        split: article.split,
        language: article.annotation.language,
        ...score,
      }));
    process.stdout.write(`${JSON.stringify({ rows: all, articles, cliStderr: run.stderr.trim() }, null, 2)}\n`);
    return 0;
  }
  const failed = run.stderr
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('Engine:'))
    .slice(0, 10);
  process.stdout.write(`${table(all)}\n${TARGETS}\n`);
  if (failed.length) process.stdout.write(`CLI said:\n${failed.map((l) => `  ${l}`).join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
