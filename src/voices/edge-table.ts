// Genders of the Edge neural voices the default casts use (every locale's headline, body and quote
// pool), plus a few popular others, as the service's voice list gives them. Built in so casting works
// offline and in --plan; when the service is reachable its list (cached) covers every other voice.
import type { Gender } from '../model.ts';
import type { VoiceInfo } from './voice-info.ts';

const FEMALE = [
  'en-US-AriaNeural', 'en-US-JennyNeural', 'en-US-MichelleNeural', 'en-US-EmmaNeural', 'en-US-AvaNeural',
  'en-US-EmmaMultilingualNeural', 'en-US-AvaMultilingualNeural',
  'en-GB-SoniaNeural', 'en-GB-LibbyNeural', 'en-IE-EmilyNeural', 'en-AU-NatashaNeural', 'en-NZ-MollyNeural',
  'en-CA-ClaraNeural', 'en-IN-NeerjaNeural',
  'de-DE-KatjaNeural', 'de-DE-AmalaNeural', 'de-DE-SeraphinaMultilingualNeural', 'de-AT-IngridNeural', 'de-CH-LeniNeural',
  'fr-FR-DeniseNeural', 'fr-FR-VivienneMultilingualNeural', 'fr-BE-CharlineNeural', 'fr-CA-SylvieNeural', 'fr-CH-ArianeNeural',
  'es-ES-ElviraNeural', 'es-ES-XimenaNeural', 'es-MX-DaliaNeural', 'es-CO-SalomeNeural', 'es-AR-ElenaNeural',
  'it-IT-ElsaNeural', 'it-IT-IsabellaNeural',
  'pt-BR-FranciscaNeural', 'pt-BR-ThalitaMultilingualNeural', 'pt-PT-RaquelNeural',
];

const MALE = [
  'en-US-GuyNeural', 'en-US-ChristopherNeural', 'en-US-EricNeural', 'en-US-RogerNeural', 'en-US-SteffanNeural',
  'en-US-AndrewNeural', 'en-US-BrianNeural', 'en-US-AndrewMultilingualNeural', 'en-US-BrianMultilingualNeural',
  'en-GB-RyanNeural', 'en-GB-ThomasNeural', 'en-IE-ConnorNeural', 'en-AU-WilliamNeural', 'en-NZ-MitchellNeural',
  'en-CA-LiamNeural', 'en-IN-PrabhatNeural',
  'de-DE-ConradNeural', 'de-DE-KillianNeural', 'de-DE-FlorianMultilingualNeural', 'de-AT-JonasNeural', 'de-CH-JanNeural',
  'fr-FR-HenriNeural', 'fr-FR-RemyMultilingualNeural', 'fr-BE-GerardNeural', 'fr-CA-AntoineNeural', 'fr-CA-JeanNeural',
  'fr-CA-ThierryNeural', 'fr-CH-FabriceNeural',
  'es-ES-AlvaroNeural', 'es-MX-JorgeNeural', 'es-AR-TomasNeural', 'es-CO-GonzaloNeural',
  'it-IT-DiegoNeural', 'it-IT-GiuseppeMultilingualNeural',
  'pt-BR-AntonioNeural', 'pt-PT-DuarteNeural',
];

/** The locale part of an Edge voice name: en-US-AriaNeural → en-US, zh-CN-liaoning-XiaobeiNeural → zh-CN-liaoning. */
export function edgeNameLocale(name: string): string {
  const cut = name.lastIndexOf('-');
  return cut > 0 ? name.slice(0, cut) : '';
}

const entry = (gender: Gender) => (name: string): VoiceInfo => ({ name, engine: 'edge', locale: edgeNameLocale(name), gender });

export const EDGE_TABLE: readonly VoiceInfo[] = [...FEMALE.map(entry('female')), ...MALE.map(entry('male'))];

/** The service's "Female"/"Male" as a Gender (it has listed "Neutral" for a few voices). */
export function parseServiceGender(value: string): Gender | null {
  const v = value.toLowerCase();
  return v === 'female' ? 'female' : v === 'male' ? 'male' : null;
}
