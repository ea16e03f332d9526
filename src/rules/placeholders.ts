import type { Nodes } from 'mdast';
import { offsetLocator, walk } from '../engine/markdown.js';
import type { DocKind } from '../engine/types.js';
import type { RuleContext } from './rule.js';

// Template text nobody replaced. Code and inline code are skipped: `TODO` in a code sample
// is not a placeholder in the document.
const PATTERNS: { re: RegExp; what: string }[] = [
  { re: /\[(?:insert|add|enter|describe|your|placeholder|fill in|tbd|todo)\b[^\]\n]{0,80}\]/gi, what: 'template placeholder' },
  { re: /\[[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}\](?!\()/g, what: 'template placeholder' },
  { re: /\{\{\s*[\w.-]+\s*\}\}/g, what: 'template placeholder' },
  { re: /\b(?:TBD|TBC|TODO|FIXME)\b/g, what: 'unfinished marker' },
  { re: /\blorem ipsum\b/gi, what: 'filler text' },
];

export function checkPlaceholders(ctx: RuleContext, kind: DocKind): void {
  const doc = ctx.view.doc(kind);
  if (!doc) return;
  for (const file of doc.files) {
    walk(file.root, (node: Nodes) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return false;
      if (node.type !== 'text') return;
      const locate = offsetLocator(node.value);
      for (const { re, what } of PATTERNS) {
        for (const m of node.value.matchAll(re)) {
          const start = node.position?.start ?? { line: 1, column: 1 };
          const at = locate(m.index ?? 0);
          const line = start.line + at.lineOffset;
          const column = at.lineOffset === 0 ? start.column + (m.index ?? 0) : at.column;
          ctx.report({
            location: { file: file.path, line, column },
            message: `Unfilled ${what} "${m[0]}".`,
            fix: `Replace "${m[0]}" with the real content, or delete it.`,
          });
        }
      }
    });
  }
}
