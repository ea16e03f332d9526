import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archRisks: Rule = {
  meta: {
    id: 'arch/risks',
    description: 'The architecture lists its risks, each with a mitigation.',
    defaultSeverity: 'warning',
    rationale: 'A risk register turns known weak spots into decisions. Risks and mitigations are checked separately: a list of risks with no mitigation is half the work.',
    examples: { pass: '| Risk | Mitigation |\n|---|---|\n| Vendor API rate limits | Cache and back off |', fail: '## Risks\n\nVendor API rate limits.' },
  },
  check: (ctx) =>
    requireAspects(ctx, 'architecture', 'risks', [
      { name: 'risks', evidence: /\brisks?\b|risques?|riskler|风险/i, fix: 'Add a "Risks" section listing what could make this architecture fail (technical, vendor, scale, security).' },
      { name: 'risk mitigations', evidence: /mitigat|contingency|atténu|azaltma|缓解|应对/i, fix: 'Give each risk a mitigation, e.g. a "Mitigation" column in the risk table.' },
    ]),
};
