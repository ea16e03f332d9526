import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// Right citations trace/citation-drift flagged on real architectures (fresh set G): the words that
// name the cited NFR stand next to the cited clause, in the same table cell or line, where a
// reader reads them too. (Before: "…describes it as "structured logging excludes secrets/PII";
// NFR-040 … reads closer.")

const drift = (prd: string, arch: string) => check(prd, arch).findings.filter((f) => f.rule === 'trace/citation-drift').map((f) => `${f.line}: ${f.message}`);

describe('trace/citation-drift reads a citation with what names its NFR beside it', () => {
  // Modelled on ganeshjamadar/FMS's spec-kit plan, its constitution check: a table cell of several
  // clauses, the ID written at the cell's end.
  const fms = [
    '## Non-Functional Requirements',
    '- **NFR-001**: All endpoints MUST enforce server-side RBAC.',
    '- **NFR-002**: Data MUST be encrypted at rest and in transit.',
    '- **NFR-040**: Structured logging MUST exclude secrets and PII.',
    '- **NFR-041**: Uploaded documents MUST be scanned for malware before storage.',
  ].join('\n');
  const plan = (id: string) =>
    [
      '# Implementation Plan',
      '## Constitution Check',
      [
        '| # | Principle | Status | Evidence |',
        '| --- | --- | --- | --- |',
        '| III | Complete Auditability | **PASS** | Dedicated Audit service with append-only AuditLog table; corrections via reversal entries only |',
        `| V | Security and Privacy by Default | **PASS** | RBAC with 4 roles enforced server-side on every endpoint; members access only their data + fund aggregates; structured logging excludes secrets/PII (${id}) |`,
      ].join('\n'),
    ].join('\n\n');

  it('an ID ending a table cell of several clauses cites the cell when the cell reads like it', () => {
    expect(drift(fms, plan('NFR-001'))).toEqual([]);
  });
  it('an ID ending the cell that nothing in it reads like is still drifted', () => {
    expect(drift(fms, plan('NFR-041'))).toEqual(['8: This place cites NFR-041 (Uploaded documents MUST be scanned for malware before storage) but describes it as "V | Security and Privacy by Default | PASS | RBAC with 4 roles enforced server-side on every endpoi…", which says nothing of it.']);
  });
});
