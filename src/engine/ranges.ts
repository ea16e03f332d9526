import { idPatternSource, type IdSettings } from './ids.js';
import { LinearRegExp } from './linear-regexp.js';

// "NFR1-4", "NFR2-NFR4", "NFR2–NFR4", "NFR-008 to NFR-012", "NFR-UX-001〜026", "NFR-1 a NFR-5":
// every ID in between is cited. The wave dashes are the Japanese and full-width ones; "a" (Spanish,
// Portuguese, Italian) only between spaces.
const SEPARATOR = String.raw`(?:\s*(?:[-–—~〜～]|\.\.|to|through|thru|à|bis)\s*|\s+a\s+)`;
const MAX_SPAN = 500;

export interface ExpandedId {
  id: string;
  /** Where the range starts in the text. */
  index: number;
  /** The range as written. */
  text: string;
}

const split = (id: string) => /^(.*?)(\d+)$/.exec(id);
const bare = (prefix: string) => prefix.replace(/[-_\s]+$/, '').toUpperCase();

const cache = new Map<string, RegExp | null>();
function rangeRegex(settings: IdSettings): RegExp | null {
  const src = idPatternSource(settings);
  let re = cache.get(src);
  if (re === undefined) {
    try {
      // A configured pattern runs on RE2, which has no look-ahead: the end's "(?!\w|\.\d)" is checked after the match.
      re = settings.pattern ? new LinearRegExp(`(${src})${SEPARATOR}(?:(${src})|(\\d+))`, 'g') : new RegExp(`(${src})${SEPARATOR}(?:(${src})|(\\d+)(?!\\w|\\.\\d))`, 'g');
    } catch {
      re = null; // a pattern that cannot stand twice in one expression (a named group): no ranges
    }
    cache.set(src, re);
  }
  return re;
}

/** The IDs strictly inside each range in the text (the two ends are ordinary references). */
export function expandRanges(text: string, settings: IdSettings): ExpandedId[] {
  const out: ExpandedId[] = [];
  const re = rangeRegex(settings);
  if (!re) return out;
  for (const m of text.matchAll(re)) {
    if (m[3] && re instanceof LinearRegExp && /^(?:\w|\.\d)/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2))) continue;
    const start = split(m[1]);
    if (!start || m[1].includes('.')) continue;
    const endId = m[2];
    let endNumber: number;
    if (endId) {
      const end = split(endId);
      if (!end || endId.includes('.') || bare(end[1]) !== bare(start[1])) continue;
      endNumber = Number(end[2]);
    } else endNumber = Number(m[3]);
    const from = Number(start[2]);
    if (!(endNumber > from) || endNumber - from > MAX_SPAN) continue;
    const width = start[2].startsWith('0') ? start[2].length : 0;
    // A bare end ("NFR1-4") is a range only when it is not itself longer than the start (no "NFR1-2024").
    if (!endId && m[3].length > Math.max(start[2].length, 2)) continue;
    for (let n = from + 1; n < endNumber; n++) out.push({ id: `${start[1]}${String(n).padStart(width, '0')}`, index: m.index ?? 0, text: m[0] });
    if (!endId) out.push({ id: `${start[1]}${String(endNumber).padStart(width, '0')}`, index: m.index ?? 0, text: m[0] });
  }
  return out;
}

/** "P1–P5": a range of bare IDs; which requirements it means depends on the PRD. */
export function findBareRanges(text: string): { letters: string; from: number; to: number }[] {
  const out: { letters: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(/(?<![\w-])([A-Z]{1,4})(\d{1,3})\s*(?:[-–—~〜～]|to|through|bis|à)\s*\1?(\d{1,3})(?![\w.])/g)) {
    const from = Number(m[2]);
    const to = Number(m[3]);
    if (to > from && to - from <= 100) out.push({ letters: m[1], from, to });
  }
  return out;
}
