import type { Nodes, Table } from 'mdast';
import { sectionTree, type Section } from '../../../engine/document.js';
import { normalizeHeading } from '../../../engine/headings.js';
import { plainText, walk } from '../../../engine/markdown.js';
import type { RuleKind } from '../../../core/rule-kind.js';
import { OPTION_WORDS, COMPARISON_COLUMNS } from '../topic-patterns.js';
import { wordAlternatives } from '../../../engine/word-boundary.js';

// Options are written in many forms; each form is counted and the largest count wins:
// subsections ("### Option A: Cloud Run", "### Mode 2: self-hosted"), bold labels opening a
// paragraph or list item ("**Option B:** GKE"), labelled mentions ("Option 1", "Alternative B"),
// rows of a comparison table (a Cost, Pros or Trade-off column), and "A or B" choices per tier.
const OPTION_LABEL = new RegExp(`^(?:${OPTION_WORDS.join('|')})\\b`, 'i');
// Whole words in any script (word-boundary.ts): "\\b" before "方案" or "成本" never matched.
const OPTION_MENTION = new RegExp(`(?:${wordAlternatives(OPTION_WORDS)})\\s*(?:#\\s*)?(?:[A-D1-4])\\b`, 'giu');
const COMPARISON = new RegExp(wordAlternatives(COMPARISON_COLUMNS, true), 'u');
// Bounded, single-line runs only: this runs on every paragraph a pull request writes.
const TIER_CHOICE = /^[^:\n]{2,40}:[ \t]{0,3}[\w.-]{1,30}(?:[ \t][\w.-]{1,30}){0,3}[ \t]{1,3}or[ \t]{1,3}[\w.-]{1,30}(?:[ \t][\w.-]{1,30}){0,3}[ \t]{0,3}$/im;

function comparisonRows(table: Table): number {
  const header = (table.children[0]?.children ?? []).map((c) => normalizeHeading(plainText(c)));
  return header.some((h) => COMPARISON.test(h)) ? table.children.length - 1 : 0;
}

/** The most options any one form shows: sections are the subsections to read as options. */
export function countOptions(sections: Section[], allBlocks: Nodes[]): number {
  const headings = sections.filter((s) => OPTION_LABEL.test(s.key)).length;
  let labels = 0;
  let tableRows = 0;
  let tierChoices = 0;
  const mentions = new Set<string>();
  for (const block of allBlocks) {
    walk(block, (node) => {
      if (node.type === 'table') tableRows = Math.max(tableRows, comparisonRows(node));
      if (node.type === 'paragraph') {
        const first = node.children[0];
        if (first?.type === 'strong' && OPTION_LABEL.test(normalizeHeading(plainText(first)))) labels++;
        const text = plainText(node);
        for (const m of text.matchAll(OPTION_MENTION)) mentions.add(m[0].toLowerCase().replace(/[^a-z0-9]/g, ''));
        if (TIER_CHOICE.test(text)) tierChoices = 2;
        return false;
      }
    });
  }
  return Math.max(headings, labels, mentions.size, tableRows, tierChoices);
}

export const minOptions: RuleKind = {
  name: 'min-options',
  description: 'The scope (the sections under `section`, else the whole document) compares at least `min` options: subsections or bold labels named Option, Alternative, Mode, Approach, ..., rows of a comparison table (a Cost, Pros/Cons or Trade-off column), or "A or B" choices.',
  required: ['min'],
  fields: ['section', 'min'],
  check(record, ctx) {
    const min = record.min ?? 2;
    const tree = ctx.scope.flatMap((s) => sectionTree(ctx.doc, s));
    const blocks = ctx.scope.length ? tree.flatMap((s) => s.blocks) : ctx.doc.files.flatMap((f) => f.root.children);
    // A scope with text but no labelled options still describes one.
    const described1 = blocks.some((b) => b.type !== 'html' && b.type !== 'heading');
    const n0 = countOptions(ctx.scope.length ? tree.filter((s) => !ctx.scope.includes(s)) : ctx.doc.sections, blocks);
    const n = Math.max(n0, described1 ? 1 : 0);
    if (n >= min) return [];
    const described = n === 0 ? 'none' : n === 1 ? 'one' : String(n);
    return [{ location: ctx.where, message: `${record.message.replace(/\.$/, '')} (found ${described}, need ${min}).`, fix: record.fix }];
  },
};
