import type { Table } from 'mdast';
import { sectionTree } from '../../../engine/document.js';
import { normalizeHeading } from '../../../engine/headings.js';
import { plainText } from '../../../engine/markdown.js';
import type { RuleKind } from '../../../core/rule-kind.js';

/** True when the table's header has every column (each column is matched as whole words, any case). */
export function tableHasColumns(table: Table, columns: string[]): boolean {
  const header = (table.children[0]?.children ?? []).map((c) => ` ${normalizeHeading(plainText(c))} `);
  return columns.every((col) => header.some((h) => h.includes(` ${normalizeHeading(col)} `)));
}

export const tableColumns: RuleKind = {
  name: 'table-columns',
  description: 'A table in the scope (the sections under `section`, else the whole document) has all of these columns.',
  required: ['columns'],
  fields: ['section', 'columns'],
  check(record, ctx) {
    const sections = ctx.scope.length ? ctx.scope.flatMap((s) => sectionTree(ctx.doc, s)) : ctx.doc.sections;
    const roots = ctx.scope.length ? [] : ctx.doc.files.map((f) => f.root.children);
    const blocks = [...sections.flatMap((s) => s.blocks), ...roots.flat()];
    if (blocks.some((b) => b.type === 'table' && tableHasColumns(b, record.columns!))) return [];
    return [{ location: ctx.where, message: record.message, fix: record.fix }];
  },
};
