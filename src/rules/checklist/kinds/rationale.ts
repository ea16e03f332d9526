import type { Table } from 'mdast';
import { sectionTree } from '../../../engine/document.js';
import { normalizeHeading } from '../../../engine/headings.js';
import { plainText } from '../../../engine/markdown.js';
import { affirmed, narrowed, scopeUnits } from '../evidence.js';
import type { RuleKind } from '../../../core/rule-kind.js';
import { REASON_WORDS, RATIONALE_COLUMNS } from '../topic-patterns.js';
import { wordAlternatives } from '../../../engine/word-boundary.js';

// The reason for a choice stands next to the choice: in the same paragraph, list item or table
// row, or the one right after it. A reason three sections away explains something else.
const EXPLAINED_ITEM = /\s[-–—:]\s+\S+(?:\s+\S+){2,}/;
/** A statement that gives the reason for the whole choice: "**Rationale for Selection:** ...". */
// Whole words in any script (word-boundary.ts): "\b" after "理由" never matched "理由：".
const RATIONALE_LABEL = new RegExp(String.raw`^\s*(?:${wordAlternatives(['rationale', 'why', 'reasons?', 'justification', 'raison', 'justificatif', 'gerekçe', 'justificación', 'motivo', 'begründung', '理由'], true)})`, 'iu');

function hasRationaleColumn(table: Table, columns: RegExp): boolean {
  return (table.children[0]?.children ?? []).some((c) => columns.test(normalizeHeading(plainText(c))));
}

export const rationale: RuleKind = {
  name: 'rationale',
  description: 'Where `pattern` is named in the scope, a reason (`near`; by default because, so that, chosen for, trade-off, ...) stands in the same paragraph, list item or table row, or the next one. Without `pattern`, at least half of the scope\'s list items and table rows give a reason, or a statement opens with Rationale (Why, Reason, Justification). A table with a Rationale (Why, Reason, Justification) column counts for all its rows.',
  required: [],
  fields: ['section', 'pattern', 'near'],
  check(record, ctx) {
    const reason = narrowed(ctx.doc, record.near ?? REASON_WORDS);
    const blocks = ctx.scope.length ? ctx.scope.flatMap((s) => sectionTree(ctx.doc, s)).flatMap((s) => s.blocks) : ctx.doc.files.flatMap((f) => f.root.children);
    const columns = new RegExp(wordAlternatives(RATIONALE_COLUMNS, true), 'u');
    if (blocks.some((b) => b.type === 'table' && hasRationaleColumn(b, columns))) return [];
    const units = scopeUnits(ctx);
    if (record.pattern) {
      const choice = narrowed(ctx.doc, record.pattern);
      const ok = units.some((u, i) => affirmed(u.text, choice) && (affirmed(u.text, reason) || (units[i + 1]?.section === u.section && affirmed(units[i + 1]?.text ?? '', reason))));
      if (ok) return [];
    } else {
      const explained = units.filter((u) => affirmed(u.text, reason) || EXPLAINED_ITEM.test(u.text.replace(/^[^:]{1,40}:\s*/, ''))).length;
      if (units.some((u) => RATIONALE_LABEL.test(u.text))) return [];
      if (units.length > 0 && explained * 2 >= units.length) return [];
    }
    return [{ location: ctx.where, message: record.message, fix: record.fix }];
  },
};
