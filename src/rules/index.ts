import type { Rule } from '../core/rule.js';
import { CHECKLISTS } from './checklist/builtin-checklists.js';
import { checklistRule } from './checklist/checklist-rule.js';
import { prdFileExists } from './prd/file-exists.js';
import { prdUniqueIds } from './prd/unique-ids.js';
import { prdConsistentTargets } from './prd/consistent-targets.js';
import { prdConsistentIdStyle } from './prd/consistent-id-style.js';
import { prdNfrDefined } from './prd/nfr-defined.js';
import { prdFrDefined } from './prd/fr-defined.js';
import { prdNfrMeasurable } from './prd/nfr-measurable.js';
import { prdNoPlaceholders } from './prd/no-placeholders.js';
import { archFileExists } from './arch/file-exists.js';
import { archNoPlaceholders } from './arch/no-placeholders.js';
import { archCoreTopics, prdCoreSections } from './core-topics.js';
import { traceNfrAddressed } from './trace/nfr-addressed.js';
import { traceNfrCited } from './trace/nfr-cited.js';
import { traceFrAddressed } from './trace/fr-addressed.js';
import { traceOrphanReference } from './trace/orphan-reference.js';
import { traceTargetMismatch } from './trace/target-mismatch.js';
import { traceCitationDrift } from './trace/citation-drift.js';
import { traceWaivers } from './trace/waivers.js';
import { diagramMarkers } from './diagram/markers.js';
import { diagramStale } from './diagram/stale.js';
import { diagramMermaidSyntax } from './diagram/mermaid-syntax.js';
import { diagramDrift } from './diagram/drift.js';

const checklist = (id: string): Rule => checklistRule(CHECKLISTS.find((c) => c.id === id)!);

/** Every built-in rule, in the order they run and are documented. */
export const RULES: readonly Rule[] = [
  prdFileExists,
  prdCoreSections,
  prdUniqueIds,
  prdConsistentTargets,
  prdConsistentIdStyle,
  prdFrDefined,
  prdNfrDefined,
  prdNfrMeasurable,
  checklist('prd/required-sections'),
  prdNoPlaceholders,
  archFileExists,
  archCoreTopics,
  checklist('arch/c4-diagrams'),
  checklist('arch/architecture-style'),
  checklist('arch/technology-rationale'),
  checklist('arch/components'),
  checklist('arch/interfaces'),
  checklist('arch/data-model'),
  checklist('arch/deployment-options'),
  checklist('arch/security'),
  checklist('arch/scalability'),
  checklist('arch/observability'),
  checklist('arch/backup-recovery'),
  checklist('arch/error-handling'),
  checklist('arch/caching'),
  checklist('arch/decision-records'),
  checklist('arch/risks'),
  checklist('arch/migration-plan'),
  archNoPlaceholders,
  traceNfrAddressed,
  traceNfrCited,
  traceFrAddressed,
  traceOrphanReference,
  traceCitationDrift,
  traceTargetMismatch,
  traceWaivers,
  diagramMarkers,
  diagramStale,
  diagramMermaidSyntax,
  diagramDrift,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
