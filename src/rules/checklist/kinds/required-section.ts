import type { Section } from '../../../engine/document.js';
import { countAffirmed, docUnits, hasBody, mayMatchInUnits, narrowed } from '../evidence.js';
import type { RuleKind } from '../../../core/rule-kind.js';

// A section under any of the record's headings, with text under it. When the record also gives
// a pattern, prose that matches it at least `min` times (default 1) counts too: real documents
// often cover a topic inside a differently named section.
export const requiredSection: RuleKind = {
  name: 'required-section',
  description: 'A section under any of these headings, with a body (text, a list, a table or a diagram under the heading). Optionally, `pattern` (with `min`) accepts the topic written in prose instead.',
  required: ['section'],
  fields: ['section', 'pattern', 'min'],
  check(record, ctx) {
    if (ctx.sections.some((s: Section) => hasBody(ctx.doc, s))) return [];
    if (record.pattern) {
      const re = narrowed(ctx.doc, record.pattern);
      const min = record.min ?? 1;
      // Counted only as far as min: more says nothing more.
      let hits = 0;
      if (mayMatchInUnits(ctx.doc, re)) {
        for (const u of docUnits(ctx.doc)) {
          hits += countAffirmed(u.text, re, 10);
          if (hits >= min) break;
        }
      }
      if (hits >= min) return [];
    }
    const empty = ctx.sections[0];
    const message = empty ? `${record.message.replace(/\.$/, '')} ("${empty.title}" has no text under it).` : record.message;
    return [{ location: ctx.where, message, fix: record.fix }];
  },
};
