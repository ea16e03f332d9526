import type { Rule } from '../../core/rule.js';
import { checkPlaceholders } from '../placeholders.js';

export const prdNoPlaceholders: Rule = {
  meta: {
    id: 'prd/no-placeholders',
    description: 'The PRD has no unfilled template placeholders (`[Product Name]`, TBD, TODO, Lorem ipsum).',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'A PRD generated from a template and merged with `[Product Name]` or `TBD` in it tells readers a decision is still open. Text inside code blocks and inline code is not checked.',
    examples: { pass: '# Invoice Parser PRD', fail: '# [Product Name] PRD\n\nLaunch date: TBD' },
  },
  check: (ctx) => checkPlaceholders(ctx, 'prd'),
};
