import { describe, expect, it } from 'vitest';
import { suggestedPlace } from '../src/engine/cite-suggestions.js';
import { check } from './helpers.js';
import { workGrowth } from './text-work.js';

// A decision record's "Status" section says where the record stands ("Proposed — not ratified
// yet"), never how the design meets anything; it shares the record's words through its title and
// ranked above the line that does meet the NFR. An order's "Status" in a data model is design.

const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of invoices.\n`).join('\n');
/** What a user sees in the JSON report for the first NFR: file:line and heading of each suggestion, best first. */
const shown = (prd: string, arch: string) => check(prd, arch).coverage.rows[0].suggestions.map((s) => {
  const { file, line, heading } = suggestedPlace(s);
  return [`${file}:${line}`, heading];
});

const prd = '## Non-Functional Requirements\n\n- **NFR-7:** Container friendliness: the tool runs unchanged inside a container or a devcontainer.';

describe('a decision record\'s status is no place to cite', () => {
  it('"### Status" of "ADR-004: Devcontainer egress": the adapter that detects the container is offered, the status is not', () => {
    const arch = [
      '# Architecture',
      '## ADR-004: Devcontainer egress rules',
      '### Status',
      'Proposed: the devcontainer egress rules are not ratified yet; the tool runs unchanged until then.',
      '### Context',
      'The devcontainer reaches package mirrors only; the firewall script is generated.',
      '## Runtime adapters',
      '- `RuntimeEnvironment` detects a container (`/.dockerenv`) and skips host checks inside it.',
      otherSections,
    ].join('\n\n');
    // Line 7, the status, shares most of the NFR's words ("runs unchanged", "devcontainer"): it is not offered.
    expect(shown(prd, arch)).toEqual([
      ['docs/architecture.md:15', 'Runtime adapters'],
      ['docs/architecture.md:3', 'ADR-004: Devcontainer egress rules'],
      ['docs/architecture.md:11', 'ADR-004: Devcontainer egress rules › Context'],
    ]);
  });

  it('an order\'s "### Status" in a data model is design: still offered', () => {
    const arch = [
      '# Architecture',
      '## Data model',
      '### Status',
      'A job runs unchanged inside a container or a devcontainer; its status moves from queued to done.',
      otherSections,
    ].join('\n\n');
    expect(shown(prd, arch)).toEqual([['docs/architecture.md:7', 'Data model › Status']]);
  });
});

describe('work grows like the text on adversarial input', () => {
  const LINEAR = 4.5;
  it.each([
    ['record after record, each with its status', (n: number) => '## ADR-1: Cache\n\n### Status\n\nProposed.\n\n'.repeat(n / 40)],
    ['statuses nested six headings deep under one record', (n: number) => `## ADR-2: Cache\n\n${'### A\n\n#### B\n\n##### C\n\n###### Status\n\nProposed.\n\n'.repeat(n / 60)}`],
    ['a title of "ADR-" again and again', (n: number) => `## ${'ADR-'.repeat(n / 8)}x\n\n### Status\n\nProposed.\n`],
  ])('an architecture with %s: its record statuses are found in linear work', (_name, make) => {
    expect(workGrowth((n) => check(prd, `# Architecture\n\n${make(n)}`), 400).ratio).toBeLessThan(LINEAR);
  });
});
