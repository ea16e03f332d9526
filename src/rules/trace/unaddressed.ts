import type { ReqKind } from '../../engine/types.js';
import type { RuleContext } from '../rule.js';

/** Uncovered requirements of one kind, reported where the PRD defines them. */
export function reportUnaddressed(ctx: RuleContext, kind: ReqKind): void {
  if (!ctx.view.architecture) return;
  for (const row of ctx.view.coverage.rows) {
    const req = row.requirement;
    if (req.kind !== kind || row.status !== 'uncovered') continue;
    ctx.report({
      location: req.location,
      message: `${req.id}${req.title ? ` (${req.title})` : ''} is not addressed in the architecture document.`,
      fix: `Say in the architecture how ${req.id} is met and cite "${req.id}" there, or waive it in .github/archgate.yml with a reason.`,
    });
  }
}
