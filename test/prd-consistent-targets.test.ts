import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { countWork } from './text-work.js';
import { buildView } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { conflictingTargets } from '../src/engine/target-compare.js';

// A PRD that defines an NFR in a summary table and again in its detailed list is read as one
// requirement, with the fuller text's targets. Where the two state different values of one
// quantity, the architecture is judged against one while reviewers read the other, and a pull
// request could loosen a target by adding a longer definition: prd/consistent-targets says so.

const found = (prd: string) => rulesOf(check(prd, '# Architecture\n\nNothing yet.'), 'prd/consistent-targets').map((f) => ({ line: f.line, severity: f.severity, message: f.message, fix: f.fix }));
const summary = (row: string) => ['## Non-Functional Requirements', '', '| ID | Requirement |', '| --- | --- |', row, '| NFR-2 | 99.9% monthly uptime |', ''].join('\n');

describe('prd/consistent-targets', () => {
  it('a detailed definition that loosens the summary table target', () => {
    const prd = [summary('| NFR-1 | Search responds within 200 ms at p95 |'), '### NFR-1: Search latency', '', 'Search responds within 2000 ms at p95 under normal load, measured at the gateway.'].join('\n');
    expect(found(prd)).toEqual([
      {
        line: 8,
        severity: 'error',
        message: 'NFR-1 is defined again with p95 <= 2000 ms where its definition at docs/prd.md:5 says p95 <= 200 ms.',
        fix: 'State the same target in both definitions of NFR-1, or give this one a new ID. archgate checks the architecture against the targets of the fuller one, at docs/prd.md:8.',
      },
    ]);
    // The report reads the fuller one's target: the finding is what tells the reviewer.
    expect(check(prd, '# Architecture').coverage.rows[0].requirement.targets.map((t) => t.text)).toEqual(['within 2000 ms at p95']);
  });

  it('two minimum versions of one product', () => {
    const prd = [summary('| NFR-1 | The extension supports Node 16+ |'), '### NFR-1: Supported runtime', '', 'The extension supports Node 20+ so that it can use the built-in test runner.'].join('\n');
    expect(found(prd).map((f) => `${f.line} ${f.message}`)).toEqual(['8 NFR-1 is defined again with Node.js ≥ 20 where its definition at docs/prd.md:5 says Node.js ≥ 16.']);
  });

  it.each([
    ['the same target, in other words', '| NFR-1 | Search responds in under 200 ms (p95) |', 'Search responds within 200 ms at p95 under normal load, measured at the gateway.'],
    ['a detail that adds a value for another operation', '| NFR-1 | Search responds within 200 ms |', 'Search responds within 200 ms, and the export of its results within 2 s, under normal load.'],
    ['another percentile', '| NFR-1 | Search responds within 200 ms at p95 |', 'Search responds within 1 s at p99 under normal load, measured at the gateway.'],
    ['a detail without a target', '| NFR-1 | Search responds within 200 ms at p95 |', 'Search responds quickly under normal load, as measured at the gateway by the probes.'],
  ])('%s: nothing to report', (_name, row, detail) => {
    expect(found([summary(row), '### NFR-1: Search latency', '', detail].join('\n'))).toEqual([]);
  });

  it('a second definition of another requirement is prd/unique-ids, not this', () => {
    const prd = [summary('| NFR-1 | Search responds within 200 ms at p95 |'), '### NFR-1: Backup retention', '', 'Nightly backups are kept for 30 days in another region.'].join('\n');
    const result = check(prd, '# Architecture');
    expect([rulesOf(result, 'prd/consistent-targets').length, rulesOf(result, 'prd/unique-ids').map((f) => f.line)]).toEqual([0, [8]]);
  });
});

describe('no PRD makes comparing definitions grow faster than the PRD', () => {
  // Each requirement defined twice, each time with sixteen values of one quantity (the most a
  // requirement keeps), the two sharing none: every pair of definitions compares its targets.
  const values = (from: number) => Array.from({ length: 16 }, (_, i) => `${from + i} ms`).join(', ');
  const prd = (n: number) =>
    [
      '## Non-Functional Requirements',
      '',
      ...Array.from({ length: n }, (_, i) => `- **NFR-${i + 1}:** Search ${i} answers within ${values(100)}.`),
      '',
      ...Array.from({ length: n }, (_, i) => `- **NFR-${i + 1}:** Search ${i} answers within ${values(500)} under load.`),
    ].join('\n');
  it('definitions x 4', () => {
    expect(found(prd(1)).map((f) => f.line)).toEqual([5]);
    // The comparison alone: the PRD is read before the count.
    const pairs = (n: number) => buildView({ name: 'default', prd: [{ path: 'docs/prd.md', text: prd(n) }], architecture: [], missing: [] }, resolveConfig({}).engine).prdIds.restated;
    const [small, big] = [pairs(10), pairs(40)];
    expect([small.length, big.length]).toEqual([10, 40]);
    const work = (list: typeof small) => countWork(() => list.map((p) => conflictingTargets(p.first.targets, p.requirement.targets).length)).steps;
    expect(work(big) / work(small)).toBeLessThan(4.5);
  });
});

describe('a target only one of the two definitions states is kept', () => {
  // The summary table states "p95 ≤ 300 ms"; the section, longer, says it in prose only. archgate
  // reads the fuller text, and the target vanished with the shorter one: the NFR had no
  // measurable target (prd/nfr-measurable), and the architecture's "p95 < 800 ms" was no mismatch.
  const prd = (detail: string) => [summary('| NFR-1 | Search responds in p95 ≤ 300 ms |'), '### NFR-1: Search latency', '', detail].join('\n');
  const prose = 'Search feels instant to the people who use it, on every page that offers it, under normal and peak load alike.';
  const arch = '# Architecture\n\n## Search\n\nThe search service answers in p95 < 800 ms (NFR-1).\n';

  it('the merged NFR keeps the summary target: a mismatch with the architecture, and measurable', () => {
    const result = check(prd(prose), arch);
    const row = result.coverage.rows.find((r) => r.requirement.id === 'NFR-1')!;
    expect(row.requirement.targets.map((t) => t.text)).toEqual(['p95 ≤ 300 ms']);
    expect(rulesOf(result, 'trace/target-mismatch').map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual(['docs/architecture.md:5 The architecture says p95 < 800 ms where NFR-1 in the PRD says p95 <= 300 ms (latency).']);
    expect(rulesOf(result, 'prd/nfr-measurable').map((f) => f.line)).toEqual([]);
    expect(found(prd(prose))).toEqual([]);
  });

  it('the other way round: a longer summary row keeps the detail\'s target', () => {
    const text = [summary(`| NFR-1 | ${prose} |`), '### NFR-1: Search latency', '', 'Search: p95 ≤ 300 ms.'].join('\n');
    expect(check(text, '# Architecture').coverage.rows[0].requirement.targets.map((t) => t.text)).toEqual(['p95 ≤ 300 ms']);
  });

  it('where both state the quantity, the fuller one\'s value alone is read (and the rule reports the other)', () => {
    const text = prd(`${prose} Search responds within 2000 ms at p95.`);
    expect(check(text, '# Architecture').coverage.rows[0].requirement.targets.map((t) => t.text)).toEqual(['within 2000 ms at p95']);
    expect(found(text).map((f) => f.line)).toEqual([8]);
  });
});
