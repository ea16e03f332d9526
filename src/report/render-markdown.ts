import Handlebars from 'handlebars';
import type { CoverageReport, DocSetReport, Report } from './report.js';

// The PR comment and the job summary, rendered from handlebars templates. Text from the
// documents goes through `text`: HTML escaped, @mentions broken so nobody is pinged, table pipes
// escaped. The comment is kept under GitHub's 65,536-character limit and says what it left out.

export const COMMENT_LIMIT = 65_536;

export interface RenderContext {
  marker: string;
  version: string;
  /** Where links point: `${server}/${repo}/blob/${sha}/file#Lline`; plain `file:line` without it. */
  blobUrl?: (file: string, line: number) => string;
  notes: string[];
  patch?: string;
}

const handlebars = Handlebars.create();

/** Escape document text for markdown: no raw HTML, no @mention, no table break. */
export function escapeText(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

handlebars.registerHelper('text', (value: unknown) => new handlebars.SafeString(escapeText(value)));
handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);

const ICON: Record<CoverageReport['status'], string> = { covered: '🟢', implied: '🟡', uncovered: '🔴', waived: '⚪' };

function where(row: CoverageReport, link: (file: string, line: number) => string): string {
  if (row.status === 'covered') return row.citations.slice(0, 3).map((c) => link(c.file, c.line)).join(', ') + (row.citations.length > 3 ? ` +${row.citations.length - 3}` : '');
  if (row.status === 'implied' && row.implied) return `${link(row.implied.file, row.implied.line)} (${escapeText(row.implied.reason)})`;
  if (row.status === 'waived' && row.waiver) return `waived: ${escapeText(row.waiver.reason)}${row.waiver.expires ? ` (until ${escapeText(row.waiver.expires)})` : ''}`;
  if (row.suggestions?.length) return `not cited; seems addressed at ${row.suggestions.map((s) => link(s.file, s.line)).join(', ')}`;
  return 'not cited; nothing resembles it';
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}

export function compileTemplate(source: string): (data: object) => string {
  return handlebars.compile(source, { noEscape: false, strict: false });
}

function data(report: Report, set: DocSetReport, ctx: RenderContext, maxFindings: number, maxRows: number) {
  const link = (file: string, line: number) => {
    const label = `\`${escapeText(file).replace(/`/g, '')}:${line}\``;
    return ctx.blobUrl ? `[${label}](${ctx.blobUrl(file, line)})` : label;
  };
  const nfr = set.coverage.filter((c) => c.kind === 'nfr');
  const count = (s: string) => nfr.filter((c) => c.status === s).length;
  const errors = set.findings.filter((f) => f.severity === 'error').length;
  return {
    marker: ctx.marker,
    version: ctx.version,
    docSet: set.name,
    passed: report.result === 'pass',
    failOn: report.failOn,
    failOnNewOnly: report.failOnNewOnly,
    errors,
    warnings: set.findings.length - errors,
    baseline: report.baseline ? { newFindings: set.findings.filter((f) => f.baseline === 'new').length, fixedFindings: set.fixed?.length ?? 0 } : null,
    notes: ctx.notes,
    coverage: {
      total: nfr.length,
      covered: count('covered'),
      implied: count('implied'),
      uncovered: count('uncovered'),
      waived: count('waived'),
      rows: nfr.slice(0, maxRows).map((r) => ({ ...r, category: r.category ?? '—', statusIcon: ICON[r.status], where: where(r, link) })),
      hidden: Math.max(0, nfr.length - maxRows),
    },
    findings: set.findings.slice(0, maxFindings).map((f) => ({ ...f, icon: f.severity === 'error' ? '❌' : '⚠️', link: link(f.file, f.line), isNew: f.baseline === 'new' })),
    hiddenFindings: Math.max(0, set.findings.length - maxFindings),
    patch: ctx.patch,
    patchFence: ctx.patch ? '`'.repeat(Math.max(3, longestBacktickRun(ctx.patch) + 1)) : '',
  };
}

/** Render one doc set; when the text is over `limit`, show fewer findings, then fewer rows, and say so. */
export function renderDocSet(template: (data: object) => string, report: Report, set: DocSetReport, ctx: RenderContext, limit = COMMENT_LIMIT - 1_000): string {
  let findings = set.findings.length;
  let rows = set.coverage.length;
  let text = template(data(report, set, ctx, findings, rows));
  while (text.length > limit && findings > 0) {
    findings = Math.floor(findings * (limit / text.length) * 0.9);
    text = template(data(report, set, ctx, findings, rows));
  }
  while (text.length > limit && rows > 0) {
    rows = Math.floor(rows * (limit / text.length) * 0.9);
    text = template(data(report, set, ctx, findings, rows));
  }
  if (text.length > limit) text = `${text.slice(0, limit)}\n\n_(cut at ${limit} characters)_\n`;
  return text;
}
