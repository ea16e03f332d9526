import type { Rule } from '../../core/rule.js';

export const diagramMarkers: Rule = {
  meta: {
    id: 'diagram/markers',
    description: 'Generated-block markers are balanced, name a known kind, and name only a doc set the config has.',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'archgate rewrites only what stands between `<!-- archgate:begin KIND -->` and `<!-- archgate:end -->`. A begin without an end, an end without a begin, or an unknown kind would leave it unsure what it may touch, so it touches nothing and says so. Kinds: components, context, container, traceability, traceability-table. `<!-- archgate:begin traceability for web -->` leaves the block to the doc set named web: when the config\'s docSets name no such doc set (a typo, a doc set renamed since), no doc set would ever check or regenerate it, so that is reported too. When the config names no doc sets (one doc set, checked as "default"), a block for another name is not judged: the run says so in a notice.',
    examples: {
      pass: '<!-- archgate:begin components -->\n<!-- archgate:end -->',
      fail: '<!-- archgate:begin componets -->\n<!-- archgate:end -->\n<!-- archgate:begin context -->',
    },
  },
  check(ctx) {
    for (const { file, problem } of ctx.view.diagrams.markerProblems) {
      ctx.report({ location: { file, line: problem.line, column: 1 }, message: problem.message, fix: problem.fix });
    }
  },
};
