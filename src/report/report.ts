import type { DocSetResult } from '../engine/engine.js';
import type { BaselineComparison, BaselineMark } from '../engine/baseline.js';
import type { CoverageStatus } from '../engine/coverage.js';
import { targetText } from '../engine/target-compare.js';
import type { Finding, Requirement, SuggestedPlace, Target } from '../engine/types.js';
import { suggestedPlace } from '../engine/cite-suggestions.js';
import type { FailOn } from '../config/resolve-config.js';

export const REPORT_VERSION = 1;

export interface RequirementReport {
  id: string;
  kind: Requirement['kind'];
  title: string;
  category: string | null;
  targets: Omit<Target, 'text'>[];
  standards: string[];
  location: { file: string; line: number };
}

export interface CoverageReport {
  id: string;
  kind: Requirement['kind'];
  title: string;
  category: string | null;
  status: CoverageStatus;
  citations: { file: string; line: number }[];
  /** For implied rows: the place that seems to address it, and why. */
  implied?: { file: string; line: number; reason: string };
  waiver?: { reason: string; expires?: string; file: string; line: number };
  mismatches?: { prd: string; architecture: string; file: string; line: number }[];
  /** NFR rows not covered: where it seems addressed, best first (empty: nothing resembles it). */
  suggestions?: SuggestedPlace[];
  /** True when the PRD defines this ID more than once. */
  duplicate?: boolean;
  baseline?: BaselineMark;
}

export type ReportFinding = Finding & { baseline?: 'new' | 'existing' };

export interface DocSetReport {
  name: string;
  prd: { files: string[] };
  architecture: { files: string[] };
  requirements: RequirementReport[];
  coverage: CoverageReport[];
  orphans: { id: string; citations: { file: string; line: number }[] }[];
  findings: ReportFinding[];
  /** With a baseline: findings of the base commit that are gone. */
  fixed?: Finding[];
  suppressed: number;
  waived: number;
  /** How the documents were read (e.g. a file named as PRD left out of the architecture set). */
  notices?: string[];
}

/** The versioned JSON report (schema/report.schema.json): the contract scripts rely on. */
export interface Report {
  version: typeof REPORT_VERSION;
  result: 'pass' | 'fail';
  failOn: FailOn;
  failOnNewOnly: boolean;
  baseline?: string;
  docSets: DocSetReport[];
  summary: { errors: number; warnings: number; nfrTotal: number; nfrCovered: number; nfrImplied: number; nfrUncovered: number; nfrWaived: number; newFindings?: number; fixedFindings?: number };
}

export interface ReportInput {
  result: DocSetResult;
  baseline?: BaselineComparison;
}

export function gateFails(findings: ReportFinding[], failOn: FailOn, newOnly = false): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => (!newOnly || f.baseline !== 'existing') && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')));
}

const place = (l: { file: string; line: number }) => ({ file: l.file, line: l.line });

function docSetReport({ result: r, baseline }: ReportInput): DocSetReport {
  const duplicateKeys = new Set(r.duplicateKeys);
  return {
    name: r.name,
    prd: { files: r.prdFiles },
    architecture: { files: r.architectureFiles },
    requirements: r.requirements.map((q) => ({
      id: q.id,
      kind: q.kind,
      title: q.title,
      category: q.category,
      targets: q.targets.map(({ text: _text, ...t }) => t),
      standards: q.standards,
      location: place(q.location),
    })),
    coverage: r.coverage.rows.map((row) => {
      const q = row.requirement;
      const out: CoverageReport = { id: q.id, kind: q.kind, title: q.title, category: q.category, status: row.status, citations: row.citations.map(place) };
      if (row.implied) out.implied = { ...place(row.implied.location), reason: row.implied.reason };
      if (row.waiver) out.waiver = { reason: row.waiver.reason, ...(row.waiver.expires ? { expires: row.waiver.expires } : {}), ...place(row.waiver.source) };
      if (row.mismatches.length) out.mismatches = row.mismatches.map((m) => ({ prd: targetText(m.prd), architecture: targetText(m.architecture), ...place(m.location) }));
      if (q.kind === 'nfr' && row.status !== 'covered') out.suggestions = row.suggestions.map(suggestedPlace);
      if (duplicateKeys.has(q.key)) out.duplicate = true;
      const mark = baseline?.coverage.get(q.id);
      if (mark) out.baseline = mark;
      return out;
    }),
    orphans: r.coverage.orphans.map((o) => ({ id: o.id, citations: o.citations.map(place) })),
    findings: r.findings.map((f) => {
      const mark = baseline?.findings.get(f);
      return mark === 'new' || mark === 'existing' ? { ...f, baseline: mark } : f;
    }),
    ...(baseline ? { fixed: baseline.fixed } : {}),
    suppressed: r.suppressed,
    waived: r.waived,
    ...(r.notices.length ? { notices: r.notices } : {}),
  };
}

export function buildReport(inputs: ReportInput[], failOn: FailOn, options: { failOnNewOnly?: boolean; baseline?: string } = {}): Report {
  const docSets = inputs.map(docSetReport);
  const all = docSets.flatMap((d) => d.findings);
  const nfrRows = docSets.flatMap((d) => d.coverage.filter((c) => c.kind === 'nfr'));
  const count = (s: CoverageStatus) => nfrRows.filter((c) => c.status === s).length;
  const newOnly = !!options.failOnNewOnly && !!options.baseline;
  return {
    version: REPORT_VERSION,
    result: gateFails(all, failOn, newOnly) ? 'fail' : 'pass',
    failOn,
    failOnNewOnly: !!options.failOnNewOnly,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    docSets,
    summary: {
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      nfrTotal: nfrRows.length,
      nfrCovered: count('covered'),
      nfrImplied: count('implied'),
      nfrUncovered: count('uncovered'),
      nfrWaived: count('waived'),
      ...(options.baseline
        ? { newFindings: all.filter((f) => f.baseline === 'new').length, fixedFindings: docSets.reduce((n, d) => n + (d.fixed?.length ?? 0), 0) }
        : {}),
    },
  };
}
