import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import type { CoverageRow } from '../src/engine/coverage.js';

// `implied` clears the error. A pull request's author could clear every NFR's at once with one
// line under "## Performance" that writes each NFR's words and target: each NFR read that line as
// the place it is met (a restated target beside its words, a tighter bound, or its wording). One
// line that would imply three NFRs or more lists them: it is where none of them is met.

const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { file: row.implied.location.file, line: row.implied.location.line, reason: row.implied.reason } } : {}) });

const prd = [
  '# PRD',
  '## Non-Functional Requirements',
  '### Performance',
  '- **NFR1:** Search results appear within 200 ms at p95.',
  '- **NFR2:** Invoice export completes in under 10 seconds.',
  '- **NFR3:** Dashboard page loads in under 2 seconds.',
  '### Security',
  '- **NFR4:** Customer data is encrypted at rest with AES-256.',
  '- **NFR5:** Admin sessions expire after 15 minutes of inactivity.',
  '### Availability',
  '- **NFR6:** The public API keeps 99.9% monthly uptime.',
].join('\n\n');
const rows = (arch: string) => check(prd, arch).coverage.rows.map(jsonRow);
const uncovered = (...ids: string[]) => ids.map((id) => ({ id, status: 'uncovered' }));

describe('one line that would imply many NFRs implies none', () => {
  it('every NFR\'s words and target in one sentence under "Performance"', () => {
    const arch = '# Architecture\n\n## Performance\n\nSearch results within 200 ms at p95, invoice export under 10 seconds, dashboard page under 2 seconds, customer data encrypted at rest AES-256, admin sessions expire after 15 minutes, public API 99.9% monthly uptime.\n';
    expect(rows(arch)).toEqual(uncovered('NFR1', 'NFR2', 'NFR3', 'NFR4', 'NFR5', 'NFR6'));
  });

  it('tighter bounds of three NFRs in three sentences of one line', () => {
    const arch = '# Architecture\n\n## Performance\n\nSearch results within 100 ms at p95. Invoice export under 5 seconds. Dashboard page under 1 second.\n';
    expect(rows(arch)).toEqual(uncovered('NFR1', 'NFR2', 'NFR3', 'NFR4', 'NFR5', 'NFR6'));
  });

  it('two NFRs met by one line stay implied there, and a line of its own for each still implies it', () => {
    const arch = [
      '# Architecture',
      '## Performance',
      'The search index and the invoice exporter run on the read replica: search results within 200 ms at p95, invoice export under 10 seconds.',
      'The dashboard page is rendered at the edge and loads in under 2 seconds.',
    ].join('\n\n');
    expect(rows(arch)).toEqual([
      { id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 5, reason: 'restates its target p95 <= 200 ms' } },
      { id: 'NFR2', status: 'implied', implied: { file: 'docs/architecture.md', line: 5, reason: 'restates its target < 10 s' } },
      { id: 'NFR3', status: 'implied', implied: { file: 'docs/architecture.md', line: 7, reason: 'restates its target < 2 s' } },
      ...uncovered('NFR4', 'NFR5', 'NFR6'),
    ]);
  });
});

// The refused line says nothing of where each NFR is met; an NFR with another place that passes
// the gates alone is implied there. The author of the listing line gains nothing from it.
describe('an NFR refused at a listing line, with another place of its own', () => {
  const listing = 'Search results within 200 ms at p95, invoice export under 10 seconds, dashboard page under 2 seconds, customer data encrypted at rest AES-256, admin sessions expire after 15 minutes, public API 99.9% monthly uptime.';

  it('is implied at that other place; the others stay uncovered', () => {
    const arch = ['# Architecture', '## Performance', listing, '## Search', 'The search index answers search results within 200 ms at p95 from the read replica.'].join('\n\n');
    expect(rows(arch)).toEqual([
      { id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 9, reason: 'restates its target p95 <= 200 ms' } },
      ...uncovered('NFR2', 'NFR3', 'NFR4', 'NFR5', 'NFR6'),
    ]);
  });

  it('not at a copy of the listing line: each copy lists them as the first does', () => {
    const arch = ['# Architecture', '## Performance', listing, '## Performance again', listing, '## And again', listing].join('\n\n');
    expect(rows(arch)).toEqual(uncovered('NFR1', 'NFR2', 'NFR3', 'NFR4', 'NFR5', 'NFR6'));
  });

  it('stays uncovered when its other place does not pass the gates alone (the number without its words)', () => {
    const arch = ['# Architecture', '## Performance', listing, '## Replica', 'The read replica answers within 200 ms at p95.'].join('\n\n');
    expect(rows(arch)).toEqual(uncovered('NFR1', 'NFR2', 'NFR3', 'NFR4', 'NFR5', 'NFR6'));
  });
});
