import type { ReqKind } from './types.js';

export interface IdSettings {
  /** Prefixes per kind; the longest matching prefix decides the kind. */
  prefixes: { nfr: string[]; fr: string[]; other: string[] };
  /** A full regular expression (source) that matches one ID; built from the prefixes when absent. */
  pattern?: string;
}

export const DEFAULT_ID_SETTINGS: IdSettings = {
  prefixes: { nfr: ['NFR'], fr: ['FR'], other: [] },
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The default accepts FR-001, NFR-001, FR1, NFR12, NFR-PERF-01, NFR-A1, FR-1.2 and
 * FR-INFRA-TEST-01: prefix, optional upper-case groups, then a number with optional
 * dotted parts. Every part is bounded (at most 4 groups of 20 characters, 9 digits), so a start
 * costs a bounded amount of work: "NFR-NFR-NFR-…", where every "NFR" may start an ID, stays
 * linear (unbounded, 80 KB of it took 22 s).
 */
export function idPatternSource(settings: IdSettings): string {
  if (settings.pattern) return settings.pattern;
  const all = [...settings.prefixes.nfr, ...settings.prefixes.fr, ...settings.prefixes.other].sort((a, b) => b.length - a.length).map(escapeRe);
  return `(?<![\\w])(?:${all.join('|')})(?:-[A-Z][A-Z0-9]{0,19}){0,4}-?\\d{1,9}(?:\\.\\d{1,9}){0,4}(?![\\w])`;
}

export function idRegex(settings: IdSettings): RegExp {
  return new RegExp(idPatternSource(settings), 'g');
}

export function kindOf(id: string, settings: IdSettings): ReqKind {
  const upper = id.toUpperCase();
  let best: { kind: ReqKind; len: number } = { kind: 'other', len: -1 };
  for (const kind of ['nfr', 'fr', 'other'] as const) {
    for (const p of settings.prefixes[kind]) {
      if (upper.startsWith(p.toUpperCase()) && p.length > best.len) best = { kind, len: p.length };
    }
  }
  return best.kind;
}

/** NFR-001, NFR1 and nfr_01 are one requirement: upper case, no - _ or space, no leading zeros. */
export function normalizeId(id: string): string {
  return id
    .toUpperCase()
    .replace(/[-_\s]/g, '')
    .replace(/(^|[^0-9])0+(?=\d)/g, '$1');
}
