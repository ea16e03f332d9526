import { describe, expect, it } from 'vitest';
import { suggestedPlace } from '../src/engine/cite-suggestions.js';
import { check } from './helpers.js';
import { workGrowth } from './text-work.js';

// A section whose title writes every word of the NFR's name ("ADR-2: Argon2 for Password Hashing"
// for "Argon2 password hashing") is about that NFR: its lines rank above the same words in the
// components that merely use the mechanism.

const otherSections = Array.from({ length: 40 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of invoices.\n`).join('\n');
/** What a user sees in the JSON report for the first NFR: file:line and heading of each suggestion, best first. */
const shown = (prd: string, arch: string) => check(prd, arch).coverage.rows[0].suggestions.map((s) => {
  const { file, line, heading } = suggestedPlace(s);
  return [`${file}:${line}`, heading];
});

describe('a section named as the NFR ranks its lines above the same words elsewhere', () => {
  const named = '## Non-Functional Requirements\n\n#### NFR-SEC-4: Argon2 password hashing\n\nRequirement: Passwords are stored as Argon2 hashes only.';
  const components = Array.from({ length: 4 }, (_, i) => `### Service ${i}\n\n- Login ${i}: Argon2 password hashing before the session opens; passwords never stored in clear.\n`).join('\n');

  it('"ADR-2: Argon2 for Password Hashing": its decision is offered beside the services that use Argon2', () => {
    const arch = [
      '# Architecture',
      '## Components',
      components,
      '## Decisions',
      '### ADR-2: Argon2 for Password Hashing',
      '**Context:** a stolen database dump must not give the passwords away.',
      '**Decision:** every stored password goes through Argon2 (64 MB, 3 passes).',
      otherSections,
    ].join('\n\n');
    // Without the section's name the four services' lines (which write more of the NFR's words) took all three places.
    expect(shown(named, arch)).toEqual([
      ['docs/architecture.md:28', 'Decisions › ADR-2: Argon2 for Password Hashing'],
      ['docs/architecture.md:7', 'Components › Service 0'],
      ['docs/architecture.md:11', 'Components › Service 1'],
    ]);
  });
});

describe('work grows like the text on adversarial input', () => {
  const LINEAR = 4.5;
  it.each([
    ['a section title of the NFR\'s words again and again', (n: number) => `## ${'Argon2 password '.repeat(n / 16)}hashing\n\nArgon2 hashes passwords.\n`],
    ['section after section named as the NFR', (n: number) => '## Argon2 Password Hashing\n\nArgon2 hashes passwords.\n\n'.repeat(n / 50)],
  ])('an architecture with %s: named sections are found in linear work', (_name, make) => {
    const prd = '## Non-Functional Requirements\n\n#### NFR-SEC-4: Argon2 password hashing\n\nRequirement: Passwords are stored as Argon2 hashes only.';
    expect(workGrowth((n) => check(prd, `# Architecture\n\n${make(n)}`), 400).ratio).toBeLessThan(LINEAR);
  });
});
