// Edge voice names and default casts: pure data with no network code, so configuration can use it
// without loading the Edge engine.

/** Voices per role (config.ts's VoiceSet): declared here so that config imports this file and not the other way round. */
export interface VoiceRoles {
  headline: string;
  body: string;
  /** Pool for quoted speakers: the first distinct speaker gets the first voice, and so on. */
  quotes: string[];
}

// xx-XX-NameNeural, with an optional script (sr-Latn-RS) or dialect (zh-CN-liaoning) part;
// Multilingual voices are NameMultilingualNeural.
const VOICE_NAME = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?-[A-Z]{2}(?:-[a-z]+)?-[A-Z][A-Za-z]*Neural$/;

export function isEdgeVoiceName(name: string): boolean {
  return VOICE_NAME.test(name);
}

// Adult voices only (the child voices sound wrong reading news); headline and body differ in gender so
// the listener hears the switch; quote pools mix genders and nearby accents for variety.
const DEFAULTS: Record<string, VoiceRoles> = {
  'en-US': {
    headline: 'en-US-GuyNeural',
    body: 'en-US-AriaNeural',
    // Four women and five men: casting matches a quoted person's stated gender (src/voices/casting.ts).
    quotes: ['en-US-ChristopherNeural', 'en-US-JennyNeural', 'en-US-EricNeural', 'en-US-MichelleNeural', 'en-US-RogerNeural', 'en-US-EmmaNeural', 'en-US-SteffanNeural', 'en-US-AvaNeural', 'en-GB-RyanNeural'],
  },
  'en-GB': {
    headline: 'en-GB-RyanNeural',
    body: 'en-GB-SoniaNeural',
    quotes: ['en-GB-ThomasNeural', 'en-GB-LibbyNeural', 'en-IE-ConnorNeural', 'en-IE-EmilyNeural', 'en-AU-WilliamNeural', 'en-AU-NatashaNeural'],
  },
  'en-AU': {
    headline: 'en-AU-WilliamNeural',
    body: 'en-AU-NatashaNeural',
    quotes: ['en-GB-RyanNeural', 'en-GB-SoniaNeural', 'en-NZ-MitchellNeural', 'en-NZ-MollyNeural', 'en-GB-ThomasNeural'],
  },
  'de-DE': {
    headline: 'de-DE-ConradNeural',
    body: 'de-DE-KatjaNeural',
    quotes: ['de-DE-KillianNeural', 'de-DE-AmalaNeural', 'de-DE-FlorianMultilingualNeural', 'de-DE-SeraphinaMultilingualNeural', 'de-AT-JonasNeural', 'de-CH-LeniNeural'],
  },
  'fr-FR': {
    headline: 'fr-FR-HenriNeural',
    body: 'fr-FR-DeniseNeural',
    quotes: ['fr-FR-RemyMultilingualNeural', 'fr-FR-VivienneMultilingualNeural', 'fr-BE-GerardNeural', 'fr-CA-SylvieNeural', 'fr-CA-AntoineNeural', 'fr-CH-ArianeNeural'],
  },
  'es-ES': {
    headline: 'es-ES-AlvaroNeural',
    body: 'es-ES-ElviraNeural',
    quotes: ['es-ES-XimenaNeural', 'es-MX-JorgeNeural', 'es-MX-DaliaNeural', 'es-AR-TomasNeural', 'es-CO-SalomeNeural'],
  },
  'es-MX': {
    headline: 'es-MX-JorgeNeural',
    body: 'es-MX-DaliaNeural',
    quotes: ['es-ES-AlvaroNeural', 'es-ES-ElviraNeural', 'es-AR-TomasNeural', 'es-CO-SalomeNeural', 'es-ES-XimenaNeural'],
  },
  'it-IT': {
    headline: 'it-IT-DiegoNeural',
    body: 'it-IT-ElsaNeural',
    quotes: ['it-IT-IsabellaNeural', 'it-IT-GiuseppeMultilingualNeural'],
  },
  'pt-BR': {
    headline: 'pt-BR-AntonioNeural',
    body: 'pt-BR-FranciscaNeural',
    quotes: ['pt-BR-ThalitaMultilingualNeural', 'pt-PT-DuarteNeural', 'pt-PT-RaquelNeural'],
  },
};

const BY_LANGUAGE: Record<string, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', it: 'it-IT', pt: 'pt-BR' };

/** Default Edge cast for a BCP 47 language (exact locale first, then its primary language), or null. */
export function defaultEdgeVoices(language: string): VoiceRoles | null {
  const [primary = '', region] = language.replace('_', '-').split('-');
  const locale = region ? `${primary.toLowerCase()}-${region.toUpperCase()}` : '';
  const set = DEFAULTS[locale] ?? DEFAULTS[BY_LANGUAGE[primary.toLowerCase()] ?? ''];
  return set ? { ...set, quotes: [...set.quotes] } : null;
}
