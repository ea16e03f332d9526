import type { Report } from '../report/report.js';

export interface StylishOptions {
  color: boolean;
}

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** file:line:col  severity  message  rule-id, a fix hint under each, and a summary line. */
export function formatStylish(report: Report, { color }: StylishOptions): string {
  const out: string[] = [];
  for (const set of report.docSets) {
    if (report.docSets.length > 1) out.push(paint(color, 1, `doc set ${set.name}`));
    for (const f of set.findings) {
      const sev = f.severity === 'error' ? paint(color, 31, 'error  ') : paint(color, 33, 'warning');
      out.push(`${f.file}:${f.line}:${f.column}  ${sev}  ${f.message}  ${paint(color, 2, f.rule)}`);
      out.push(`    ${paint(color, 2, `fix: ${f.fix}`)}`);
    }
    const nfrs = set.requirements.filter((r) => r.kind === 'nfr').length;
    const frs = set.requirements.filter((r) => r.kind === 'fr').length;
    out.push(paint(color, 2, `${set.name}: ${plural(nfrs, 'NFR')} and ${plural(frs, 'FR')} in ${plural(set.prd.files.length, 'PRD file')}; ${plural(set.architecture.files.length, 'architecture file')}${set.suppressed ? `; ${set.suppressed} suppressed inline` : ''}`));
  }
  const { errors, warnings } = report.summary;
  const verdict = report.result === 'pass' ? paint(color, 32, 'pass') : paint(color, 31, 'fail');
  const mark = errors + warnings === 0 ? '✔' : report.result === 'pass' ? '⚠' : '✖';
  out.push('');
  out.push(`${mark} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${verdict}, fail-on: ${report.failOn})`);
  return out.join('\n') + '\n';
}
