import type { FailOn } from '../config/resolve-config.js';
import type { Report, ReportFinding } from './report.js';

/** Whether one finding blocks the merge under fail-on (and, with a baseline, fail-on-new-only). */
export function gates(f: ReportFinding, failOn: FailOn, newOnly = false): boolean {
  if (failOn === 'never') return false;
  return (!newOnly || f.baseline !== 'existing') && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}

export function gateFails(findings: ReportFinding[], failOn: FailOn, newOnly = false): boolean {
  return findings.some((f) => gates(f, failOn, newOnly));
}

/** Whether a report's finding blocks the merge, by the report's own gate. */
export const blocksMerge = (report: Pick<Report, 'failOn' | 'failOnNewOnly' | 'baseline'>, f: ReportFinding) => gates(f, report.failOn, gatesOnNewOnly(report));

/** fail-on-new-only holds only with a baseline to tell new from existing. */
export const gatesOnNewOnly = (report: Pick<Report, 'failOnNewOnly' | 'baseline'>) => report.failOnNewOnly && !!report.baseline;
