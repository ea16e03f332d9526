import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// An NFR in common words only ("easy to use for new users": every word but "easy" is a stop
// word) had one term the architecture never writes, so nothing was offered, even beside a section
// on onboarding. "Easy to use", "user-friendly", "intuitive", "onboarding" and "first-time users"
// name one concern, usability, as "p95" and "response time" name latency. Modelled on a BMAD
// architecture's UX section (a guided first run for new users).

const prd = '## Non-Functional Requirements\n\n- **NFR-U1:** The system shall be easy to use for new users';
const architecture = (onboarding: boolean) =>
  [
    '# Architecture',
    ...(onboarding ? ['## Onboarding', 'A three-step onboarding wizard guides the first run: connect an account, pick a template, invite the team. Every screen has contextual help and an undo.'] : []),
    '## Search',
    'Search runs on PostgreSQL full-text indexes.',
    '## Deployment',
    'The app runs on Fly.io with two machines per region.',
  ].join('\n\n');

describe('an NFR in common words only', () => {
  it('is offered the section on onboarding, as possible: a concern shared is no proof', () => {
    const result = check(prd, architecture(true));
    const row = result.coverage.rows[0];
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.confidence])]).toEqual(['uncovered', [[5, 'Onboarding', 'possible']]]);
    expect(rulesOf(result, 'trace/nfr-addressed').map((f) => f.message)).toEqual([
      'NFR-U1 (The system shall be easy to use for new users) is not cited in the architecture document. It seems addressed at docs/architecture.md:5 (Onboarding).',
    ]);
  });

  it('says that nothing resembles it where the architecture has no such section', () => {
    const result = check(prd, architecture(false));
    expect(rulesOf(result, 'trace/nfr-addressed').map((f) => f.message)).toEqual([
      'NFR-U1 (The system shall be easy to use for new users) is not cited in the architecture document. Nothing in the architecture document resembles it.',
    ]);
  });
});
