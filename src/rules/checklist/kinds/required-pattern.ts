import { affirmed, mayMatchInUnits, narrowed, scopeUnits } from '../evidence.js';
import type { RuleKind } from '../../../core/rule-kind.js';

// Evidence, not the topic word: the pattern must match in a paragraph, list item, table row or
// config block of the scope, not negated ("no snapshots"), and not in a self-assessment or
// checklist section. With `near`, both patterns must match in the same unit: a risk and its
// mitigation in one row, a backup and how often it runs in one sentence.
export const requiredPattern: RuleKind = {
  name: 'required-pattern',
  description: 'The pattern matches in the scope (the sections under `section`, else the whole document), not negated and not in a checklist or self-assessment section; a unit is read with the headings above it. With `near`, a second pattern must match in the same paragraph, list item or table row.',
  required: ['pattern'],
  fields: ['section', 'pattern', 'near'],
  check(record, ctx) {
    const re = narrowed(ctx.doc, record.pattern!);
    const near = record.near && narrowed(ctx.doc, record.near);
    const missing = [{ location: ctx.where, message: record.message, fix: record.fix }];
    // Scope units are the document's or some of them: a pattern found in none of the document's is found in none.
    if (!mayMatchInUnits(ctx.doc, re) || (near && !mayMatchInUnits(ctx.doc, near))) return missing;
    // Many units share one chain of headings: each chain is read once per pattern.
    const headingHits = new Map<RegExp, Map<string, boolean>>([[re, new Map()], ...(near ? [[near, new Map()] as const] : [])]);
    const inHeadings = (headings: string, p: RegExp) => {
      const hits = headingHits.get(p)!;
      let hit = hits.get(headings);
      if (hit === undefined) hits.set(headings, (hit = affirmed(headings, p) !== null));
      return hit;
    };
    for (const unit of scopeUnits(ctx)) {
      // A unit is read under its headings: an item under "Risks" is a risk.
      const has = (p: RegExp) => inHeadings(unit.headings, p) || affirmed(unit.text, p) !== null;
      if (has(re) && (!near || has(near))) return [];
    }
    return missing;
  },
};
