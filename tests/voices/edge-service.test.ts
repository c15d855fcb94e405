// The Edge service's voice list through the local Edge-protocol server (in a child that trusts its CA):
// fetched once, cached next to the clip cache folder, used for genders of voices the built-in table lacks.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceVoices } from '../../src/voices/edge-service.ts';
import { voiceCatalog } from '../../src/voices/catalog.ts';
import { runChild, ROOT } from '../helpers/run-child.ts';
import { startEdgeServer } from '../helpers/edge-server.ts';

const base = mkdtempSync(join(tmpdir(), 'edge-service-'));
const dir = join(base, 'clips');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('serviceVoices', () => {
  it('fetches the list once, caches it, and reads genders from it', async () => {
    const s = await startEdgeServer();
    try {
      const code = `import { serviceVoices } from ${JSON.stringify(join(ROOT, 'src/voices/edge-service.ts'))};
        const v = await serviceVoices({ cacheDir: ${JSON.stringify(dir)}, proxy: ${JSON.stringify(s.proxyUrl)} });
        console.log(JSON.stringify(v));`;
      const env = { ...process.env, NODE_EXTRA_CA_CERTS: s.caFile, HTTPS_PROXY: '', https_proxy: '' };
      const run = await runChild(['--import', 'tsx', '--input-type=module', '-e', code], { env, timeoutMs: 60_000 });
      expect(run.code, run.stderr).toBe(0);
      const voices = JSON.parse(run.stdout.trim()) as { name: string; gender: string | null; locale: string }[];
      expect(voices.find((v) => v.name === 'en-US-JennyNeural')).toEqual({ name: 'en-US-JennyNeural', engine: 'edge', locale: 'en-US', gender: 'female' });
      expect(existsSync(join(base, 'edge-voices.json'))).toBe(true);
      expect(JSON.parse(readFileSync(join(base, 'edge-voices.json'), 'utf8')).voices.length).toBe(voices.length);
    } finally {
      await s.close();
    }
    // The server is gone: the cached list still answers, in this process, with no network at all.
    const cached = await serviceVoices({ cacheDir: dir, proxy: 'http://127.0.0.1:1' });
    expect(cached.find((v) => v.name === 'de-DE-ConradNeural')?.gender).toBe('male');
    // A week later the refresh fails (nothing listens): the stale list is used rather than none.
    const stale = await serviceVoices({ cacheDir: dir, proxy: 'http://127.0.0.1:1', now: Date.now() + 8 * 24 * 3600_000, timeoutMs: 2000 });
    expect(stale.length).toBe(cached.length);
  });

  it('gives casting the genders of voices the built-in table lacks; the table and the config still win', () => {
    const service = [
      { name: 'en-US-NovaTestNeural', engine: 'edge' as const, locale: 'en-US', gender: 'female' as const },
      { name: 'en-US-GuyNeural', engine: 'edge' as const, locale: 'en-US', gender: 'female' as const },
    ];
    const lookup = voiceCatalog('edge', { serviceVoices: service, overrides: { 'en-US-EricNeural': { gender: null } } });
    expect(lookup('en-US-NovaTestNeural').gender).toBe('female');
    expect(lookup('en-US-GuyNeural').gender).toBe('male');
    expect(lookup('en-US-EricNeural').gender).toBeNull();
    expect(lookup('xx-YY-UnknownNeural')).toEqual({ name: 'xx-YY-UnknownNeural', engine: 'edge', locale: 'xx-YY', gender: null });
  });
});
