import type { Report } from '../report/report.js';

// Workflow commands (::error file=...::message), escaped as the runner expects.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: Report): string {
  const lines: string[] = [];
  for (const set of report.docSets) {
    for (const f of set.findings) {
      lines.push(`::${f.severity} file=${prop(f.file)},line=${f.line},col=${f.column},title=${prop(f.rule)}::${data(`${f.message}\nFix: ${f.fix}`)}`);
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
