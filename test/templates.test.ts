import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, itWithShared, sharedPath } from './helpers.js';
import { runCheck } from '../src/cli/run-check.js';
import { parseDoc } from '../src/engine/document.js';
import { DEFAULT_SYNONYMS, findSections, mergeSynonyms } from '../src/engine/section-finder.js';

// Documents written with other templates than BMAD, each a small fixture modelled on a public
// example: arc42's HtmlSanityCheck (one file per section, quality scenarios with QS- IDs),
// GitHub spec-kit's photo-albums walk-through (spec.md and plan.md), a university course's IEEE
// 830-style SRS and SDD (one REQ- prefix for every kind). Checked with no config, only the paths.
// Rows marked "false today" are findings a careful reader rejects (see the report to the lead:
// the C4 check does not read the context-diagram / container-diagram topics yet, and a few
// checklist words do not match glued to other text).
const fixture = (name: string) => path.join(ROOT, 'test/fixtures', name);
const rows = (findings: { rule: string; file: string; line: number; message: string }[]) => findings.map((f) => [f.rule, f.file, f.line, f.message]);

describe('arc42 (HtmlSanityCheck), one file per section', () => {
  const arc42 = (s: string) => `docs/arc42/${s}.md`;
  it('reads the quality scenarios (QS-) as the NFRs and the requirements overview (UC-) as the FRs', async () => {
    const report = await runCheck({
      dir: fixture('arc42'),
      prd: ['01_introduction_and_goals', '02_architecture_constraints', '10_quality_requirements'].map(arc42),
      architecture: ['03_context_and_scope', '04_solution_strategy', '05_building_block_view', '07_deployment_view', '09_architecture_decisions', '11_technical_risks'].map(arc42),
    });
    const set = report.docSets[0];
    expect(set.requirements.map((r) => [r.id, r.kind, r.kind === 'nfr' ? r.category : '-'])).toEqual([
      ['UC-1', 'fr', '-'], ['UC-2', 'fr', '-'],
      ['QS-1', 'nfr', 'accuracy'], ['QS-2', 'nfr', 'performance'], ['QS-3', 'nfr', 'maintainability'], ['QS-4', 'nfr', 'usability'],
    ]);
    expect(set.coverage.filter((c) => c.status === 'covered').map((c) => c.id)).toEqual(['UC-1', 'UC-2', 'QS-1', 'QS-2', 'QS-3']);
    expect(rows(set.findings)).toEqual([
      ['prd/required-sections', 'docs/arc42/01_introduction_and_goals.md', 1, 'The PRD has no out of scope section.'],
      ['prd/required-sections', 'docs/arc42/01_introduction_and_goals.md', 1, 'The PRD has no success metrics section.'],
      ['trace/nfr-addressed', 'docs/arc42/10_quality_requirements.md', 16, 'QS-4 (Usability) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['arch/backup-recovery', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not say what is backed up and how often.'],
      ['arch/backup-recovery', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not state a recovery point objective (RPO).'],
      ['arch/backup-recovery', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not state a recovery time objective (RTO).'],
      ['arch/c4-diagrams', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document has no component (C4 level 3) diagram.'],
      ['arch/c4-diagrams', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document has no container (C4 level 2) diagram.'],
      ['arch/core-topics', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document lacks 7 of its 13 core topics: its interfaces, its data model, authentication, a scaling mechanism, monitoring, backups, error handling.'],
      ['arch/data-model', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe its data model.'],
      ['arch/deployment-options', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document gives no cost estimate.'],
      ['arch/error-handling', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not define the error response format.'],
      ['arch/error-handling', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not say how errors are handled.'],
      ['arch/interfaces', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe its interfaces.'],
      ['arch/observability', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe alerting.'],
      ['arch/observability', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe logging.'],
      ['arch/observability', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe monitoring.'],
      ['arch/scalability', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not say how it scales.'],
      ['arch/security', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe authentication.'],
      ['arch/security', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe authorization.'],
      ['arch/security', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe encryption at rest.'],
      ['arch/security', 'docs/arc42/03_context_and_scope.md', 1, 'The architecture document does not describe encryption in transit.'],
      ['arch/technology-rationale', 'docs/arc42/03_context_and_scope.md', 12, 'The technology stack does not say why each technology was chosen.'],
      ['arch/architecture-style', 'docs/arc42/04_solution_strategy.md', 1, 'The architecture document names a style but not why it was chosen.'],
      ['arch/deployment-options', 'docs/arc42/07_deployment_view.md', 1, 'The architecture document does not compare enough deployment options (found one, need 2).'],
    ]);
  });
});

describe('GitHub spec-kit: spec.md and plan.md', () => {
  it('reads FR-xxx as FRs and the measurable success criteria SC-xxx as NFRs', async () => {
    const report = await runCheck({ dir: fixture('spec-kit'), prd: ['specs/001-photo-albums/spec.md'], architecture: ['specs/001-photo-albums/plan.md'] });
    const set = report.docSets[0];
    expect(set.requirements.map((r) => [r.id, r.kind])).toEqual([
      ['FR-001', 'fr'], ['FR-002', 'fr'], ['FR-003', 'fr'], ['FR-004', 'fr'],
      ['SC-001', 'nfr'], ['SC-002', 'nfr'], ['SC-003', 'nfr'], ['SC-004', 'nfr'],
    ]);
    expect(set.coverage.filter((c) => c.status === 'covered').map((c) => c.id)).toEqual(['FR-001', 'FR-002', 'FR-003', 'SC-002', 'SC-004']);
    // A plan is not an architecture document: what it lacks is reported, at the plan's first line.
    expect(rows(set.findings)).toEqual([
      ['prd/required-sections', 'specs/001-photo-albums/spec.md', 1, 'The PRD has no constraints or assumptions section.'],
      ['prd/required-sections', 'specs/001-photo-albums/spec.md', 1, 'The PRD has no out of scope section.'],
      ['prd/required-sections', 'specs/001-photo-albums/spec.md', 1, 'The PRD has no purpose or goals section.'],
      ['trace/nfr-addressed', 'specs/001-photo-albums/spec.md', 49, 'SC-001 (Users find an album from last year in under 10…) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
      ['trace/nfr-addressed', 'specs/001-photo-albums/spec.md', 51, 'SC-003 (90% of users re-order an album on the first try) is not cited in the architecture document. It seems addressed at specs/001-photo-albums/plan.md:24 (Constitution Check); specs/001-photo-albums/plan.md:23 (Constitution Check).'],
      ['prd/nfr-measurable', 'specs/001-photo-albums/spec.md', 52, 'SC-004 has no measurable target.'],
      ['arch/architecture-style', 'specs/001-photo-albums/plan.md', 1, 'The architecture document names a style but not why it was chosen.'],
      ['arch/backup-recovery', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not say what is backed up and how often.'],
      ['arch/backup-recovery', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not state a recovery point objective (RPO).'],
      ['arch/backup-recovery', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not state a recovery time objective (RTO).'],
      ['arch/c4-diagrams', 'specs/001-photo-albums/plan.md', 1, 'The architecture document has no component (C4 level 3) diagram.'],
      ['arch/c4-diagrams', 'specs/001-photo-albums/plan.md', 1, 'The architecture document has no container (C4 level 2) diagram.'],
      ['arch/c4-diagrams', 'specs/001-photo-albums/plan.md', 1, 'The architecture document has no system context (C4 level 1) diagram.'],
      ['arch/core-topics', 'specs/001-photo-albums/plan.md', 1, 'The architecture document lacks 9 of its 13 core topics: a system context diagram (C4 level 1), its interfaces, its data model, authentication, a scaling mechanism, monitoring, backups, error handling, risks.'],
      ['arch/data-model', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe its data model.'],
      ['arch/deployment-options', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not compare enough deployment options (found one, need 2).'],
      ['arch/deployment-options', 'specs/001-photo-albums/plan.md', 1, 'The architecture document gives no cost estimate.'],
      ['arch/error-handling', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not define the error response format.'],
      ['arch/error-handling', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not say how errors are handled.'],
      ['arch/interfaces', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe its interfaces.'],
      ['arch/observability', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe alerting.'],
      ['arch/observability', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe logging.'],
      ['arch/observability', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe monitoring.'],
      ['arch/risks', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not give its risks a mitigation.'],
      ['arch/risks', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not list its risks.'],
      ['arch/scalability', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not say how it scales.'],
      ['arch/security', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe authentication.'],
      ['arch/security', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe authorization.'],
      ['arch/security', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe encryption at rest.'],
      ['arch/security', 'specs/001-photo-albums/plan.md', 1, 'The architecture document does not describe encryption in transit.'],
      ['arch/technology-rationale', 'specs/001-photo-albums/plan.md', 9, 'The technology stack does not say why each technology was chosen.'],
    ]);
  });
});

describe('IEEE 830-style SRS and an SDD', () => {
  it('gives one REQ- prefix the kind of each section: functional requirements, quality attributes', async () => {
    const report = await runCheck({ dir: fixture('srs'), prd: ['docs/srs.md'], architecture: ['docs/sdd.md'] });
    const set = report.docSets[0];
    expect(set.requirements.map((r) => [r.id, r.kind])).toEqual([
      ['REQ-1', 'fr'], ['REQ-2', 'fr'], ['REQ-3', 'fr'], ['REQ-4', 'nfr'], ['REQ-5', 'nfr'], ['REQ-6', 'nfr'], ['REQ-7', 'nfr'],
    ]);
    expect(set.coverage.filter((c) => c.status !== 'covered').map((c) => [c.id, c.status])).toEqual([['REQ-7', 'uncovered']]);
    expect(rows(set.findings)).toEqual([
      ['prd/required-sections', 'docs/srs.md', 1, 'The PRD has no success metrics section.'],
      ['prd/nfr-measurable', 'docs/srs.md', 39, 'REQ-7 has no measurable target.'],
      ['trace/nfr-addressed', 'docs/srs.md', 39, 'REQ-7 (Usability) is not cited in the architecture document. It seems addressed at docs/sdd.md:23 (Data Design).'],
      ['arch/backup-recovery', 'docs/sdd.md', 1, 'The architecture document does not say what is backed up and how often.'],
      ['arch/backup-recovery', 'docs/sdd.md', 1, 'The architecture document does not state a recovery point objective (RPO).'],
      ['arch/backup-recovery', 'docs/sdd.md', 1, 'The architecture document does not state a recovery time objective (RTO).'],
      ['arch/c4-diagrams', 'docs/sdd.md', 1, 'The architecture document has no component (C4 level 3) diagram.'],
      ['arch/c4-diagrams', 'docs/sdd.md', 1, 'The architecture document has no system context (C4 level 1) diagram.'],
      ['arch/core-topics', 'docs/sdd.md', 1, 'The architecture document lacks 9 of its 13 core topics: a system context diagram (C4 level 1), the architectural style, a technology stack section, its interfaces, monitoring, backups, error handling, decision records, risks.'],
      ['arch/decision-records', 'docs/sdd.md', 1, 'The architecture document has no decision records.'],
      ['arch/deployment-options', 'docs/sdd.md', 1, 'The architecture document gives no cost estimate.'],
      ['arch/error-handling', 'docs/sdd.md', 1, 'The architecture document does not define the error response format.'],
      ['arch/error-handling', 'docs/sdd.md', 1, 'The architecture document does not say how errors are handled.'],
      ['arch/interfaces', 'docs/sdd.md', 1, 'The architecture document does not describe its interfaces.'],
      ['arch/observability', 'docs/sdd.md', 1, 'The architecture document does not describe alerting.'],
      ['arch/observability', 'docs/sdd.md', 1, 'The architecture document does not describe logging.'],
      ['arch/observability', 'docs/sdd.md', 1, 'The architecture document does not describe monitoring.'],
      ['arch/risks', 'docs/sdd.md', 1, 'The architecture document does not give its risks a mitigation.'],
      ['arch/risks', 'docs/sdd.md', 1, 'The architecture document does not list its risks.'],
      ['arch/technology-rationale', 'docs/sdd.md', 1, 'The architecture document has no technology stack section.'],
      ['arch/architecture-style', 'docs/sdd.md', 7, 'The architecture document does not name an architectural style.'],
      ['arch/deployment-options', 'docs/sdd.md', 31, 'The architecture document does not compare enough deployment options (found one, need 2).'],
      ['arch/security', 'docs/sdd.md', 35, 'The architecture document does not describe encryption at rest.'],
    ]);
  });
});

describe('the five reference templates the checklists come from', () => {
  // Each template's own output outline (its headings, from ../shared/reference), read as an
  // architecture document: the heading each checklist topic is found under, or null.
  const START: Record<string, string> = { '000': '# System Architecture Specification', '001': '# System Architecture Document', '002': '# System Architecture Document', '003': '# Technical Architecture Template', '004': '# System Architecture Design and Specifications' };
  const FILES = ['000_66375c0ac40e83ce', '001_5591337054ea7c22', '002_ea3b51d8cf62450a', '003_0a2ffc15c35fd429', '004_c98278cb1329052e'];
  const synonyms = mergeSynonyms(DEFAULT_SYNONYMS, {});
  const EXPECTED: Record<string, Record<string, string | null>> = {
    '000': { 'architecture-style': '1. Architecture Overview', 'tech-stack': '3. Technology Stack', 'components': '4. Component Architecture', 'interfaces': null, 'data-model': 'Database', 'deployment': '5. Deployment Options', 'security': '7. Security Architecture', 'scalability': '8. Scalability Strategy', 'caching': 'Caching Strategy', 'observability': '9. Monitoring & Observability', 'backup': '10. Disaster Recovery', 'error-handling': null, 'decisions': '2. Architecture Style Decision', 'risks': null, 'migration': null, 'context-diagram': 'System Context (C4 Level 1)', 'container-diagram': '1. Architecture Overview', 'component-diagram': '4. Component Architecture' },
    '001': { 'architecture-style': 'System Architecture', 'tech-stack': 'Technology Stack', 'components': 'Component Architecture', 'interfaces': 'API Design', 'data-model': 'Data Architecture', 'deployment': 'Deployment Architecture', 'security': 'Security Architecture', 'scalability': 'Scalability & Performance', 'caching': null, 'observability': 'Logging', 'backup': null, 'error-handling': null, 'decisions': 'Decision: FastAPI over Flask', 'risks': null, 'migration': null, 'context-diagram': null, 'container-diagram': 'System Architecture', 'component-diagram': 'Component Architecture' },
    '002': { 'architecture-style': '3.1 Architectural Style', 'tech-stack': '3.2 Technology Stack', 'components': '4.1 Component Diagram', 'interfaces': '6. API Design', 'data-model': '5. Data Architecture', 'deployment': '8. Deployment Architecture', 'security': '7. Security Architecture', 'scalability': '9. Performance Requirements', 'caching': null, 'observability': '10.2 Logging', 'backup': '11. Disaster Recovery', 'error-handling': null, 'decisions': 'C. Decision Log', 'risks': '14. Risks & Mitigations', 'migration': '13. Migration Strategy', 'context-diagram': '2.1 Business Context', 'container-diagram': '2. System Overview', 'component-diagram': '4.1 Component Diagram' },
    '003': { 'architecture-style': 'Architecture Overview', 'tech-stack': 'Tech Stack Selection', 'components': 'Component Design', 'interfaces': 'API Design', 'data-model': 'Data Architecture', 'deployment': 'Infrastructure', 'security': 'Authentication', 'scalability': 'Performance Strategy', 'caching': 'Caching Strategy', 'observability': 'Logging', 'backup': null, 'error-handling': null, 'decisions': null, 'risks': 'Risk & Security', 'migration': null, 'context-diagram': 'System Context Diagram (C4 Level 1)', 'container-diagram': 'Architecture Overview', 'component-diagram': 'Component Diagram (C4 Level 3)' },
    '004': { 'architecture-style': 'High-Level Architecture', 'tech-stack': null, 'components': 'Component Architecture', 'interfaces': 'Component Interface Specifications', 'data-model': null, 'deployment': 'Deployment Architecture', 'security': 'Security Architecture', 'scalability': 'Performance and Scalability Architecture', 'caching': 'Caching Strategy', 'observability': 'Monitoring and Observability', 'backup': null, 'error-handling': null, 'decisions': 'Architectural Decisions', 'risks': 'Risk Assessment and Mitigation', 'migration': 'Implementation Roadmap', 'context-diagram': null, 'container-diagram': 'System Overview', 'component-diagram': 'Component Architecture' },
  };
  for (const file of FILES) {
    itWithShared(`${file}: every topic the outline has is found under its heading`, () => {
      const text = readFileSync(sharedPath('reference', `${file}.txt`), 'utf8');
      const doc = parseDoc('architecture', [{ path: file, text: text.slice(text.indexOf(`${START[file.slice(0, 3)]}\n`)) }]);
      const found = Object.fromEntries(Object.keys(EXPECTED[file.slice(0, 3)]).map((topic) => [topic, findSections(doc, synonyms, topic)[0]?.title ?? null]));
      expect(found).toEqual(EXPECTED[file.slice(0, 3)]);
    });
  }
});
