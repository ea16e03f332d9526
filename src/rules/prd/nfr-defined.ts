import type { Rule } from '../rule.js';
import { docStart } from '../rule.js';
import { findLabel } from '../../engine/section-finder.js';

export const prdNfrDefined: Rule = {
  meta: {
    id: 'prd/nfr-defined',
    description: 'The PRD defines at least one NFR with an ID.',
    defaultSeverity: 'warning',
    minimal: 'warning',
    rationale:
      'Traceability starts with IDs: without `NFR1`, `NFR-001` or `NFR-PERF-01` labels, the architecture cannot cite which requirement it meets, and archgate can only guess. A PRD whose non-functional requirements are plain bullets gets this warning, pointing at the section that holds them.',
    examples: { pass: '## Non-Functional Requirements\n\n- **NFR1:** p95 < 200 ms', fail: '## Non-Functional Requirements\n\n- The API should be fast' },
  },
  check(ctx) {
    const prd = ctx.view.prd;
    if (!prd || ctx.view.requirements.some((r) => r.kind === 'nfr')) return;
    const section = ctx.view.findSections('prd', 'nonfunctional-requirements')[0];
    const where = section ? { file: section.file, line: section.line, column: 1 } : findLabel(prd, ctx.view.synonyms['nonfunctional-requirements'] ?? []);
    ctx.report({
      location: where ?? docStart(prd),
      message: where ? 'The non-functional requirements have no IDs, so none can be traced.' : 'The PRD defines no non-functional requirements.',
      fix: where
        ? 'Start each non-functional requirement with an ID such as "**NFR1:**" (or NFR-001, NFR-PERF-01).'
        : 'Add a "Non-Functional Requirements" section with one ID per requirement, e.g. "- **NFR1:** p95 latency < 200 ms".',
    });
  },
};
