import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import type { CoverageRow } from '../src/engine/coverage.js';
import { computeCoverage } from '../src/engine/coverage.js';
import { buildView } from '../src/engine/engine.js';
import { resolveConfig } from '../src/config/resolve-config.js';
import { countWork } from './text-work.js';

// An NFR that lists several acceptance criteria under a line ending with a colon, and a line of the
// design's section on its quality that writes the words of one of them only: the design meets a
// part of what it asks, which a careful reader calls its topic. Modelled on the class (requirements
// documents with one heading per NFR, "Category / Requirement / Acceptance criteria:", and a design
// chapter listing its measures one per line), not copied from one document.

const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { file: row.implied.location.file, line: row.implied.location.line, reason: row.implied.reason } } : {}) });

const prd = (statement = 'Runtime hardening against attacks.', items = 4) =>
  [
    '# Non-Functional Requirements',
    '### NFR-031: Runtime Security',
    '**Category:** Security  \n**Priority:** Could Have',
    `**Requirement:**\n${statement}`,
    '**Acceptance criteria:**\n' + ['- Memory: Guard pages, W^X', '- Isolation: Plugin processes in a jail', '- Secrets: Masked card numbers in every download', '- Detection: Runtime anomaly alerts'].slice(4 - items).join('\n'),
    '### NFR-032: Start-up',
    '**Category:** Performance\n\n**Requirement:**\nThe app opens within 2 seconds.',
  ].join('\n\n');
const filler = Array.from({ length: 12 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a panel of the listing dashboard.\n`).join('\n');
const arch = (measure: string) =>
  [
    '# Payments Design',
    filler,
    '## 8. Security',
    '### 8.2 Security Measures',
    '**Transport:**\n- TLS 1.3 between all services\n- Mutual TLS inside the cluster',
    `**Configuration Security:**\n${measure}\n- Signed URLs`,
  ].join('\n\n');

describe('an NFR listing several criteria, one of them written in the design\'s section on its quality', () => {
  it('is not implied where the line meets that one criterion alone; the line is still its place to cite', () => {
    const rows = check(prd(), arch('- Masked card numbers in every download')).coverage.rows;
    expect(rows.map(jsonRow)).toEqual([
      { id: 'NFR-031', status: 'uncovered' },
      { id: 'NFR-032', status: 'uncovered' },
    ]);
    expect(rows[0].suggestions.map((s) => [s.location.line, s.confidence])[0]).toEqual([61, 'possible']);
  });

  it('near miss: a line that meets two of its criteria is where the list is met', () => {
    expect(check(prd(), arch('- Masked card numbers in every download; plugin processes in a jail')).coverage.rows.map(jsonRow)).toEqual([
      {
        id: 'NFR-031',
        status: 'implied',
        implied: { file: 'docs/architecture.md', line: 61, reason: 'writes its own words in the design\'s section on its quality (8.2 Security Measures): "Masked card numbers in every download; plugin processes in a jail"' },
      },
      { id: 'NFR-032', status: 'uncovered' },
    ]);
  });

  it('near miss: where its statement says the same, the line meets the requirement, not one item', () => {
    expect(check(prd('Card numbers stay masked at runtime.'), arch('- Masked card numbers in every download')).coverage.rows.map(jsonRow)[0]).toEqual({
      id: 'NFR-031',
      status: 'implied',
      implied: { file: 'docs/architecture.md', line: 61, reason: 'writes its own words in the design\'s section on its quality (8.2 Security Measures): "Masked card numbers in every download"' },
    });
  });

  it('near miss: two criteria are no list of several: the line may meet the requirement', () => {
    expect(check(prd(undefined, 2), arch('- Masked card numbers in every download')).coverage.rows.map(jsonRow)[0]).toEqual({
      id: 'NFR-031',
      status: 'implied',
      implied: { file: 'docs/architecture.md', line: 61, reason: 'writes its own words in the design\'s section on its quality (8.2 Security Measures): "Masked card numbers in every download"' },
    });
  });
});

describe('reading an NFR\'s criteria is linear in its text', () => {
  it('an NFR of 4,000 criteria does about 4 times the work of one of 1,000', () => {
    // One item is the place's, the others repeat one another: each is read once, and the place meets one.
    const text = (n: number) =>
      ['# Non-Functional Requirements', '### NFR-031: Runtime Security', '**Category:** Security', '**Acceptance criteria:**\n- Secrets: Masked card numbers in every download\n' + '- Memory: Guard pages\n'.repeat(n)].join('\n\n');
    const work = (n: number) => {
      const view = buildView({ name: 'default', prd: [{ path: 'docs/prd.md', text: text(n) }], architecture: [{ path: 'docs/architecture.md', text: arch('- Masked card numbers in every download') }], missing: [] }, resolveConfig({}).engine);
      return countWork(() => computeCoverage(view.requirements, view.architecture, view.architectureIds, [], view.prdIds.settings), 400_000_000);
    };
    const small = work(1000);
    const big = work(4000);
    expect(big.result!.rows.map((r) => [r.status, r.implied?.location.line])).toEqual([['uncovered', undefined]]);
    expect(big.steps / small.steps).toBeLessThan(4.5);
  });
});
