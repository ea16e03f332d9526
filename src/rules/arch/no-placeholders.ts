import type { Rule } from '../../core/rule.js';
import { checkPlaceholders } from '../placeholders.js';

export const archNoPlaceholders: Rule = {
  meta: {
    id: 'arch/no-placeholders',
    description: 'The architecture document has no unfilled template placeholders (`[Service Name]`, TBD, TODO, Lorem ipsum).',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'Architecture templates are full of bracketed placeholders; one left in place means a decision was never made. Text inside code blocks and inline code is not checked.',
    examples: { pass: 'The API runs on Cloud Run.', fail: 'The API runs on [Hosting Platform]. Region: TBD.' },
  },
  check: (ctx) => checkPlaceholders(ctx, 'architecture'),
};
