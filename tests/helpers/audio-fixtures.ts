// Tiny generated audio for the audio tests: lavfi tones and speech-like noise through the real ffmpeg.
import { runFfmpeg } from '../../src/audio/ffmpeg.ts';

export interface ToneSpec {
  seconds: number;
  /** 0..1 of full scale. */
  amplitude: number;
  /** 16000 gives a WAV like Flite's, 24000 an MP3 like Edge's. */
  sampleRate: 16000 | 24000;
  kind: 'tone' | 'speechlike';
  frequency?: number;
}

/** Writes a WAV (16 kHz) or MP3 (24 kHz) clip. Speech-like: pink noise with a syllable-rate envelope. */
export async function makeClip(file: string, spec: ToneSpec): Promise<string> {
  const graph =
    spec.kind === 'tone'
      ? `sine=frequency=${spec.frequency ?? 440}:sample_rate=${spec.sampleRate}:duration=${spec.seconds},volume=${spec.amplitude * 8}`
      : `anoisesrc=color=pink:amplitude=${spec.amplitude}:sample_rate=${spec.sampleRate}:duration=${spec.seconds}:seed=7,volume=0.55+0.45*sin(2*PI*3.7*t):eval=frame`;
  // lavfi's sine plays at 1/8 of full scale, hence the ×8.
  const codec = spec.sampleRate === 16000 ? ['-c:a', 'pcm_s16le', '-f', 'wav'] : ['-c:a', 'libmp3lame', '-b:a', '48k', '-f', 'mp3'];
  await runFfmpeg({
    label: `generate ${file}`,
    inputs: [{ file: graph, options: ['-f', 'lavfi'] }],
    globalOptions: ['-v', 'error'],
    outputs: [{ file, options: ['-ac', '1', ...codec] }],
  });
  return file;
}

export async function makeCover(file: string): Promise<string> {
  await runFfmpeg({
    label: 'generate a cover',
    inputs: [{ file: 'color=c=0x2050a0:s=64x64:d=1', options: ['-f', 'lavfi'] }],
    globalOptions: ['-v', 'error'],
    outputs: [{ file, options: ['-frames:v', '1', '-f', 'image2', '-c:v', 'png'] }],
  });
  return file;
}
