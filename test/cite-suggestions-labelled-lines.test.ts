import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A spec-kit plan writes its Technical Context as "**Label**: value" lines one under another; after
// its list of dependencies they continue the list's last item (CommonMark's lazy continuation), so
// the item reads eight settings as one place of a hundred words. The line that answers the NFR
// ("Scale/Scope: 100+ concurrent funds") ranked below short lines that write "concurrent" (set G,
// pair 91: 18th).

const prd = [
  '# Fund Management System',
  '## Non-Functional Requirements',
  '- **NFR-021**: System MUST support 100+ concurrent active funds.',
  '- **NFR-022**: Every API call MUST be authenticated with a bearer token.',
].join('\n\n');

const arch = [
  '# Implementation Plan: Fund Management',
  '## Technical Context',
  [
    '**Language/Version**: C# / .NET 8 (LTS) for API services; TypeScript 5.x for React',
    '**Primary Dependencies**:',
    '- **API**: ASP.NET Core 8, Entity Framework Core 8, MassTransit (async messaging), FluentValidation',
    '- **Web**: React 18, React Router, TanStack Query, Zustand (state), Tailwind CSS, Vite',
    '- **Infrastructure**: RabbitMQ (message broker), Redis (caching/distributed locks), Seq or ELK (logging)',
    '**Storage**: PostgreSQL 16 (one logical database per service, schema-per-service isolation)',
    '**Testing**: xUnit + FluentAssertions + Testcontainers (.NET); Jest + React Testing Library (Web)',
    '**Target Platform**: Linux containers (Docker) for services; Web (modern browsers)',
    '**Performance Goals**: API p95 < 200ms; report generation < 30s; notifications delivered within 60s',
    '**Constraints**: 99.5% availability (single-region MVP); all monetary values as decimal',
    '**Scale/Scope**: 100+ concurrent funds, 1,000 members per fund, ~50 screens, 7 microservices',
  ].join('\n'),
  '## Concurrency Research',
  [
    '| Aggregate | Conflict | Example |',
    '|-----------|----------|---------|',
    '| VotingSession | Concurrent vote finalization | Two admins finalizing at the same time |',
    '| Loan | Concurrent repayments | Two payments posted for one instalment |',
    '| Member | Concurrent edits | Two treasurers updating one member |',
  ].join('\n'),
  '## Fund Lifecycle',
  ['- A fund opens with its rules and its first members.', '- A fund collects each member\'s monthly contribution.', '- A fund lends from its pool at a reducing balance.', '- A fund closes once every loan is repaid.', '- A fund keeps its ledger in the Fund service.'].join('\n'),
  ...['Contribution', 'Loan', 'Repayment', 'Voting', 'Ledger', 'Report', 'Notification', 'Member', 'Audit', 'Identity'].map((name) => `## ${name} Service\n\nThe ${name} service owns its schema and publishes its events on the bus.`),
  '## Security',
  'Every request carries a bearer token checked by the API gateway.',
].join('\n\n');

describe('a place written as labelled lines', () => {
  it('ranks as its best line does: the Technical Context line that states the scale comes first (read whole it scored 0.28, second below a row of the research table)', () => {
    const row = check(prd, arch).coverage.rows.find((r) => r.requirement.id === 'NFR-021')!;
    expect([row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence])]).toEqual([
      'uncovered',
      [
        [15, 'Technical Context', 0.48, 'possible'],
        [21, 'Concurrency Research', 0.39, 'possible'],
        [22, 'Concurrency Research', 0.35, 'possible'],
      ],
    ]);
  });
});
