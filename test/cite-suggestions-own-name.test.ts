import { describe, expect, it } from 'vitest';
import { suggestedPlace } from '../src/engine/cite-suggestions.js';
import { termCounts } from '../src/engine/terms.js';
import { check } from './helpers.js';
import { workGrowth } from './text-work.js';

// Where the design says the NFR in its own words as a reader would match them: a table under a
// heading named as the NFR is named, and the mechanisms a reader reads as the quality (a retry with
// backoff for error recovery).

const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');
/** What a user sees in the JSON report for the first NFR: file:line and heading of each suggestion, best first. */
const shown = (prd: string, arch: string) => check(prd, arch).coverage.rows[0].suggestions.map((s) => {
  const { file, line, heading } = suggestedPlace(s);
  return [`${file}:${line}`, heading];
});
const words = (text: string) => [...termCounts(text).keys()];

describe('a section named as the NFR is offered at its heading', () => {
  it('"GDS-style" compliance: the section titled with the standard, not one row of its table', () => {
    const prd = [
      '## Non-Functional Requirements',
      '#### NFR-C-003: Cloud Service Standard Compliance',
      'Requirement: The service MUST meet every point of the Cloud Service Standard and pass its assessment.',
    ].join('\n\n');
    const arch = [
      '# Decision Record',
      '## Validation and Compliance',
      '### Cloud Service Standard',
      '| Point | Requirement | Status |\n|---|---|---|\n| Point 1 | Understand users and their needs | MET |\n| Point 2 | Solve a whole problem for users | MET |\n| Point 3 | Provide a joined-up experience | IN PROGRESS |',
      '### Hosting Code of Practice',
      '| Point | Requirement | Alignment |\n|---|---|---|\n| Point 1 | Define user needs | ALIGNED |',
      otherSections,
    ].join('\n\n');
    // Line 5 is the heading "### Cloud Service Standard": a citation there names the whole assessment.
    expect(shown(prd, arch)[0]).toEqual(['docs/architecture.md:5', 'Validation and Compliance › Cloud Service Standard']);
  });

  it('a heading with a word the NFR\'s title lacks is not its name: the place stays its paragraph', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-5:** Relay server capacity: 10,000 concurrent users.';
    const arch = ['# Architecture', '## Relay Server Operations', 'The relay server scales out at 70% CPU to hold 10,000 concurrent users.', otherSections].join('\n\n');
    expect(shown(prd, arch)[0]).toEqual(['docs/architecture.md:5', 'Relay Server Operations']);
  });
});

describe('a trace ID in the NFR\'s text is not its wording', () => {
  it('"… | BRD-REQ-001": a place that traces to the same business document is not offered for it', () => {
    const prd = '## Non-Functional Requirements\n\n| ID | Requirement | Source |\n|---|---|---|\n| NFR-8 | RBAC on every sensitive action | BRD-REQ-001 |';
    const arch = [
      '# Architecture',
      '## Traceability',
      '- Upload flow implements BRD-REQ-001 and BRD-REQ-002',
      '## API Conventions',
      '| Convention | Rule |\n|---|---|\n| RBAC | Middleware checks the role claim of every sensitive action |',
      otherSections,
    ].join('\n\n');
    expect(shown(prd, arch)).toEqual([['docs/architecture.md:11', 'API Conventions']]);
  });
});

describe('mechanisms a reader reads as the quality', () => {
  it('"recovers from transient errors" is met where sync calls are retried with backoff', () => {
    const prd = '## Non-Functional Requirements\n\n- **NFR-16:** Error recovery: the sync recovers from transient errors on its own.';
    const arch = [
      '# Architecture',
      '## Sync',
      '- Sync status is shown in the header',
      '- Sync calls are retried with exponential backoff, at most 5 attempts',
      otherSections,
    ].join('\n\n');
    expect(shown(prd, arch)[0]).toEqual(['docs/architecture.md:7', 'Sync']);
    expect(words('recovers from transient errors')).toContain('~retry');
    expect(words('Retry with exponential backoff')).toContain('~retry');
  });
});

describe('work grows like the text on adversarial input', () => {
  const LINEAR = 4.5;
  it.each([
    ['a run of digits before no "attempts"', (n: number) => `${'7'.repeat(n)} attempt`],
    ['"повторн" repeated', (n: number) => 'повторная '.repeat(n / 10)],
  ])('terms: %s', (_name, make) => {
    expect(workGrowth((n) => termCounts(make(n)), 400).ratio).toBeLessThan(LINEAR);
  });

  it.each([
    ['a chain of letter groups with no number', (n: number) => `${'AB-'.repeat(n / 3)}x`],
    ['trace IDs back to back', (n: number) => 'BRD-REQ-001 '.repeat(n / 12)],
  ])('an NFR text of %s: its trace IDs are found in linear work', (_name, make) => {
    const arch = '# Architecture\n\n## Requests\n\nEvery request is traced to BRD-REQ-001.\n';
    expect(workGrowth((n) => check(`## Non-Functional Requirements\n\n- **NFR-1:** Requests are traced ${make(n)}.`, arch), 400).ratio).toBeLessThan(LINEAR);
  });
});
