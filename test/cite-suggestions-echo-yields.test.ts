import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A BMAD v6 architecture reads its PRD in "Project Context Analysis" before designing anything:
// its "Technical Constraints & Dependencies" says the NFR again ("Secure storage and operational
// handling of channel credentials/secrets") and matches the PRD's words better than any design
// can. Where the design has a likely place of its own (the encrypted columns of its data
// architecture), that place is the one to cite and comes first; the echo is offered after it.

const prd = [
  '# PRD',
  '## Non-Functional Requirements',
  '- NFR8: Sensitive channel credentials and secrets must be stored securely and must not be exposed in clear text through operational interfaces.',
  '- NFR9: Authentication and account recovery flows must protect user identity and session integrity.',
].join('\n');

const arch = (design: string) =>
  [
    '# Architecture Decision Document',
    '## Project Context Analysis',
    '### Technical Constraints & Dependencies',
    '- Mandatory channel integrations: Telegram, WhatsApp Cloud API, Email (IMAP/SMTP).',
    '- Secure storage and operational handling of channel credentials/secrets.',
    '## Core Architectural Decisions',
    ...Array.from({ length: 12 }, (_, i) => `### Decision ${i}\n\nThe module ${i} renders one inbox view.`),
    '### Data Architecture',
    `- ${design}`,
    '- Caching: Redis for sessions',
  ].join('\n\n');

const ranked = (architecture: string) => {
  const row = check(prd, architecture).coverage.rows.find((r) => r.requirement.id === 'NFR8')!;
  return [row.status, row.implied?.location.line, row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence])];
};

describe('a line of the reading of the PRD that only says the NFR again, and a likely place in the design', () => {
  it('yields first place to the design, which is where the NFR is implied', () => {
    expect(ranked(arch('Sensitive: Secrets (channel credentials) use encrypted columns, never exposed in clear text'))).toEqual([
      'implied',
      63,
      [
        [63, 'Core Architectural Decisions › Data Architecture', 0.44, 'likely'],
        [9, 'Project Context Analysis › Technical Constraints & Dependencies', 0.45, 'possible'],
      ],
    ]);
  });

  it('stays first where the design has no likely place', () => {
    expect(ranked(arch('Sensitive: Secrets (channel credentials) use encrypted columns'))).toEqual([
      'uncovered',
      undefined,
      [
        [9, 'Project Context Analysis › Technical Constraints & Dependencies', 0.38, 'possible'],
        [63, 'Core Architectural Decisions › Data Architecture', 0.33, 'possible'],
      ],
    ]);
  });
});
