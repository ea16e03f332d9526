import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import type { CoverageRow } from '../src/engine/coverage.js';
import { leadLabel } from '../src/engine/topic-list.js';
import { workGrowth } from './text-work.js';

// BMAD v6 architectures answer the PRD's NFRs per quality in their "Non-Functional Requirements
// Coverage" tables and validation lists ("Performance < 2s | ✅ | SSG + next/image"), by the
// category's word and the target, never by ID and often in none of the NFR's own words. Modelled on
// that class: the category names the requirement's quality, the restated target tells it from the
// others of that quality, and the rest of the line says how it is met.

/** The coverage row's fields a user reads in the JSON report. */
const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { file: row.implied.location.file, line: row.implied.location.line, reason: row.implied.reason } } : {}) });

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

const prd = (extra: string[] = []) =>
  [
    '## Non-Functional Requirements',
    '',
    '### Performance',
    '- **NFR1:** The home page is interactive in under 2 seconds (LCP) on a 4G connection.',
    '- **NFR2:** Each blog API call answers within 300 ms.',
    '- **NFR3:** Layout shift stays below 0.1 (CLS).',
    ...extra,
    '### Security',
    '- **NFR4:** Every page is served over HTTPS.',
  ].join('\n');

const coverage = (row: string) =>
  ['# Architecture', '## Architecture Validation Results', '### Requirements Coverage Validation', '**Non-Functional Requirements Coverage:**', ['| NFR | Supported | How |', '|-----|-----------|-----|', row].join('\n'), filler].join('\n\n');

describe('a coverage line labelled by the category that restates one NFR\'s target', () => {
  it('makes that NFR implied there, and says which target', () => {
    const result = check(prd(), coverage('| Performance < 2s | ✅ | SSG + next/image + next/font |'));
    expect(result.coverage.rows.map(jsonRow)).toEqual([
      { id: 'NFR1', status: 'implied', implied: { file: 'docs/architecture.md', line: 11, reason: 'restates its target < 2 s' } },
      { id: 'NFR2', status: 'uncovered' },
      { id: 'NFR3', status: 'uncovered' },
      { id: 'NFR4', status: 'uncovered' },
    ]);
  });

  it('not when another NFR of the PRD has the same target: the line tells neither from the other', () => {
    const result = check(prd(['- **NFR5:** Search results appear in under 2 seconds.']), coverage('| Performance < 2s | ✅ | SSG + next/image + next/font |'));
    expect(result.coverage.rows.map((r) => r.status)).toEqual(['uncovered', 'uncovered', 'uncovered', 'uncovered', 'uncovered']);
  });

  it('not in the design\'s prose, where the same line may bound another thing of that quality', () => {
    const arch = ['# Architecture', '## Frontend', '- Performance: image thumbnails render in under 2 seconds through the CDN resizer.', filler].join('\n\n');
    expect(check(prd(), arch).coverage.rows[0].status).toBe('uncovered');
  });

  it('not when the label names another quality', () => {
    const result = check(prd(), coverage('| Security < 2s | ✅ | SSG + next/image + next/font |'));
    expect(result.coverage.rows[0].status).toBe('uncovered');
  });

  it('not when the line only names the quality and the target: that is a topic, not how it is met', () => {
    const result = check(prd(), coverage('| Performance < 2s | ✅ | |'));
    expect(result.coverage.rows[0].status).toBe('uncovered');
  });
});

describe('reading a line\'s label grows no faster than the line', () => {
  it.each([
    ['spaces before a colon', (n: number) => `Performance${' '.repeat(n)}: SSG`],
    ['a cell of spaces', (n: number) => `${' '.repeat(n)} | ✅ | SSG`],
    ['colons without spaces', (n: number) => `${'a:'.repeat(n / 2)}`],
  ])('%s', (_name, make) => {
    expect(workGrowth((n) => leadLabel(make(n)), 4000).ratio).toBeLessThan(5);
  });

  it('the label is the first cell, else a short label before a colon', () => {
    expect([leadLabel('性能 < 2s | ✅ | SSG + next/image'), leadLabel('Security: tokens are validated by the gateway'), leadLabel('The gateway validates tokens with the identity provider in every region we run: always')]).toEqual(['性能 < 2s', 'Security', null]);
  });
});
