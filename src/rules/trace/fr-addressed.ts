import type { Rule } from '../../core/rule.js';
import { reportUnaddressed } from './unaddressed.js';

export const traceFrAddressed: Rule = {
  meta: {
    id: 'trace/fr-addressed',
    description: 'Every functional requirement is addressed in the architecture document.',
    defaultSeverity: 'off',
    scope: 'docSet',
    rationale:
      'Off by default: many architecture documents map features to components without citing every FR. Turn it on where each FR must be traced, with the same citation forms and noise rules as trace/nfr-addressed.',
    examples: {
      pass: '<!-- prd -->\n- **FR1:** upload invoices\n<!-- architecture -->\nThe Upload Service implements FR1.',
      fail: '<!-- prd -->\n- **FR1:** upload invoices\n<!-- architecture -->\nA web app.',
    },
  },
  check: (ctx) => reportUnaddressed(ctx, 'fr'),
};
