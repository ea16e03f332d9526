import { gatesOnNewOnly } from './gate.js';
import type { DocSetReport, Report } from './report.js';

// The verdict in words, from the report alone: hosts show it (a check run, a job's failure, an
// output, the CLI's last line) and never count findings or coverage rows themselves. Of the run,
// or of one doc set when given (with two doc sets, a clean one passes though the run fails).

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The gate in words: "fail-on: error", "fail-on: error, new findings only" (only with a baseline). */
export const gateText = (report: Pick<Report, 'failOn' | 'failOnNewOnly' | 'baseline'>) => `fail-on: ${report.failOn}${gatesOnNewOnly(report) ? ', new findings only' : ''}`;

/** What the verdict was decided on: "3 errors, 1 warning (fail-on: error, new findings only)". */
export function verdictCounts(report: Report, set?: DocSetReport): string {
  const { errors, warnings } = set ? set.summary : report.summary;
  // A doc set can fail on a shared file's finding that another doc set shows: say so, or "fail: 0 errors" reads as a bug.
  // A run of one doc set (a matrix job) says so of the run too: the other doc set is judged only for that.
  const blockingElsewhere = (set ?? (report.docSets.length === 1 ? report.docSets[0] : undefined))?.summary.blockingElsewhere;
  const elsewhere = blockingElsewhere ? ` + ${plural(blockingElsewhere, 'blocking finding')} shown under another doc set` : '';
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${elsewhere} (${gateText(report)})`;
}

/** One line, a check run's title: "fail: 3 errors, 1 warning (fail-on: error)". */
export function verdictTitle(report: Report, set?: DocSetReport): string {
  return `${set ? set.summary.result : report.result}: ${verdictCounts(report, set)}`;
}

/** With a baseline: "1 new, 2 fixed since a1b2c3d"; else null. */
export function baselineLine(report: Report, set?: DocSetReport): string | null {
  if (!report.baseline) return null;
  const { newFindings = 0, fixedFindings = 0 } = set ? set.summary : report.summary;
  return `${newFindings} new, ${fixedFindings} fixed since ${report.baseline}`;
}

/** The NFR IDs no doc set covers, in report order (the Action's `uncovered` output). */
export const uncoveredNfrIds = (report: Report): string[] => report.summary.uncoveredIds;
