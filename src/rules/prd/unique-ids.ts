import type { Rule } from '../../core/rule.js';

export const prdUniqueIds: Rule = {
  meta: {
    id: 'prd/unique-ids',
    description: 'Each requirement ID is defined once in the PRD.',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'A requirement ID that is defined twice makes every citation of it ambiguous: the architecture may address one meaning while reviewers read the other. A definition is an ID that starts a heading, a list item, a table row or a bold label; mentions elsewhere are references and are not counted.',
    examples: { pass: '- **NFR1:** p95 latency < 200 ms\n- **NFR2:** 99.9% uptime', fail: '- **NFR1:** p95 latency < 200 ms\n- **NFR1:** 99.9% uptime' },
  },
  check(ctx) {
    for (const { requirement, first } of ctx.view.prdIds.duplicates) {
      ctx.report({
        location: requirement.location,
        message: `${requirement.id} is defined again ("${requirement.title}"); it was first defined at ${first.location.file}:${first.location.line} ("${first.title}").`,
        fix: `Give this requirement a new ID, or merge it into the first definition of ${requirement.id}.`,
        related: { ...first.location, message: `${first.id} first defined here` },
      });
    }
  },
};
