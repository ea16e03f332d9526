import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/cli/run-check.js';
import { formatStylish } from '../src/formatters/stylish.js';

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
