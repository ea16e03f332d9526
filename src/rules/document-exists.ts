import type { DocKind } from '../engine/types.js';
import type { RuleContext } from '../core/rule.js';
import { DOC_NAMES } from '../core/rule.js';

const CONFIG_KEY: Record<DocKind, string> = { prd: 'prd', architecture: 'architecture' };

/** A document the config names but the repository lacks is a finding, never a crash. */
export function checkDocumentExists(ctx: RuleContext, kind: DocKind): void {
  for (const missing of ctx.view.missing.filter((m) => m.kind === kind)) {
    if (missing.noMarkdown) {
      ctx.report({
        location: { file: missing.path, line: 1, column: 1 },
        message: `${DOC_NAMES[kind]} folder ${missing.path} has no markdown files.`,
        fix: `Add the document's markdown files to ${missing.path}, or point docSets[].${CONFIG_KEY[kind]} in .github/archgate.yml at the right file or folder.`,
      });
      continue;
    }
    ctx.report({
      location: { file: missing.path, line: 1, column: 1 },
      message: `${DOC_NAMES[kind]} was not found at ${missing.path}.`,
      fix: `Create ${missing.path} (\`archgate init\` writes a skeleton), or point docSets[].${CONFIG_KEY[kind]} in .github/archgate.yml at the right file or folder.`,
    });
  }
  const doc = ctx.view.doc(kind);
  if (!doc && !ctx.view.missing.some((m) => m.kind === kind)) {
    ctx.report({
      location: { file: kind === 'prd' ? 'docs/prd.md' : 'docs/architecture.md', line: 1, column: 1 },
      message: `${DOC_NAMES[kind]} has no markdown files.`,
      fix: `Add the document's markdown files, or point docSets[].${CONFIG_KEY[kind]} at them.`,
    });
  }
}
