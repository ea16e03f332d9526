import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// An NFR whose subject is its mechanism ("E2E tests for all critical user flows") is implied
// where a row of the design names that mechanism and stands out from every other place: a careful
// reader bets on "E2E | Playwright | ~60 specs". Modelled on flipper-ai (BMAD): its "Testing
// Strategy" table under a "Technology Stack" that names the tools again.

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a panel of the listing dashboard.\n`).join('\n');
const prd = [
  '## Non-Functional Requirements',
  '',
  '- **NFR-TEST-02:** E2E tests for all critical user flows',
  '- **NFR-TEST-03:** BDD acceptance tests for all functional requirements',
  '- **NFR-SCALE-02:** Pooling through PgBouncer',
].join('\n');
const architecture = (more = '') =>
  [
    '# Architecture',
    '## Technology Stack',
    '| Layer | Technology | Version | Purpose |\n|---|---|---|---|\n| Framework | Next.js | 15 | App router |\n| Proxy | PgBouncer | 1.21 | In front of PostgreSQL |\n| Testing | Jest + Playwright + Cucumber | Various | Full test pyramid |',
    '## Testing Strategy',
    '| Layer | Tool | Scope |\n|---|---|---|\n| Unit | Jest | ~70 files |\n| E2E | Playwright | ~60 specs |\n| BDD | Cucumber | 9 features |',
    more,
    filler,
  ].join('\n\n');
const statusOf = (result: ReturnType<typeof check>) => result.coverage.rows.map((r) => [r.requirement.id, r.status, r.implied?.location.line]);

describe('an NFR implied by the row that names its mechanism', () => {
  it('is implied at the row that names it, standing out from the stack table', () => {
    const result = check(prd, architecture());
    expect(statusOf(result)).toEqual([
      ['NFR-TEST-02', 'implied', 16],
      ['NFR-TEST-03', 'implied', 17],
      ['NFR-SCALE-02', 'uncovered', undefined],
    ]);
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.line, f.message])).toEqual([
      [16, 'NFR-TEST-02 is not cited, but this place seems to address it (names its mechanism (E2E): "E2E | Playwright | ~60 specs").'],
      [17, 'NFR-TEST-03 is not cited, but this place seems to address it (names its mechanism (BDD): "BDD | Cucumber | 9 features").'],
    ]);
  });

  it('is not implied where another place names the mechanism nearly as well', () => {
    const result = check(prd, architecture('## CI Pipeline\n\n| Stage | Tool | When |\n|---|---|---|\n| E2E | Playwright | nightly |'));
    expect(statusOf(result)).toEqual([
      ['NFR-TEST-02', 'uncovered', undefined],
      ['NFR-TEST-03', 'implied', 17],
      ['NFR-SCALE-02', 'uncovered', undefined],
    ]);
    expect(rulesOf(result, 'trace/nfr-addressed').map((f) => [f.line, f.message])[0]).toEqual([
      3,
      'NFR-TEST-02 (E2E tests for all critical user flows) is not cited in the architecture document. It seems addressed at docs/architecture.md:16 (Testing Strategy); docs/architecture.md:23 (CI Pipeline); docs/architecture.md:9 (Technology Stack).',
    ]);
  });

  it('is not implied by a place that names only the means to its subject ("Pooling through PgBouncer")', () => {
    const row = check(prd, architecture()).coverage.rows[2];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.confidence])]).toEqual(['uncovered', [[8, 'possible']]]);
  });

  it('is not implied when the NFR has a measurable target: the target is its point', () => {
    const withTarget = prd.replace('E2E tests for all critical user flows', 'E2E tests for all critical user flows finish within 10 minutes');
    const row = check(withTarget, architecture()).coverage.rows[0];
    expect([row.status, row.suggestions[0]?.location.line, row.suggestions[0]?.confidence]).toEqual(['uncovered', 16, 'possible']);
  });
});
