import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCite } from '../src/cli/run-cite.js';
import { runCheck } from '../src/cli/run-check.js';

// `archgate cite --accept implied` where the implied place is a row of a TOON table in a code
// block, as spec-kit plans write their targets (pilotspace/pilot-space's plan.md: "**Performance
// Goals**:" over a ```toon block, "API read ops,p95 <500ms"). Nothing is written inside a fence:
// the citation goes to the nearest text of the same section outside the block, and the output says so.

const SPEC = [
  '# Feature Specification: Pilot Space MVP',
  '',
  '## Requirements',
  '',
  '### Non-Functional Requirements',
  '',
  '**Availability & Recovery**',
  '- **NFR-001**: System MUST maintain 99.5% uptime (~3.6 hours maximum unplanned downtime per month)',
  '- **NFR-002**: System MUST support Recovery Time Objective (RTO) of 4 hours for full service restoration',
  '',
  '**Performance**',
  '- **NFR-005**: API read operations (GET) MUST respond within 500ms at p95',
  '- **NFR-006**: API write operations (POST/PUT/DELETE) MUST respond within 1 second at p95',
  '- **NFR-019**: System MUST enforce tiered rate limiting: 1000 req/min for standard API endpoints, 100 req/min for AI endpoints, per workspace',
  '',
].join('\n');

const PLAN = [
  '# Implementation Plan: Pilot Space MVP',
  '',
  '## Technical Context',
  '',
  '**Language/Version**: Python 3.12 (backend), TypeScript 5.3 (frontend)',
  '**Storage**: PostgreSQL 16 with pgvector, Redis for AI response caching',
  '',
  '**Performance Goals**:',
  '```toon',
  'perfGoals[4]{metric,target}:',
  '  API read ops,p95 <500ms',
  '  API write ops,p95 <1s',
  '  AI ghost text,<2s after 500ms typing pause',
  '  Search (10k items),<2s',
  '```',
  '',
  '**Constraints**:',
  '```toon',
  'constraints[3]{constraint,value}:',
  '  Uptime SLA,99.5% (~3.6h/month downtime)',
  '  RTO,4 hours',
  '  Concurrent users/workspace,100 without degradation',
  '```',
  '',
  '### Rate Limits',
  '',
  '```toon',
  'rateLimits[2]{tier,limit}:',
  '  Standard API endpoints,1000 req/min per workspace',
  '  AI endpoints,100 req/min per workspace',
  '```',
  '',
  '## Project Structure',
  '',
  '```text',
  'backend/',
  '  src/api/',
  '```',
  '',
].join('\n');

const paths = { prd: ['specs/001-mvp/spec.md'], architecture: ['specs/001-mvp/plan.md'] };

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-cite-code-'));
  mkdirSync(path.join(dir, 'specs/001-mvp'), { recursive: true });
  writeFileSync(path.join(dir, paths.prd[0]), SPEC);
  writeFileSync(path.join(dir, paths.architecture[0]), PLAN);
  return dir;
}

describe('archgate cite --accept implied, an NFR implied in a code block', () => {
  it('is cited in its section outside the block (the lead-in before it, else the heading), the output says where, nothing else changes', async () => {
    const dir = project();
    let output = '';
    const outcome = await runCite({ dir, ...paths, input: new PassThrough(), output: { write: (s: string) => (output += s) }, interactive: false, accept: 'implied' });
    expect(outcome).toEqual({ cited: ['NFR-001', 'NFR-002', 'NFR-005', 'NFR-006', 'NFR-019'], waived: [], skipped: [], written: ['specs/001-mvp/plan.md'] });
    expect(output).toBe(
      [
        'NFR-001: cited at specs/001-mvp/plan.md:17, outside the code block its implied place is in (specs/001-mvp/plan.md:20)',
        'NFR-002: cited at specs/001-mvp/plan.md:17, outside the code block its implied place is in (specs/001-mvp/plan.md:21)',
        'NFR-005: cited at specs/001-mvp/plan.md:8, outside the code block its implied place is in (specs/001-mvp/plan.md:11)',
        'NFR-006: cited at specs/001-mvp/plan.md:8, outside the code block its implied place is in (specs/001-mvp/plan.md:12)',
        'NFR-019: cited at specs/001-mvp/plan.md:25, outside the code block its implied place is in (specs/001-mvp/plan.md:30)',
        '',
        // Two citations on one line are one change of it.
        '--- a/specs/001-mvp/plan.md',
        '+++ b/specs/001-mvp/plan.md',
        '@@ -8 +8 @@',
        '-**Performance Goals**:',
        '+**Performance Goals** (NFR-005) (NFR-006):',
        '@@ -17 +17 @@',
        '-**Constraints**:',
        '+**Constraints** (NFR-001) (NFR-002):',
        '@@ -25 +25 @@',
        '-### Rate Limits',
        '+### Rate Limits (NFR-019)',
        '',
        'cited 5, waived 0, skipped 0; wrote specs/001-mvp/plan.md',
        '',
      ].join('\n'),
    );
    const lines = PLAN.split('\n');
    lines[7] = '**Performance Goals** (NFR-005) (NFR-006):';
    lines[16] = '**Constraints** (NFR-001) (NFR-002):';
    lines[24] = '### Rate Limits (NFR-019)';
    expect(readFileSync(path.join(dir, paths.architecture[0]), 'utf8')).toBe(lines.join('\n'));
    // Read back, each is cited, and no citation reads as drifted.
    const after = await runCheck({ dir, ...paths });
    expect(after.docSets[0].coverage.filter((c) => c.kind === 'nfr').map((c) => [c.id, c.status])).toEqual([
      ['NFR-001', 'covered'],
      ['NFR-002', 'covered'],
      ['NFR-005', 'covered'],
      ['NFR-006', 'covered'],
      ['NFR-019', 'covered'],
    ]);
    expect(after.docSets[0].findings.filter((f) => f.rule === 'trace/citation-drift')).toEqual([]);
  });

  it('a block that opens its section is cited at its heading, not in the text after it (which may be about the whole section)', async () => {
    const dir = project();
    const plan = PLAN.replace('### Rate Limits\n\n```toon', '### Rate Limits\n```toon').replace('  AI endpoints,100 req/min per workspace\n```\n', '  AI endpoints,100 req/min per workspace\n```\n\n**Gate Status**: PASS (no blocking violations)\n');
    writeFileSync(path.join(dir, paths.architecture[0]), plan);
    let output = '';
    await runCite({ dir, ...paths, input: new PassThrough(), output: { write: (s: string) => (output += s) }, interactive: false, accept: 'implied', dryRun: true });
    expect(output.split('\n').filter((l) => l.startsWith('NFR-019') || l.includes('Rate Limits') || l.includes('Gate Status'))).toEqual([
      'NFR-019: cited at specs/001-mvp/plan.md:25, outside the code block its implied place is in (specs/001-mvp/plan.md:29)',
      '-### Rate Limits',
      '+### Rate Limits (NFR-019)',
    ]);
    expect(readFileSync(path.join(dir, paths.architecture[0]), 'utf8')).toBe(plan);
  });
});

describe('archgate cite on a terminal, a place in a code block', () => {
  it('can be chosen: the citation is written outside the block, where --accept implied writes it, and the walk says where', async () => {
    const dir = project();
    const input = new PassThrough();
    let output = '';
    const done = runCite({ dir, ...paths, input, output: { write: (s: string) => (output += s) }, interactive: true });
    input.end('1\ns\nq\n');
    expect(await done).toEqual({ cited: ['NFR-001'], waived: [], skipped: ['NFR-002'], written: ['specs/001-mvp/plan.md'] });
    expect(output).toBe(
      [
        '',
        '[1/5] NFR-001 (System MUST maintain 99.5% uptime (~3.6 hours maximum unplanned downtime…) is not cited in the architecture document. specs/001-mvp/spec.md:8',
        '  1) likely   specs/001-mvp/plan.md:20  Technical Context  (a code block: cited outside it, at specs/001-mvp/plan.md:17)',
        '     Uptime SLA,99.5% (~3.6h/month downtime)',
        '  1 cite there, s skip, w waive, q quit:   cited at specs/001-mvp/plan.md:17, outside the code block at specs/001-mvp/plan.md:20',
        '',
        '[2/5] NFR-002 (System MUST support Recovery Time Objective (RTO) of 4 hours…) is not cited in the architecture document. specs/001-mvp/spec.md:9',
        '  1) likely   specs/001-mvp/plan.md:21  Technical Context  (a code block: cited outside it, at specs/001-mvp/plan.md:17)',
        '     RTO,4 hours',
        '  1 cite there, s skip, w waive, q quit: ',
        '[3/5] NFR-005 (API read operations (GET) MUST respond within 500ms at p95) is not cited in the architecture document. specs/001-mvp/spec.md:12',
      ].join('\n') + '\n' + output.slice(output.indexOf('  1) likely   specs/001-mvp/plan.md:11')),
    );
    expect(output.slice(output.indexOf('\n--- a/'))).toBe(
      ['', '--- a/specs/001-mvp/plan.md', '+++ b/specs/001-mvp/plan.md', '@@ -17 +17 @@', '-**Constraints**:', '+**Constraints** (NFR-001):', '', 'cited 1, waived 0, skipped 1; wrote specs/001-mvp/plan.md', ''].join('\n'),
    );
    // Nothing was written inside the fence, and the citation counts on re-check.
    expect(readFileSync(path.join(dir, paths.architecture[0]), 'utf8')).toBe(PLAN.replace('**Constraints**:', '**Constraints** (NFR-001):'));
    const after = await runCheck({ dir, ...paths });
    expect(after.docSets[0].coverage.find((c) => c.id === 'NFR-001')!.status).toBe('covered');
    expect(after.docSets[0].findings.filter((f) => f.rule === 'trace/citation-drift')).toEqual([]);
  });
});
