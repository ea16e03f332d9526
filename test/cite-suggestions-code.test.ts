import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// Places to cite inside code blocks: a spec-kit plan (pilot-space's plan.md) writes most of its
// design as TOON tables in ```toon blocks, one decision per row.

const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

describe('a TOON table in a code block', () => {
  const prd = '## Non-Functional Requirements\n\n- **NFR-009:** All interactive elements MUST be keyboard accessible with visible focus indicators.';
  const arch = [
    '# Implementation Plan',
    '## Accessibility Implementation',
    '### Compliance Checklist',
    [
      '```toon',
      'a11yCompliance[4]{requirement,implementation,status}:',
      '  Color Contrast,4.5:1 for text 3:1 for UI components,Planned',
      '  Keyboard Navigation,Full keyboard support with skip links,Planned',
      '  Focus Visibility,visible 3px focus ring on all interactive elements,Planned',
      '  Screen Reader,ARIA labels roles live regions,Planned',
      '```',
    ].join('\n'),
    otherSections,
  ].join('\n\n');

  it('each row is a place, read with the table\'s name and fields: the row that meets the NFR is offered at its own line', () => {
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.endLine, s.kind, s.heading, s.evidence])).toEqual([
      [11, 11, 'code', 'Accessibility Implementation › Compliance Checklist', 'Focus Visibility,visible 3px focus ring on all interactive elements,Planned'],
      [3, 3, 'heading', 'Accessibility Implementation', 'Accessibility Implementation'],
      [10, 10, 'code', 'Accessibility Implementation › Compliance Checklist', 'Keyboard Navigation,Full keyboard support with skip links,Planned'],
    ]);
  });

  it('a row is a record of the design, not a code sample: restating the NFR\'s wording there makes it likely, and the row implied at it', () => {
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.suggestions[0].confidence, row.implied]).toEqual([
      'implied',
      'likely',
      { location: { file: 'docs/architecture.md', line: 11, column: 1 }, reason: 'restates its wording: "Focus Visibility,visible 3px focus ring on all interactive elements,Planned"' },
    ]);
  });

  it('lines of code around it stay code samples: possible only, however much of the NFR they restate', () => {
    const code = arch.replace('```toon', '```ts').replace('a11yCompliance[4]{requirement,implementation,status}:', '// a11y compliance');
    const row = check(prd, code).coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.endLine, s.kind, s.confidence])]).toEqual([
      'uncovered',
      [
        [8, 12, 'code', 'possible'],
        [3, 3, 'heading', 'possible'],
      ],
    ]);
  });
});
