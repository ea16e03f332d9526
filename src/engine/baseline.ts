import type { DocSetResult } from './engine.js';
import type { CoverageStatus } from './coverage.js';
import type { Finding } from './types.js';
import { findingFingerprints, fingerprintKey } from './fingerprint.js';

// Compare a run with the same checks on the base commit: which findings the change introduced,
// which it fixed. A finding is existing when the base run has its fingerprint (fingerprint.ts,
// the same one SARIF gives code scanning), new otherwise.

export type BaselineMark = 'new' | 'existing' | 'fixed';

export interface BaselineComparison {
  findings: Map<Finding, BaselineMark>;
  /** Findings of the base run that the current run no longer has. */
  fixed: Finding[];
  /** Per requirement ID: new, existing or fixed, for rows whose status is not fine in both runs. */
  coverage: Map<string, BaselineMark>;
}

const fine = (s: CoverageStatus | undefined) => s === 'covered' || s === 'waived';

/** What the comparison reads of the base's run. */
export interface BaselineSide {
  findings: Finding[];
  coverage: { rows: { requirement: { key: string; id: string }; status: CoverageStatus }[] };
}

export function compareWithBaseline(current: DocSetResult, base: BaselineSide): BaselineComparison {
  const baseKeys = findingFingerprints(base.findings).map(fingerprintKey);
  const currentKeys = findingFingerprints(current.findings).map(fingerprintKey);
  const had = new Set(baseKeys);
  const has = new Set(currentKeys);
  const findings = new Map<Finding, BaselineMark>(current.findings.map((f, i) => [f, had.has(currentKeys[i]) ? 'existing' : 'new']));
  const fixed = base.findings.filter((_, i) => !has.has(baseKeys[i]));
  const before = new Map(base.coverage.rows.map((r) => [r.requirement.key, r.status]));
  const coverage = new Map<string, BaselineMark>();
  for (const row of current.coverage.rows) {
    const was = before.get(row.requirement.key);
    if (fine(row.status)) {
      if (was !== undefined && !fine(was)) coverage.set(row.requirement.id, 'fixed');
    } else coverage.set(row.requirement.id, was === row.status ? 'existing' : 'new');
  }
  return { findings, fixed, coverage };
}
