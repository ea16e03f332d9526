import type { Severity, SeveritySetting } from '../../engine/types.js';
import type { Rule, RuleContext } from '../../core/rule.js';
import type { Checklist } from './builtin-checklists.js';
import { runRecord } from './run-record.js';

const ITEM_SEVERITY = { enum: ['error', 'warning', 'off'] };

/** The rule's severity in the recommended preset: the highest of its items', or off. */
export function checklistSeverity(list: Checklist): SeveritySetting {
  if (list.off) return 'off';
  return list.items.some((i) => i.level === 'error') ? 'error' : 'warning';
}

/** Each item's severity as the config and preset leave it, or off. */
function itemSeverity(ctx: RuleContext, id: string, level: Severity): SeveritySetting {
  const items = (ctx.options.items ?? {}) as Record<string, SeveritySetting>;
  return items[id] ?? (ctx.severityFixed ? ctx.severity : level);
}

/** A built-in checklist as a rule: each item runs as its record and gives at most one finding. */
export function checklistRule(list: Checklist): Rule {
  const itemIds = list.items.map((i) => i.id);
  return {
    meta: {
      id: list.id,
      description: list.description,
      defaultSeverity: checklistSeverity(list),
      scope: 'file',
      ...(list.minimal ? { minimal: list.minimal } : {}),
      rationale: list.rationale,
      options: {
        ...(list.options ?? {}),
        items: { type: 'object', additionalProperties: false, properties: Object.fromEntries(itemIds.map((id) => [id, ITEM_SEVERITY])), description: `Severity per item (${itemIds.join(', ')}): error, warning or off.` },
      },
      ...(list.examples ? { examples: list.examples } : {}),
    },
    check(ctx) {
      const records = list.applyOptions ? list.applyOptions(list.items, ctx.options) : list.items;
      for (const record of records) {
        const severity = itemSeverity(ctx, record.id, record.level);
        if (severity === 'off') continue;
        for (const r of runRecord(record, ctx.view, record.alsoHolds)) ctx.report({ ...r, severity });
      }
    },
  };
}
