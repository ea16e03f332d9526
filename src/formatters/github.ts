import { blocksMerge, type Report, type ReportFinding } from '../report/report.js';

// Annotations: GitHub shows at most 10 error and 10 warning annotations of a step and drops the
// rest silently. They are spent where they help most: findings that gate the merge first, then
// new ones, then the others in file order. A failing step's own error message counts against the
// cap, so it keeps one error slot. Both the Action and `--format github` use this choice.

/** GitHub shows at most 10 error and 10 warning annotations of a step. */
export const ANNOTATION_LIMIT = 10;

export interface AnnotationChoice {
  errors: ReportFinding[];
  warnings: ReportFinding[];
  /** How many of each severity did not fit. */
  omitted: { error: number; warning: number };
}

/** The findings to annotate, in the order to emit them. */
export function chooseAnnotations(report: Report, limit = ANNOTATION_LIMIT): AnnotationChoice {
  const rank = (f: ReportFinding) => (blocksMerge(report, f) ? 0 : 1) * 2 + (f.baseline === 'new' ? 0 : 1);
  const ordered = (severity: ReportFinding['severity']) =>
    report.docSets
      .flatMap((s) => s.findings)
      .filter((f) => f.severity === severity)
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  const errors = ordered('error');
  const warnings = ordered('warning');
  // The step's failure message is an error annotation too.
  const errorSlots = report.result === 'fail' ? limit - 1 : limit;
  return {
    errors: errors.slice(0, errorSlots),
    warnings: warnings.slice(0, limit),
    omitted: { error: Math.max(0, errors.length - errorSlots), warning: Math.max(0, warnings.length - limit) },
  };
}

/** The note for what did not fit, or null. */
export function omittedNote(severity: 'error' | 'warning', count: number, where: string): string | null {
  if (!count) return null;
  return `${count} more ${severity}${count === 1 ? ' is' : 's are'} not annotated (GitHub shows ${ANNOTATION_LIMIT} per step): ${where} lists them all.`;
}

// Workflow commands (::error file=...::message), escaped as the runner expects.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: Report): string {
  const choice = chooseAnnotations(report);
  const lines: string[] = [];
  for (const f of [...choice.errors, ...choice.warnings]) {
    lines.push(`::${f.severity} file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(f.rule)}::${data(`${f.message}\nFix: ${f.fix}`)}`);
  }
  for (const severity of ['error', 'warning'] as const) {
    const note = omittedNote(severity, choice.omitted[severity], '`archgate check` (or --format json)');
    if (note) lines.push(`::notice::${data(note)}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
