import type { Rule } from '../../core/rule.js';

export const diagramStale: Rule = {
  meta: {
    id: 'diagram/stale',
    description: 'Each generated block is what archgate would generate now from the component catalogue and the PRD.',
    defaultSeverity: 'warning',
    scope: 'docSet',
    rationale:
      'A diagram generated from the catalogue drifts as soon as someone edits a component and forgets the picture. archgate regenerates the block from the current documents and compares (line-end whitespace aside); `archgate check --fix` rewrites only the stale blocks, and a second run changes nothing.',
    examples: {
      pass: '### Component: API\n**Responsibility:** serves requests\n\n<!-- archgate:begin components -->\n```mermaid\nflowchart LR\n  api["API"]\n```\n<!-- archgate:end -->',
      fail: '### Component: API\n**Responsibility:** serves requests\n\n<!-- archgate:begin components -->\n```mermaid\nflowchart LR\n  old["Old"]\n```\n<!-- archgate:end -->',
    },
  },
  check(ctx) {
    for (const g of ctx.view.diagrams.generated) {
      if (!g.stale) continue;
      ctx.report({
        location: { file: g.file, line: g.block.beginLine, column: 1 },
        message: `The generated ${g.kind} block is out of date.`,
        fix: 'Run `archgate check --fix` to regenerate it (only the text between its markers changes).',
      });
    }
  },
};
