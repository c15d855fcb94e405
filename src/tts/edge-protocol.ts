// The frames the Edge read-aloud service sends back, parsed by their headers rather than by searching
// for substrings: node-edge-tts takes everything after the first "Path:audio\r\n" as audio, which turns
// header bytes into noise whenever the service orders its headers differently.
import type { WordTiming } from '../model.ts';

export interface TextFrame {
  headers: Record<string, string>;
  path: string;
  body: string;
}

function parseHeaderLines(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function parseTextFrame(message: string): TextFrame {
  const split = message.indexOf('\r\n\r\n');
  const head = split >= 0 ? message.slice(0, split) : message;
  const body = split >= 0 ? message.slice(split + 4) : '';
  const headers = parseHeaderLines(head);
  return { headers, path: (headers.path ?? '').toLowerCase(), body };
}

/** A binary frame: 2-byte big-endian header length, headers, then the payload. */
export function parseBinaryFrame(data: Buffer): { path: string; payload: Buffer } | null {
  if (data.length < 2) return null;
  const headerLength = data.readUInt16BE(0);
  if (2 + headerLength <= data.length) {
    const headers = parseHeaderLines(data.toString('utf8', 2, 2 + headerLength));
    if (headers.path !== undefined) return { path: headers.path.toLowerCase(), payload: data.subarray(2 + headerLength) };
  }
  // A header length that does not add up: fall back to the marker the service has always sent last.
  const marker = data.indexOf('Path:audio\r\n');
  if (marker < 0) return null;
  return { path: 'audio', payload: data.subarray(marker + 'Path:audio\r\n'.length) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ENTITIES[lower] ?? whole;
  });
}

const TICKS_PER_MS = 10_000; // offsets are in 100-ns ticks

/** Word boundaries of one audio.metadata frame; anything else in it (sentence/session events) is ignored. */
export function parseWordBoundaries(body: string): WordTiming[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const list = (parsed as { Metadata?: unknown }).Metadata;
  if (!Array.isArray(list)) return [];
  const words: WordTiming[] = [];
  for (const item of list as { Type?: unknown; Data?: { Offset?: unknown; Duration?: unknown; text?: { Text?: unknown } } }[]) {
    if (item?.Type !== 'WordBoundary') continue;
    const offset = item.Data?.Offset;
    const duration = item.Data?.Duration;
    const text = item.Data?.text?.Text;
    if (typeof offset !== 'number' || typeof text !== 'string') continue;
    words.push({
      offsetMs: Math.round(offset / TICKS_PER_MS),
      durationMs: typeof duration === 'number' ? Math.round(duration / TICKS_PER_MS) : 0,
      text: unescapeXml(text),
    });
  }
  return words;
}
