import type { Rule } from '../../core/rule.js';

export const traceOrphanReference: Rule = {
  meta: {
    id: 'trace/orphan-reference',
    description: 'The architecture cites only requirement IDs that the PRD defines.',
    defaultSeverity: 'warning',
    scope: 'docSet',
    rationale:
      'A citation of an ID the PRD does not define is a typo, a renumbered requirement, or a requirement that was dropped: each makes the trace lie. Only IDs of kinds the PRD uses are checked (an architecture that cites FR IDs against a PRD without FR IDs is left alone).',
    examples: {
      pass: '<!-- prd -->\n- **NFR1:** 99.9% uptime\n<!-- architecture -->\nTwo zones give NFR1.',
      fail: '<!-- prd -->\n- **NFR1:** 99.9% uptime\n<!-- architecture -->\nTwo zones give NFR7.',
    },
  },
  check(ctx) {
    for (const orphan of ctx.view.coverage.orphans) {
      for (const location of orphan.citations) {
        ctx.report({
          location,
          message: `${orphan.id} is cited, but the PRD does not define it.`,
          fix: `Correct the ID, or define ${orphan.id} in the PRD.`,
        });
      }
    }
  },
};
