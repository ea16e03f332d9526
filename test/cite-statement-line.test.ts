import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCite } from '../src/cli/run-cite.js';
import { runCheck } from '../src/cli/run-check.js';
import { statementEnd } from '../src/engine/cite-edit.js';
import { FMS_NFRS, FMS_TECHNICAL_CONTEXT } from './fms-plan-fixture.js';

// spec-kit's plan.md writes its "Technical Context" as "**Key**: value" lines that run on after a
// list item: one passage over several lines, each line a statement of its own. The finding names
// the line that restates the NFR's target; `cite --accept implied` writes the citation at the end
// of that statement, not at the passage's last line ("**Scale/Scope**"), which says another thing.
// Modelled on FMS (spec-kit).

const SPEC = [
  '# Feature Specification',
  '',
  '## Non-Functional Requirements',
  '',
  ...FMS_NFRS,
  '',
].join('\n');

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a panel of the fund dashboard.\n`).join('\n');
const PLAN = [
  '# Implementation Plan',
  '',
  '## Technical Context',
  '',
  ...FMS_TECHNICAL_CONTEXT,
  '',
  filler,
].join('\n');

const paths = { prd: ['specs/001-fund/spec.md'], architecture: ['specs/001-fund/plan.md'] };

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'archgate-cite-statement-'));
  mkdirSync(path.join(dir, 'specs/001-fund'), { recursive: true });
  writeFileSync(path.join(dir, paths.prd[0]), SPEC);
  writeFileSync(path.join(dir, paths.architecture[0]), PLAN);
  return dir;
}

describe('archgate cite --accept implied, an NFR implied at one line of a passage over several', () => {
  it('is cited at the end of the statement on the line the finding names', async () => {
    const dir = project();
    let output = '';
    const outcome = await runCite({ dir, ...paths, input: new PassThrough(), output: { write: (s: string) => (output += s) }, interactive: false, accept: 'implied' });
    expect(outcome).toEqual({ cited: ['NFR-023', 'NFR-025'], waived: [], skipped: [], written: ['specs/001-fund/plan.md'] });
    expect(output.split('\n').slice(0, 2)).toEqual(['NFR-023: cited at specs/001-fund/plan.md:9', 'NFR-025: cited at specs/001-fund/plan.md:10']);
    const lines = readFileSync(path.join(dir, paths.architecture[0]), 'utf8').split('\n');
    expect(lines.slice(8, 11)).toEqual([
      '**Performance Goals**: API p95 < 200ms; report generation < 30s; notifications delivered within 60s (NFR-023)',
      '**Constraints**: 99.5% availability (single-region MVP); offline-capable mobile (queue writes) (NFR-025)',
      '**Scale/Scope**: 100+ concurrent funds, 1,000 members per fund',
    ]);
    // Nothing else changed, and both are covered on a new check.
    expect(lines.filter((l, i) => l !== PLAN.split('\n')[i]).length).toBe(2);
    const review = await runCheck({ dir, ...paths });
    expect(review.docSets[0].coverage.filter((c) => c.kind === 'nfr').map((c) => [c.id, c.status])).toEqual([
      ['NFR-023', 'covered'],
      ['NFR-025', 'covered'],
    ]);
  });
});

describe('the end of the statement that holds a line', () => {
  const text = ['Intro line one', 'wraps here and ends.', 'A second sentence', 'runs on', '- an item', 'last'].join('\n');
  it('is the first line from it that ends a sentence', () => expect(statementEnd(text, 1, 6)).toBe(2));
  it('or the line before a new statement starts (a list item, a bold label)', () => expect(statementEnd(text, 3, 6)).toBe(4));
  it('and the passage end when neither comes', () => expect(statementEnd(text, 5, 6)).toBe(6));
});
