import { countAffirmed, mayMatchInUnits, narrowed, scopeUnits } from '../evidence.js';
import type { RuleKind } from '../../../core/rule-kind.js';

export const minOccurrences: RuleKind = {
  name: 'min-occurrences',
  description: 'The pattern matches at least `min` times in the scope (the sections under `section`, else the whole document); negated mentions do not count.',
  required: ['pattern', 'min'],
  fields: ['section', 'pattern', 'min'],
  check(record, ctx) {
    const min = record.min ?? 1;
    const re = narrowed(ctx.doc, record.pattern!);
    let n = 0;
    // A pattern the document never matches is counted without reading unit by unit.
    if (mayMatchInUnits(ctx.doc, re) || min <= 0) for (const unit of scopeUnits(ctx)) {
      n += countAffirmed(unit.text, re, min);
      if (n >= min) return [];
    }
    return [{ location: ctx.where, message: `${record.message.replace(/\.$/, '')} (found ${n}, need ${min}).`, fix: record.fix }];
  },
};
