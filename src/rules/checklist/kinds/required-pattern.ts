import { affirmed, scopeUnits } from '../evidence.js';
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
    const re = record.pattern!;
    const near = record.near;
    // Many units share one chain of headings: each chain is read once per pattern.
    const headingHits = new Map<string, boolean>();
    const inHeadings = (headings: string, p: RegExp) => {
      const key = `${p === re ? 1 : 2}\u0000${headings}`;
      let hit = headingHits.get(key);
      if (hit === undefined) headingHits.set(key, (hit = affirmed(headings, p) !== null));
      return hit;
    };
    for (const unit of scopeUnits(ctx)) {
      // A unit is read under its headings: an item under "Risks" is a risk.
      const has = (p: RegExp) => inHeadings(unit.headings, p) || affirmed(unit.text, p) !== null;
      if (has(re) && (!near || has(near))) return [];
    }
    return [{ location: ctx.where, message: record.message, fix: record.fix }];
  },
};
