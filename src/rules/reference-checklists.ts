// Every item of the checklists in the reference architecture templates (shared/reference), and
// what archgate does with it: the rules that check it, or why it is deliberately not checked.
// docs/checklists.md is generated from this list; a test checks that each item is really in the
// reference file it names and that each rule named exists.

export interface ChecklistItem {
  /** The reference file's number (000-004). */
  source: string;
  /** The checklist's heading in that file. */
  list: string;
  /** The item, as it reads there (without its checkbox or tick). */
  item: string;
  rules?: string[];
  notChecked?: string;
}

const JUDGEMENT = 'needs a reviewer\'s judgement of quality, not a fact a linter can find in the text';
const PROCESS = 'a process step outside the document (a person signs off), not something the text can show';

export const REFERENCE_FILES: Record<string, string> = {
  '000': '000_66375c0ac40e83ce.txt',
  '001': '001_5591337054ea7c22.txt',
  '002': '002_ea3b51d8cf62450a.txt',
  '003': '003_0a2ffc15c35fd429.txt',
  '004': '004_c98278cb1329052e.txt',
};

export const REFERENCE_CHECKLISTS: ChecklistItem[] = [
  // 000: architecture designer
  { source: '000', list: 'Quality Standards', item: 'Covers all layers, components, infrastructure', rules: ['arch/components', 'arch/deployment-options', 'arch/data-model'] },
  { source: '000', list: 'Quality Standards', item: 'Technology choices explained with rationale', rules: ['arch/technology-rationale'] },
  { source: '000', list: 'Quality Standards', item: 'Growth strategy defined', rules: ['arch/scalability'] },
  { source: '000', list: 'Quality Standards', item: 'Security measures specified', rules: ['arch/security'] },
  { source: '000', list: 'Quality Standards', item: 'At least 2 deployment options with cost estimates', rules: ['arch/deployment-options'] },
  { source: '000', list: 'Quality Standards', item: 'Monitoring and logging strategy defined', rules: ['arch/observability'] },
  { source: '000', list: 'Quality Standards', item: 'Architectural decisions map to requirements', rules: ['arch/decision-records', 'trace/nfr-addressed', 'trace/nfr-cited'], notChecked: 'That each decision names the requirements it serves is not checked; that each NFR is addressed and cited is.' },
  { source: '000', list: 'Quality Standards', item: 'C4 diagrams (Context, Container, Component)', rules: ['arch/c4-diagrams'] },
  { source: '000', list: 'Success Criteria', item: 'System boundaries and context clearly defined', rules: ['arch/c4-diagrams'] },
  { source: '000', list: 'Success Criteria', item: 'Architecture style chosen and justified', rules: ['arch/architecture-style'] },
  { source: '000', list: 'Success Criteria', item: 'Complete technology stack specified with rationale', rules: ['arch/technology-rationale'] },
  { source: '000', list: 'Success Criteria', item: 'At least 2 deployment options documented with costs', rules: ['arch/deployment-options'] },
  { source: '000', list: 'Success Criteria', item: 'Security architecture defined', rules: ['arch/security'] },
  { source: '000', list: 'Success Criteria', item: 'Scalability strategy specified', rules: ['arch/scalability'] },
  { source: '000', list: 'Success Criteria', item: 'Monitoring and observability planned', rules: ['arch/observability'] },
  { source: '000', list: 'Success Criteria', item: 'C4 diagrams generated (Context, Container, high-level Component)', rules: ['arch/c4-diagrams', 'diagram/stale', 'diagram/mermaid-syntax'] },
  { source: '000', list: 'Success Criteria', item: 'Developers can implement without additional architecture decisions', rules: ['arch/no-placeholders'], notChecked: `Only its visible symptom (TBD, unfilled placeholders) is checked; completeness as such ${JUDGEMENT}.` },

  // 001: BMAD-style create-architecture task
  { source: '001', list: 'Apply Best Practices', item: 'Reference specific PRD requirements (FR-XXX, NFR-YYY) throughout', rules: ['prd/unique-ids', 'prd/consistent-id-style', 'trace/nfr-cited', 'trace/orphan-reference', 'trace/fr-addressed'] },
  { source: '001', list: 'Apply Best Practices', item: 'Justify every major technology decision', rules: ['arch/technology-rationale', 'arch/decision-records'] },
  { source: '001', list: 'Apply Best Practices', item: 'Provide diagrams (ASCII art is fine)', rules: ['arch/c4-diagrams', 'diagram/mermaid-syntax', 'diagram/drift'] },
  { source: '001', list: 'Apply Best Practices', item: 'Include code examples and schemas', rules: ['arch/data-model', 'arch/interfaces'], notChecked: 'Code examples are not required: whether a document needs them ' + JUDGEMENT + '.' },
  { source: '001', list: 'Apply Best Practices', item: 'Address ALL NFRs explicitly', rules: ['trace/nfr-addressed', 'trace/nfr-cited', 'trace/target-mismatch'] },
  { source: '001', list: 'Apply Best Practices', item: 'Make architecture implementable - specific, not vague', rules: ['arch/no-placeholders'], notChecked: `Vagueness beyond placeholders ${JUDGEMENT}.` },
  { source: '001', list: 'Important', item: 'This architecture is THE source of truth for ALL technical decisions', notChecked: 'A statement of the document\'s role, not a property of its text.' },
  { source: '001', list: 'Important', item: 'Never implement code that contradicts this architecture', notChecked: 'About the code, which archgate never reads or runs.' },
  { source: '001', list: 'Important', item: 'When creating stories, reference specific sections', notChecked: 'About stories, which are outside the doc set.' },
  { source: '001', list: 'Important', item: 'When implementing, follow patterns defined here', notChecked: 'About the code, which archgate never reads or runs.' },
  { source: '001', list: 'Important', item: 'Architecture should be detailed enough that any developer can implement consistently', rules: ['arch/components', 'arch/interfaces', 'arch/data-model'], notChecked: `Sufficient detail ${JUDGEMENT}.` },
  { source: '001', list: 'Important', item: 'Every decision should trace back to a PRD requirement', rules: ['arch/decision-records', 'trace/nfr-addressed'], notChecked: 'That each decision names a requirement is not checked; that each requirement is addressed is.' },
  { source: '001', list: 'Confirm Completion', item: 'All NFRs addressed', rules: ['trace/nfr-addressed'], notChecked: 'A summary line such as this one is never itself taken as evidence that an NFR is addressed.' },

  // 002: system architect
  { source: '002', list: 'Architecture Review Checklist', item: 'All components are clearly defined', rules: ['arch/components'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Interfaces are documented', rules: ['arch/interfaces'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Security measures implemented', rules: ['arch/security'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Scalability plan in place', rules: ['arch/scalability'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Monitoring strategy defined', rules: ['arch/observability'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Cost analysis completed', rules: ['arch/deployment-options'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Risk assessment done', rules: ['arch/risks'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Migration plan created', rules: ['arch/migration-plan'] },
  { source: '002', list: 'Architecture Review Checklist', item: 'Documentation is comprehensive', notChecked: `Comprehensiveness ${JUDGEMENT}; the section rules check its parts.` },
  { source: '002', list: 'Architecture Review Checklist', item: 'Stakeholder approval obtained', notChecked: PROCESS + '; branch protection with required reviewers is the place for it.' },

  // 003: technical architect
  { source: '003', list: 'Review Checklist', item: 'System Context Diagram (C4 L1)', rules: ['arch/c4-diagrams'] },
  { source: '003', list: 'Review Checklist', item: 'Container Diagram (C4 L2)', rules: ['arch/c4-diagrams'] },
  { source: '003', list: 'Review Checklist', item: 'Component Diagram (C4 L3)', rules: ['arch/c4-diagrams'] },
  { source: '003', list: 'Review Checklist', item: 'Architecture pattern appropriate', rules: ['arch/architecture-style'], notChecked: `That a pattern is named and justified is checked; whether it is appropriate ${JUDGEMENT}.` },
  { source: '003', list: 'Review Checklist', item: 'Tech stack validated', rules: ['arch/technology-rationale'] },
  { source: '003', list: 'Review Checklist', item: 'ER diagram complete', rules: ['arch/data-model'] },
  { source: '003', list: 'Review Checklist', item: 'Database schema defined', rules: ['arch/data-model'] },
  { source: '003', list: 'Review Checklist', item: 'All indexes documented', notChecked: 'Index design belongs to the schema files; a document without a database would be wrongly flagged.' },
  { source: '003', list: 'Review Checklist', item: 'Caching strategy defined', rules: ['arch/caching'] },
  { source: '003', list: 'Review Checklist', item: 'All API endpoints documented', rules: ['arch/interfaces'] },
  { source: '003', list: 'Review Checklist', item: 'Error codes defined', rules: ['arch/error-handling'] },
  { source: '003', list: 'Review Checklist', item: 'Authentication specified', rules: ['arch/security'] },
  { source: '003', list: 'Review Checklist', item: 'Integration architecture diagram', rules: ['arch/c4-diagrams'] },
  { source: '003', list: 'Review Checklist', item: 'All integrations documented', rules: ['arch/interfaces'] },
  { source: '003', list: 'Review Checklist', item: 'Error handling defined', rules: ['arch/error-handling'] },
  { source: '003', list: 'Review Checklist', item: 'Performance requirements set', rules: ['prd/nfr-measurable'] },
  { source: '003', list: 'Review Checklist', item: 'Caching strategy complete', rules: ['arch/caching'] },
  { source: '003', list: 'Review Checklist', item: 'Scaling configuration ready', rules: ['arch/scalability'] },
  { source: '003', list: 'Review Checklist', item: 'All risks identified', rules: ['arch/risks'] },
  { source: '003', list: 'Review Checklist', item: 'Mitigation strategies defined', rules: ['arch/risks'] },
  { source: '003', list: 'Review Checklist', item: 'Security measures addressed', rules: ['arch/security'] },
  { source: '003', list: 'Review Checklist', item: 'Monitoring strategy complete', rules: ['arch/observability'] },
  { source: '003', list: 'Review Checklist', item: 'Architecture reviewed by Senior Architect', notChecked: PROCESS + '.' },
  { source: '003', list: 'Review Checklist', item: 'Security review completed', notChecked: PROCESS + '.' },
  { source: '003', list: 'Review Checklist', item: 'Estimates reviewed by Tech Lead', notChecked: PROCESS + '.' },

  // 004: system design step, report structure (section 7) and success metrics
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Executive Summary', notChecked: 'A summary is a PRD concern (prd/required-sections asks for goals); in the architecture it is style, not substance.' },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'High-Level Architecture', rules: ['arch/c4-diagrams', 'arch/architecture-style'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Architectural Decisions', rules: ['arch/decision-records', 'arch/architecture-style'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Component Overview', rules: ['arch/components'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Component Interaction Patterns', rules: ['arch/c4-diagrams', 'diagram/drift'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Component Interface Specifications', rules: ['arch/interfaces'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Primary Data Flows', rules: ['arch/data-model'], notChecked: 'Data flows are asked for only through the data model and diagrams; a separate flow section is a style choice.' },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Data Synchronization Patterns', notChecked: 'Only relevant to systems with replicated or offline data; no reliable signal tells which those are.' },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Caching Strategy', rules: ['arch/caching'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Performance Optimization', rules: ['prd/nfr-measurable', 'arch/scalability'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Scalability Design', rules: ['arch/scalability'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Security Layers', rules: ['arch/security'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Security Integration Points', rules: ['arch/security'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Deployment Architecture', rules: ['arch/deployment-options'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Infrastructure Components', rules: ['arch/deployment-options'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Monitoring and Observability', rules: ['arch/observability'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Architectural Risks', rules: ['arch/risks'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Operational Risks', rules: ['arch/risks'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Implementation Roadmap', rules: ['arch/migration-plan'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Success Metrics and Monitoring', rules: ['prd/required-sections', 'arch/observability'] },
  { source: '004', list: 'Comprehensive System Architecture Report', item: 'Conclusion and Next Steps', notChecked: 'A closing section carries no checkable fact.' },
  { source: '004', list: 'Success Metrics', item: 'Technical Performance Metrics', rules: ['prd/nfr-measurable'] },
  { source: '004', list: 'Success Metrics', item: 'Reliability and Security Metrics', rules: ['prd/nfr-measurable', 'arch/backup-recovery'] },
];
