import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import type { CoverageRow } from '../src/engine/coverage.js';
import { countWork } from './text-work.js';
import { buildView } from '../src/engine/engine.js';
import { computeCoverage } from '../src/engine/coverage.js';
import { resolveConfig } from '../src/config/resolve-config.js';

// Three ways a design meets an uncited NFR that a careful reader names and archgate ranked first
// without implying it. Modelled on the classes (HLDs with a "Quality Attributes" chapter per
// quality, SADs with a performance monitoring table, sequence documents with timing budgets), not
// copied from one document: each with the coverage row a user reads in the JSON report, and a
// near miss that stays uncovered.

/** The coverage row's fields a user reads in the JSON report. */
const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { file: row.implied.location.file, line: row.implied.location.line, reason: row.implied.reason } } : {}) });
const statusOf = (prd: string, arch: string, id: string) => check(prd, arch).coverage.rows.find((r) => r.requirement.id === id)?.status;

describe('an NFR without a target, in its own words in the design\'s section on its quality', () => {
  const prd = (id = 'NFR3', extra: string[] = []) =>
    [
      '# PRD',
      '## Non-Functional Requirements',
      '### Security',
      '- **NFR1:** Provider credentials must be injected through environment variables and never hard-coded in bundles.',
      '- **NFR2:** The websocket server binds to localhost by default.',
      '### Reliability',
      `- **${id}:** Checkpoint resume is idempotent; a checksum mismatch fails the run.`,
      ...extra,
    ].join('\n\n');
  const arch = (reliability: string[], heading = '### Reliability') =>
    [
      '# Orchestrator Design',
      '## Components',
      '- The scheduler runs each step of a job in order.\n- The renderer turns results into reports.\n- The exporter writes bundles for the engine.',
      '## Crosscutting Concepts',
      heading,
      reliability.join('\n'),
      '### Security',
      '- Provider credentials: environment variables injected at start-up.\n- Sessions expire after a day.',
    ].join('\n\n');
  const met = ['- Checkpoint resume: a checksum mismatch stops the job.', '- Workers restart after a crash.'];

  it('is implied at that line, and the reason names the section', () => {
    expect(check(prd(), arch(met)).coverage.rows.map(jsonRow)).toEqual([
      // Its words restated closely enough to be likely: implied as before.
      { id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 18, reason: 'restates its wording: "Security: Provider credentials: environment variables injected at start-up."' } },
      { id: 'NFR2', status: 'uncovered' },
      {
        id: 'NFR3',
        status: 'implied',
        implied: { file: 'docs/architecture.md', line: 13, reason: 'writes its own words in the design\'s section on its quality (Reliability): "Reliability: Checkpoint resume: a checksum mismatch stops the job."' },
      },
    ]);
  });

  it('a line that tells how in more words of its own is implied too; one that only shares two of its words is not', () => {
    const told = ['- A checkpoint is written after each step; on resume the scheduler compares the stored checksum with the bundle on disk, and a mismatch there stops the job.', '- Workers restart after a crash.'];
    expect(check(prd(), arch(told)).coverage.rows.map(jsonRow)[2]).toEqual({
      id: 'NFR3',
      status: 'implied',
      implied: { file: 'docs/architecture.md', line: 13, reason: 'writes its own words in the design\'s section on its quality (Reliability): "Reliability: A checkpoint is written after each step; on resume the scheduler compares the stored checksum with the bundle on disk, and a mismatch there stops …"' },
    });
    expect(statusOf(prd(), arch(['- Checkpoint files: a checksum per file.', '- Workers restart after a crash.']), 'NFR3')).toBe('uncovered');
  });

  it('not under a heading that names no quality: there the same line is one step among others', () => {
    expect(statusOf(prd(), arch(met, '### Jobs'), 'NFR3')).toBe('uncovered');
  });

  it('not under a chapter that restates the requirements ("Quality Attributes"), at any depth', () => {
    const restated = arch(met).replace('## Crosscutting Concepts', '## Quality Attributes');
    expect(statusOf(prd(), restated, 'NFR3')).toBe('uncovered');
  });

  it('not under a numbered heading that restates the requirements ("8.3 Reliability Requirements"); a numbered design section still is one', () => {
    // Its words restated closely: the line scores as high as a design's line would.
    const restated = ['- Checkpoint resume is idempotent: a checksum mismatch fails the run.', '- Workers restart after a crash.'];
    expect(statusOf(prd(), arch(restated, '### 8.3 Reliability Requirements'), 'NFR3')).toBe('uncovered');
    expect(check(prd(), arch(met, '### 8.3 Reliability')).coverage.rows.map(jsonRow)[2]).toEqual({
      id: 'NFR3',
      status: 'implied',
      implied: { file: 'docs/architecture.md', line: 13, reason: 'writes its own words in the design\'s section on its quality (8.3 Reliability): "Reliability: Checkpoint resume: a checksum mismatch stops the job."' },
    });
  });

  it('not where its words are also another NFR\'s of its quality: the line does not say which one it meets', () => {
    expect(statusOf(prd('NFR3', ['- **NFR4:** A checkpoint checksum mismatch on resume is reported to the operator.']), arch(met), 'NFR3')).toBe('uncovered');
  });

  it('not when its ID files it under a group of the PRD\'s own: its category is then a guess', () => {
    expect(statusOf(prd('NFR-TEST-3'), arch(met), 'NFR-TEST-3')).toBe('uncovered');
  });
});

describe('an NFR\'s own target restated in the design\'s section on its quality, beside a word of its title', () => {
  const prd = (extra: string[] = []) =>
    ['# PRD', '## Non-Functional Requirements', '### Performance', '- **NFR1:** API Response Time: every ledger, invoice, payroll, reconciliation and audit endpoint answers at the 95th percentile under 500 ms, measured at the load balancer.', '- **NFR2:** Report exports finish within 30 seconds.', ...extra].join('\n\n');
  const arch = (heading: string) =>
    [
      '# Ledger Design',
      '## Components',
      '- The gateway routes calls to the ledger service.\n- The exporter writes reports to object storage.',
      heading,
      '| Metric | Target | Tool |\n|---|---|---|\n| API Response Time (p95) | < 500ms | Prometheus + Grafana |\n| Error rate | < 1% | Alertmanager |',
    ].join('\n\n');

  it('is implied at that row: its title\'s words are not among its most distinctive, its number is its own', () => {
    expect(check(prd(), arch('## Performance Monitoring')).coverage.rows.map(jsonRow)).toEqual([
      { id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 12, reason: 'restates its target < 500 ms' } },
      { id: 'NFR2', status: 'uncovered' },
    ]);
  });

  it('not under a heading that names no quality: there the number may bound another thing', () => {
    expect(statusOf(prd(), arch('## Dashboards'), 'NFR1')).toBe('uncovered');
  });

  it('not when another NFR of the PRD has the same target: the row tells neither from the other', () => {
    expect(statusOf(prd(['- **NFR3:** Search answers in under 500 ms.']), arch('## Performance Monitoring'), 'NFR1')).toBe('uncovered');
  });
});

describe('a tighter bound of the NFR\'s own measure beside two of its own words', () => {
  const prd = ['# PRD', '## Non-Functional Requirements', '### Performance', '- **NFR1:** Message encryption time stays under 100 ms.', '- **NFR2:** Cold start takes less than 3 seconds.'].join('\n\n');
  const arch = (row: string) =>
    ['# Messenger Design', '## Components', '- The crypto engine seals each message.\n- The relay forwards sealed messages.', '## Timing Budgets', `| Operation | Typical | Maximum |\n|---|---|---|\n${row}`].join('\n\n');

  it('is implied there: the design meets it, only the numbers differ', () => {
    expect(check(prd, arch('| Message encryption | < 5ms | < 50ms |')).coverage.rows.map(jsonRow)).toEqual([
      { id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 12, reason: 'bounds its target < 100 ms more tightly: < 50 ms' } },
      { id: 'NFR2', status: 'uncovered' },
    ]);
  });

  it('not beside one word of its own: "Backup encryption" is another thing encrypted', () => {
    expect(statusOf(prd, arch('| Backup encryption | < 5ms | < 50ms |'), 'NFR1')).toBe('uncovered');
  });

  it('not a bound more than ten times tighter: that measures a part, not the whole', () => {
    expect(statusOf(prd, arch('| Message encryption | < 1ms | < 5ms |'), 'NFR1')).toBe('uncovered');
  });
});

// Work that grows as NFRs x sentences: the PR's author writes both. Counted by text-work.ts (regex
// steps and characters read), never by the clock; 4.5 allows for the fixed costs around 4 times the input.
const LINEAR = 4.5;
const coverageWork = (prd: string, arch: string) => {
  const view = buildView({ name: 'default', prd: [{ path: 'docs/prd.md', text: prd }], architecture: [{ path: 'docs/architecture.md', text: arch }], missing: [] }, resolveConfig({}).engine);
  return countWork(() => computeCoverage(view.requirements, view.architecture, view.architectureIds, [], view.prdIds.settings), 400_000_000);
};

/** Set and Map lookups while `fn` runs: the work of loops that read no text. */
function lookupsIn(fn: () => unknown): number {
  const has = Set.prototype.has;
  const get = Map.prototype.get;
  let calls = 0;
  Set.prototype.has = function (this: Set<unknown>, v: unknown) {
    calls++;
    return has.call(this, v);
  };
  Map.prototype.get = function (this: Map<unknown, unknown>, k: unknown) {
    calls++;
    return get.call(this, k);
  };
  try {
    fn();
  } finally {
    Set.prototype.has = has;
    Map.prototype.get = get;
  }
  return calls;
}

describe('the three ways read each sentence about once, however many NFRs share its words', () => {
  it('tighter bounds: NFRs x 4 and sentences x 4, every sentence a tighter bound beside one word of every NFR', () => {
    // Each sentence states a value of every NFR's measure beside two of its words ("Ledger export"),
    // too tight to be a bound on it (more than ten times): each NFR weighs the first sentences of its
    // measure (IMPLIED_SCAN_LIMIT), never all of them.
    const prd = (n: number) => ['## Non-Functional Requirements', '### Performance', ...Array.from({ length: n }, (_, i) => `- NFR${i + 1}: Ledger export ${i + 1} answers within 2 seconds.`)].join('\n');
    const arch = (n: number) => ['# Architecture', '## Performance', ...Array.from({ length: n }, (_, i) => `Ledger export shard ${i}: warm-up under 0.1 second, archive sync under 0.15 seconds.\n`)].join('\n');
    const work = (n: number) => coverageWork(prd(n / 40), arch(n));
    const small = work(400);
    const big = work(1600);
    expect(big.result!.rows.filter((r) => r.status === 'implied').map((r) => r.implied!.reason)).toEqual([]);
    expect(big.steps / small.steps).toBeLessThan(LINEAR);
    // Weighing a candidate is set lookups of its words, which run no regex: counted as lookups.
    // 4.0 with IMPLIED_SCAN_LIMIT; 8.4 without it (NFRs x sentences).
    const lookups = (n: number) => lookupsIn(() => coverageWork(prd(n / 20), arch(n)));
    expect(lookups(1600) / lookups(400)).toBeLessThan(LINEAR);
  });

  it('restated targets in a quality section: one sentence stating every NFR\'s own value is read once', () => {
    // Every NFR has a value of its own, and one long sentence under "Performance" states them all
    // without a word of any title: each NFR's candidates include it, its words are read once.
    const prd = (n: number) => ['## Non-Functional Requirements', '### Performance', ...Array.from({ length: n }, (_, i) => `- NFR${i + 1}: Ledger export ${i + 1} answers within ${100 + i} ms.`)].join('\n');
    const arch = (n: number) => ['# Architecture', '## Performance', `Budgets: ${Array.from({ length: n }, (_, i) => `shard ${i} ${100 + i} ms`).join(', ')}.`].join('\n\n');
    const work = (n: number) => coverageWork(prd(n), arch(n));
    const small = work(100);
    const big = work(400);
    expect(big.result!.rows.filter((r) => r.status === 'implied')).toHaveLength(0);
    expect(big.steps / small.steps).toBeLessThan(LINEAR);
  });
});
