import type { Rule } from '../../core/rule.js';

const describe = (r: { id: string; title: string }) => `${r.id}${r.title ? ` (${r.title})` : ''}`;

export const traceCitationDrift: Rule = {
  meta: {
    id: 'trace/citation-drift',
    description: 'A place that cites an NFR describes that NFR, not another one.',
    defaultSeverity: 'warning',
    rationale:
      'A citation is what makes an NFR covered, so a citation of the wrong ID hides two problems: the cited NFR looks met where nothing meets it, and the NFR the place does meet looks unmet. This happens when an architecture restates the requirements in its own table with other numbering, or when IDs are renumbered. archgate reports a place that cites one NFR, says almost nothing of it, and restates another NFR closely (its most distinctive words, or its target). It stays silent when unsure: a place citing several IDs or a range, or one that shares words with the NFR it cites, is left alone.',
    examples: {
      pass: '<!-- prd -->\n- **NFR-6:** Search answers within 500 ms at p95.\n- **NFR-11:** Passwords are hashed with bcrypt.\n<!-- architecture -->\n- Passwords are hashed with bcrypt, cost factor 12 (NFR-11).',
      fail: '<!-- prd -->\n- **NFR-6:** Search answers within 500 ms at p95.\n- **NFR-11:** Passwords are hashed with bcrypt.\n<!-- architecture -->\n- Passwords are hashed with bcrypt, cost factor 12 (NFR-6).',
    },
  },
  check(ctx) {
    // Found while coverage is computed: a drifted citation does not cover the NFR it cites.
    for (const d of ctx.view.coverage.drift) {
      ctx.report({
        location: d.location,
        message: d.closer
          ? `This place cites ${describe(d.cited)} but describes it as "${d.says}"; ${describe(d.closer)} reads closer.`
          : `This place cites ${describe(d.cited)} but describes it as "${d.says}", which says nothing of it.`,
        fix: d.closer
          ? `Cite ${d.closer.id} here if this is where it is met, and cite ${d.cited.id} where the architecture meets it.`
          : `Use the PRD's meaning of ${d.cited.id} here (${d.cited.location.file}:${d.cited.location.line}), or cite the requirement this place restates.`,
        related: { ...d.cited.location, message: `${d.cited.id} defined here` },
      });
    }
  },
};
