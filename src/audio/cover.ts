// The default cover: a 1400 px square (Apple's minimum) with the headline and the show name, drawn
// by ffmpeg's drawtext with a font shipped on npm, so it works on a machine with no system fonts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { copyFile, writeFile } from 'node:fs/promises';
import { outputError } from '../errors.ts';
import type { FfmpegJob } from './ffmpeg.ts';
import { runFfmpeg } from './ffmpeg.ts';

export const COVER_SIZE = 1400;
/** Bump when the drawing changes: a drawn cover is known by this, the show and the headline (no need to draw it to compare). */
export const COVER_REVISION = 1;

const fontFile = (): string => join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans-Bold.ttf');

/** Word-wraps to at most `width` characters a line; a word longer than a line is cut. */
export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let w = word; w.length > 0; w = w.slice(width)) {
      const piece = w.slice(0, width);
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
      if (w.length <= width) break;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest headline size whose wrapped lines fit above the show band; the last size truncates. */
export function headlineLayout(headline: string): { fontSize: number; lines: string[] } {
  const sizes = [
    { fontSize: 80, width: 25, maxLines: 8 },
    { fontSize: 64, width: 32, maxLines: 10 },
    { fontSize: 52, width: 40, maxLines: 12 },
  ];
  for (const s of sizes) {
    const lines = wrapLines(headline, s.width);
    if (lines.length <= s.maxLines) return { fontSize: s.fontSize, lines };
  }
  const last = sizes.at(-1)!;
  const lines = wrapLines(headline, last.width).slice(0, last.maxLines);
  lines[lines.length - 1] = `${lines.at(-1)!.slice(0, last.width - 1)}…`;
  return { fontSize: last.fontSize, lines };
}

/** Paths go into the filtergraph unquoted; characters with meaning there would need two levels of escaping. */
export const isFilterSafePath = (path: string): boolean => /^[\w./-]+$/.test(path);

export function coverJob(spec: { headlineFile: string; showFile: string; fontSize: number; outFile: string; font: string }): FfmpegJob {
  const font = spec.font;
  // Text comes from files (textfile=), and expansion=none, so no headline character is ever read as
  // filter syntax or a %{…} expansion.
  const text = (file: string, rest: string) => `drawtext=fontfile=${font}:textfile=${file}:expansion=none:fontcolor=white:${rest}`;
  const graph = [
    `color=c=0x1b2a41:s=${COVER_SIZE}x${COVER_SIZE}`,
    'drawbox=x=0:y=1080:w=1400:h=320:color=0xc0392b:t=fill',
    text(spec.showFile, 'fontsize=88:x=(w-text_w)/2:y=1195'),
    text(spec.headlineFile, `fontsize=${spec.fontSize}:line_spacing=${Math.round(spec.fontSize / 3)}:x=100:y=140`),
  ].join(',');
  return {
    label: 'draw the default cover',
    inputs: [{ file: graph, options: ['-f', 'lavfi'] }],
    globalOptions: ['-v', 'error'],
    outputs: [{ file: spec.outFile, options: ['-frames:v', '1', '-f', 'image2', '-c:v', 'png'] }],
  };
}

/** Draws the cover PNG to outFile (the caller writes it atomically if it is an output). */
export async function renderCover(options: { show: string; headline: string; outFile: string; workDir: string; signal?: AbortSignal }): Promise<string> {
  const { fontSize, lines } = headlineLayout(options.headline);
  const headlineFile = join(options.workDir, 'cover-headline.txt');
  const showFile = join(options.workDir, 'cover-show.txt');
  await writeFile(headlineFile, lines.join('\n'));
  await writeFile(showFile, wrapLines(options.show, 26)[0] ?? '');
  let font = fontFile();
  if (!isFilterSafePath(font)) {
    // e.g. a checkout under "My Projects/": use a copy at a plain path instead of escaping.
    await copyFile(font, join(options.workDir, 'cover-font.ttf'));
    font = join(options.workDir, 'cover-font.ttf');
  }
  if (!isFilterSafePath(headlineFile)) {
    throw outputError(`The temporary folder ${options.workDir} has characters ffmpeg's filters cannot take.`, 'Set TMPDIR to a plain path such as /tmp, or give a cover with --cover.');
  }
  await runFfmpeg({ ...coverJob({ headlineFile, showFile, fontSize, outFile: options.outFile, font }), ...(options.signal ? { signal: options.signal } : {}) });
  return options.outFile;
}
