import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import type { CoverageRow } from '../src/engine/coverage.js';

// A data format an NFR names (YAML, TOML, as JSON or CSV) is what the requirement applies to, not
// how it is met: a decision whose own loader reads YAML says nothing of whether the files the
// product generates are validated. Modelled on the class (a requirements specification listing
// file kinds under "Examples:", an ADR's consequences naming its template format), not copied from
// one document. The near miss is a tool the NFR names in the same place: that says how it is met.

const jsonRow = (row: CoverageRow) => ({ id: row.requirement.id, status: row.status, ...(row.implied ? { implied: { file: row.implied.location.file, line: row.implied.location.line, reason: row.implied.reason } } : {}) });

const filler = Array.from({ length: 12 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a panel of the listing dashboard.\n`).join('\n');
const prd = (examples: string) =>
  [
    '# Requirements Specification',
    '## Non-Functional Requirements',
    '### NFR-REL-4 – Validation of generated files',
    'Priority: MVP',
    'Generated files are validated where validators exist.',
    'Examples:',
    examples,
    '### NFR-PERF-1 – Start-up time',
    'The generator starts within 2 seconds.',
  ].join('\n\n');
const arch = (subject: string) =>
  [
    '# Generator Design',
    '## Components',
    '- The renderer expands templates into a project tree.\n- The CLI parses flags and prompts for variables.',
    '## ADR-7: Template format',
    '### Consequences',
    `- **Variable validation is our own.** ${subject} must keep defaults, required flags and type checks itself (a validator helper over the generated files, where validators exist).`,
    '- Porting templates from other ecosystems is manual work.',
    filler,
  ].join('\n\n');

describe('an NFR that names the data formats it applies to', () => {
  it('is not implied by a design line that names the format for its own files', () => {
    const rows = check(prd('- YAML\n- TOML\n- Docker Compose'), arch('The YAML loader')).coverage.rows;
    expect(rows.map(jsonRow)).toEqual([
      { id: 'NFR-REL-4', status: 'uncovered' },
      { id: 'NFR-PERF-1', status: 'uncovered' },
    ]);
    expect(rows[0].suggestions.map((s) => [s.location.line, s.confidence, s.mechanisms])).toEqual([[12, 'possible', []]]);
  });

  it('near miss: a tool it names there is how it is met, and implies it', () => {
    expect(check(prd('- ShellCheck\n- Hadolint'), arch('The ShellCheck step')).coverage.rows.map(jsonRow)).toEqual([
      {
        id: 'NFR-REL-4',
        status: 'implied',
        implied: {
          file: 'docs/architecture.md',
          line: 12,
          reason: 'names its mechanism (ShellCheck): "Consequences: Variable validation is our own. The ShellCheck step must keep defaults, required flags and type checks itself (a validator helper over the genera…"',
        },
      },
      { id: 'NFR-PERF-1', status: 'uncovered' },
    ]);
  });
});
