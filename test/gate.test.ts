import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The default gate, as a user meets it: the bundled CLI on a repository, its exit code and errors.
const CLI = path.join(ROOT, 'dist/cli.js');

function gate(prd: string, architecture: string): { code: number | null; errors: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-gate-'));
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'docs/prd.md'), prd);
  writeFileSync(path.join(dir, 'docs/architecture.md'), architecture);
  const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json'], { encoding: 'utf8', timeout: 240_000 });
  const report = JSON.parse(r.stdout);
  const errors = report.docSets[0].findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { file: string; line: number; rule: string; message: string }) => `${f.file}:${f.line} ${f.rule}: ${f.message}`);
  return { code: r.status, errors };
}

describe('the recommended preset gates on substance', () => {
  it('a title-only PRD and architecture fail (exit 1), naming what is missing', () => {
    const r = gate('# Shop PRD\n', '# Shop architecture\n');
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      'docs/prd.md:1 prd/core-sections: The PRD lacks 7 of its 7 core sections: purpose or goals, users or personas, functional requirements, non-functional requirements, constraints or assumptions, success metrics, out of scope.',
      'docs/architecture.md:1 arch/core-topics: The architecture document lacks 13 of its 13 core topics: a system context diagram (C4 level 1), the architectural style, a technology stack section, its components, its interfaces, its data model, authentication, a scaling mechanism, monitoring, backups, error handling, decision records, risks.',
    ]);
  });

  it('every heading with no text under them fails too', () => {
    const prd = ['# Shop PRD', '## Goals', '## Users', '## Functional Requirements', '## Non-Functional Requirements', '## Constraints', '## Success Metrics', '## Out of Scope'].join('\n\n');
    const arch = ['# Shop architecture', '## System Context', '## Architectural Style', '## Tech Stack', '## Components', '## API', '## Data Model', '## Security', '## Scalability', '## Monitoring', '## Backup', '## Error Handling', '## Decisions', '## Risks'].join('\n\n');
    const r = gate(prd, arch);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      'docs/prd.md:1 prd/core-sections: The PRD lacks 7 of its 7 core sections: purpose or goals, users or personas, functional requirements, non-functional requirements, constraints or assumptions, success metrics, out of scope.',
      'docs/architecture.md:1 arch/core-topics: The architecture document lacks 13 of its 13 core topics: a system context diagram (C4 level 1), the architectural style, a technology stack section, its components, its interfaces, its data model, authentication, a scaling mechanism, monitoring, backups, error handling, decision records, risks.',
    ]);
  });
});
