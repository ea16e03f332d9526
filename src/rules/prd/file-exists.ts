import type { Rule } from '../../core/rule.js';
import { checkDocumentExists } from '../document-exists.js';

export const prdFileExists: Rule = {
  meta: {
    id: 'prd/file-exists',
    description: 'The PRD named by the doc set exists.',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'Every other check needs the requirements document. A missing PRD (a wrong path, a renamed file, a shard folder without markdown) is reported here instead of making the run crash or pass silently.',
  },
  check: (ctx) => checkDocumentExists(ctx, 'prd'),
};
