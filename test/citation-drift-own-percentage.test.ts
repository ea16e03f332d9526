import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// A traceability table that restates an NFR by its own percentage beside words that name no metric
// ("| NFR-A-1 | 99.9% citizen, 99.95% submission API | …": the percentage is read as a bare
// ratio, not as availability) restates that NFR: it is its citation, however close its other
// words read to another NFR. The same row citing an NFR whose own number is not there is still
// drift.
const PRD = [
  '# Requirements',
  '',
  '## Non-functional requirements',
  '',
  '### NFR-A-1: Service availability',
  '',
  'The public service MUST achieve:',
  '- Citizen-facing site: 99.9% availability (at most 43.8 minutes of unplanned downtime per month)',
  '',
  '### NFR-A-3: Dashboard availability',
  '',
  'The operator dashboard MUST achieve 99.5% availability.',
  '',
  '### NFR-A-2: Fault tolerance',
  '',
  'The service MUST degrade gracefully when a component fails: the citizen site keeps serving cached prices, and the dashboard continues unaffected (bulkhead isolation).',
  '',
  '### NFR-S-1: Horizontal scaling',
  '',
  'All stateless components MUST support horizontal scaling without code changes, to 5M monthly users.',
  '',
  '### NFR-P-2: Submission throughput',
  '',
  'The submission API MUST accept 5,000 submissions per minute at peak, each tier scaling independently.',
  '',
  '### NFR-P-1: Search speed',
  '',
  'Citizen search MUST answer within 3 s at p95.',
  '',
].join('\n');
const arch = (row: string) =>
  ['# Architecture', '', '## Traceability', '', '| Requirement | Target | How | Status |', '|---|---|---|---|', '| NFR-P-1 | Citizen search <3s p95 | Read-optimised store | ✅ Covered |', row, ''].join('\n');
const ROW = '| NFR-A-1 | 99.9% citizen, 99.95% submission API | Bulkhead isolation, independent scaling | ✅ Covered |';
const drift = (row: string) => rulesOf(check(PRD, arch(row)), 'trace/citation-drift').map((f) => `${f.line} ${f.message}`);

describe('trace/citation-drift and a restatement by the NFR\'s own percentage', () => {
  it('a row citing NFR-A-1 with its own 99.9% is its citation, not drift', () => {
    expect(drift(ROW)).toEqual([]);
    expect(check(PRD, arch(ROW)).coverage.rows.find((r) => r.requirement.id === 'NFR-A-1')!.status).toBe('covered');
  });

  it('the same row citing an NFR whose own number it does not carry is still drift', () => {
    expect(drift(ROW.replace('NFR-A-1', 'NFR-S-1'))).toEqual([
      '8 This place cites NFR-S-1 (Horizontal scaling) but describes it as "99.9% citizen, 99.95% submission API | Bulkhead isolation, independent scaling | ✅ Covered"; NFR-P-2 (Submission throughput) reads closer.',
    ]);
    // Another availability NFR, with its own percentage (99.5%): 99.9% is not its number.
    expect(drift(ROW.replace('NFR-A-1', 'NFR-A-3'))).toEqual([
      '8 This place cites NFR-A-3 (Dashboard availability) but describes it as "99.9% citizen, 99.95% submission API | Bulkhead isolation, independent scaling | ✅ Covered"; NFR-P-2 (Submission throughput) reads closer.',
    ]);
  });

  it('only the exact value counts: 99.95% alone is not NFR-A-1\'s 99.9%', () => {
    expect(drift(ROW.replace('99.9% citizen, ', ''))).toEqual([
      '8 This place cites NFR-A-1 (Service availability) but describes it as "99.95% submission API | Bulkhead isolation, independent scaling | ✅ Covered"; NFR-P-2 (Submission throughput) reads closer.',
    ]);
  });
});
