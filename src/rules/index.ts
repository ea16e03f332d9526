import type { Rule } from './rule.js';
import { prdFileExists } from './prd/file-exists.js';
import { prdUniqueIds } from './prd/unique-ids.js';
import { prdConsistentIdStyle } from './prd/consistent-id-style.js';
import { prdNfrDefined } from './prd/nfr-defined.js';
import { prdNfrMeasurable } from './prd/nfr-measurable.js';
import { prdRequiredSections } from './prd/required-sections.js';
import { prdNoPlaceholders } from './prd/no-placeholders.js';
import { archFileExists } from './arch/file-exists.js';
import { archC4Diagrams } from './arch/c4-diagrams.js';
import { archArchitectureStyle } from './arch/architecture-style.js';
import { archTechnologyRationale } from './arch/technology-rationale.js';
import { archComponents } from './arch/components.js';
import { archInterfaces } from './arch/interfaces.js';
import { archDataModel } from './arch/data-model.js';
import { archDeploymentOptions } from './arch/deployment-options.js';
import { archSecurity } from './arch/security.js';
import { archScalability } from './arch/scalability.js';
import { archObservability } from './arch/observability.js';
import { archBackupRecovery } from './arch/backup-recovery.js';
import { archErrorHandling } from './arch/error-handling.js';
import { archCaching } from './arch/caching.js';
import { archDecisionRecords } from './arch/decision-records.js';
import { archRisks } from './arch/risks.js';
import { archMigrationPlan } from './arch/migration-plan.js';
import { archNoPlaceholders } from './arch/no-placeholders.js';
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

/** Every built-in rule, in the order they run and are documented. */
export const RULES: readonly Rule[] = [
  prdFileExists,
  prdUniqueIds,
  prdConsistentIdStyle,
  prdNfrDefined,
  prdNfrMeasurable,
  prdRequiredSections,
  prdNoPlaceholders,
  archFileExists,
  archC4Diagrams,
  archArchitectureStyle,
  archTechnologyRationale,
  archComponents,
  archInterfaces,
  archDataModel,
  archDeploymentOptions,
  archSecurity,
  archScalability,
  archObservability,
  archBackupRecovery,
  archErrorHandling,
  archCaching,
  archDecisionRecords,
  archRisks,
  archMigrationPlan,
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
