import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { mechanismsOf } from '../src/engine/cite-suggestions.js';
import type { CoverageRow } from '../src/engine/coverage.js';
import { workGrowth } from './text-work.js';

// A PRD's own markers ("[APPROVED]", "[TARGET]", spec-kit's "[NEEDS CLARIFICATION: …]") say how
// settled a requirement is, not how it is met. Read as acronyms they made a decision record's
// "Status: Approved" line "name the mechanism" of a layering NFR. Modelled on the class (a
// requirements list whose legend marks values approved or proposed), not copied from a document.

const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { line: row.implied.location.line, reason: row.implied.reason } } : {}) });

const prd = (note: string) =>
  [
    '# Non-functional requirements',
    '> Values marked [TARGET] are proposals; values marked [APPROVED] are fixed.',
    '### NFR-016 — Layered architecture',
    '- **Description:** Controller / Service / Repository / Model separation is mandatory, as defined in `system.md`.',
    `- **Note:** ${note}`,
    '### NFR-017 — Test coverage',
    '- **Metric:** coverage of at least 80% of the services [TARGET].',
  ].join('\n\n');
const arch = [
  '# Architecture decisions',
  '## ADR-001 — Framework',
  '**Status:** Approved',
  'The backend is written with the framework conventions for routing and persistence.',
  '## ADR-002 — Controller → Service → Repository → Model',
  '**Status:** Approved (defined in system.md)',
  'Controllers stay thin; services hold the rules.',
  '## ADR-003 — Queue driver',
  '**Status:** Approved',
  'Mail is sent from a queue kept in the database table jobs.',
].join('\n\n');

describe('a requirement\'s markers', () => {
  it('are not mechanisms: "[APPROVED]", "[TARGET]" and a clarification marker\'s words', () => {
    expect([...mechanismsOf('Validated in code review [APPROVED].').keys()]).toEqual([]);
    expect([...mechanismsOf('Coverage ≥ 80% [TARGET], checked in CI [NEEDS CLARIFICATION: which runner].').keys()]).toEqual([]);
    // Near miss: the same words outside brackets, and an acronym beside a marker, still are.
    expect([...mechanismsOf('Checked by RBAC [APPROVED] and the APPROVED flag.').keys()]).toEqual(['rbac', 'approv']);
  });

  it('leave a decision record\'s status line unimplied, named as nothing', () => {
    const rows = check(prd('Validated in code review [APPROVED].'), arch).coverage.rows;
    expect(rows.map(jsonRow)).toEqual([
      { id: 'NFR-016', status: 'uncovered' },
      { id: 'NFR-017', status: 'uncovered' },
    ]);
    expect(rows[0].suggestions.map((s) => [s.location.line, s.confidence, s.mechanisms])).toEqual([
      [11, 'possible', []],
      [13, 'possible', []],
    ]);
  });

  it('are read in linear time: 4x the hostile brackets cost about 4x the work', () => {
    const hostile = (n: number) => '[A B C D'.repeat(n) + '[' + 'A '.repeat(n);
    const { ratio } = workGrowth((n) => mechanismsOf(hostile(n)), 60);
    expect(ratio).toBeLessThan(4.5);
  });
});
