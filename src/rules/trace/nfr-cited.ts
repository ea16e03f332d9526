import type { Rule } from '../../core/rule.js';

export const traceNfrCited: Rule = {
  meta: {
    id: 'trace/nfr-cited',
    description: 'An NFR the architecture addresses without citing its ID (status implied) should be cited.',
    defaultSeverity: 'warning',
    scope: 'docSet',
    rationale:
      'Many real architecture documents meet requirements without naming them. archgate recognises these kinds of evidence, and prefers missing a link to inventing one: the NFR\'s measurable target restated next to words of the requirement (the same metric and value, a sum in the same currency, a rate written in words: "500 transacciones por segundo"), or a place that restates most of its distinctive wording (a `likely` suggestion), or, for an NFR without a measurable target, a place in the design (prose, a list item or a table row, not a code sample) that writes two of its own words with much of its wording. Its own words count, written in the place itself: not the word for the quality (performance, sécurité, logs), nor a word or mechanism several NFRs use, nor the same number for another percentile; a place sharing only those discusses the topic. The finding points at that place; citing the ID there makes the link explicit and turns the status into covered.',
    examples: {
      pass: '<!-- prd -->\n- **NFR1:** Search responds p95 < 200 ms\n<!-- architecture -->\nSearch responds p95 < 200 ms thanks to the index (NFR1).',
      fail: '<!-- prd -->\n- **NFR1:** Search responds p95 < 200 ms\n<!-- architecture -->\nSearch responds p95 < 200 ms thanks to the index.',
    },
  },
  check(ctx) {
    for (const row of ctx.view.coverage.rows) {
      if (row.requirement.kind !== 'nfr' || row.status !== 'implied' || !row.implied) continue;
      const { location, reason } = row.implied;
      ctx.report({
        location,
        message: `${row.requirement.id} is not cited, but this place seems to address it (${reason}).`,
        fix: `Cite ${row.requirement.id} at ${location.file}:${location.line} so the link is explicit.`,
        related: { ...row.requirement.location, message: `${row.requirement.id} defined here` },
      });
    }
  },
};
