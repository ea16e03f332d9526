import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';
import { assembleReport, type CoverageReport, type DocSetReport, type ReportFinding } from '../src/report/report.js';
import { baselineLine, uncoveredNfrIds, verdictCounts, verdictTitle } from '../src/report/verdict.js';
import { formatStylish } from '../src/formatters/stylish.js';

// The report counts each doc set once and decides its verdict: docSets[].summary. The comment,
// the job summary, the CLI and the Action's outputs read these numbers instead of counting again.

const nfr = (id: string, category: string | null, status: CoverageReport['status']): CoverageReport => ({ id, kind: 'nfr', title: `${id} title`, category, status, citations: [] });
const fr = (id: string): CoverageReport => ({ id, kind: 'fr', title: `${id} title`, category: null, status: 'uncovered', citations: [] });
// Modelled on real findings: an unfilled placeholder, an uncited NFR, a missing cost estimate.
const placeholder = (line: number, baseline?: ReportFinding['baseline']): ReportFinding => ({ rule: 'arch/no-placeholders', severity: 'error', message: 'Unfilled unfinished marker "TBD".', fix: 'Replace "TBD" with the real content, or delete it.', file: 'docs/architecture.md', line, column: 1, ...(baseline ? { baseline } : {}) });
const costWarning = (baseline?: ReportFinding['baseline']): ReportFinding => ({ rule: 'arch/deployment-options', severity: 'warning', message: 'The deployment options have no cost estimate.', fix: 'Give each deployment option an estimated monthly cost at the expected load.', file: 'docs/architecture.md', line: 12, column: 1, ...(baseline ? { baseline } : {}) });

function docSet(name: string, coverage: CoverageReport[], findings: ReportFinding[], fixed?: ReportFinding[]): Omit<DocSetReport, 'summary'> {
  return { name, prd: { files: [`${name}/prd.md`] }, architecture: { files: [`${name}/architecture.md`] }, requirements: [], coverage, orphans: [], findings, ...(fixed ? { fixed } : {}), suppressed: 0, waived: 0 };
}

describe('the report counts each doc set once', () => {
  it('the demo: counts by status and category, the uncovered IDs, and the verdict, as the CLI prints them', async () => {
    const report = await runCheck({ dir: path.join(ROOT, 'examples/demo') });
    expect(report.docSets[0].summary).toEqual({
      result: 'fail',
      errors: 3,
      warnings: 8,
      blocking: { errors: 3, warnings: 0 },
      nfr: { total: 6, covered: 3, implied: 1, uncovered: 1, waived: 1 },
      categories: [
        { category: 'availability', total: 1, covered: 1, implied: 0, uncovered: 0, waived: 0 },
        { category: 'performance', total: 2, covered: 1, implied: 1, uncovered: 0, waived: 0 },
        { category: 'security', total: 2, covered: 1, implied: 0, uncovered: 1, waived: 0 },
        { category: 'usability', total: 1, covered: 0, implied: 0, uncovered: 0, waived: 1 },
      ],
      uncoveredIds: ['NFR-005'],
    });
    expect(report.summary).toEqual({ errors: 3, warnings: 8, nfrTotal: 6, nfrCovered: 3, nfrImplied: 1, nfrUncovered: 1, nfrWaived: 1, uncoveredIds: ['NFR-005'] });
    expect(verdictCounts(report)).toBe('3 errors, 8 warnings (fail-on: error)');
    expect(baselineLine(report)).toBeNull();
    const stylish = formatStylish(report, { color: false }).trimEnd().split('\n');
    expect(stylish.at(-1)).toBe('✖ fail: 3 errors, 8 warnings (fail-on: error)');
    expect(stylish).toContain('6 NFRs: 3 covered, 1 implied, 1 uncovered, 1 waived; addressed by category: availability 1/1, performance 2/2, security 1/2, usability 1/1');
  });

  it('two doc sets and a baseline, gating on new findings only: each doc set has its own verdict, and the run adds them up', () => {
    const clean = docSet('billing', [nfr('NFR-1', 'performance', 'covered'), nfr('NFR-2', null, 'uncovered'), fr('FR-1')], [placeholder(30, 'existing'), costWarning('existing')]);
    const broken = docSet('shop', [nfr('NFR-7', 'security', 'waived'), nfr('NFR-8', 'security', 'uncovered')], [placeholder(40, 'new'), placeholder(41, 'existing'), costWarning('new')], [placeholder(90)]);
    const report = assembleReport([clean, broken], 'error', { baseline: 'a1b2c3d', failOnNewOnly: true });
    expect(report.docSets.map((d) => d.summary)).toEqual([
      {
        result: 'pass',
        errors: 1,
        warnings: 1,
        blocking: { errors: 0, warnings: 0, newErrors: 0, newWarnings: 0 },
        nfr: { total: 2, covered: 1, implied: 0, uncovered: 1, waived: 0 },
        categories: [
          { category: 'performance', total: 1, covered: 1, implied: 0, uncovered: 0, waived: 0 },
          { category: null, total: 1, covered: 0, implied: 0, uncovered: 1, waived: 0 },
        ],
        uncoveredIds: ['NFR-2'],
        newFindings: 0,
        fixedFindings: 0,
      },
      {
        result: 'fail',
        errors: 2,
        warnings: 1,
        blocking: { errors: 1, warnings: 0, newErrors: 1, newWarnings: 0 },
        nfr: { total: 2, covered: 0, implied: 0, uncovered: 1, waived: 1 },
        categories: [{ category: 'security', total: 2, covered: 0, implied: 0, uncovered: 1, waived: 1 }],
        uncoveredIds: ['NFR-8'],
        newFindings: 2,
        fixedFindings: 1,
      },
    ]);
    expect(report.result).toBe('fail');
    expect(report.summary).toEqual({ errors: 3, warnings: 2, nfrTotal: 4, nfrCovered: 1, nfrImplied: 0, nfrUncovered: 2, nfrWaived: 1, uncoveredIds: ['NFR-2', 'NFR-8'], newFindings: 2, fixedFindings: 1 });
    expect(verdictCounts(report)).toBe('3 errors, 2 warnings (fail-on: error, new findings only)');
    expect(verdictCounts(report, report.docSets[0])).toBe('1 error, 1 warning (fail-on: error, new findings only)');
    expect(verdictTitle(report)).toBe('fail: 3 errors, 2 warnings (fail-on: error, new findings only)');
    expect(verdictTitle(report, report.docSets[0])).toBe('pass: 1 error, 1 warning (fail-on: error, new findings only)');
    expect(baselineLine(report)).toBe('2 new, 1 fixed since a1b2c3d');
    expect(uncoveredNfrIds(report)).toEqual(['NFR-2', 'NFR-8']);
    expect(baselineLine(report, report.docSets[0])).toBe('0 new, 0 fixed since a1b2c3d');
    const stylish = formatStylish(report, { color: false }).trimEnd().split('\n');
    expect(stylish.filter((l) => l.startsWith('doc set '))).toEqual(['doc set billing — pass: 1 error, 1 warning (fail-on: error, new findings only)', 'doc set shop — fail: 2 errors, 1 warning (fail-on: error, new findings only)']);
    expect(stylish.at(-1)).toBe('✖ fail: 3 errors, 2 warnings (fail-on: error, new findings only); 2 new, 1 fixed since a1b2c3d');
  });

  it('fail-on-new-only without a baseline gates on every finding, and says so', () => {
    const report = assembleReport([docSet('shop', [], [placeholder(40)])], 'error', { failOnNewOnly: true });
    expect(report.docSets[0].summary.blocking).toEqual({ errors: 1, warnings: 0 });
    expect(verdictCounts(report)).toBe('1 error, 0 warnings (fail-on: error)');
  });
});
