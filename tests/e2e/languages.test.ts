// Articles in German and French, end to end through the real CLI: with Edge (the local Edge-protocol
// server) they are read by that language's voices with that language's number and date rules; with
// Flite, which speaks only English, each ends with one clear line and the engine exit code (4), under
// --engine flite and under auto when Edge is not reachable.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEdgeServer, type EdgeServer } from '../helpers/edge-server.ts';
import { ROOT, runCli } from '../helpers/run-cli.ts';

const GERMAN = join(ROOT, 'tests', 'fixtures', 'languages', 'de-bericht.txt');
const FRENCH = join(ROOT, 'tests', 'fixtures', 'languages', 'fr-article.txt');
const dir = mkdtempSync(join(tmpdir(), 'e2e-languages-'));
const servers: EdgeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

let runs = 0;
function env(s: EdgeServer | null): Record<string, string> {
  return {
    ...(s ? { NODE_EXTRA_CA_CERTS: s.caFile } : {}),
    AUDIO_EDITION_CACHE: join(dir, `cache-${++runs}`),
    HTTPS_PROXY: '',
    https_proxy: '',
    AUDIO_EDITION_EDGE_TIMEOUT_MS: '3000',
    AUDIO_EDITION_EDGE_BACKOFF_MS: '20',
  };
}
const mp3sIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.mp3')) : []);

describe.each([
  ['German', GERMAN, 'de-DE', /am dritten Oktober/, 'de-bericht.mp3'],
  ['French', FRENCH, 'fr-FR', /le premier octobre/, 'fr-article.mp3'],
])('a %s article', (language, file, locale, spokenRule, mp3) => {
  it(`is narrated through Edge by ${locale} voices, with ${language} rules`, async () => {
    const s = await startEdgeServer();
    servers.push(s);
    const out = join(dir, `out-${locale}`);
    const run = await runCli([file, '--engine', 'edge', '--proxy', s.proxyUrl, '--out', out], { env: env(s) });
    expect(run.code, run.stderr).toBe(0);
    expect(mp3sIn(out)).toEqual([mp3]);
    const requests = s.ssmlRequests;
    expect(requests.length).toBeGreaterThan(5);
    for (const r of requests) {
      expect(r.voice, r.text).toMatch(new RegExp(`^${locale.slice(0, 2)}-`));
      expect(r.lang).toBe(r.voice!.split('-').slice(0, 2).join('-'));
    }
    // Headline, narrator and quote voices are that language's default cast, and distinct.
    const voices = new Set(requests.map((r) => r.voice));
    expect(voices.size).toBeGreaterThanOrEqual(3);
    expect(requests.some((r) => spokenRule.test(r.text ?? ''))).toBe(true);
    expect(s.requests.flatMap((r) => r.errors)).toEqual([]);
  });

  it('ends with one clear line and exit code 4 under --engine flite', async () => {
    const out = join(dir, `flite-${locale}`);
    const run = await runCli([file, '--engine', 'flite', '--out', out], { env: env(null) });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(new RegExp(`is in ${language}, and the offline voices \\(Flite\\) speak only English`));
    const failures = run.stderr.trim().split('\n').filter((l) => l.startsWith('✗'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain(file.split('/').pop());
    expect(mp3sIn(out)).toEqual([]);
  });

  it('ends the same way under auto when Edge is not reachable, instead of reading it with English rules', async () => {
    const out = join(dir, `auto-${locale}`);
    const run = await runCli([file, '--out', out, '--proxy', 'http://127.0.0.1:1'], { env: env(null) });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/Engine: flite/);
    expect(run.stderr).toMatch(new RegExp(`is in ${language}, and the offline voices \\(Flite\\) speak only English`));
    expect(mp3sIn(out)).toEqual([]);
  });
});
