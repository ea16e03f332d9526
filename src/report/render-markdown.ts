import HandlebarsRuntimeModule from 'handlebars/runtime.js';
import type HandlebarsApi from 'handlebars';
import { gateText } from './verdict.js';
import { blocksMerge } from './gate.js';
import type { CoverageReport, DocSetReport, Report, ReportFinding, StatusCounts } from './report.js';
import type { Finding } from '../engine/types.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.js';

// The PR comment and the job summary, rendered from handlebars templates. Text from the
// documents goes through `text`: HTML escaped, @mentions broken so nobody is pinged, table pipes
// escaped. Both are kept under GitHub's limits; when something must go, the least urgent goes
// first (the traceability diagram, coverage rows, fixed findings, warnings, the patch) and
// errors last, and the text says what it left out.

/** GitHub refuses a comment body over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub drops a step's job summary over 1 MiB (counted in bytes). */
export const SUMMARY_LIMIT = 1024 * 1024;

export interface RenderContext {
  marker: string;
  version: string;
  /** Where links point: `${server}/${repo}/blob/${sha}/file#Lline`; plain `file:line` without it. */
  blobUrl?: (file: string, line: number) => string;
  notes: string[];
  patch?: string;
  /** The commit judged, and where its page is. */
  commit?: { sha: string; url?: string };
  /** The mermaid code of the doc set's traceability diagram, when its architecture has one. */
  traceability?: string;
}

// With its extension, as node's ESM resolver needs (the package has no exports map); its typings
// declare nothing for that path, and the runtime has the API of the full package minus compile.
const HandlebarsRuntime = HandlebarsRuntimeModule as unknown as typeof HandlebarsApi;
type HandlebarsEnvironment = ReturnType<typeof HandlebarsRuntime.create>;

/** Escape document text for markdown: no raw HTML, no @mention, no table break. */
export function escapeText(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/\|/g, '\\|')
    // A line break and the spaces around it become one space. Starting only where a run of
    // spaces starts keeps this linear ("\s*\n" alone re-reads a run from each of its spaces).
    .replace(/(?<![^\S\n])[^\S\n]*\n\s*/g, ' ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What GitHub makes of text beyond HTML: a link or an image (an image is a beacon that tells a
 * stranger who read the comment), an issue reference that notifies the issue (#123), an emoji
 * shortcode (:tada:), and controls that show text in another order than it is written (U+202E).
 * Document text, diagram labels quoted in findings among it, is shown as the text it is.
 * Applied after escapeText; each pattern is one character or a bounded run, so it stays linear.
 */
export function escapeMarkdown(escaped: string): string {
  return escaped
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/:(?=[\w+-]{1,64}:)/g, ':\u200b')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Document text as the comment shows it: every escape above. */
export const documentText = (value: unknown) => escapeMarkdown(escapeText(value));

/** Archgate's helpers on a handlebars environment: the runtime's, and the compiler's when one loads. */
function withHelpers<T extends HandlebarsEnvironment>(handlebars: T): T {
  handlebars.registerHelper('text', (value: unknown) => new handlebars.SafeString(documentText(value)));
  // The built-in {{log}} prints its arguments (document text) to the job's stdout, where a
  // "::set-output" or "::add-mask" line would be read as a workflow command.
  handlebars.unregisterHelper('log');
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  handlebars.registerHelper('plural', (n: number, word: string) => plural(n, word));
  return handlebars;
}

// The runtime alone runs a precompiled template; the compiler (and source-map, four times the
// code) loads only for a template that was not compiled ahead.
const runtime = withHelpers(HandlebarsRuntime.create());

const ICON: Record<CoverageReport['status'], string> = { covered: '🟢', implied: '🟡', uncovered: '🔴', waived: '⚪' };
/** Uncovered rows first: they are what the reader must act on. */
const STATUS_ORDER: CoverageReport['status'][] = ['uncovered', 'implied', 'waived', 'covered'];
const BAR_CELL: Record<CoverageReport['status'], string> = { covered: '🟩', implied: '🟨', uncovered: '🟥', waived: '⬜' };
const BAR_CELLS = 10;
/** Good news left, bad news right, as a progress bar reads. */
const BAR_ORDER: CoverageReport['status'][] = ['covered', 'implied', 'waived', 'uncovered'];
/** Errors shown before the rest fold away: enough to act on, few enough to read at once. */
const LEADING_ERRORS = 10;
/** Pie slice colours, GitHub's own palette: red uncovered, yellow implied, grey waived, green covered. */
const PIE_COLOUR: Record<CoverageReport['status'], string> = { uncovered: '#cf222e', implied: '#d4a72c', waived: '#8c959f', covered: '#2da44e' };

function where(row: CoverageReport, link: (file: string, line: number) => string): string {
  if (row.status === 'covered') return row.citations.slice(0, 3).map((c) => link(c.file, c.line)).join(', ') + (row.citations.length > 3 ? ` +${row.citations.length - 3}` : '');
  if (row.status === 'implied' && row.implied) return `${link(row.implied.file, row.implied.line)} (${documentText(row.implied.reason)})`;
  if (row.status === 'waived' && row.waiver) return `waived: ${documentText(row.waiver.reason)}${row.waiver.expires ? ` (until ${documentText(row.waiver.expires)})` : ''}`;
  // A report without suggestions (an older report, an FR row) says nothing about resemblance.
  if (!row.suggestions) return '—';
  if (row.suggestions.length) return `not cited; seems addressed at ${row.suggestions.map((s) => link(s.file, s.line)).join(', ')}`;
  if (row.summaries?.length) return `not cited; only requirements summaries restate it: ${row.summaries.map((s) => link(s.file, s.line)).join(', ')}`;
  return 'not cited; nothing resembles it';
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}

/** A fence that text cannot close: longer than any backtick run inside it. */
const fenceFor = (text: string) => '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));

// Handlebars calls a built-in it knows directly, registered or not: `log` must be looked up.
export const TEMPLATE_OPTIONS = { noEscape: false, strict: false, knownHelpers: { log: false } };

/** The handlebars compiler with archgate's helpers, loaded on first need. */
let compiler: Promise<typeof import('handlebars')> | null = null;

export async function compileTemplate(source: string): Promise<(data: object) => string> {
  // A bundled template, unedited, was compiled by `npm run docs` (same options): parsing and
  // compiling it took longer than the rest of a small report's rendering.
  const spec = PRECOMPILED_TEMPLATES.get(source);
  if (spec) return runtime.template(spec as Parameters<typeof runtime.template>[0]);
  compiler ??= import('handlebars').then(({ default: handlebars }) => withHelpers(handlebars.create()));
  return (await compiler).compile(source, TEMPLATE_OPTIONS);
}

/** How many of each part a rendering shows; the cutting lowers these, least urgent first. */
interface Shown {
  traceability: boolean;
  rows: number;
  fixed: number;
  warnings: number;
  patch: boolean;
  errors: number;
}

/** Ten cells, one per tenth of the NFRs, each status that occurs at least one cell (largest remainder). */
function coverageBar(counts: StatusCounts, total: number): string {
  if (!total) return '';
  const present = STATUS_ORDER.filter((s) => counts[s] > 0);
  const cells = Object.fromEntries(present.map((s) => [s, Math.max(1, Math.floor((counts[s] * BAR_CELLS) / total))])) as Record<string, number>;
  let used = present.reduce((n, s) => n + cells[s], 0);
  const byRemainder = [...present].sort((a, b) => ((counts[b] * BAR_CELLS) % total) - ((counts[a] * BAR_CELLS) % total));
  for (let i = 0; used < BAR_CELLS; i++, used++) cells[byRemainder[i % byRemainder.length]]++;
  // A status forced up to one cell may leave too many: take them back from the largest.
  while (used > BAR_CELLS) {
    const largest = present.reduce((a, b) => (cells[b] > cells[a] ? b : a));
    cells[largest]--;
    used--;
  }
  return BAR_ORDER.map((s) => BAR_CELL[s].repeat(cells[s] ?? 0)).join('');
}

/** A mermaid pie of the NFR statuses that occur; GitHub renders it in place of the code. */
function coveragePie(counts: StatusCounts): string {
  const present = STATUS_ORDER.filter((s) => counts[s] > 0);
  const colours = Object.fromEntries(present.map((s, i) => [`pie${i + 1}`, PIE_COLOUR[s]]));
  const init = JSON.stringify({ theme: 'base', themeVariables: { ...colours, pieStrokeColor: '#ffffff', pieOuterStrokeWidth: '0px', pieSectionTextColor: '#ffffff' } });
  return [`%%{init: ${init}}%%`, 'pie showData', ...present.map((s) => `  "${s}" : ${counts[s]}`)].join('\n');
}

/** New before existing, then in file order (the engine's order, kept by a stable sort). */
const newFirst = (findings: ReportFinding[]) => [...findings].sort((a, b) => Number(b.baseline === 'new') - Number(a.baseline === 'new'));

/** What blocks the merge, in one sentence a reader takes in at a glance. */
function blockingSentence(set: DocSetReport): string {
  const { blocking, blockingElsewhere = 0 } = set.summary;
  const elsewhere = blockingElsewhere ? plural(blockingElsewhere, 'finding') + ' about a file it shares, shown under another doc set' : '';
  if (!blocking.errors && !blocking.warnings) return elsewhere ? `Blocking the merge: ${elsewhere}` : 'Nothing blocks the merge';
  const parts: string[] = [];
  for (const [severity, total, fresh] of [['error', blocking.errors, blocking.newErrors], ['warning', blocking.warnings, blocking.newWarnings]] as const) {
    if (fresh === undefined) {
      if (total) parts.push(plural(total, severity));
      continue;
    }
    if (fresh) parts.push(plural(fresh, `new ${severity}`));
    if (total - fresh) parts.push(plural(total - fresh, `existing ${severity}`));
  }
  return `Blocking the merge: ${[...parts, ...(elsewhere ? [elsewhere] : [])].join(', ')}`;
}

/**
 * The message as the comment shows it, with each place to cite it names ("It seems addressed at
 * docs/architecture.md:72 (…)") made a link to that line, so the reader lands there in one click.
 * Only the places the finding carries as data are linked; the rest is document text, escaped.
 */
function linkedMessage(f: Finding, link: (file: string, line: number) => string): string {
  let text = documentText(f.message);
  for (const s of f.suggestions ?? []) {
    const place = documentText(`${s.file}:${s.line}`);
    const at = text.indexOf(place);
    // Not found (a custom message, or escaping that reads the place differently in context): left as text.
    if (at >= 0) text = text.slice(0, at) + link(s.file, s.line) + text.slice(at + place.length);
  }
  return text;
}

function data(report: Report, set: DocSetReport, ctx: RenderContext, shown: Shown) {
  const link = (file: string, line: number) => {
    const label = `\`${escapeText(file).replace(/`/g, '')}:${line}\``;
    return ctx.blobUrl ? `[${label}](${ctx.blobUrl(file, line)})` : label;
  };
  const plainPlace = (f: Finding) => `\`${escapeText(f.file).replace(/`/g, '')}:${f.line}\``;
  const findingView = (f: ReportFinding) => ({ ...f, icon: f.severity === 'error' ? '❌' : '⚠️', link: link(f.file, f.line), linkedMessage: linkedMessage(f, link), isNew: f.baseline === 'new', gating: blocksMerge(report, f) });
  const errors = newFirst(set.findings.filter((f) => f.severity === 'error'));
  const warnings = newFirst(set.findings.filter((f) => f.severity === 'warning'));
  const { summary } = set;
  const counts = summary.nfr;
  const rows = set.coverage.filter((c) => c.kind === 'nfr').sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const fixed = set.fixed ?? [];
  const patch = shown.patch ? ctx.patch : undefined;
  const traceability = shown.traceability ? ctx.traceability : undefined;
  const part = <T, V>(all: T[], count: number, view: (t: T) => V) => ({ total: all.length, shown: all.slice(0, count).map(view), hidden: Math.max(0, all.length - count) });
  return {
    marker: ctx.marker,
    version: ctx.version,
    docSet: set.name,
    // The verdict of this doc set, not the run's: with two doc sets a clean one passes.
    passed: summary.result === 'pass',
    failOn: report.failOn,
    failOnNewOnly: report.failOnNewOnly,
    blocking: blockingSentence(set),
    gate: gateText(report),
    commit: ctx.commit ? { short: ctx.commit.sha.slice(0, 7), url: ctx.commit.url } : null,
    // The doc set's counts as the JSON report has them (docSets[].summary): templates read these.
    summary,
    hasFindings: summary.errors + summary.warnings > 0,
    // Kept for templates written before `summary` (a config's templates): the same numbers.
    errorCount: summary.errors,
    warningCount: summary.warnings,
    errors: (() => {
      const e = part(errors, shown.errors, findingView);
      const leading = e.shown.slice(0, LEADING_ERRORS);
      return { ...e, leading, folded: e.shown.slice(LEADING_ERRORS), beyondLeading: e.total - leading.length };
    })(),
    warnings: part(warnings, shown.warnings, findingView),
    baseline: report.baseline ? { base: report.baseline, newFindings: summary.newFindings ?? 0, fixedFindings: summary.fixedFindings ?? 0 } : null,
    fixed: part(fixed, shown.fixed, (f) => ({ ...f, place: plainPlace(f) })),
    notes: [...ctx.notes, ...(set.notices ?? []).map(escapeText)],
    coverage: {
      ...counts, // kept for older templates, as errorCount is
      bar: coverageBar(counts, counts.total),
      // The bar's legend: each status that occurs, in the bar's order.
      legend: BAR_ORDER.filter((st) => counts[st] > 0).map((st) => `${counts[st]} ${st}`).join(', '),
      pie: counts.total ? coveragePie(counts) : '',
      rows: rows.slice(0, shown.rows).map((r) => ({ ...r, category: r.category ?? '—', statusIcon: ICON[r.status], where: where(r, link) })),
      hidden: Math.max(0, rows.length - shown.rows),
    },
    traceability,
    traceabilityFence: traceability ? fenceFor(traceability) : '',
    patch,
    patchFence: patch ? fenceFor(patch) : '',
    patchHidden: !!ctx.patch && !patch,
  };
}

/** The largest count in [0, max] whose rendering fits (more shown never makes the text shorter). */
function largestFitting(max: number, fits: (n: number) => boolean): number {
  if (fits(max)) return max;
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Characters, as GitHub counts a comment body. */
export const characters = (text: string) => text.length;
/** UTF-8 bytes, as GitHub counts a job summary. */
export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** Each doc set's share of the job summary: together they stay under GitHub's 1 MiB. */
export const summaryShare = (docSets: number) => Math.floor((SUMMARY_LIMIT - 16_384) / Math.max(1, docSets));

/**
 * Render one doc set within `limit` (measured by `measure`). When it is over, show less, least
 * urgent first: the traceability diagram, coverage rows, fixed findings, warnings, the patch, and
 * errors last. The templates say what was left out.
 */
export function renderDocSet(template: (data: object) => string, report: Report, set: DocSetReport, ctx: RenderContext, limit = COMMENT_LIMIT - 1_000, measure: (text: string) => number = characters): string {
  // Everything at first, by the report's counts.
  const shown: Shown = {
    traceability: !!ctx.traceability,
    rows: set.summary.nfr.total,
    fixed: set.fixed?.length ?? 0,
    warnings: set.summary.warnings,
    patch: !!ctx.patch,
    errors: set.summary.errors,
  };
  const render = () => template(data(report, set, ctx, shown));
  const fits = () => measure(render()) <= limit;
  const steps: { lower: () => void }[] = [
    { lower: () => (shown.traceability = false) },
    { lower: () => (shown.rows = largestFitting(shown.rows, (n) => ((shown.rows = n), fits()))) },
    { lower: () => (shown.fixed = largestFitting(shown.fixed, (n) => ((shown.fixed = n), fits()))) },
    { lower: () => (shown.warnings = largestFitting(shown.warnings, (n) => ((shown.warnings = n), fits()))) },
    { lower: () => (shown.patch = false) },
    { lower: () => (shown.errors = largestFitting(shown.errors, (n) => ((shown.errors = n), fits()))) },
  ];
  for (const step of steps) {
    if (fits()) break;
    step.lower();
  }
  let text = render();
  if (measure(text) > limit) {
    // Only a template that repeats text without bound gets here: cut it, and say so.
    const tail = `\n\n_(cut at ${limit} characters)_\n`;
    while (measure(text) + measure(tail) > limit) text = text.slice(0, Math.floor(text.length * 0.9));
    text += tail;
  }
  return text;
}
