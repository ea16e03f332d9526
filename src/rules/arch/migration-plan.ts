import type { Rule } from '../rule.js';
import { requireAspects } from '../topic-check.js';

export const archMigrationPlan: Rule = {
  meta: {
    id: 'arch/migration-plan',
    description: 'The architecture has a migration or rollout plan.',
    defaultSeverity: 'off',
    rationale: 'Off by default: a greenfield system has nothing to migrate. Turn it on for brownfield work, where the path from the current system matters as much as the target.',
    examples: { pass: '## Migration\n\nPhase 1 runs old and new side by side; rollback is a DNS switch.', fail: 'We will switch over.' },
  },
  check: (ctx) =>
    requireAspects(ctx, 'architecture', 'migration', [
      { name: 'a migration or rollout plan', evidence: /migrat|roll-?out|roll-?back|roadmap|phase 1|cut-?over/i, minHits: 2, fix: 'Add a "Migration" section: phases, what runs side by side, and how to roll back.' },
    ]),
};
