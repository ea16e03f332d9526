import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// I_am_OK's C4 model and sequence diagrams open with a control block ("**Version:** 1.0",
// "**Date:** 2026-02-06", "**Status:** Draft") and end with a "Document History" table. Its SRS asks
// for "Up-to-date C4 diagrams": "date" ranked the control block and the history row first.

const prd = [
  '## 6.5 Maintainability Requirements',
  ['| ID | Requirement | Target |', '|----|-------------|--------|', '| NFR-MAINT-003 | Architecture documentation | Up-to-date C4 diagrams |'].join('\n'),
].join('\n\n');

const arch = [
  '# Sequence Diagrams',
  '## Ya OK - Message Flow Documentation',
  '**Document ID:** YA-OK-ARCH-002  \n**Version:** 1.0  \n**Date:** 2026-02-06  \n**Status:** Draft',
  '## 1. Diagram Conventions',
  'Every flow is drawn as a mermaid sequence diagram, reviewed with the code it documents.',
  ...Array.from({ length: 12 }, (_, i) => `## ${i + 2}. Flow ${i}\n\nStep ${i} of the message pipeline writes to the store.`),
  '## 14. Document History',
  ['| Version | Date | Author | Changes |', '|---------|------|--------|---------|', '| 1.0 | 2026-02-06 | Architecture Team | Initial sequence diagrams documentation |'].join('\n'),
  '**Distribution:** All stakeholders  \n**Review Cycle:** Quarterly or on major architecture changes',
].join('\n\n');

describe("a document's control block and version history", () => {
  it('are never a place to cite; a line of the block that says more (its review cycle) still is', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-MAINT-003')!;
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.heading])]).toEqual([
      'uncovered',
      [
        [12, 'Diagram Conventions'],
        // The block's line that says it (the review cycle), not its first line ("**Distribution:**").
        [69, 'Document History'],
      ],
    ]);
  });
});
