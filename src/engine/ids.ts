import type { ReqKind } from './types.js';
import { LinearRegExp } from './linear-regexp.js';

export interface IdSettings {
  /** Prefixes per kind; the longest matching prefix decides the kind. */
  prefixes: { nfr: string[]; fr: string[]; other: string[] };
  /** A full regular expression (source) that matches one ID; built from the prefixes when absent. */
  pattern?: string;
  /**
   * Kinds the PRD's sections gave IDs whose prefix decides nothing (RNF-01 under "Requisitos no
   * funcionales"), by normalised ID. Filled by scanIds, never by config.
   */
  sectionKinds?: ReadonlyMap<string, ReqKind>;
  /** Prefixes of the IDs the PRD's sections defined (RNF, QS): matched like configured ones. */
  learnedPrefixes?: string[];
  /**
   * Normalised IDs the PRD uses to group others ("### NFR-1: Performance" above NFR-1.1 …): no
   * requirement, yet defined, so citing one is no orphan. Filled by scanIds, never by config.
   */
  groupKeys?: ReadonlySet<string>;
}

export const DEFAULT_ID_SETTINGS: IdSettings = {
  prefixes: { nfr: ['NFR'], fr: ['FR'], other: [] },
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The default accepts FR-001, NFR-001, FR1, NFR12, NFR-PERF-01, NFR-A1, NFR-P.1, FR-1.2,
 * FR-INFRA-TEST-01 and NFR31b: prefix, optional upper-case groups (a dot may part the last from
 * the number), then a number with optional dotted parts and one lower-case letter (a requirement
 * inserted after NFR31 keeps its neighbours' numbers). Every part is bounded (at most 4 groups
 * of 20 characters, 9 digits), so a start
 * costs a bounded amount of work: "NFR-NFR-NFR-…", where every "NFR" may start an ID, stays
 * linear (unbounded, 80 KB of it took 22 s).
 */
export function idPatternSource(settings: IdSettings): string {
  if (settings.pattern) return settings.pattern;
  const all = [...settings.prefixes.nfr, ...settings.prefixes.fr, ...settings.prefixes.other, ...(settings.learnedPrefixes ?? [])].sort((a, b) => b.length - a.length).map(escapeRe);
  return `(?<![\\w])(?:${all.join('|')})(?:(?:-[A-Z][A-Z0-9]{0,19}){1,4}[-.]?|-?)\\d{1,9}(?:\\.\\d{1,9}){0,4}[a-z]?(?![\\w])`;
}

export function idRegex(settings: IdSettings): RegExp {
  // A configured pattern runs on RE2 (linear whatever it is); the default is bounded and safe in JS.
  if (settings.pattern) return new LinearRegExp(settings.pattern, 'g');
  return new RegExp(idPatternSource(settings), 'g');
}

export function kindOf(id: string, settings: IdSettings): ReqKind {
  const bySection = settings.sectionKinds?.get(normalizeId(id));
  if (bySection) return bySection;
  return kindOfPrefix(id, settings);
}

/** The kind the configured prefixes give an ID, or null when no configured prefix starts it. */
export function configuredKindOf(id: string, settings: IdSettings): ReqKind | null {
  const kind = kindOfPrefix(id, settings);
  if (kind !== 'other') return kind;
  const upper = id.toUpperCase();
  return settings.prefixes.other.some((p) => upper.startsWith(p.toUpperCase())) ? 'other' : null;
}

function kindOfPrefix(id: string, settings: IdSettings): ReqKind {
  const upper = id.toUpperCase();
  let best: { kind: ReqKind; len: number } = { kind: 'other', len: -1 };
  for (const kind of ['nfr', 'fr', 'other'] as const) {
    for (const p of settings.prefixes[kind]) {
      if (upper.startsWith(p.toUpperCase()) && p.length > best.len) best = { kind, len: p.length };
    }
  }
  return best.kind;
}

/**
 * NFR-001, NFR1 and nfr_01 are one requirement, and so are NFR-P.1 and NFR-P1: upper case, no
 * - _ or space, no dot after a letter, no leading zeros. A dot between digits stays (FR-1.2).
 */
export function normalizeId(id: string): string {
  return id
    .toUpperCase()
    .replace(/[-_\s]|(?<=[A-Z])\./g, '')
    .replace(/(^|[^0-9])0+(?=\d)/g, '$1');
}

/**
 * Any ID-shaped token, whatever its prefix: RNF-01, QS-1, SC-001, NFR-AV-001, REQ-12, QR2.
 * Used only where a requirement is defined, inside a requirements section. Every quantifier is
 * bounded, so a long run of letters, digits or dashes cannot make it backtrack.
 */
export const ANY_ID_SOURCE = String.raw`(?<![\w-])[A-Z][A-Z0-9]{0,9}(?:(?:-[A-Z][A-Z0-9]{0,9}){1,3}[-_.]?|[-_]?)\d{1,5}(?:\.\d{1,3}){0,3}(?![\w-])`;

// Tokens shaped like IDs that name standards, protocols or measures, never a requirement.
const NOT_ID_PREFIXES = new Set('ISO IEC IEEE RFC TLS SSL HTTP HTTPS SHA AES RSA UTF WCAG SOC PCI CVE CWE OWASP ASVS MASVS HTML CSS ES ECMA GDPR NIST FIPS EN DIN JIS IPV OAUTH PHP HL SLA SLO RTO RPO TTL GPT AA AAA'.split(' '));

/** True when a token the generic pattern found can be a requirement ID (not ISO-27001, TLS1, P95). */
export function canBeRequirementId(id: string): boolean {
  const prefix = prefixOf(id).toUpperCase();
  if (NOT_ID_PREFIXES.has(prefix)) return false;
  // One letter and a number (P95, Q1, V2) is a percentile, quarter or version far more often
  // than an ID; with a dash it is an ID.
  return prefix.length > 1 || id[1] === '-';
}

/** The letters an ID starts with: RNF-01 -> RNF, QS-1 -> QS. */
export function prefixOf(id: string): string {
  return /^[A-Za-z]+/.exec(id)?.[0] ?? '';
}
