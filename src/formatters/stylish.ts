import type { CoverageReport, DocSetReport, Report } from '../report/report.js';
import { baselineLine, verdictCounts, verdictTitle } from '../report/verdict.js';
import { chunkedSink, type ChunkSink } from './json-chunks.js';

export interface StylishOptions {
  color: boolean;
}

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const STATUS_COLOR: Record<CoverageReport['status'], number> = { covered: 32, implied: 33, uncovered: 31, waived: 36 };

function where(row: CoverageReport): string {
  if (row.status === 'covered') return row.citations.slice(0, 3).map((c) => `${c.file}:${c.line}`).join(', ') + (row.citations.length > 3 ? ` (+${row.citations.length - 3})` : '');
  if (row.status === 'implied' && row.implied) return `${row.implied.file}:${row.implied.line} (${row.implied.reason})`;
  if (row.status === 'waived' && row.waiver) return `waived: ${row.waiver.reason}${row.waiver.expires ? ` (until ${row.waiver.expires})` : ''}`;
  return '—';
}

/** One row per NFR: ID, title, category, status, where it is addressed; then the counts. */
export function coverageTable(set: DocSetReport, color: boolean): string[] {
  const rows = set.coverage.filter((c) => c.kind === 'nfr');
  if (!rows.length) return [];
  const idW = Math.max(...rows.map((r) => r.id.length));
  const catW = Math.max(8, ...rows.map((r) => (r.category ?? '—').length));
  const out = [paint(color, 1, 'NFR coverage')];
  for (const r of rows) {
    const mark = r.baseline ? ` [${r.baseline}]` : '';
    out.push(`  ${r.id.padEnd(idW)}  ${clip(r.title || '—', 40).padEnd(40)}  ${(r.category ?? '—').padEnd(catW)}  ${paint(color, STATUS_COLOR[r.status], r.status.padEnd(9))}  ${where(r)}${mark}`);
  }
  const { nfr, categories } = set.summary;
  // Addressed: anything but uncovered (an implied or waived NFR is accounted for).
  const byCategory = categories.map((c) => `${c.category ?? 'uncategorised'} ${c.total - c.uncovered}/${c.total}`).join(', ');
  out.push(`${plural(nfr.total, 'NFR')}: ${nfr.covered} covered, ${nfr.implied} implied, ${nfr.uncovered} uncovered, ${nfr.waived} waived; addressed by category: ${byCategory}`);
  if (set.orphans.length) out.push(`cited but not defined in the PRD: ${set.orphans.map((o) => o.id).join(', ')}`);
  return out;
}

/** The stylish text as one string (tests, and callers that want it whole). */
export function formatStylish(report: Report, options: StylishOptions): string {
  const chunks: string[] = [];
  writeStylish(report, options, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/**
 * file:line:col  severity  message  rule-id, a fix hint under each, the coverage table, a summary
 * line; written to `sink` a line at a time in chunks, so a big report's text is never one string.
 */
export function writeStylish(report: Report, { color }: StylishOptions, sink: ChunkSink): void {
  const chunked = chunkedSink(sink);
  const out = { push: (...lines: string[]) => { for (const line of lines) chunked.write(`${line}\n`); } };
  for (const set of report.docSets) {
    // With several doc sets, each says its own verdict: a clean one passes though the run fails.
    if (report.docSets.length > 1) out.push(`${paint(color, 1, `doc set ${set.name}`)} — ${verdictTitle(report, set)}`);
    for (const n of set.notices ?? []) out.push(paint(color, 2, `note: ${n}`));
    for (const f of set.findings) {
      const sev = f.severity === 'error' ? paint(color, 31, 'error  ') : paint(color, 33, 'warning');
      const mark = f.baseline === 'new' ? paint(color, 35, '  (new)') : '';
      out.push(`${f.file}:${f.line}:${f.column}  ${sev}  ${f.message}  ${paint(color, 2, f.rule)}${mark}`);
      for (const s of f.suggestions ?? []) out.push(`    ${paint(color, 36, `${s.confidence === 'likely' ? 'likely ' : 'maybe  '} ${s.file}:${s.line}`)}  ${clip(s.heading, 50)}${s.heading ? ': ' : ''}"${clip(s.evidence, 90)}"`);
      out.push(`    ${paint(color, 2, `fix: ${f.fix}`)}`);
    }
    if (set.fixed?.length) out.push(paint(color, 32, `${plural(set.fixed.length, 'finding')} of the baseline fixed`));
    const table = coverageTable(set, color);
    if (table.length) out.push('', ...table);
    const nfrs = set.requirements.filter((r) => r.kind === 'nfr').length;
    const frs = set.requirements.filter((r) => r.kind === 'fr').length;
    const extras = [set.suppressed ? `${set.suppressed} suppressed inline` : '', set.waived ? `${set.waived} waived` : ''].filter(Boolean);
    out.push(paint(color, 2, `${set.name}: ${plural(nfrs, 'NFR')} and ${plural(frs, 'FR')} in ${plural(set.prd.files.length, 'PRD file')}; ${plural(set.architecture.files.length, 'architecture file')}${extras.length ? `; ${extras.join(', ')}` : ''}`));
  }
  const { errors, warnings } = report.summary;
  const verdict = report.result === 'pass' ? paint(color, 32, 'pass') : paint(color, 31, 'fail');
  // A fail with no finding of its own (one doc set failing on a shared file's finding shown under another) is a fail.
  const mark = report.result === 'fail' ? '✖' : errors + warnings === 0 ? '✔' : '⚠';
  const baseline = baselineLine(report);
  out.push('');
  out.push(`${mark} ${verdict}: ${verdictCounts(report)}${baseline ? `; ${baseline}` : ''}`);
  chunked.flush();
}
