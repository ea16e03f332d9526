import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// lunesko/I_am_OK's ISO 29148 SRS writes its NFRs as table rows with a "Measurement" column
// ("Unit test") or a "Priority" column ("P0"): how urgent it is and a generic way to check it are
// not what it asks, and "test" ranked the architecture's "Test plans" line first for six NFRs.
// beefirst's "Verification | pytest coverage report" names the tool the architecture configures: kept.

const prd = [
  '## 6. Non-Functional Requirements',
  ['| ID | Requirement | Target | Measurement |', '|----|-------------|--------|-------------|', '| NFR-PERF-001 | Message encryption time | <100ms | Unit test |'].join('\n'),
  ['| ID | Requirement | Target | Priority |', '|----|-------------|--------|----------|', '| NFR-REL-002 | Message delivery success (co-located) | >95% | P0 |'].join('\n'),
  ['| NFR | Requirement | Verification |', '|-----|-------------|--------------|', '| NFR-T1 | Test suite must achieve ≥ 90% code coverage | pytest coverage report |'].join('\n'),
].join('\n\n');

describe('an SRS table row', () => {
  it('leaves its priority and a generic check out of the NFR text, and keeps a check that names a tool', () => {
    const rows = check(prd, '# Architecture\n\nNothing yet.\n').coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.requirement.text])).toEqual([
      ['NFR-PERF-001', 'Message encryption time | <100ms'],
      ['NFR-REL-002', 'Message delivery success (co-located) | >95%'],
      ['NFR-T1', 'Test suite must achieve ≥ 90% code coverage | pytest coverage report'],
    ]);
  });

  // Its portability table writes each target in a "Status" column: a state alone is left out, what it says beyond it is kept.
  it('keeps what a Status cell says beyond a state ("✅ Compiles for Android, iOS"), and leaves a state alone out', () => {
    const portability = [
      '## 6.6 Portability Requirements',
      ['| ID | Requirement | Status |', '|----|-------------|--------|', '| NFR-PORT-004 | Rust core portability | ✅ Compiles for Android, iOS |', '| NFR-PORT-005 | Message format portability | ✅ Done |', '| NFR-PORT-006 | Web client portability | Draft |'].join('\n'),
    ].join('\n\n');
    const rows = check(portability, '# Architecture\n\nNothing yet.\n').coverage.rows;
    expect(rows.map((r) => [r.requirement.id, r.requirement.text])).toEqual([
      ['NFR-PORT-004', 'Rust core portability | Compiles for Android, iOS'],
      ['NFR-PORT-005', 'Message format portability'],
      ['NFR-PORT-006', 'Web client portability'],
    ]);
  });
});
