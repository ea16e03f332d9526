import type { Rule } from '../../core/rule.js';
import { conflictingTargets, targetText } from '../../engine/target-compare.js';

export const prdConsistentTargets: Rule = {
  meta: {
    id: 'prd/consistent-targets',
    description: 'A requirement defined twice states the same targets both times.',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'A PRD often defines a requirement twice: once in a summary table, once in the detailed list. archgate reads the two as one requirement and takes its targets from the fuller text, so when the two state different values for the same quantity ("p95 < 200 ms" in the table, "p95 < 2 s" in the detail), the architecture is judged against one of them while reviewers may read the other, and a later definition can loosen a target without anyone noticing. A quantity is compared only when both definitions state it with the same percentile (or none); a detail that adds a value beside one of the summary\'s agrees with it.',
    examples: {
      pass: '| ID | Requirement |\n| --- | --- |\n| NFR1 | Search answers in p95 < 200 ms |\n\n### NFR1: Search latency\n\nSearch answers in p95 < 200 ms, measured at the gateway under normal load.',
      fail: '| ID | Requirement |\n| --- | --- |\n| NFR1 | Search answers in p95 < 200 ms |\n\n### NFR1: Search latency\n\nSearch answers in p95 < 2 s, measured at the gateway under normal load.',
      reports: ['5 error: NFR1 is defined again with p95 < 2 s where its definition at docs/prd.md:3 says p95 < 200 ms.'],
    },
  },
  check(ctx) {
    for (const { requirement, first } of ctx.view.prdIds.restated) {
      const conflicts = conflictingTargets(first.targets, requirement.targets);
      if (!conflicts.length) continue;
      const kept = ctx.view.prdIds.definitions.find((d) => d.key === requirement.key);
      const later = conflicts.map((c) => targetText(c.later)).join(', ');
      const earlier = [...new Set(conflicts.map((c) => targetText(c.first)))].join(', ');
      ctx.report({
        location: requirement.location,
        message: `${requirement.id} is defined again with ${later} where its definition at ${first.location.file}:${first.location.line} says ${earlier}.`,
        fix: `State the same target in both definitions of ${requirement.id}, or give this one a new ID. archgate checks the architecture against the targets of the fuller one${kept ? `, at ${kept.location.file}:${kept.location.line}` : ''}.`,
        related: { ...first.location, message: `${first.id} first defined here` },
      });
    }
  },
};
