import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// ai-101-ts (a BMAD architecture in French) reads its PRD twice before designing anything: its
// "Requirements Overview" and its "Technical Constraints & Dependencies" say "HTTPS/TLS" for the
// LLM providers again, in the PRD's own words. The place a reader names is the providers'
// integration ("Protocol: HTTPS REST"), which shares fewer of those words and ranked fourth.

const prd = [
  '# PRD',
  '## Non-Functional Requirements',
  '### Security',
  '- **NFR-SEC-4:** Les communications avec providers LLM doivent utiliser HTTPS/TLS',
  '- **NFR-SEC-1:** Les API keys doivent être stockées dans SecretStorage chiffré',
].join('\n');

const arch = (overview: string) =>
  [
    '# Architecture Decision Document',
    '## Project Context Analysis',
    '### Requirements Overview',
    `- ${overview}`,
    '- API keys dans SecretStorage',
    '### Technical Constraints & Dependencies',
    '- HTTPS/TLS obligatoire pour toutes communications LLM providers',
    '- VSCode Extension API: Version 1.75+ required',
    '## Core Architectural Decisions',
    ...Array.from({ length: 24 }, (_, i) => `### Decision ${i}\n\nLe module ${i} rend une vue du HUD.`),
    '## Integration Points',
    '### External Integrations',
    '**OpenAI:**',
    '- **Endpoint:** `https://api.openai.com/v1/chat/completions`',
    '- **Protocol:** HTTPS REST, JSON payloads',
    '### Internal Communication',
    '- Extension ↔ Webview via postMessage',
  ].join('\n\n');

const ranked = (architecture: string) => {
  const row = check(prd, architecture).coverage.rows.find((r) => r.requirement.id === 'NFR-SEC-4')!;
  return [row.status, row.implied?.location.line, row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence])];
};

describe('a line of the reading of the PRD that only says the NFR again', () => {
  it('comes after the places in the design; the best place stays first (and implied)', () => {
    expect(ranked(arch('HTTPS/TLS pour communications LLM'))).toEqual([
      'implied',
      13,
      [
        [13, 'Project Context Analysis › Technical Constraints & Dependencies', 0.48, 'likely'],
        [123, 'Integration Points › External Integrations', 0.15, 'possible'],
        [121, 'Integration Points › External Integrations', 0.14, 'possible'],
      ],
    ]);
  });

  it('a line that names a mechanism of its own (mTLS) says how: it keeps its rank', () => {
    expect(ranked(arch('HTTPS/TLS avec mTLS pour communications LLM'))).toEqual([
      'implied',
      13,
      [
        [13, 'Project Context Analysis › Technical Constraints & Dependencies', 0.49, 'likely'],
        [7, 'Project Context Analysis › Requirements Overview', 0.31, 'possible'],
        [123, 'Integration Points › External Integrations', 0.15, 'possible'],
      ],
    ]);
  });
});

describe('an echo and a place in the design that score the same', () => {
  // ai-101-ts: "Telemetry opt-in par défaut" in its constraints and, word for word, in its telemetry decision.
  const prd = '## Non-Functional Requirements\n\n- **NFR-SEC-3:** La telemetry doit être opt-in par défaut\n- **NFR-SEC-1:** Les API keys doivent être stockées dans SecretStorage';
  const arch = [
    '# Architecture',
    '## Project Context Analysis',
    '### Technical Constraints & Dependencies',
    '- Telemetry opt-in par défaut',
    '- VSCode Extension API: Version 1.75+ required',
    ...Array.from({ length: 12 }, (_, i) => `### Decision ${i}\n\nLe module ${i} rend une vue du HUD.`),
    '## Core Architectural Decisions',
    '### Consent Handling',
    '- Telemetry opt-in par défaut',
    '- TelemetryManager envoie des événements anonymisés',
  ].join('\n\n');

  it('the design comes first (the tie is broken by what the place is, not where it stands), the echo after its second line', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-SEC-3')!;
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.score])).toEqual([
      [63, 'Core Architectural Decisions › Consent Handling', 0.66],
      [65, 'Core Architectural Decisions › Consent Handling', 0.3],
      [7, 'Project Context Analysis › Technical Constraints & Dependencies', 0.66],
    ]);
  });
});
