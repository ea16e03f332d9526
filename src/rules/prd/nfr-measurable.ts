import type { Rule } from '../rule.js';

export const prdNfrMeasurable: Rule = {
  meta: {
    id: 'prd/nfr-measurable',
    description: 'Every NFR states a measurable target (a number with a unit) or names a standard.',
    defaultSeverity: 'warning',
    rationale:
      'An NFR such as "the system shall be fast" cannot be verified, so no architecture can be shown to meet it. archgate reads targets such as `p95 < 200 ms`, `99.9% uptime`, `1,000 RPS`, `within 2 seconds` or `< 50MB`, and named standards such as WCAG 2.1 AA, ISO 27001, OWASP ASVS, GDPR or TLS 1.3.',
    examples: { pass: '- **NFR1:** API responses p95 < 200 ms.', fail: '- **NFR1:** The API shall be fast.' },
  },
  check(ctx) {
    for (const req of ctx.view.requirements) {
      if (req.kind !== 'nfr' || req.targets.length || req.standards.length) continue;
      ctx.report({
        location: req.location,
        message: `${req.id} has no measurable target.`,
        fix: `State what ${req.id} means in numbers with a unit (e.g. "p95 < 200 ms", "99.9% uptime", "1,000 RPS") or name the standard it must meet (e.g. WCAG 2.1 AA).`,
      });
    }
  },
};
