import type { DocSetResult } from '../engine/engine.js';
import type { BaselineComparison, BaselineMark } from '../engine/baseline.js';
import type { CoverageStatus } from '../engine/coverage.js';
import { targetText } from '../engine/target-compare.js';
import { isVersionTarget, reportedVersion } from '../engine/version-targets.js';
import type { Finding, Requirement, SuggestedPlace, Target } from '../engine/types.js';
import { suggestedPlace } from '../engine/cite-suggestions.js';
import type { FailOn } from '../config/resolve-config.js';
import { gates, gatesOnNewOnly } from './gate.js';

export const REPORT_VERSION = 1;

export interface RequirementReport {
  id: string;
  kind: Requirement['kind'];
  title: string;
  category: string | null;
  targets: Omit<Target, 'text' | 'quantity'>[];
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
  /** NFR rows with no suggestion: the lines of requirements summaries that restate it, when only they resemble it (not places to cite). */
  summaries?: SuggestedPlace[];
  /** True when the PRD defines this ID more than once. */
  duplicate?: boolean;
  baseline?: BaselineMark;
}

export type ReportFinding = Finding & { baseline?: 'new' | 'existing' };

export type StatusCounts = Record<CoverageStatus, number>;

/** NFRs of one category (null: the PRD gives none) by status. */
export interface CategoryCounts extends StatusCounts {
  category: string | null;
  total: number;
}

/** A doc set counted once, here: every formatter, template and output reads these. */
export interface DocSetSummary {
  /** This doc set's own verdict: with two doc sets, a clean one passes though the run fails. */
  result: 'pass' | 'fail';
  errors: number;
  warnings: number;
  /** The findings that decide the verdict under fail-on (and fail-on-new-only); new ones with a baseline. */
  blocking: { errors: number; warnings: number; newErrors?: number; newWarnings?: number };
  /** Blocking findings of this doc set's files shown once, under another doc set reading the same file: they fail this doc set too. */
  blockingElsewhere?: number;
  nfr: StatusCounts & { total: number };
  /** By category, named ones alphabetically, then the uncategorised. */
  categories: CategoryCounts[];
  /** IDs of the NFRs with status uncovered, in PRD order. */
  uncoveredIds: string[];
  newFindings?: number;
  fixedFindings?: number;
}

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
  summary: DocSetSummary;
}

/** The versioned JSON report (schema/report.schema.json): the contract scripts rely on. */
export interface Report {
  version: typeof REPORT_VERSION;
  result: 'pass' | 'fail';
  failOn: FailOn;
  failOnNewOnly: boolean;
  baseline?: string;
  docSets: DocSetReport[];
  /** The doc sets' summaries added up. */
  summary: { errors: number; warnings: number; nfrTotal: number; nfrCovered: number; nfrImplied: number; nfrUncovered: number; nfrWaived: number; uncoveredIds: string[]; newFindings?: number; fixedFindings?: number };
}

export interface ReportInput {
  result: DocSetResult;
  baseline?: BaselineComparison;
  /** This doc set's findings about a shared file, shown under another doc set (with their baseline marks): they count toward its own verdict, not its counts. */
  shownElsewhere?: ReportFinding[];
}

/** A doc set in report form before it is counted; what it found that another doc set shows is kept apart. */
type UncountedDocSet = Omit<DocSetReport, 'summary'> & { shownElsewhere?: ReportFinding[] };

// The gate's verdict on findings lives in gate.ts, which the markdown report (a file of its own
// in the CLI's build) imports without the engine this file needs.
export { gates, gateFails, blocksMerge, gatesOnNewOnly } from './gate.js';

function countStatuses(rows: CoverageReport[]): StatusCounts & { total: number } {
  const counts = { total: rows.length, covered: 0, implied: 0, uncovered: 0, waived: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

function summarize(set: Omit<DocSetReport, 'summary'>, shownElsewhere: ReportFinding[], failOn: FailOn, newOnly: boolean, withBaseline: boolean): DocSetSummary {
  const nfr = set.coverage.filter((c) => c.kind === 'nfr');
  const named = [...new Set(nfr.map((r) => r.category).filter((c): c is string => c !== null))].sort();
  const categories = [...named, ...(nfr.some((r) => r.category === null) ? [null] : [])].map((category) => ({ category, ...countStatuses(nfr.filter((r) => r.category === category)) }));
  const bySeverity = (findings: ReportFinding[], severity: ReportFinding['severity']) => findings.filter((f) => f.severity === severity).length;
  const blocking = set.findings.filter((f) => gates(f, failOn, newOnly));
  const blockingNew = blocking.filter((f) => f.baseline === 'new');
  const blockingElsewhere = shownElsewhere.filter((f) => gates(f, failOn, newOnly)).length;
  return {
    result: blocking.length || blockingElsewhere ? 'fail' : 'pass',
    errors: bySeverity(set.findings, 'error'),
    warnings: bySeverity(set.findings, 'warning'),
    blocking: {
      errors: bySeverity(blocking, 'error'),
      warnings: bySeverity(blocking, 'warning'),
      ...(withBaseline ? { newErrors: bySeverity(blockingNew, 'error'), newWarnings: bySeverity(blockingNew, 'warning') } : {}),
    },
    ...(blockingElsewhere ? { blockingElsewhere } : {}),
    nfr: countStatuses(nfr),
    categories,
    uncoveredIds: nfr.filter((r) => r.status === 'uncovered').map((r) => r.id),
    ...(withBaseline ? { newFindings: set.findings.filter((f) => f.baseline === 'new').length, fixedFindings: set.fixed?.length ?? 0 } : {}),
  };
}

const place = (l: { file: string; line: number }) => ({ file: l.file, line: l.line });

function docSetReport({ result: r, baseline, shownElsewhere }: ReportInput): UncountedDocSet {
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
      targets: q.targets.map(({ text: _text, quantity: _quantity, ...t }) => (isVersionTarget(t as Target) ? reportedVersion(t as Target) : t)),
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
      if (out.suggestions && !out.suggestions.length && row.summaries?.length) out.summaries = row.summaries.map(suggestedPlace);
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
    ...(shownElsewhere?.length ? { shownElsewhere } : {}),
  };
}

export interface ReportOptions {
  failOnNewOnly?: boolean;
  /** The base commit (or ref) findings were compared with. */
  baseline?: string;
}

/** The report of doc sets already turned into report form: each counted and judged, then the run. */
export function assembleReport(sets: UncountedDocSet[], failOn: FailOn, options: ReportOptions = {}): Report {
  const head = { failOn, failOnNewOnly: !!options.failOnNewOnly, ...(options.baseline ? { baseline: options.baseline } : {}) };
  const docSets = sets.map(({ shownElsewhere = [], ...set }) => ({ ...set, summary: summarize(set, shownElsewhere, failOn, gatesOnNewOnly(head), !!options.baseline) }));
  const sum = (count: (s: DocSetSummary) => number) => docSets.reduce((n, d) => n + count(d.summary), 0);
  return {
    version: REPORT_VERSION,
    result: docSets.some((d) => d.summary.result === 'fail') ? 'fail' : 'pass',
    ...head,
    docSets,
    summary: {
      errors: sum((s) => s.errors),
      warnings: sum((s) => s.warnings),
      nfrTotal: sum((s) => s.nfr.total),
      nfrCovered: sum((s) => s.nfr.covered),
      nfrImplied: sum((s) => s.nfr.implied),
      nfrUncovered: sum((s) => s.nfr.uncovered),
      nfrWaived: sum((s) => s.nfr.waived),
      uncoveredIds: docSets.flatMap((d) => d.summary.uncoveredIds),
      ...(options.baseline ? { newFindings: sum((s) => s.newFindings ?? 0), fixedFindings: sum((s) => s.fixedFindings ?? 0) } : {}),
    },
  };
}

export function buildReport(inputs: ReportInput[], failOn: FailOn, options: ReportOptions = {}): Report {
  return assembleReport(inputs.map(docSetReport), failOn, options);
}
