import type { Rule } from '../../core/rule.js';
import { normalizeId } from '../../engine/ids.js';

export const traceWaivers: Rule = {
  meta: {
    id: 'trace/waivers',
    description: 'Waivers have a reason, name something that exists, and have not expired.',
    defaultSeverity: 'error',
    scope: 'docSet',
    minimal: 'error',
    rationale:
      'A waiver is a promise with a date. After its `expires` day it stops waiving and becomes a finding itself, so that "later" does not become "never". A waiver without a reason, or for an ID the PRD does not define or a rule that does not exist, is reported too.',
    examples: {
      pass: '<!-- prd -->\n- **NFR1:** 99.9% uptime\n<!-- archgate-waive NFR1 until 2999-12-31: second zone after launch -->',
      fail: '<!-- prd -->\n- **NFR1:** 99.9% uptime\n<!-- archgate-waive NFR1 until 2000-01-01: second zone after launch -->',
    },
  },
  check(ctx) {
    const ids = new Set(ctx.view.requirements.map((r) => r.key));
    for (const w of ctx.view.waivers) {
      const what = w.id ?? w.rule ?? '';
      if (w.expired) {
        ctx.report({ location: w.source, message: `The waiver for ${what} expired on ${w.expires}.`, fix: `Address ${what}, or renew the waiver with a new date and a reason that still holds.` });
      }
      if (!w.reason) {
        ctx.report({ location: w.source, message: `The waiver for ${what} gives no reason.`, fix: 'Add the reason after a colon: <!-- archgate-waive NFR-007 until 2027-03-31: the reason -->.' });
      }
      if (w.id && !ids.has(normalizeId(w.id))) {
        ctx.report({ location: w.source, message: `The waiver names ${w.id}, which the PRD does not define.`, fix: `Correct the ID or remove the waiver.` });
      }
      if (w.rule && !ctx.view.ruleIds.includes(w.rule)) {
        ctx.report({ location: w.source, message: `The waiver names the rule ${w.rule}, which does not exist.`, fix: 'Correct the rule ID (`archgate rules` lists them) or remove the waiver.' });
      }
    }
  },
};
