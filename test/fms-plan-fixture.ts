// Modelled on FMS (spec-kit): two NFRs of its spec, and its plan's "Technical Context", whose
// "**Key**: value" lines run on after a list item without a blank line (one passage over several
// lines, each line a statement of its own). Shared by the implied-place and cite tests.

export const FMS_NFRS = [
  '- **NFR-023**: Report generation for a fund with 1,000 members MUST complete in under 30 seconds.',
  '- **NFR-025**: System MUST target 99.5% availability. Single-region deployment is acceptable for MVP.',
];

export const FMS_TECHNICAL_CONTEXT = [
  '**Primary Dependencies**:',
  '- **API**: ASP.NET Core 8, Entity Framework Core 8, MassTransit (async messaging)',
  '- **Infrastructure**: RabbitMQ (message broker), Redis (caching/distributed locks), Seq or ELK (logging)',
  '**Storage**: PostgreSQL 16 (one logical database per service)',
  '**Performance Goals**: API p95 < 200ms; report generation < 30s; notifications delivered within 60s',
  '**Constraints**: 99.5% availability (single-region MVP); offline-capable mobile (queue writes)',
  '**Scale/Scope**: 100+ concurrent funds, 1,000 members per fund',
];
