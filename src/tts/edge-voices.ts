// Edge voice names: their shape (checked before any request, since the name goes into the SSML as is),
// default casts per language, and the service's own list.
import { get } from 'node:https';
import { configError, engineError, networkError } from '../errors.ts';
import { isEdgeVoiceName } from './edge-defaults.ts';
import { describeNetworkError, edgeAgent, EDGE_HEADERS, resolveProxy, voicesListUrl } from './edge-connection.ts';

/** Throws a config error naming where the malformed voice came from. */
export function assertEdgeVoiceName(name: string, where = 'Edge voice'): void {
  if (!isEdgeVoiceName(name)) {
    throw configError(
      `${where} "${name}" is not an Edge voice name.`,
      'Edge voices look like en-US-AriaNeural or en-US-AndrewMultilingualNeural; `npm run narrate -- --list-voices` lists them.',
    );
  }
}

/** The locale part of a voice name (en-US-AriaNeural → en-US), used as the SSML xml:lang. */
export function edgeVoiceLocale(name: string): string {
  const cut = name.lastIndexOf('-');
  return cut > 0 ? name.slice(0, cut) : 'en-US';
}


export interface EdgeVoiceInfo {
  shortName: string;
  locale: string;
  gender: string;
}

/**
 * The service's voices for a language: every locale of its primary language, the exact locale first
 * (en-US lists en-US, then en-AU, en-GB, …). No language: all voices.
 */
export async function listEdgeVoices(options: { proxy?: string; language?: string; timeoutMs?: number } = {}): Promise<EdgeVoiceInfo[]> {
  const proxy = resolveProxy(options.proxy);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const body = await new Promise<string>((resolve, reject) => {
    const { agent, release } = edgeAgent(proxy);
    const req = get(voicesListUrl(), { headers: { ...EDGE_HEADERS, Accept: '*/*', 'Accept-Encoding': 'identity' }, ...(agent ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        clearTimeout(timer);
        release();
        if (res.statusCode !== 200) {
          reject(engineError(`The Edge voice list answered HTTP ${res.statusCode}.`, res.statusCode === 403 ? 'Microsoft may have changed its token: update node-edge-tts.' : 'Try again later.'));
        } else resolve(Buffer.concat(chunks).toString('utf8'));
      });
    });
    const timer = setTimeout(() => req.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })), timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      release();
      reject(networkError(`Cannot fetch the Edge voice list: ${describeNetworkError(error)}.`, proxyHint(proxy), error));
    });
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (cause) {
    throw engineError('The Edge voice list is not valid JSON.', 'Try again later; if it persists, update node-edge-tts.', cause);
  }
  if (!Array.isArray(parsed)) throw engineError('The Edge voice list is not a list.', 'Try again later; if it persists, update node-edge-tts.');
  const voices: EdgeVoiceInfo[] = (parsed as Record<string, unknown>[])
    .filter((v) => typeof v?.ShortName === 'string')
    .map((v) => ({ shortName: v.ShortName as string, locale: String(v.Locale ?? ''), gender: String(v.Gender ?? '') }));
  const language = options.language?.replace('_', '-');
  if (!language) return voices.sort((a, b) => a.shortName.localeCompare(b.shortName));
  const primary = (language.split('-')[0] ?? '').toLowerCase();
  const exact = language.toLowerCase();
  return voices
    .filter((v) => v.locale.toLowerCase().split('-')[0] === primary)
    .sort((a, b) => Number(b.locale.toLowerCase() === exact) - Number(a.locale.toLowerCase() === exact) || a.locale.localeCompare(b.locale) || a.shortName.localeCompare(b.shortName));
}

export function proxyHint(proxy: string | undefined): string {
  return proxy
    ? `Check that the proxy ${proxy} is running and allows CONNECT to speech.platform.bing.com:443, or use --engine flite (offline).`
    : 'Check the internet connection (behind a proxy: --proxy URL or HTTPS_PROXY), or use --engine flite (offline).';
}

