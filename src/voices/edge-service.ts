// The Edge service's own voice list, for the attributes of voices the built-in table does not know
// (a user's voices.edge entries). Fetched when a run uses Edge, kept for a week next to the clip cache
// folder (`.cache/edge-voices.json` by default: outside it, so clip pruning and clip counts never see
// it), and never a reason to fail: without it casting uses the built-in table.
import { rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listEdgeVoices } from '../tts/edge-voices.ts';
import { edgeNameLocale, parseServiceGender } from './edge-table.ts';
import type { VoiceInfo } from './voice-info.ts';
import { readBoundedText } from '../core/read-bounded.ts';

const FILE = 'edge-voices.json';
const MAX_AGE_MS = 7 * 24 * 3600_000;

interface Stored {
  fetchedAt: number;
  voices: { name: string; locale: string; gender: string }[];
}

const toInfo = (v: Stored['voices'][number]): VoiceInfo => ({ name: v.name, engine: 'edge', locale: v.locale || edgeNameLocale(v.name), gender: parseServiceGender(v.gender) });

async function readStored(file: string): Promise<Stored | null> {
  try {
    const stored = JSON.parse(await readBoundedText(file, { maxBytes: 16 * 1024 * 1024 })) as Stored;
    return typeof stored.fetchedAt === 'number' && Array.isArray(stored.voices) ? stored : null;
  } catch {
    return null;
  }
}

/** The service's voices: the cached list when under a week old, else a fresh one (stale cache or none on failure). */
export async function serviceVoices(options: { cacheDir: string; proxy?: string; timeoutMs?: number; now?: number }): Promise<VoiceInfo[]> {
  const folder = dirname(options.cacheDir);
  const file = join(folder, FILE);
  const now = options.now ?? Date.now();
  const stored = await readStored(file);
  if (stored && now - stored.fetchedAt < MAX_AGE_MS) return stored.voices.map(toInfo);
  try {
    const listed = await listEdgeVoices({ ...(options.proxy ? { proxy: options.proxy } : {}), timeoutMs: options.timeoutMs ?? 5000 });
    const fresh: Stored = { fetchedAt: now, voices: listed.map((v) => ({ name: v.shortName, locale: v.locale, gender: v.gender })) };
    await mkdir(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(fresh));
    await rename(temp, file);
    return fresh.voices.map(toInfo);
  } catch {
    return stored ? stored.voices.map(toInfo) : [];
  }
}
