import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/cli/run-check.js';
import { formatStylish } from '../src/formatters/stylish.js';
import { check, rulesOf, ROOT } from './helpers.js';

// An arc42 set keeps its quality requirements inside the architecture folder (§10).
function arc42(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-arc42-'));
  mkdirSync(path.join(dir, 'docs/architecture'), { recursive: true });
  const write = (name: string, text: string) => writeFileSync(path.join(dir, 'docs/architecture', name), text);
  write('01_introduction_and_goals.md', '# 1. Introduction and Goals\n\n## 1.2 Quality Goals\n\nFast search and safe storage of invoices.\n');
  write('08_concepts.md', '# 8. Cross-cutting Concepts\n\n## 8.1 Search\n\nAn inverted index serves queries from memory.\n\n## 8.2 Storage\n\nInvoices are stored in PostgreSQL (QS-2).\n');
  write(
    '10_quality_requirements.md',
    '# 10. Quality Requirements\n\n## 10.2 Quality Scenarios\n\n| ID | Scenario |\n|---|---|\n| QS-1 | A user searches invoices and gets answers within 500 ms at p95. |\n| QS-2 | Invoices are encrypted at rest with AES-256. |\n',
  );
  return dir;
}

describe('a requirement\'s own definition is never its citation', () => {
  it('an arc42 folder checked whole, with §10 named as PRD: §10 is left out of the architecture, with a notice, and covers nothing', async () => {
    const dir = arc42();
    const report = await runCheck({ dir, prd: ['docs/architecture/10_quality_requirements.md'], architecture: ['docs/architecture'] });
    const set = report.docSets[0];
    expect(set.architecture.files).toEqual(['docs/architecture/01_introduction_and_goals.md', 'docs/architecture/08_concepts.md']);
    expect(set.coverage.map((c) => [c.id, c.status, c.citations])).toEqual([
      ['QS-1', 'uncovered', []],
      ['QS-2', 'covered', [{ file: 'docs/architecture/08_concepts.md', line: 9 }]],
    ]);
    expect(set.notices).toEqual([
      "docs/architecture/10_quality_requirements.md is named as PRD, so it is read as the PRD only, not as architecture: a requirement's definition is never its citation.",
    ]);
    expect(formatStylish(report, { color: false }).split('\n')[0]).toBe(
      "note: docs/architecture/10_quality_requirements.md is named as PRD, so it is read as the PRD only, not as architecture: a requirement's definition is never its citation.",
    );
  });
});

// Modelled on a real arc42 set kept in markdown (a data pipeline's docs/arc42, one file per
// section, quality scenarios with QS- IDs in §10); its config names only the architecture folder.
const PIPELINE = path.join(ROOT, 'test/fixtures/arc42-pipeline');
const PIPELINE_COVERAGE = [
  ['QS-R1', 'covered', [{ file: 'docs/arc42/08_concepts.md', line: 7 }]],
  ['QS-R2', 'uncovered', []],
  ['QS-O1', 'uncovered', []],
  ['QS-O3', 'covered', [{ file: 'docs/arc42/08_concepts.md', line: 17 }]],
  ['QS-S1', 'uncovered', []],
  ['QS-S2', 'covered', [{ file: 'docs/arc42/09_architecture_decisions.md', line: 6 }]],
];
const PIPELINE_ARCHITECTURE = ['docs/arc42/01_introduction_and_goals.md', 'docs/arc42/04_solution_strategy.md', 'docs/arc42/08_concepts.md', 'docs/arc42/09_architecture_decisions.md'];

describe('an arc42 folder checked whole', () => {
  it('with a config that names only the folder: §10 is read as the PRD, left out of the architecture with a notice, and no scenario is covered by its own row or the quality tree', async () => {
    const report = await runCheck({ dir: PIPELINE });
    const set = report.docSets[0];
    expect([set.name, set.prd.files, set.architecture.files]).toEqual(['pipeline', ['docs/arc42/10_quality_requirements.md'], PIPELINE_ARCHITECTURE]);
    expect(set.coverage.map((c) => [c.id, c.status, c.citations])).toEqual(PIPELINE_COVERAGE);
    expect(set.notices).toEqual([
      "No PRD is configured and docs/prd.md does not exist, so docs/arc42/10_quality_requirements.md (arc42's quality requirements) is read as the PRD, not as architecture: a requirement's definition is never its citation.",
    ]);
    expect(set.findings.filter((f) => f.rule === 'trace/nfr-addressed').map((f) => [f.file, f.line, f.message])).toEqual([
      ['docs/arc42/10_quality_requirements.md', 14, 'QS-R2 (A crawler submits a document without its raw_text field.) is not cited in the architecture document. It seems addressed at docs/arc42/08_concepts.md:11 (Cross-cutting Concepts › Dead letter queue); docs/arc42/01_introduction_and_goals.md:3 (Introduction and Goals); docs/arc42/08_concepts.md:16 (Cross-cutting Concepts › Monitoring).'],
      ['docs/arc42/10_quality_requirements.md', 15, 'QS-O1 (The analysis worker crashes.) is not cited in the architecture document. It seems addressed at docs/arc42/08_concepts.md:16 (Cross-cutting Concepts › Monitoring).'],
      ['docs/arc42/10_quality_requirements.md', 17, 'QS-S1 (An unauthenticated request reaches the metrics endpoint.) is not cited in the architecture document. Nothing in the architecture document resembles it.'],
    ]);
  });

  it('with the folder named as both PRD and architecture: §10 is the PRD, the rest the architecture', async () => {
    const report = await runCheck({ dir: PIPELINE, prd: ['docs/arc42'], architecture: ['docs/arc42'] });
    const set = report.docSets[0];
    expect([set.prd.files, set.architecture.files]).toEqual([['docs/arc42/10_quality_requirements.md'], PIPELINE_ARCHITECTURE]);
    expect(set.coverage.map((c) => [c.id, c.status, c.citations])).toEqual(PIPELINE_COVERAGE);
    expect(set.notices).toEqual([
      "docs/arc42 is named as both PRD and architecture, so docs/arc42/10_quality_requirements.md (arc42's quality requirements) is read as the PRD and the rest as architecture: a requirement's definition is never its citation.",
    ]);
  });

  it('a PRD the user names that does not exist stays missing: §10 does not stand in for it', async () => {
    const report = await runCheck({ dir: PIPELINE, prd: ['docs/requirements.md'] });
    const set = report.docSets[0];
    expect([set.prd.files, set.architecture.files.includes('docs/arc42/10_quality_requirements.md'), set.notices ?? []]).toEqual([[], true, []]);
  });
});

// Modelled on a BMAD PRD's NFR list and an architecture that restates the IDs in its own
// "Quality Requirements" table with other meanings (the six drifted citations), beside
// nine right citations in prose and an ADR that cites the encryption NFR for a latency decision.
const DRIFT_PRD = [
  '## Non-Functional Requirements',
  '- **NFR1:** Search results are returned within 500 ms at p95.',
  '- **NFR2:** The service is available 99.9% of each month.',
  '- **NFR3:** Personal data is encrypted at rest with AES-256 and in transit with TLS 1.2 or later.',
  '- **NFR4:** Users can export and delete their personal data within 30 days of a request (GDPR).',
  '- **NFR5:** Backups are taken daily with an RPO of 24 hours.',
  '- **NFR6:** The web app meets WCAG 2.1 AA.',
  '- **NFR7:** The API handles 1,000 requests per second at peak.',
  '- **NFR8:** Passwords are hashed with bcrypt (cost factor 12).',
  '- **NFR9:** Audit logs of admin actions are kept for 1 year.',
].join('\n');
const DRIFT_ARCH = [
  '# Shop Architecture',
  '',
  '## Quality Requirements',
  '',
  '| ID | Requirement | Target |',
  '|---|---|---|',
  '| NFR1 | Availability | 99.9% monthly uptime |',
  '| NFR2 | Encryption at rest | AES-256 for all personal data |',
  '| NFR3 | Throughput | 1,000 requests per second at peak |',
  '| NFR4 | Password hashing | bcrypt with cost factor 12 |',
  '| NFR5 | Accessibility | WCAG 2.1 AA |',
  '| NFR6 | Audit log retention | admin actions kept 1 year |',
  '',
  '## Design',
  '',
  '- The OpenSearch index keeps search latency under 500 ms at p95 (NFR1).',
  '- Two availability zones behind a load balancer give 99.9% monthly availability (NFR2).',
  '- RDS storage is encrypted with AES-256 through KMS; TLS 1.2 terminates at the load balancer (NFR3).',
  '- A privacy page lets users export or delete their data; deletion jobs finish within 30 days (NFR4).',
  '- Nightly snapshots give an RPO of 24 hours (NFR5).',
  '- Components come from the design system, checked with axe in CI (NFR6).',
  '- The API tier autoscales to sustain 1,000 requests per second (NFR7).',
  '- Passwords are hashed with bcrypt at cost 12 (NFR8).',
  '- Admin actions go to an append-only audit log retained for one year (NFR9).',
  '',
  '## ADR-004: Cache search results',
  '',
  'Search results are cached in Redis so that search answers stay fast under load (NFR3).',
].join('\n');

describe('trace/citation-drift', () => {
  it('flags the six restated rows and the ADR that cite one NFR while restating another, and none of the nine right citations', () => {
    const findings = rulesOf(check(DRIFT_PRD, DRIFT_ARCH), 'trace/citation-drift');
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([
      [7, 'warning', 'This place cites NFR1 (Search results are returned within 500 ms at p95) but describes it as "Availability | 99.9% monthly uptime"; NFR2 (The service is available 99.9% of each month) reads closer.'],
      [8, 'warning', 'This place cites NFR2 (The service is available 99.9% of each month) but describes it as "Encryption at rest | AES-256 for all personal data"; NFR3 (Personal data is encrypted at rest with AES-256 and in…) reads closer.'],
      [9, 'warning', 'This place cites NFR3 (Personal data is encrypted at rest with AES-256 and in…) but describes it as "Throughput | 1,000 requests per second at peak"; NFR7 (The API handles 1,000 requests per second at peak) reads closer.'],
      [10, 'warning', 'This place cites NFR4 (Users can export and delete their personal data within 30…) but describes it as "Password hashing | bcrypt with cost factor 12"; NFR8 (Passwords are hashed with bcrypt (cost factor 12)) reads closer.'],
      [11, 'warning', 'This place cites NFR5 (Backups are taken daily with an RPO of 24 hours) but describes it as "Accessibility | WCAG 2.1 AA"; NFR6 (The web app meets WCAG 2.1 AA) reads closer.'],
      [12, 'warning', 'This place cites NFR6 (The web app meets WCAG 2.1 AA) but describes it as "Audit log retention | admin actions kept 1 year"; NFR9 (Audit logs of admin actions are kept for 1 year) reads closer.'],
      [28, 'warning', 'This place cites NFR3 (Personal data is encrypted at rest with AES-256 and in…) but describes it as "Search results are cached in Redis so that search answers stay fast under load."; NFR1 (Search results are returned within 500 ms at p95) reads closer.'],
    ]);
    expect(findings[0]).toMatchObject({ fix: 'Cite NFR2 here if this is where it is met, and cite NFR1 where the architecture meets it.', related: { file: 'docs/prd.md', line: 2, message: 'NFR1 defined here' } });
  });

  it('a restated row that gives the ID a target of another kind, like no NFR of the PRD, says nothing of it', () => {
    const arch = '## Quality Requirements\n\n| ID | Requirement |\n|---|---|\n| NFR5 | Cold start under 2 seconds |';
    expect(rulesOf(check(DRIFT_PRD, arch), 'trace/citation-drift').map((f) => [f.line, f.message, f.fix])).toEqual([
      [5, 'This place cites NFR5 (Backups are taken daily with an RPO of 24 hours) but describes it as "Cold start under 2 seconds", which says nothing of it.', "Use the PRD's meaning of NFR5 here (docs/prd.md:6), or cite the requirement this place restates."],
    ]);
  });

  it("a bold label that names another NFR's subject drifted; the NFR it names stays covered by its right citation", () => {
    const prd = ['## Non-Functional Requirements', '', '- **NFR-6:** Search answers within 500 ms at p95.', '- **NFR-7:** The service is available 99.9% of each month.', '- **NFR-11:** Passwords are hashed with bcrypt.'].join('\n');
    const arch = ['# Architecture', '', '## Security', '', '**NFR-6 — Password hashing:** passwords are hashed with bcrypt at cost 12 before they reach the database.', '', '## Search', '', 'OpenSearch answers queries within 500 ms at p95 (NFR-6, NFR-7).'].join('\n');
    const result = check(prd, arch);
    expect(rulesOf(result, 'trace/citation-drift').map((f) => [f.line, f.message, f.fix])).toEqual([
      [
        5,
        'This place cites NFR-6 (Search answers within 500 ms at p95) but describes it as "Password hashing: passwords are hashed with bcrypt at cost 12 before they reach the database."; NFR-11 (Passwords are hashed with bcrypt) reads closer.',
        'Cite NFR-11 here if this is where it is met, and cite NFR-6 where the architecture meets it.',
      ],
    ]);
    expect(result.coverage.rows.map((r) => [r.requirement.id, r.status, r.citations.map((c) => c.line)])).toEqual([
      ['NFR-6', 'covered', [9]],
      ['NFR-7', 'covered', [9]],
      ['NFR-11', 'implied', []],
    ]);
  });

  it('an ADR whose Decision paragraph cites the encryption NFR for a latency decision drifted; the next decision citing it rightly did not', () => {
    // Decision records as BMAD v6 architectures write them: **Context:** / **Decision:** / **Consequences:** paragraphs.
    const arch = [
      '# Architecture',
      '',
      '### Decision 3: Search result cache',
      '',
      '**Context:** Catalogue search reads six tables and takes 1.8 s at p95 under load.',
      '',
      '**Decision:** Cache search results in Redis for 60 seconds, keyed by the normalised query, so that search results come back fast (NFR3).',
      '',
      '**Consequences:** A new product appears in search after at most a minute.',
      '',
      '### Decision 4: Managed database',
      '',
      '**Decision:** RDS PostgreSQL with storage encryption through KMS and TLS required on every connection (NFR3).',
    ].join('\n');
    const result = check(DRIFT_PRD, arch);
    expect(rulesOf(result, 'trace/citation-drift').map((f) => [f.line, f.message])).toEqual([
      [7, 'This place cites NFR3 (Personal data is encrypted at rest with AES-256 and in…) but describes it as "Decision: Cache search results in Redis for 60 seconds, keyed by the normalised query, so that sear…"; NFR1 (Search results are returned within 500 ms at p95) reads closer.'],
    ]);
    expect(result.coverage.rows.find((r) => r.requirement.id === 'NFR3')!.citations.map((c) => c.line)).toEqual([13]);
  });

  it('is silent when unsure: a mapping row naming only a mechanism, a list of IDs one of which the place describes', () => {
    const arch = ['| Requirement | Mechanism |', '|---|---|', '| NFR1 | Redis cache, CDN |', '', '- Passwords are hashed with bcrypt at cost 12 (NFR4, NFR8).'].join('\n');
    expect(rulesOf(check(DRIFT_PRD, arch), 'trace/citation-drift')).toEqual([]);
  });

  it('a range none of whose NFRs the place describes drifted: one finding for the range, and none of its NFRs is covered there', () => {
    const arch = ['## Security', '', '- bcrypt with cost factor 12 serves NFR3-5.'].join('\n');
    const result = check(DRIFT_PRD, arch);
    expect(rulesOf(result, 'trace/citation-drift').map((f) => [f.line, f.message, f.fix])).toEqual([
      [
        3,
        'This place cites NFR3-5 but describes them as "bcrypt with cost factor 12 serves."; NFR8 (Passwords are hashed with bcrypt (cost factor 12)) reads closer.',
        'Cite NFR8 here if this is where it is met, and cite NFR3-5 where the architecture meets them.',
      ],
    ]);
    expect(['NFR3', 'NFR4', 'NFR5'].map((id) => result.coverage.rows.find((r) => r.requirement.id === id)!.citations)).toEqual([[], [], []]);
  });
});
