// Finding article files and reading them as text. Decoding problems (binary files, unsupported
// encodings, oversized files) are input errors with a one-line explanation, never garbled speech.
import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { regularFiles } from '../core/folder-entries.ts';
import { BoundedReadError, formatBytes, readBounded } from '../core/read-bounded.ts';
import { describeErrno, inputError } from '../errors.ts';
import { decodeBytes } from './decode.ts';
import { looksLikeUrl } from './fetch-url.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
/** Far above any real article (a long feature is ~100 KB): larger inputs are almost surely a mistake. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface CollectOptions {
  /**
   * Follow symlinks in a folder wherever they point. Default false: a folder's symlinks are used only
   * when they lead to a file inside that folder, so a link to /etc/shadow is never read aloud.
   * Paths named on the command line are the user's own choice and always followed.
   */
  followSymlinks?: boolean;
}

/** Expands folders (sorted, non-recursive) into article files; keeps explicit files in the order given. */
export async function collectInputs(paths: string[], options: CollectOptions = {}): Promise<string[]> {
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
      // Regular files only: a FIFO, a device or a subfolder named x.txt is not an article.
      const names = (await regularFiles(path, options)).filter((n) => ARTICLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
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
      bytes = await readBounded(file, { maxBytes: MAX_ARTICLE_BYTES });
    }
  } catch (cause) {
    if (cause instanceof BoundedReadError && cause.problem === 'not-regular') {
      // /dev/zero, a FIFO or a socket would never end (or block forever): only regular files.
      throw inputError(`${file} is not a regular file (a device, pipe, socket or folder).`, 'Give an article file, or "-" to read standard input.', cause);
    }
    if (cause instanceof BoundedReadError && cause.problem === 'too-large') {
      throw inputError(`${file} is ${formatBytes(cause.size ?? MAX_ARTICLE_BYTES + 1)}; articles are limited to ${formatBytes(MAX_ARTICLE_BYTES)}.`, 'Split it into separate articles.', cause);
    }
    throw inputError(`Cannot read ${file}: ${describeErrno(cause)}.`, 'Check the file exists and is readable.', cause);
  }
  if (stdinOver) throw inputError(`Standard input is larger than ${formatBytes(MAX_ARTICLE_BYTES)}.`, 'Split it into separate articles.');
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
  return checkNotEmpty(decodeBytes(bytes, { source: file === '-' ? 'standard input' : file }), file);
}
