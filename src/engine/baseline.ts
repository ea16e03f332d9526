import type { DocSetResult } from './engine.js';
import type { CoverageStatus } from './coverage.js';
import type { Finding } from './types.js';

// Compare a run with the same checks on the base commit: which findings the change introduced,
// which it fixed. Lines move when text is edited above them, so findings are matched by rule,
// file and message, with line numbers taken out of the message.

export type BaselineMark = 'new' | 'existing' | 'fixed';

export interface BaselineComparison {
  findings: Map<Finding, BaselineMark>;
  /** Findings of the base run that the current run no longer has. */
  fixed: Finding[];
  /** Per requirement ID: new, existing or fixed, for rows whose status is not fine in both runs. */
  coverage: Map<string, BaselineMark>;
}

const fingerprint = (f: Finding) => [f.rule, f.file, f.message.replace(/:\d+(?::\d+)?/g, ':#')].join('\u0000');
const fine = (s: CoverageStatus | undefined) => s === 'covered' || s === 'waived';

export function compareWithBaseline(current: DocSetResult, base: DocSetResult): BaselineComparison {
  const pool = new Map<string, Finding[]>();
  for (const f of base.findings) {
    const key = fingerprint(f);
    const list = pool.get(key);
    if (list) list.push(f);
    else pool.set(key, [f]);
  }
  const findings = new Map<Finding, BaselineMark>();
  for (const f of current.findings) {
    const same = pool.get(fingerprint(f));
    if (same?.length) {
      same.shift();
      findings.set(f, 'existing');
    } else findings.set(f, 'new');
  }
  const fixed = [...pool.values()].flat();
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
