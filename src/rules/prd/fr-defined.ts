import type { Rule } from '../../core/rule.js';
import { hasBody } from '../checklist/evidence.js';

export const prdFrDefined: Rule = {
  meta: {
    id: 'prd/fr-defined',
    description: 'The PRD\'s functional requirements carry IDs.',
    defaultSeverity: 'warning',
    scope: 'file',
    rationale:
      'A functional-requirements section whose items have no `FR1` / `FR-001` labels cannot be cited by the architecture or by stories, and functional coverage cannot be traced. This is its own finding, apart from a missing section (prd/required-sections) and from NFRs without IDs (prd/nfr-defined).',
    examples: {
      pass: '## Functional Requirements\n\n- **FR1:** Users upload a PDF invoice.',
      fail: '## Functional Requirements\n\n- Users upload a PDF invoice.',
      reports: ['1 warning: The functional requirements have no IDs, so none can be traced.'],
    },
  },
  check(ctx) {
    const prd = ctx.view.prd;
    if (!prd || ctx.view.requirements.some((r) => r.kind === 'fr')) return;
    const section = ctx.view.findSections('prd', 'functional-requirements').find((s) => hasBody(prd, s));
    if (!section) return;
    ctx.report({
      location: { file: section.file, line: section.line, column: 1 },
      message: 'The functional requirements have no IDs, so none can be traced.',
      fix: 'Start each functional requirement with an ID such as "**FR1:**" (or FR-001), and cite those IDs in the architecture.',
    });
  },
};
