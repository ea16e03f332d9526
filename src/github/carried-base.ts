import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Finding } from '../core/finding.js';
import type { CoverageStatus } from '../engine/coverage.js';
import type { DocSetInput } from '../engine/types.js';
import type { BaseJudgement } from '../review/host.js';
import { untouchedSince, type PullRequestComment } from './carried-verdicts.js';

// The base commit's judgement of a doc set, carried from one Action run to the next in a hidden
// note of archgate's sticky comment, as mermaid's verdicts are (src/github/carried-verdicts.ts):
// the pushes to a pull request mostly leave its base's documents alone, and then the base need not
// be judged again. The base is judged only to tell the head's findings new from existing (and
// which of its inline suppressions the head may use): what that needs is carried, nothing else.
//
// The note is keyed by everything a check's result depends on: archgate's build (its sources and
// locked dependencies, so mermaid's version too) and node's version, the config at the base
// commit, the inputs, the day (waivers expire) and the doc set's documents as read at the base. Any difference is another
// key, and the base is judged again. Only archgate's own comments that nobody else edited count
// (untouchedSince): a pull request's author cannot forge a judgement that makes old findings of
// theirs look existing.

const NOTE_NAME = 'archgate:base-judgement';
/** The note, just before mermaid's (which is always last): `<!-- archgate:base-judgement key="…" data="…" -->`. */
const NOTE_AT_END = /\n<!-- archgate:base-judgement key="([0-9a-f]{64})" data="([A-Za-z0-9_-]+)" -->$/;
// Note text anywhere else (a patch quoting a document that quotes a note), any spacing or case.
const NOTE_TEXT = /<!--(\s*archgate:base-judgement)/gi;
/** The most characters a note takes: past it the base is judged again on the next run. */
export const BASE_NOTE_LIMIT = 16_000;

declare const __ARCHGATE_BUILD__: string | undefined;
/** archgate's build, as scripts/build.mjs names it (a hash of its sources and locked dependencies); null unbundled: nothing is carried then. */
export const ARCHGATE_BUILD: string | null = typeof __ARCHGATE_BUILD__ !== 'undefined' ? __ARCHGATE_BUILD__ : null;

/** What is carried: the findings, each requirement's coverage status, the inline suppressions' keys. */
interface Payload {
  findings: Finding[];
  coverage: [key: string, id: string, status: CoverageStatus][];
  suppressions: string[];
}

/**
 * The key of a doc set's judgement at the base: a sha256 over archgate's build, what decides the
 * checks (`checks`: the base's config and the inputs, as the caller writes them) and the documents.
 * Each document's text enters as its own hash, so that the key's JSON is small whatever their size.
 */
export function baseKey(build: string, checks: string, today: string, atBase: DocSetInput): string {
  const documents = JSON.stringify(atBase, (key, value: unknown) => (key === 'text' && typeof value === 'string' ? createHash('sha256').update(value).digest('hex') : value));
  return createHash('sha256').update(JSON.stringify([build, checks, today, documents])).digest('hex');
}

/** The note carrying this judgement under this key; empty when it would take more than BASE_NOTE_LIMIT characters. */
export function baseNote(key: string, judgement: BaseJudgement): string {
  const payload: Payload = {
    findings: judgement.findings,
    coverage: judgement.coverage.rows.map((r) => [r.requirement.key, r.requirement.id, r.status]),
    suppressions: judgement.suppressions.map((s) => s.key),
  };
  const data = gzipSync(JSON.stringify(payload)).toString('base64url');
  const note = `\n<!-- ${NOTE_NAME} key="${key}" data="${data}" -->`;
  return note.length > BASE_NOTE_LIMIT ? '' : note;
}

/** The body with the note last, and note text anywhere before it broken with a zero-width space (it is never read there). */
export function withBaseNote(body: string, note: string): string {
  return body.replace(NOTE_TEXT, '<!--\u200b$1') + note;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isLine = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const STATUSES = new Set<unknown>(['covered', 'implied', 'uncovered', 'waived'] satisfies CoverageStatus[]);

/** Whether a carried finding has a finding's shape (a malformed note is no note). */
function isFinding(f: unknown): f is Finding {
  if (!f || typeof f !== 'object') return false;
  const x = f as Record<string, unknown>;
  return isString(x.rule) && (x.severity === 'error' || x.severity === 'warning') && isString(x.message) && isString(x.fix) && isString(x.file) && isLine(x.line) && isLine(x.column) && (x.identity === undefined || isString(x.identity));
}

/** The judgement in a note's data; null when it is malformed. */
function readPayload(data: string): BaseJudgement | null {
  let payload: Payload;
  try {
    payload = JSON.parse(gunzipSync(Buffer.from(data, 'base64url')).toString('utf8')) as Payload;
  } catch {
    return null;
  }
  if (!payload || !Array.isArray(payload.findings) || !Array.isArray(payload.coverage) || !Array.isArray(payload.suppressions)) return null;
  if (!payload.findings.every(isFinding) || !payload.suppressions.every(isString)) return null;
  if (!payload.coverage.every((r) => Array.isArray(r) && r.length === 3 && isString(r[0]) && isString(r[1]) && STATUSES.has(r[2]))) return null;
  return {
    findings: payload.findings,
    coverage: { rows: payload.coverage.map(([key, id, status]) => ({ requirement: { key, id }, status })) },
    suppressions: payload.suppressions.map((key) => ({ key })),
  };
}

/** The body without mermaid's note at its end (the base's note comes just before it). */
const withoutVerdictNote = (body: string) => body.replace(/\n<!-- archgate:mermaid-verdicts [^\n]*-->$/, '');

/**
 * The notes of the trusted archgate comments, by key (their data still encoded: only the ones a
 * run's doc sets ask for are read).
 */
export function carriedBaseNotes(comments: readonly PullRequestComment[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const c of comments) {
    if (!untouchedSince(c) || !c.body.startsWith('<!-- archgate:sticky ')) continue;
    const note = NOTE_AT_END.exec(withoutVerdictNote(c.body));
    if (note) notes.set(note[1], note[2]);
  }
  return notes;
}

/** The judgement carried under this key; null when none is, or its note is malformed. */
export function carriedJudgement(notes: ReadonlyMap<string, string>, key: string): BaseJudgement | null {
  const data = notes.get(key);
  return data === undefined ? null : readPayload(data);
}
