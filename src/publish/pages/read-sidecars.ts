// Reads back the sidecars the pages are built from: Podcasting 2.0 chapters JSON and the WebVTT
// transcript (with <v Speaker> voice spans). Tolerant: a missing or broken sidecar gives no chapters or
// no transcript, never a failed page.

export interface PageChapter {
  title: string;
  startMs: number;
}

export interface PageCue {
  startMs: number;
  endMs: number;
  /** The <v> voice of the cue, or "" when it has none. */
  speaker: string;
  text: string;
}

export function parseChapters(json: string): PageChapter[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const list = (data as { chapters?: unknown })?.chapters;
  if (!Array.isArray(list)) return [];
  const chapters: PageChapter[] = [];
  for (const c of list as { startTime?: unknown; title?: unknown; toc?: unknown }[]) {
    // toc: false marks a chapter that is not meant to be listed (Podcasting 2.0 chapters spec).
    if (typeof c?.startTime !== 'number' || !Number.isFinite(c.startTime) || c.toc === false) continue;
    chapters.push({ title: typeof c.title === 'string' ? c.title : '', startMs: Math.round(c.startTime * 1000) });
  }
  return chapters.sort((a, b) => a.startMs - b.startMs);
}

/** "01:02:03.456" or "02:03.456" → ms. */
function vttTime(text: string): number | null {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})$/.exec(text.trim());
  if (!m) return null;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

export function parseVtt(vtt: string): PageCue[] {
  const cues: PageCue[] = [];
  const blocks = vtt.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at < 0) continue; // header, NOTE, STYLE, REGION
    const [from, rest] = lines[at]!.split('-->') as [string, string];
    const startMs = vttTime(from);
    const endMs = vttTime(rest.trim().split(/\s+/)[0] ?? '');
    if (startMs === null || endMs === null) continue;
    const payload = lines.slice(at + 1).join(' ');
    const speaker = /<v(?:\.[^\s>]*)?\s+([^>]*)>/.exec(payload)?.[1]?.trim() ?? '';
    const text = decodeEntities(payload.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) cues.push({ startMs, endMs: Math.max(endMs, startMs), speaker: decodeEntities(speaker), text });
  }
  return cues.sort((a, b) => a.startMs - b.startMs);
}
