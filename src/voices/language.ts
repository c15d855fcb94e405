// The article's language decides the voices: Edge gets that language's default cast, and Flite, which
// only has English letter-to-sound rules and voices, refuses anything else instead of misreading it.
import type { Config, VoiceSet } from '../config.ts';
import { engineError } from '../errors.ts';
import type { Article, EngineName } from '../model.ts';
import { defaultEdgeVoices } from '../tts/edge-defaults.ts';

const NAMES: Readonly<Record<string, string>> = {
  de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', pl: 'Polish', ru: 'Russian',
  uk: 'Ukrainian', sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish', cs: 'Czech', tr: 'Turkish', ja: 'Japanese', zh: 'Chinese',
};

export const primaryLanguage = (tag: string) => (tag.split(/[-_]/)[0] ?? '').toLowerCase();

/** The article's language (BCP 47): what the article says or was detected as, else the configured one. */
export function articleLanguage(article: Article, config: Config): string {
  return article.language ?? config.language;
}

/**
 * The voices for an article. The configured Edge voices are for the configured language; an article in
 * another language gets that language's default cast (when there is one), so German is read by German
 * voices whatever the config's language.
 */
export function voiceSetFor(config: Config, engine: EngineName, language: string): VoiceSet {
  const configured = config.voices[engine];
  if (engine !== 'edge' || primaryLanguage(language) === primaryLanguage(config.language)) return configured;
  return defaultEdgeVoices(language) ?? configured;
}

/** Throws the one-line engine error for an article Flite cannot read (it is not English). */
export function checkEngineLanguage(engine: EngineName, language: string): void {
  const primary = primaryLanguage(language);
  if (engine !== 'flite' || primary === 'en') return;
  const name = NAMES[primary] ?? `"${language}"`;
  throw engineError(
    // The run's output already names the article in front of this line.
    `The article is in ${name}, and the offline voices (Flite) speak only English.`,
    'Narrate it with Edge voices: --engine edge, or --engine auto with a network connection (behind a proxy: --proxy).',
  );
}
