import type { Report } from './report.js';

// The verdict in words, from the report alone: hosts show it (a check run, a job's failure, an
// output) and never count findings or coverage rows themselves.

/** What the verdict was decided on: "3 errors, 1 warnings (fail-on: error, new findings only)". */
export function verdictCounts(report: Report): string {
  return `${report.summary.errors} errors, ${report.summary.warnings} warnings (fail-on: ${report.failOn}${report.failOnNewOnly ? ', new findings only' : ''})`;
}

/** One line: "fail: 3 errors, 1 warnings (fail-on: error)". */
export const verdictTitle = (report: Report) => `${report.result}: ${verdictCounts(report)}`;

/** The NFR IDs no doc set covers, in report order. */
export const uncoveredNfrIds = (report: Report): string[] => report.docSets.flatMap((s) => s.coverage.filter((c) => c.kind === 'nfr' && c.status === 'uncovered').map((c) => c.id));
