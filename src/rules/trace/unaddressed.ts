import type { ReqKind } from '../../engine/types.js';
import type { RuleContext } from '../../core/rule.js';
import { describePlace, suggestedPlace } from '../../engine/cite-suggestions.js';

/**
 * Uncovered requirements of one kind, reported where the PRD defines them. What is known is that
 * the requirement is not cited; where it seems addressed is offered, never asserted.
 */
export function reportUnaddressed(ctx: RuleContext, kind: ReqKind): void {
  if (!ctx.view.architecture) return;
  for (const row of ctx.view.coverage.rows) {
    const req = row.requirement;
    if (req.kind !== kind || row.status !== 'uncovered') continue;
    const places = row.suggestions.map(suggestedPlace);
    // Places are looked for only for NFRs (functional requirements are off by default).
    const notCited = `${req.id}${req.title ? ` (${req.title})` : ''} is not cited in the architecture document.`;
    // Its citations that describe something else do not count (trace/citation-drift): say so, or
    // the author sees the ID in the architecture and this finding makes no sense.
    const drifted = row.drifted.map((d) => `${d.location.file}:${d.location.line} cites it but describes ${d.closer ? d.closer.id : 'something else'} (trace/citation-drift)`);
    // "else": the place citing it was judged to describe something else, so it is not offered either.
    // What archgate knows when no place in the design resembles it: only summaries that list the
    // requirements again do (they restate it, they do not meet it), or nothing does.
    const listed = row.summaries?.map((s) => describePlace(suggestedPlace(s)));
    const nothing = listed?.length ? ` Only requirements summaries restate it: ${listed.join('; ')}.` : ` Nothing${drifted.length ? ' else' : ''} in the architecture document resembles it.`;
    const seen = places.length ? ` It seems addressed at ${places.map(describePlace).join('; ')}.` : kind === 'nfr' ? nothing : '';
    const why = drifted.length ? `${notCited.slice(0, -1)}: ${drifted.join('; ')}.` : notCited;
    ctx.report({
      location: req.location,
      message: `${why}${seen}`,
      // Where it seems addressed, or is cited wrongly, changes with any edit of the architecture: not part of its identity.
      identity: notCited,
      fix: places.length
        ? `Cite "${req.id}" at the place that meets it (\`archgate cite\` walks you through it), or waive it in .github/archgate.yml with a reason.`
        : `Say in the architecture how ${req.id} is met and cite "${req.id}" there, or waive it in .github/archgate.yml with a reason.`,
      ...(places.length ? { suggestions: places } : {}),
    });
  }
}
