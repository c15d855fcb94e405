// Finding article files and reading them as text. Decoding problems (binary files, unsupported
// encodings, oversized files) are input errors with a one-line explanation, never garbled speech.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { describeErrno, inputError } from '../errors.ts';
import { looksLikeUrl } from './fetch-url.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** Far above any real article (a long feature is ~100 KB): larger inputs are almost surely a mistake. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Expands folders (sorted, non-recursive) into article files; keeps explicit files in the order given. */
export async function collectInputs(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-' || looksLikeUrl(path)) {
      files.push(path);
      continue;
    }
    const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
      throw inputError(`Input not found: ${path}.`, 'Check the path, or put articles (.txt, .md, .html) in input/.', cause);
    });
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
      if (names.length === 0) {
        throw inputError(`No articles in ${path}/ (looked for ${ARTICLE_EXTENSIONS.join(', ')}).`, `Put an article into ${path}/ or name files on the command line.`);
      }
      files.push(...names.map((n) => join(path, n)));
    } else {
      const ext = extname(path).toLowerCase();
      if (ext !== '' && !ARTICLE_EXTENSIONS.includes(ext)) {
        throw inputError(`${path}: unsupported file type "${ext}".`, `Give an article as ${ARTICLE_EXTENSIONS.join(', ')} (plain text, Markdown or HTML).`);
      }
      files.push(path);
    }
  }
  return files;
}

/** Decodes bytes as UTF-8 (with or without BOM) or UTF-16 with BOM; rejects what is not text. */
export function decodeText(bytes: Buffer, source: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) {
      throw inputError(`${source} looks like a binary file, not an article.`, 'Give a plain-text (.txt) article, UTF-8 or UTF-16 with a BOM.');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch (cause) {
      throw inputError(`${source} is not valid UTF-8 text.`, 'Save the article as UTF-8 (or UTF-16 with a BOM) and try again.', cause);
    }
  }
  // Control characters other than tab/newline are never part of an article; many of them mean binary.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / Math.max(text.length, 1) > 0.01) {
    throw inputError(`${source} looks like a binary file, not an article.`, 'Give a plain-text article.');
  }
  return text;
}

/** Reads a file (or stdin for "-") within the size limit. */
export async function readArticleBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  let stdinOver = false;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        size += (chunk as Buffer).length;
        if (size > MAX_ARTICLE_BYTES) {
          stdinOver = true; // stop reading: the rest is never needed
          break;
        }
        chunks.push(chunk as Buffer);
      }
      bytes = Buffer.concat(chunks);
    } else {
      const info = await stat(file);
      // /dev/zero, a FIFO or a socket would never end (or block forever): only regular files.
      if (!info.isFile() && !info.isDirectory()) {
        throw inputError(`${file} is not a regular file (a device, pipe or socket).`, 'Give an article file, or "-" to read standard input.');
      }
      if (info.size > MAX_ARTICLE_BYTES) {
        throw inputError(`${file} is ${(info.size / 1048576).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1048576} MB.`, 'Split it into separate articles.');
      }
      // Read at most one byte past the limit, in case the file grows while we read it.
      const chunks: Buffer[] = [];
      for await (const chunk of createReadStream(file, { end: MAX_ARTICLE_BYTES })) chunks.push(chunk as Buffer);
      bytes = Buffer.concat(chunks);
    }
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'AppError') throw cause;
    throw inputError(`Cannot read ${file}: ${describeErrno(cause)}.`, 'Check the file exists and is readable.', cause);
  }
  if (bytes.length > MAX_ARTICLE_BYTES || stdinOver) {
    throw inputError(`${file === '-' ? 'Standard input' : file} is larger than ${MAX_ARTICLE_BYTES / 1048576} MB.`, 'Split it into separate articles.');
  }
  return bytes;
}

export function checkNotEmpty(text: string, file: string): string {
  if (text.replace(/[\s\u200b-\u200d\ufeff\u00a0]/g, '') === '') {
    throw inputError(`${file === '-' ? 'Standard input' : file} is empty.`, 'Put the article text (headline first) into the file.');
  }
  return text;
}

export async function readArticleText(file: string): Promise<string> {
  const bytes = await readArticleBytes(file);
  return checkNotEmpty(decodeText(bytes, file === '-' ? 'standard input' : file), file);
}
