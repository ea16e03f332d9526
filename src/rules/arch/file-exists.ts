import type { Rule } from '../../core/rule.js';
import { checkDocumentExists } from '../document-exists.js';

export const archFileExists: Rule = {
  meta: {
    id: 'arch/file-exists',
    description: 'The architecture document named by the doc set exists.',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'The architecture checklist and the traceability checks need the architecture document. A missing one is reported here instead of making the run crash or pass silently.',
  },
  check: (ctx) => checkDocumentExists(ctx, 'architecture'),
};
