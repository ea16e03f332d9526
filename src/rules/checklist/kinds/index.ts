import type { RuleKind } from '../../../core/rule-kind.js';
import { requiredSection } from './required-section.js';
import { requiredPattern } from './required-pattern.js';
import { forbiddenPattern } from './forbidden-pattern.js';
import { minOccurrences } from './min-occurrences.js';
import { tableColumns } from './table-columns.js';
import { diagramRequired } from './diagram-required.js';
import { rationale } from './rationale.js';
import { minOptions } from './min-options.js';

/** Every rule kind, built-in checklists and customRules alike. The first six are Vale-style; the last two are what the built-in checklists need besides. */
export const KINDS: readonly RuleKind[] = [requiredSection, requiredPattern, forbiddenPattern, minOccurrences, tableColumns, diagramRequired, rationale, minOptions];

export function kindOf(name: string): RuleKind | undefined {
  return KINDS.find((k) => k.name === name);
}
