import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { parseTargets, placeTargets } from '../src/engine/targets.js';
import { restatesTarget } from '../src/engine/target-compare.js';
import { inValueRun } from '../src/engine/value-lists.js';
import { workGrowth } from './text-work.js';
import type { CoverageRow } from '../src/engine/coverage.js';

// A pull request's author writes the architecture: a line listing every value of a quantity
// ("Node 1+, Node 2+, … Node 99+", "< 1 s < 2 s < 3 s") holds whatever number an NFR asks, and
// made it implied, which clears its error, without saying which value the design meets. A run of
// values of one quantity restates none of them; a target beside one other value ("< 2 s, < 5 s
// under load") and a table row's few columns (p50, p95, p99) still do.

/** The coverage row's fields a user reads in the JSON report. */
const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { line: row.implied.location.line, reason: row.implied.reason } } : {}) });

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');
const prd = [
  '## Non-Functional Requirements',
  '',
  '- **NFR-COMPAT-1:** The extension must support Node 16+ (the VS Code minimum requirement).',
  '- **NFR-PERF-1:** Suggestions appear in less than 2 seconds.',
].join('\n');
const rowsOf = (line: string) => check(prd, ['# Architecture', '## Language & Runtime', line, filler].join('\n\n')).coverage.rows.map(jsonRow);

describe('a run of values restates none of them', () => {
  it.each([
    ['every minimum version of Node', `- TypeScript compatible with ${Array.from({ length: 99 }, (_, i) => `Node ${i + 1}+`).join(', ')}`],
    ['three minimum versions', '- TypeScript compatible with Node 15+, Node 16+, Node 17+'],
    ['bounds one after another', '- Suggestions appear in < 1 s < 2 s < 3 s < 4 s < 5 s'],
    ['a bound and bare values', '- Suggestions appear in less than 1 second, 2 seconds, 3 seconds, 4 seconds'],
    ['six cells of a table row', '| Operation | a | b | c | d | e | f |\n|---|---|---|---|---|---|---|\n| Suggestions | < 1 s | < 2 s | < 3 s | < 4 s | < 5 s | < 6 s |'],
  ])('%s: neither NFR is implied', (_name, line) => {
    expect(rowsOf(line)).toEqual([
      { id: 'NFR-COMPAT-1', status: 'uncovered' },
      { id: 'NFR-PERF-1', status: 'uncovered' },
    ]);
  });

  it.each([
    ['one minimum version', '- TypeScript compatible with Node 16+', { id: 'NFR-COMPAT-1', status: 'implied', implied: { line: 5, reason: 'restates its target Node.js ≥ 16' } }],
    ['a target and its exception', '- Suggestions appear in < 2 s, < 5 s under load', { id: 'NFR-PERF-1', status: 'implied', implied: { line: 5, reason: 'restates its target < 2 s' } }],
    ['a p50, p95 and p99 of a table row', '| Operation | p50 | p95 | p99 |\n|---|---|---|---|\n| Suggestions | < 1 s | < 2 s | < 3 s |', { id: 'NFR-PERF-1', status: 'implied', implied: { line: 7, reason: 'restates its target < 2 s' } }],
  ])('%s: still restates its target', (_name, line, row) => {
    expect(rowsOf(line)).toContainEqual(row);
  });

  it("values that are all the NFR's own make no run of others", () => {
    const own = parseTargets('loads in < 5 s at 3 months, < 2 s at 12 months, < 1 s at launch');
    const text = 'Loads in < 5 s, < 2 s, < 1 s';
    const targets = placeTargets(text);
    const ours = (y: (typeof targets)[number]) => own.some((t) => restatesTarget(t, y));
    expect([targets.length, targets.filter((x) => inValueRun(text, x, targets, ours)).length]).toEqual([3, 0]);
    expect(targets.filter((x) => inValueRun(text, x, targets, () => false)).length).toEqual(3);
  });
});

describe('no text makes reading a run of values grow faster than the text', () => {
  const LINEAR = 5;
  const [t] = parseTargets('less than 2 s');
  // Every value of the line asked whether it stands in a run, as coverage and the places to cite ask.
  const runs = (text: string) => {
    const targets = placeTargets(text);
    return targets.filter((x) => inValueRun(text, x, targets, (y) => restatesTarget(t, y))).length;
  };
  it.each([
    ['a thousand versions', (n: number) => `Runs on ${'Node 16+, '.repeat(n / 10)}Node 17+`],
    ['a thousand bounds', (n: number) => `Answers in ${'< 2 s '.repeat(n / 6)}< 3 s`],
    ['spaces between values', (n: number) => `Answers in < 1 s,${' '.repeat(n)}< 2 s, < 3 s, < 4 s`],
    ['a long table row', (n: number) => `| ${'< 1 s | '.repeat(n / 8)}< 2 s |`],
  ])('%s', (_name, make) => {
    expect(workGrowth((n) => runs(make(n)), 400).ratio).toBeLessThan(LINEAR);
  });
});
