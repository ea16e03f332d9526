import type { Rule } from '../../core/rule.js';
import { docStart } from '../../core/rule.js';
import { findLabel } from '../../engine/section-finder.js';
import { proposeNfrIds } from '../../engine/id-proposals.js';

export const prdNfrDefined: Rule = {
  meta: {
    id: 'prd/nfr-defined',
    description: 'The PRD defines at least one NFR with an ID.',
    defaultSeverity: 'warning',
    scope: 'file',
    minimal: 'warning',
    rationale:
      'Traceability starts with IDs: without `NFR1`, `NFR-001`, `RNF-01` or `QS-1` labels, the architecture cannot cite which requirement it meets, and archgate can only guess. An ID defined in a non-functional or quality section (in any supported language) is an NFR whatever its prefix. A PRD whose non-functional requirements are plain bullets or table rows gets this warning, pointing at the section that holds them; `archgate ids` shows the IDs it would add in the document\'s style, and `archgate ids --write --yes` adds them. A PRD whose IDs are all functional or unclassified (a custom `ids.pattern` outside any non-functional section) is told so.',
    examples: { pass: '## Non-Functional Requirements\n\n- **NFR1:** p95 < 200 ms', fail: '## Non-Functional Requirements\n\n- The API should be fast' },
  },
  check(ctx) {
    const prd = ctx.view.prd;
    if (!prd || ctx.view.requirements.some((r) => r.kind === 'nfr')) return;
    const section = ctx.view.findSections('prd', 'nonfunctional-requirements')[0];
    const where = section ? { file: section.file, line: section.line, column: 1 } : findLabel(prd, ctx.view.synonyms['nonfunctional-requirements'] ?? []);
    const proposal = proposeNfrIds(prd, ctx.view.prdIds, ctx.view.synonyms);
    if (proposal.edits.length) {
      const n = proposal.ids.length;
      const example = proposal.edits[0].after.trim();
      ctx.report({
        location: { file: proposal.edits[0].file, line: proposal.edits[0].line, column: 1 },
        message: `The non-functional requirements list ${n} requirement${n === 1 ? '' : 's'} without IDs, so none can be traced.`,
        fix: `Number them in the document's style, e.g. "${example}" (${proposal.ids[0]}${n > 1 ? ` to ${proposal.ids[n - 1]}` : ''}): run "archgate ids" to see every proposed ID as a diff and "archgate ids --write --yes" to write them.`,
      });
      return;
    }
    const others = ctx.view.requirements.filter((r) => r.kind === 'other');
    if (others.length) {
      const sample = others.slice(0, 3).map((r) => r.id).join(', ');
      ctx.report({
        location: where ?? others[0].location,
        message: `The PRD defines ${others.length} requirement ID${others.length === 1 ? '' : 's'} (${sample}${others.length > 3 ? ', …' : ''}) but none is a non-functional requirement.`,
        fix: 'Define the non-functional ones under a "Non-Functional Requirements" (or "Quality Requirements") heading, or list their prefix under ids.prefixes.nfr in .github/archgate.yml: ids.pattern finds IDs but does not say which are NFRs.',
      });
      return;
    }
    ctx.report({
      location: where ?? docStart(prd),
      message: where ? 'The non-functional requirements have no IDs, so none can be traced.' : 'The PRD defines no non-functional requirements.',
      fix: where
        ? 'Start each non-functional requirement with an ID such as "**NFR1:**" (or NFR-001, NFR-PERF-01).'
        : 'Add a "Non-Functional Requirements" section with one ID per requirement, e.g. "- **NFR1:** p95 latency < 200 ms".',
    });
  },
};
