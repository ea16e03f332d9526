import type { Rule } from '../../core/rule.js';
import { stricterThan, targetText } from '../../engine/target-compare.js';

export const traceTargetMismatch: Rule = {
  meta: {
    id: 'trace/target-mismatch',
    description: 'The architecture states the same target as the PRD for each NFR (no "p95 < 500 ms" where the PRD says "p95 < 200 ms").',
    defaultSeverity: 'error',
    scope: 'docSet',
    rationale:
      'When the two documents give different numbers for the same quantity, one of them is wrong, and the team builds to whichever it read last. A stricter target on the side the metric is better on (a lower latency, a higher availability) meets the requirement, so it is a warning unless the config sets this rule\'s severity. Targets are compared across units (ms/s/min, %, req/s, MB/GB) for the same metric, bound direction and percentile: where the architecture cites the NFR next to the target, and where it states the target next to several of the NFR\'s own words. A value in a range or list without a bound of its own ("buckets: 50ms–10s", "retries: 1s, 2s, 4s") configures something and is not read as a target.',
    examples: {
      pass: '<!-- prd -->\n- **NFR1:** Invoice processing completes in under 5 seconds.\n<!-- architecture -->\n- Invoice processing: under 5000 ms (NFR1).',
      fail: '<!-- prd -->\n- **NFR1:** Invoice processing completes in under 5 seconds.\n<!-- architecture -->\n- Invoice processing: under 30 s (NFR1).',
    },
  },
  check(ctx) {
    for (const row of ctx.view.coverage.rows) {
      for (const m of row.mismatches) {
        const req = row.requirement;
        const said = `The architecture says ${targetText(m.architecture)} where ${req.id} in the PRD says ${targetText(m.prd)} (${m.prd.metric})`;
        if (stricterThan(m.prd, m.architecture)) {
          // A design that promises more than the PRD asks meets the requirement: worth a look, not a failed merge.
          ctx.report({
            location: m.location,
            message: `${said}: a stricter target than the PRD asks for.`,
            fix: `If the design means to do better than ${req.id} asks, nothing needs to change; otherwise state ${targetText(m.prd)} here, or change ${req.id} in the PRD (${req.location.file}:${req.location.line}).`,
            related: { ...req.location, message: `${req.id} defined here` },
            ...(ctx.severityFixed || ctx.severity !== 'error' ? {} : { severity: 'warning' as const }),
          });
          continue;
        }
        ctx.report({
          location: m.location,
          message: `${said}.`,
          fix: `Make the two agree: design for ${targetText(m.prd)}, or change ${req.id} in the PRD (${req.location.file}:${req.location.line}).`,
          related: { ...req.location, message: `${req.id} defined here` },
        });
      }
    }
  },
};
