import type { Nodes, Table } from 'mdast';
import { offsetLocator, plainText, walk } from '../engine/markdown.js';
import { normalizeHeading } from '../engine/headings.js';
import type { DocKind } from '../engine/types.js';
import type { RuleContext } from '../core/rule.js';

// Template text nobody replaced. Code and inline code are skipped: `TODO` in a code sample
// is not a placeholder in the document. Neither is a product feature ("a TODO list app"), nor
// a merge variable in an e-mail template or an example query ("Hi [Employee Name],"): those are
// text the product itself fills in.
const SLOT_NOUNS = 'name|date|company|product|title|e-?mail|owner|version|url|link|author|team|project|description|value|number|amount|address|phone|role|city|country|organi[sz]ation|client|customer|vendor|budget|deadline';
/** What follows "TODO" when it names the product's own feature ("TODO list", "Todo app"). */
const TODO_FEATURE = /^\s*-?\s*(?:lists?|apps?|items?|application|manager|features?|tasks?|entries|board|tracker)\b/i;

const PATTERNS: { re: RegExp; what: string; template?: boolean; unless?: RegExp }[] = [
  { re: /\[(?:insert|add|enter|describe|your|placeholder|fill in|tbd|todo)\b[^\]\n]{0,80}\]/gi, what: 'template placeholder' },
  { re: /\[[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}\](?![(:[])/g, what: 'template placeholder', template: true },
  { re: new RegExp(`\\[(?:${SLOT_NOUNS})\\](?![(:[])`, 'gi'), what: 'template placeholder', template: true },
  { re: /\{\{\s*[\w.-]+\s*\}\}/g, what: 'template placeholder', template: true },
  { re: /\b(?:TBD|TBC|FIXME)\b/g, what: 'unfinished marker' },
  { re: /\bTODO\b/g, what: 'unfinished marker', unless: TODO_FEATURE },
  { re: /\bto be (?:determined|decided|defined|confirmed)\b/gi, what: 'unfinished marker' },
  { re: /_{4,}/g, what: 'blank' },
  { re: /\blorem ipsum\b/gi, what: 'filler text' },
];

/** What every match of PATTERNS contains: most text has none of it and is read once, not once per pattern. */
const MAY_HOLD_PLACEHOLDER = /[[{_]|TB[DC]|FIXME|TODO|to be|lorem/i;

/** Text that shows a template the product fills in: an e-mail, a message, an example, a prompt. */
const TEMPLATE_CONTEXT = /\b(?:templates?|examples?|e\.g\.|sample|e-?mails?|notifications?|subject|greeting|quer(?:y|ies)|prompts?|variables?|merge)\b|^\s*(?:hi|hello|dear|bonjour|hola)\b/im;

/**
 * A slot inside a quoted string ("Prices as of [date]") is text the product prints, not one the
 * author left: an odd number of quotes before it and one after. `quotes` are the text's quote
 * offsets, found once per text, so that a paragraph of many slots is not reread for each.
 */
function insideQuotes(quotes: readonly number[], index: number): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid] < index) lo = mid + 1;
    else hi = mid;
  }
  return lo % 2 === 1 && lo < quotes.length;
}

const SIGN_OFF = /\b(?:signature|sign off|signoff|signed|approved by|approver|approval date)\b/;

function emptySignOffCells(table: Table): Nodes[] {
  const header = (table.children[0]?.children ?? []).map((c) => normalizeHeading(plainText(c)));
  const columns = header.map((h, i) => (SIGN_OFF.test(h) ? i : -1)).filter((i) => i >= 0);
  if (!columns.length) return [];
  return table.children.slice(1).flatMap((row) => columns.map((i) => row.children[i]).filter((cell): cell is NonNullable<typeof cell> => cell !== undefined && plainText(cell).trim() === ''));
}

export function checkPlaceholders(ctx: RuleContext, kind: DocKind): void {
  const doc = ctx.view.doc(kind);
  if (!doc) return;
  for (const file of doc.files) {
    // The heading above, for template context ("## Welcome e-mail").
    let heading = '';
    const visitBlock = (block: Nodes): void => {
      // The block's text is built only when a template-like slot needs its context.
      let context: boolean | undefined;
      const templateContext = () => (context ??= TEMPLATE_CONTEXT.test(`${heading}\n${plainText(block)}`));
      walk(block, (node: Nodes) => {
        if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return false;
        if (node.type === 'table') {
          for (const cell of emptySignOffCells(node)) {
            const at = cell.position?.start ?? { line: 1, column: 1 };
            ctx.report({ location: { file: file.path, line: at.line, column: at.column }, message: 'Unfilled sign-off cell.', fix: 'Fill in who signed off and when, or remove the sign-off row until it happens.' });
          }
        }
        if (node.type !== 'text' || !MAY_HOLD_PLACEHOLDER.test(node.value)) return;
        const locate = offsetLocator(node.value);
        let quotes: number[] | undefined;
        const quoted = (index: number) => insideQuotes((quotes ??= [...node.value.matchAll(/["“”]/g)].map((q) => q.index ?? 0)), index);
        for (const { re, what, template, unless } of PATTERNS) {
          for (const m of node.value.matchAll(re)) {
            if (unless?.test(node.value.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40))) continue;
            if (template && (templateContext() || quoted(m.index ?? 0))) continue;
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
    };
    for (const block of file.root.children) {
      if (block.type === 'heading') {
        heading = plainText(block);
        visitBlock(block);
      } else if (block.type === 'list') {
        // Each item is its own context: an example in one item says nothing of the next.
        for (const item of block.children) visitBlock(item);
      } else visitBlock(block);
    }
  }
}
