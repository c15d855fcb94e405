import { ExitCode } from '../../errors.ts';
import type { Command } from './types.ts';

export const listVoices: Command = async ({ config, io }) => {
  const { listEdgeVoices } = await import('../../tts/edge.ts');
  const voices = await listEdgeVoices({ ...(config.proxy ? { proxy: config.proxy } : {}), language: config.language });
  for (const v of voices) io.stdout(`${v.shortName}\t${v.locale}\t${v.gender}\n`);
  return ExitCode.ok;
};
