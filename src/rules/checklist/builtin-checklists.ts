import type { SeveritySetting } from '../../engine/types.js';
import type { DocSetView } from '../../core/rule.js';
import type { ChecklistRecord } from '../../core/rule-kind.js';
import { docUnits, found, hasBody, narrowed } from './evidence.js';
import { TOPIC_WORDS as W, words } from './topic-patterns.js';

// The built-in checklists, whole: every item is one record of a rule kind (src/rules/checklist/kinds)
// and gives at most one finding. A checklist is one rule (arch/security); its items have their own
// severity, and `rules.<id>.items.<item>` in the config changes one item. docs/rules and
// docs/checklists.md are generated from these records.

export interface BuiltinRecord extends ChecklistRecord {
  /** Built-ins only: the item also holds when this is true (e.g. NFRs defined with IDs). */
  alsoHolds?: (view: DocSetView) => boolean;
}

export interface Checklist {
  id: string;
  description: string;
  rationale: string;
  /** Severity in the minimal preset; checklists without it are off there. */
  minimal?: SeveritySetting;
  /** Off in the recommended preset (the items keep their level for when it is turned on). */
  off?: boolean;
  examples?: { pass: string; fail: string; reports: string[] };
  /** Options besides `items`, as JSON Schema properties, and how they change the records. */
  options?: Record<string, unknown>;
  applyOptions?: (records: BuiltinRecord[], options: Record<string, unknown>) => BuiltinRecord[];
  items: BuiltinRecord[];
}

const PRD = 'prd' as const;
/** For items about a section's content: when the section is missing, the section's own item reports it. */
const noSection = (...topics: string[]) => (v: DocSetView) => !topics.some((t) => hasSection(v, t));
/** The style item reports a missing style; its rationale item then has nothing to explain. */
const STYLE = words(W.style);
const noStyleNamed = (v: DocSetView) => {
  if (v.architecture === null) return true;
  const style = narrowed(v.architecture, STYLE);
  return !docUnits(v.architecture).some((u) => found(u.text, style) || found(u.headings, style));
};
/** The architecture has a section on the topic with text under it. */
const hasSection = (v: DocSetView, topic: string) => v.architecture !== null && v.findSections('architecture', topic).some((s) => hasBody(v.architecture!, s));
const ARCH = 'architecture' as const;

export const CHECKLISTS: Checklist[] = [
  {
    id: 'prd/required-sections',
    description: 'The PRD has the sections a reviewer needs: goals, users, functional and non-functional requirements, constraints, success metrics, out of scope.',
    rationale:
      'Sections are found by their headings, whatever their numbering, emoji, bold or case ("## 3. Non Functional Requirements", "### 📊 Non-Functional"), in single files and in shards, and count only with text under them. A bold label that opens a paragraph (`**Out of Scope:**`) counts too. Generic words ("Purpose", "Background", "User Stories") count only as a whole heading at the top levels. Add synonyms for other languages under `sections` in the config.',
    options: { sections: { type: 'array', items: { enum: ['goals', 'users', 'functional-requirements', 'nonfunctional-requirements', 'constraints', 'success-metrics', 'out-of-scope'] }, description: 'Which sections are required (the others are off).' } },
    applyOptions: (records, o) => (Array.isArray(o.sections) ? records.filter((r) => (o.sections as string[]).includes(r.id)) : records),
    examples: { pass: '## Goals\n\nCut invoice entry time.\n\n## Users\n\nAccountants.\n\n## Functional Requirements\n\n- FR1: parse PDFs\n\n## Non-Functional Requirements\n\n- NFR1: p95 < 2 s\n\n## Assumptions\n\nPDF only.\n\n## Success Metrics\n\n80% fewer manual entries.\n\n## Out of Scope\n\nPaper scans.', fail: '## Goals\n\nCut invoice entry time.\n\n## Functional Requirements\n\n- FR1: parse PDFs\n\n## Non-Functional Requirements\n\n- NFR1: p95 < 2 s', reports: ['1 warning: The PRD has no constraints or assumptions section.', '1 warning: The PRD has no out of scope section.', '1 warning: The PRD has no success metrics section.', '1 warning: The PRD has no users or personas section.'] },
    items: [
      { id: 'goals', kind: 'required-section', document: PRD, core: true, topic: 'goals', level: 'warning', label: 'purpose or goals', message: 'The PRD has no purpose or goals section.', fix: 'Add a "Goals" section that says what the product is for and what it must achieve.' },
      { id: 'users', kind: 'required-section', document: PRD, core: true, topic: 'users', pattern: words(W.users), level: 'warning', label: 'users or personas', message: 'The PRD has no users or personas section.', fix: 'Add a "Users" or "Personas" section that names who the product is for.' },
      { id: 'functional-requirements', kind: 'required-section', document: PRD, core: true, topic: 'functional-requirements', level: 'warning', alsoHolds: (v) => v.requirements.some((r) => r.kind === 'fr'), label: 'functional requirements', message: 'The PRD has no functional requirements section.', fix: 'Add a "Functional Requirements" section with one ID per requirement (FR1, FR-001).' },
      { id: 'nonfunctional-requirements', kind: 'required-section', document: PRD, core: true, topic: 'nonfunctional-requirements', level: 'warning', alsoHolds: (v) => v.requirements.some((r) => r.kind === 'nfr'), label: 'non-functional requirements', message: 'The PRD has no non-functional requirements section.', fix: 'Add a "Non-Functional Requirements" section with one ID per requirement (NFR1, NFR-001) and a measurable target each.' },
      { id: 'constraints', kind: 'required-section', document: PRD, core: true, topic: 'constraints', pattern: words(W.constraints), level: 'warning', label: 'constraints or assumptions', message: 'The PRD has no constraints or assumptions section.', fix: 'Add a "Constraints" or "Assumptions" section (budget, platforms, regulations, technical givens).' },
      { id: 'success-metrics', kind: 'required-section', document: PRD, core: true, topic: 'success-metrics', pattern: words(W.successMetrics), level: 'warning', label: 'success metrics', message: 'The PRD has no success metrics section.', fix: 'Add a "Success Metrics" section with the measures that tell whether the product worked.' },
      { id: 'out-of-scope', kind: 'required-section', document: PRD, core: true, topic: 'out-of-scope', pattern: words(W.outOfScope), level: 'warning', label: 'out of scope', message: 'The PRD has no out of scope section.', fix: 'Add an "Out of Scope" section listing what this release will not do.' },
    ],
  },
  {
    id: 'arch/c4-diagrams',
    description: 'The architecture has C4 system context, container and component diagrams.',
    rationale: 'The three C4 levels answer three questions: what the system talks to, what it is made of, and how the main container is built. Diagrams are classified by what they draw, so one overview that draws users and external systems around the system counts as a context, and as a container view when it also draws the deployable units and data stores. Mermaid (also written as inline-code lines), PlantUML, images and ASCII box-and-arrow drawings count; a directory tree does not. A mermaid `C4Context` / `C4Container` / `C4Component` block, or a heading or caption that names the level ("System Context", "High Level Architecture", "Components"), counts too.',
    options: { levels: { type: 'array', items: { enum: ['context', 'container', 'component'] }, description: 'Which C4 levels are required.' } },
    applyOptions: (records, o) => (Array.isArray(o.levels) ? records.filter((r) => (o.levels as string[]).includes(r.id)) : records),
    examples: {
      pass: '## System Context\n\n```mermaid\nC4Context\n  Person(user, "User")\n  System(app, "App")\n```\n\n## High Level Architecture\n\n```mermaid\ngraph TD\n  Web --> API --> DB\n```\n\n## Components\n\n```mermaid\nC4Component\n  Component(h, "Handlers")\n```',
      fail: '## Overview\n\nNo diagrams.',
      reports: ['1 warning: The architecture document has no component (C4 level 3) diagram.', '1 warning: The architecture document has no container (C4 level 2) diagram.', '1 warning: The architecture document has no system context (C4 level 1) diagram.'] },
    items: [
      { id: 'context', kind: 'diagram-required', document: ARCH, diagram: 'context', level: 'warning', core: true, label: 'a system context diagram (C4 level 1)', message: 'The architecture document has no system context (C4 level 1) diagram.', fix: 'Add a system context diagram: the system in the middle, the people who use it and the external systems it talks to (a mermaid `C4Context` block, or any diagram that draws them).' },
      { id: 'container', kind: 'diagram-required', document: ARCH, diagram: 'container', level: 'warning', label: 'a container diagram (C4 level 2)', message: 'The architecture document has no container (C4 level 2) diagram.', fix: 'Add a container diagram: the deployable units (web app, API, workers) and data stores, and how they talk (a mermaid `C4Container` block, or any diagram that draws them).' },
      { id: 'component', kind: 'diagram-required', document: ARCH, diagram: 'component', level: 'warning', label: 'a component diagram (C4 level 3)', message: 'The architecture document has no component (C4 level 3) diagram.', fix: 'Add a component diagram of the main container: its modules, services or handlers and how they call each other (a mermaid `C4Component` block, or any diagram under a "Components" heading).' },
    ],
  },
  {
    id: 'arch/architecture-style',
    description: 'The architecture names its style (monolith, microservices, serverless, event-driven, ...) and says why, next to where it names it.',
    rationale: 'The architectural style is the first decision every other one follows from. The style is looked for in the whole document; the reason (because, trade-off, chosen for, ...) next to where the style is named: in the same paragraph, list item or table row, or the one after it.',
    examples: { pass: '## Architectural Style\n\nA modular monolith, because one team of four ships it and the load fits one database.', fail: '## Architectural Style\n\nA modular monolith.\n\n## Team\n\nWe chose this because the team is small.', reports: ['1 warning: The architecture document names a style but not why it was chosen.'] },
    items: [
      { id: 'style', kind: 'required-pattern', document: ARCH, topic: 'architecture-style', pattern: words(W.style), level: 'warning', core: true, label: 'the architectural style', message: 'The architecture document does not name an architectural style.', fix: 'Add an "Architectural Style" section naming the style (e.g. modular monolith, microservices, serverless, event-driven) and why it fits.' },
      { id: 'style-rationale', kind: 'rationale', document: ARCH, topic: 'architecture-style', pattern: words(W.style), alsoHolds: noStyleNamed, level: 'warning', label: 'why the style was chosen', message: 'The architecture document names a style but not why it was chosen.', fix: 'Next to where the style is named, say why it fits: the team, the load, the constraints, and the trade-off accepted.' },
    ],
  },
  {
    id: 'arch/technology-rationale',
    description: 'The architecture has a technology stack, and says why each choice was made.',
    minimal: 'warning',
    rationale: 'A stack without reasons cannot be reviewed or revisited. A tech-stack table with a Rationale (or Why, Purpose) column, or list items and rows that give a reason next to the choice (at least half of them), count. Documents that make their technology choices as architectural decisions (BMAD v6) are read from the decisions section.',
    examples: { pass: '## Tech Stack\n\n| Category | Technology | Rationale |\n|---|---|---|\n| DB | PostgreSQL | relational data, team knows it |', fail: '## Tech Stack\n\n- PostgreSQL\n- React', reports: ['1 warning: The technology stack does not say why each technology was chosen.'] },
    items: [
      { id: 'stack', kind: 'required-section', document: ARCH, topic: 'tech-stack', alsoHolds: (v) => hasSection(v, 'decisions'), level: 'warning', core: true, label: 'a technology stack section', message: 'The architecture document has no technology stack section.', fix: 'Add a "Tech Stack" section: one row per technology with its version and the reason it was chosen.' },
      { id: 'stack-rationale', kind: 'rationale', document: ARCH, topic: ['tech-stack', 'decisions'], scoped: true, alsoHolds: noSection('tech-stack', 'decisions'), level: 'warning', label: 'why each technology was chosen', message: 'The technology stack does not say why each technology was chosen.', fix: 'Add a "Rationale" column to the tech-stack table, or a reason next to each choice saying why it beat the alternatives.' },
    ],
  },
  {
    id: 'arch/components',
    description: 'The architecture defines its components.',
    rationale: 'Components with a responsibility each are what the rest of the document (interfaces, deployment, traceability) refers to. A "Components" section with text under it, `### Component: Name` headings, or components named in the prose (three mentions or more) count.',
    examples: { pass: '## Components\n\n### Component: API Gateway\n**Responsibility:** routes requests', fail: '## Overview\n\nA web app.', reports: ['1 warning: The architecture document does not describe its components.'] },
    items: [
      { id: 'components', kind: 'required-section', document: ARCH, topic: 'components', pattern: words(W.components), min: 3, level: 'warning', core: true, label: 'its components', message: 'The architecture document does not describe its components.', fix: 'Add a "Components" section with one heading per component and its responsibility, technology and dependencies.' },
    ],
  },
  {
    id: 'arch/interfaces',
    description: 'The architecture documents the interfaces between components and to the outside (APIs, events, protocols).',
    rationale: 'Interfaces are where teams and components meet; undocumented ones are where integrations break. An API section with text under it, or endpoints, OpenAPI, GraphQL, gRPC, message schemas or CLI commands named in the prose (three mentions or more) count.',
    examples: { pass: '## API\n\n| Method | Path | Purpose |\n|---|---|---|\n| GET | /invoices | list invoices |', fail: 'The frontend talks to the backend.', reports: ['1 warning: The architecture document does not describe its interfaces.'] },
    items: [
      { id: 'interfaces', kind: 'required-section', document: ARCH, topic: 'interfaces', pattern: words(W.interfaces), min: 3, level: 'warning', core: true, label: 'its interfaces', message: 'The architecture document does not describe its interfaces.', fix: 'Add an "API" or "Interfaces" section listing each interface: operations, payloads, errors.' },
    ],
  },
  {
    id: 'arch/data-model',
    description: 'The architecture describes its data model or database schema.',
    rationale: 'Data outlives code: the entities, their relations and where they are stored are the decisions that are most expensive to change later. A data-model or schema section with text under it, or entities and tables described in prose (three mentions or more), count.',
    examples: { pass: '## Data Model\n\nInvoice(id, vendor, total) 1..* LineItem', fail: 'Data is stored in PostgreSQL.', reports: ['1 warning: The architecture document does not describe its data model.'] },
    items: [
      { id: 'data-model', kind: 'required-section', document: ARCH, topic: 'data-model', pattern: words(W.dataModel), min: 3, level: 'warning', core: true, label: 'its data model', message: 'The architecture document does not describe its data model.', fix: 'Add a "Data Model" section: the entities, their fields and relations, and where each is stored.' },
    ],
  },
  {
    id: 'arch/deployment-options',
    description: 'The architecture compares at least two deployment options, and gives their cost.',
    rationale: 'One deployment option is a preference; two with costs are a decision a reviewer can check. Options are counted in every form they are written in: subsections or bold labels ("Option A: Cloud Run", "Mode 2: self-hosted"), rows of a comparison table with a cost or pros/cons column, or "A or B" per tier. Cost is its own item, looked for wherever options are compared: it needs an amount ($40/month, €1,200, a free tier), not the word "budget".',
    options: { minOptions: { type: 'integer', minimum: 1, default: 2, description: 'How many deployment options are required.' } },
    applyOptions: (records, o) => (typeof o.minOptions === 'number' ? records.map((r) => (r.id === 'options' ? { ...r, min: o.minOptions as number } : r)) : records),
    examples: { pass: '## Deployment\n\n### Option A: Cloud Run\n\nAbout $40/month at launch load.\n\n### Option B: GKE Autopilot\n\nAbout $180/month; more control.', fail: '## Deployment\n\nWe deploy on Cloud Run.', reports: ['1 warning: The architecture document does not compare enough deployment options (found one, need 2).', '1 warning: The architecture document gives no cost estimate.'] },
    items: [
      { id: 'options', kind: 'min-options', document: ARCH, topic: 'deployment', scoped: true, min: 2, level: 'warning', label: 'at least two deployment options', message: 'The architecture document does not compare enough deployment options', fix: 'Describe at least two deployment options (e.g. "### Option A: Cloud Run", "### Option B: GKE") with their trade-offs and cost.' },
      { id: 'cost', kind: 'required-pattern', document: ARCH, pattern: words(W.currencyAmount), level: 'warning', label: 'a cost estimate', message: 'The architecture document gives no cost estimate.', fix: 'Give each deployment option an estimated monthly cost at the expected load (e.g. "about $40/month").' },
    ],
  },
  {
    id: 'arch/security',
    description: 'The architecture says how users are authenticated and authorized, and how data is encrypted in transit and at rest.',
    minimal: 'warning',
    rationale:
      'The four questions every security review asks first, each its own item, pointing at the Security section when there is one. Evidence is looked for in the whole document, YAML and Terraform blocks included (OAuth, JWT, RBAC, row-level security, ownership or tenant scoping, TLS, AES-256, KMS, ...), so a topic covered under another heading still counts; a negation ("no encryption") or a ticked checklist line ("✅ security addressed") does not.',
    examples: { pass: 'Users sign in with OAuth 2.0; RBAC limits each role. All traffic uses TLS 1.3; the database is encrypted at rest with AES-256.', fail: 'Users sign in with OAuth 2.0.', reports: ['1 warning: The architecture document does not describe authorization.', '1 warning: The architecture document does not describe encryption at rest.', '1 warning: The architecture document does not describe encryption in transit.'] },
    items: [
      { id: 'authentication', kind: 'required-pattern', document: ARCH, topic: 'security', pattern: words(W.authentication), level: 'warning', core: true, label: 'authentication', message: 'The architecture document does not describe authentication.', fix: 'Say how users and services prove who they are (e.g. OAuth 2.0 / OIDC, JWT, API keys) in the Security section.' },
      { id: 'authorization', kind: 'required-pattern', document: ARCH, topic: 'security', pattern: words(W.authorization), level: 'warning', label: 'authorization', message: 'The architecture document does not describe authorization.', fix: 'Say who may do what and where it is enforced (e.g. RBAC in the API, row-level security in the database, ownership checks).' },
      { id: 'encryption-in-transit', kind: 'required-pattern', document: ARCH, topic: 'security', pattern: words(W.inTransit), level: 'warning', label: 'encryption in transit', message: 'The architecture document does not describe encryption in transit.', fix: 'Say how data is protected on the wire (e.g. "all traffic uses TLS 1.2+").' },
      { id: 'encryption-at-rest', kind: 'required-pattern', document: ARCH, topic: 'security', pattern: words(W.atRest), level: 'warning', label: 'encryption at rest', message: 'The architecture document does not describe encryption at rest.', fix: 'Say how stored data and secrets are encrypted (e.g. AES-256 via the cloud KMS, encrypted volumes, a secret manager).' },
    ],
  },
  {
    id: 'arch/scalability',
    description: 'The architecture has a growth strategy: how it scales with load.',
    rationale: 'A design that works for ten users and says nothing about ten thousand leaves the hardest decision to production. A scaling mechanism counts (horizontal or vertical scaling, auto-scaling, load balancing, sharding, replicas, stateless instances, queues, caching); the word "scalability" alone does not.',
    examples: { pass: 'The API is stateless and scales horizontally behind a load balancer (2-10 instances).', fail: 'The system is designed for scalability.', reports: ['1 warning: The architecture document does not say how it scales.'] },
    items: [
      { id: 'scaling', kind: 'required-pattern', document: ARCH, topic: 'scalability', pattern: words(W.scaling), level: 'warning', core: true, label: 'a scaling mechanism', message: 'The architecture document does not say how it scales.', fix: 'Add a "Scalability" section: what grows (users, data, requests), and the mechanism that follows it (horizontal scaling, auto-scaling limits, sharding, queues).' },
    ],
  },
  {
    id: 'arch/observability',
    description: 'The architecture has a monitoring, alerting and logging strategy.',
    rationale: 'Without metrics, alerts and logs nobody can tell whether the NFRs hold in production. Monitoring (metrics, dashboards, tracing, Prometheus, OpenTelemetry, CloudWatch, Sentry, ...), alerting (who is told when it breaks) and logging are three items; a health check alone is not monitoring.',
    examples: { pass: 'Metrics go to Prometheus with alerts on p95 latency paged to the on-call; logs are structured JSON.', fail: 'The service exposes a /health endpoint.', reports: ['1 warning: The architecture document does not describe alerting.', '1 warning: The architecture document does not describe logging.', '1 warning: The architecture document does not describe monitoring.'] },
    items: [
      { id: 'monitoring', kind: 'required-pattern', document: ARCH, topic: 'observability', pattern: words(W.metrics), level: 'warning', core: true, label: 'monitoring', message: 'The architecture document does not describe monitoring.', fix: 'Say what is measured and where it is seen (metrics, dashboards, tracing) in a "Monitoring" section.' },
      { id: 'alerting', kind: 'required-pattern', document: ARCH, topic: 'observability', pattern: words(W.alerting), level: 'warning', label: 'alerting', message: 'The architecture document does not describe alerting.', fix: 'Say which conditions raise an alert and who receives it (e.g. "p95 > 500 ms for 5 min pages the on-call").' },
      { id: 'logging', kind: 'required-pattern', document: ARCH, topic: 'observability', pattern: words(W.logging), level: 'warning', label: 'logging', message: 'The architecture document does not describe logging.', fix: 'Say what is logged, in what format and where logs go (e.g. structured JSON to Cloud Logging).' },
    ],
  },
  {
    id: 'arch/backup-recovery',
    description: 'The architecture says how data is backed up and recovered, with a recovery point objective (RPO) and a recovery time objective (RTO).',
    rationale: 'Backups that nobody has sized against an RPO and RTO are a hope, not a plan. Backup needs its substance: what is backed up and how often (daily snapshots, point-in-time recovery, replication) in one statement; "backup option" or "no snapshots" do not count. RPO and RTO are items of their own.',
    examples: { pass: 'Nightly snapshots plus point-in-time recovery. RPO: 15 minutes. RTO: 1 hour.', fail: 'The database is backed up.', reports: ['1 warning: The architecture document does not say what is backed up and how often.', '1 warning: The architecture document does not state a recovery point objective (RPO).', '1 warning: The architecture document does not state a recovery time objective (RTO).'] },
    items: [
      { id: 'backup', kind: 'required-pattern', document: ARCH, topic: 'backup', pattern: words(W.backup), near: words(W.backupSchedule), level: 'warning', core: true, label: 'backups', message: 'The architecture document does not say what is backed up and how often.', fix: 'Say what is backed up, how often, and where the copies live (e.g. "nightly snapshots of PostgreSQL, kept 30 days in another region").' },
      { id: 'rpo', kind: 'required-pattern', document: ARCH, topic: 'backup', pattern: words(W.rpo), level: 'warning', label: 'a recovery point objective (RPO)', message: 'The architecture document does not state a recovery point objective (RPO).', fix: 'State the RPO: how much data may be lost, e.g. "RPO: 15 minutes".' },
      { id: 'rto', kind: 'required-pattern', document: ARCH, topic: 'backup', pattern: words(W.rto), level: 'warning', label: 'a recovery time objective (RTO)', message: 'The architecture document does not state a recovery time objective (RTO).', fix: 'State the RTO: how long recovery may take, e.g. "RTO: 1 hour".' },
    ],
  },
  {
    id: 'arch/error-handling',
    description: 'The architecture says how errors are handled (retries, fallbacks, timeouts) and what clients see (an error format with codes).',
    rationale: 'Failures in integrations and dependencies are certain; the architecture should say what happens then, and what a client receives. Error handling (retries, timeouts, fallbacks, circuit breakers) and the error response format (an envelope, error codes, status codes) are two items.',
    examples: { pass: 'Calls to the OCR service time out after 10 s and are retried twice with backoff. Errors return `{"error": {"code": "OCR_FAILED"}}` with HTTP 502.', fail: 'The backend calls the OCR service.', reports: ['1 warning: The architecture document does not define the error response format.', '1 warning: The architecture document does not say how errors are handled.'] },
    items: [
      { id: 'handling', kind: 'required-pattern', document: ARCH, topic: 'error-handling', pattern: words(W.errorHandling), level: 'warning', core: true, label: 'error handling', message: 'The architecture document does not say how errors are handled.', fix: 'Add an "Error Handling" section: timeouts, retries, fallbacks, and what happens when a dependency fails.' },
      { id: 'response-format', kind: 'required-pattern', document: ARCH, topic: 'error-handling', pattern: words(W.errorFormat), level: 'warning', label: 'the error response format', message: 'The architecture document does not define the error response format.', fix: 'Define what clients receive on failure: the error envelope, the error codes and the HTTP status for each.' },
    ],
  },
  {
    id: 'arch/caching',
    description: 'The architecture has a caching strategy.',
    off: true,
    rationale: 'Off by default: many systems need no cache. Turn it on (or use the strict preset) where latency NFRs depend on one.',
    examples: { pass: 'Rates are cached in Redis for 5 minutes.', fail: 'Every request reads the database.', reports: ['1 warning: The architecture document does not describe a caching strategy.'] },
    items: [
      { id: 'caching', kind: 'required-pattern', document: ARCH, topic: 'caching', pattern: words(W.caching), level: 'warning', label: 'a caching strategy', message: 'The architecture document does not describe a caching strategy.', fix: 'Say what is cached, where, and for how long, or state that no cache is needed and why.' },
    ],
  },
  {
    id: 'arch/decision-records',
    description: 'The architecture records its key decisions, with the options considered and the consequences.',
    rationale: 'Decision records (ADRs) keep the reasons with the choices, so that the next team can tell a deliberate trade-off from an accident. A "Decisions" section with text, ADR headings, or a decision table count; the options considered and the consequences are items of their own.',
    examples: { pass: '## Decisions\n\n### ADR-001: PostgreSQL\n**Context:** relational data. **Options:** PostgreSQL, MongoDB. **Decision:** PostgreSQL. **Consequences:** one more managed service.', fail: 'We use PostgreSQL.', reports: ['1 warning: The architecture document has no decision records.'] },
    items: [
      { id: 'decisions', kind: 'required-section', document: ARCH, topic: 'decisions', level: 'warning', core: true, label: 'decision records', message: 'The architecture document has no decision records.', fix: 'Add a "Decisions" section with one record per key decision: context, options considered, decision, consequences.' },
      { id: 'options-considered', kind: 'required-pattern', document: ARCH, topic: 'decisions', scoped: true, alsoHolds: noSection('decisions'), pattern: words(W.optionsConsidered), level: 'warning', label: 'the options considered', message: 'The decision records do not give the options considered.', fix: 'Give each decision the options that were considered and why they lost (the ADR template: context, options, decision, consequences).' },
      { id: 'consequences', kind: 'required-pattern', document: ARCH, topic: 'decisions', scoped: true, alsoHolds: noSection('decisions'), pattern: words(W.consequences), level: 'warning', label: 'the consequences', message: 'The decision records do not give the consequences.', fix: 'Give each decision its consequences: what becomes easier, what becomes harder.' },
    ],
  },
  {
    id: 'arch/risks',
    description: 'The architecture lists its risks, each with a mitigation.',
    rationale: 'A risk register turns known weak spots into decisions. A risk counts with its mitigation in the same row, list item or paragraph (a Risk | Mitigation table, "Risk: ... Mitigation: ..."); a list of risks with no mitigation is half the work and is reported as such.',
    examples: { pass: '| Risk | Mitigation |\n|---|---|\n| Vendor API rate limits | Cache and back off |', fail: '## Risks\n\nVendor API rate limits.', reports: ['1 warning: The architecture document does not give its risks a mitigation.'] },
    items: [
      { id: 'risks', kind: 'required-pattern', document: ARCH, topic: 'risks', pattern: words(W.risk), level: 'warning', core: true, label: 'risks', message: 'The architecture document does not list its risks.', fix: 'Add a "Risks" section listing what could make this architecture fail (technical, vendor, scale, security).' },
      { id: 'mitigations', kind: 'required-pattern', document: ARCH, topic: 'risks', pattern: words(W.risk), near: words(W.mitigation), level: 'warning', label: 'a mitigation per risk', message: 'The architecture document does not give its risks a mitigation.', fix: 'Give each risk a mitigation next to it, e.g. a "Mitigation" column in the risk table.' },
    ],
  },
  {
    id: 'arch/migration-plan',
    description: 'The architecture has a migration or rollout plan.',
    off: true,
    rationale: 'Off by default: a greenfield system has nothing to migrate. Turn it on for brownfield work, where the path from the current system matters as much as the target.',
    examples: { pass: '## Migration\n\nPhase 1 runs old and new side by side; rollback is a DNS switch.', fail: 'We will switch over.', reports: ['1 warning: The architecture document has no migration or rollout plan (found 0, need 2).'] },
    items: [
      { id: 'migration', kind: 'min-occurrences', document: ARCH, topic: 'migration', pattern: words(W.migration), min: 2, level: 'warning', label: 'a migration or rollout plan', message: 'The architecture document has no migration or rollout plan', fix: 'Add a "Migration" section: phases, what runs side by side, and how to roll back.' },
    ],
  },
];
