import type { Rule } from '../../core/rule.js';
import { gherkinFollows, hasMeasurableForm } from './measurable-forms.js';

export const prdNfrMeasurable: Rule = {
  meta: {
    id: 'prd/nfr-measurable',
    description: 'Every NFR states a measurable target (a number with a unit) or names a standard.',
    defaultSeverity: 'warning',
    scope: 'file',
    rationale:
      'An NFR such as "the system shall be fast" cannot be verified, so no architecture can be shown to meet it. archgate reads targets such as `p95 < 200 ms`, `99.9% uptime`, `1,000 RPS`, `within 2 seconds` or `< 50MB`, named standards such as WCAG 2.1 AA, ISO 27001, OWASP ASVS levels, SOC 2, CSP, RFC 7519 (JWT), PEP 8, GDPR or TLS 1.3, ranges with a unit (`320px-2560px`, `500-800 tokens`), rates (`5/min`, `100,000/day`), version policies (`last 2 versions`), and Gherkin acceptance criteria (Given/When/Then) right after the ID line.',
    examples: { pass: '- **NFR1:** API responses p95 < 200 ms.', fail: '- **NFR1:** The API shall be fast.' },
  },
  check(ctx) {
    const lines = new Map((ctx.view.prd?.files ?? []).map((f) => [f.path, f.text.split('\n')]));
    for (const req of ctx.view.requirements) {
      if (req.kind !== 'nfr' || req.targets.length || req.standards.length) continue;
      if (hasMeasurableForm(`${req.title} ${req.text}`)) continue;
      if (gherkinFollows(lines.get(req.location.file) ?? [], req.location.line)) continue;
      ctx.report({
        location: req.location,
        message: `${req.id} has no measurable target.`,
        fix: `State what ${req.id} means in numbers with a unit (e.g. "p95 < 200 ms", "99.9% uptime", "1,000 RPS") or name the standard it must meet (e.g. WCAG 2.1 AA).`,
      });
    }
  },
};
