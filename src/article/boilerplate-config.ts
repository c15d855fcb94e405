// The "boilerplate" config key: the user's overrides of the page-chrome classifier, validated here
// so config.ts only hands them over. {"boilerplate": {"keep": ["^Editor's note"], "drop": ["^Listen on"]}}
import { configError } from '../errors.ts';

export interface BoilerplateConfig {
  /** Regular expressions (case-insensitive): a line matching one is always read as article text. */
  keep: string[];
  /** Regular expressions (case-insensitive): a line matching one is dropped as page chrome. */
  drop: string[];
}

const fail = (where: string, what: string) => configError(`Config: ${where} must be ${what}.`, 'Fix the config file (see "Configuration" in the README).');

export function parseBoilerplate(value: unknown): BoilerplateConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('boilerplate', 'an object: {"keep": [regex, …], "drop": [regex, …]}');
  const out: BoilerplateConfig = { keep: [], drop: [] };
  for (const key of Object.keys(value)) {
    if (key !== 'keep' && key !== 'drop') throw fail(`boilerplate.${key}`, 'one of "keep", "drop"');
    const list = (value as Record<string, unknown>)[key];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x !== '')) throw fail(`boilerplate.${key}`, 'a list of regular expressions (strings)');
    for (const pattern of list as string[]) {
      try {
        new RegExp(pattern, 'iu');
      } catch {
        throw fail(`boilerplate.${key} entry "${pattern}"`, 'a valid regular expression');
      }
    }
    out[key] = list as string[];
  }
  return out;
}

/** Compiled overrides: whether a line is forced in or out (keep wins), or left to the classifier. */
export function overrideOf(config: BoilerplateConfig | undefined): (line: string) => 'keep' | 'drop' | null {
  if (!config || (config.keep.length === 0 && config.drop.length === 0)) return () => null;
  const keep = config.keep.map((p) => new RegExp(p, 'iu'));
  const drop = config.drop.map((p) => new RegExp(p, 'iu'));
  return (line) => (keep.some((r) => r.test(line)) ? 'keep' : drop.some((r) => r.test(line)) ? 'drop' : null);
}
