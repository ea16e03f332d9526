import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archCaching: Rule = {
  meta: {
    id: 'arch/caching',
    description: 'The architecture has a caching strategy.',
    defaultSeverity: 'off',
    rationale: 'Off by default: many systems need no cache. Turn it on (or use the strict preset) where latency NFRs depend on one.',
    examples: { pass: 'Rates are cached in Redis for 5 minutes.', fail: 'Every request reads the database.' },
  },
  check: (ctx) =>
    requireAspects(ctx, 'architecture', 'caching', [
      { name: 'a caching strategy', evidence: /cach(?:e|es|ed|ing)\b|redis|memcached|\bcdn\b/i, fix: 'Say what is cached, where, and for how long, or state that no cache is needed and why.' },
    ]),
};
