// Which engine a run uses, and whether the configured voices exist for it.
import type { Config } from '../config.ts';
import { checkDistinctVoices } from '../config.ts';
import { configError } from '../errors.ts';
import { isEdgeVoiceName } from '../tts/edge-defaults.ts';
import type { Engine } from '../tts/engine.ts';
import type { EngineChoice } from './types.ts';

export async function chooseEngine(config: Config): Promise<EngineChoice> {
  if (config.engine === 'flite') return { name: 'flite', reason: 'chosen with --engine flite' };
  if (config.engine === 'edge') return { name: 'edge', reason: 'chosen with --engine edge' };
  const { probeEdge } = await import('../tts/edge.ts');
  const probe = await probeEdge({ proxy: config.proxy, timeoutMs: 3000 });
  if (probe.ok) return { name: 'edge', reason: 'Microsoft Edge neural voices are reachable' };
  return { name: 'flite', reason: `offline voices (Flite): Edge TTS is not reachable (${probe.reason})` };
}

/** Fails before any synthesis when a configured voice is unknown, misshapen or shared by two roles. */
export function checkVoices(engine: Engine, config: Config): void {
  const set = config.voices[engine.name];
  checkDistinctVoices(set, engine.name);
  const known = engine.knownVoices();
  const roles: [string, string][] = [['headline', set.headline], ['body', set.body], ...set.quotes.map((q, i): [string, string] => [`quote ${i + 1}`, q])];
  for (const [role, voice] of roles) {
    // Edge cannot list voices offline: check the names' shape so a typo fails before any request.
    if (!known && engine.name === 'edge' && !isEdgeVoiceName(voice)) {
      throw configError(`The ${role} voice "${voice}" is not an Edge voice name.`, 'Edge voices look like en-US-AriaNeural; `npm run narrate -- --list-voices` lists them.');
    }
    if (known && !known.includes(voice)) {
      throw configError(`Unknown ${engine.name} voice "${voice}" for the ${role}.`, `Known ${engine.name} voices: ${known.join(', ')}.`);
    }
  }
}
