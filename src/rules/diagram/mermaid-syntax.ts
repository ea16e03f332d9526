import type { Rule } from '../../core/rule.js';

export const diagramMermaidSyntax: Rule = {
  meta: {
    id: 'diagram/mermaid-syntax',
    description: 'Every mermaid block parses, so GitHub can render it.',
    defaultSeverity: 'error',
    scope: 'file',
    minimal: 'error',
    rationale:
      'A mermaid block that does not parse shows as "Unable to render rich display" on GitHub, after the merge. archgate parses every mermaid block in both documents with the real mermaid parser (in node, no browser) and reports the error at the line inside the block where mermaid fails. The parser is loaded only when a document has a mermaid block.',
    examples: {
      pass: '```mermaid\nflowchart LR\n  A --> B\n```',
      fail: '```mermaid\nflowchart LR\n  A --> \n```',
    },
  },
  readsMermaidVerdicts: true,
  check(ctx) {
    const problems = ctx.view.diagrams.mermaidProblems;
    if (!problems) return;
    for (const [block, problem] of problems) {
      const codeLines = block.code.split('\n').length;
      const line = block.fenceLine + Math.min(Math.max(problem.line, 1), codeLines);
      ctx.report({
        location: { file: block.file, line, column: 1 },
        message: `Mermaid cannot parse this ${block.generated ? 'generated ' : ''}diagram: ${problem.message}`,
        fix: block.generated ? 'Run `archgate check --fix`; if it persists, the catalogue holds text mermaid cannot take: report it.' : 'Correct the diagram at this line (the Mermaid Live Editor shows the same error).',
      });
    }
  },
};
