import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { FMS_TECHNICAL_CONTEXT } from './fms-plan-fixture.js';

// FMS (spec-kit) asks "System MUST support up to 1,000 members per fund without degradation"; its
// plan's Technical Context states the scale it is built for ("**Scale/Scope**: 100+ concurrent
// funds, 1,000 members per fund"). A count stated bare is no target the parser reads, and "member"
// is in every second place of the research, so the scope line ranked 23rd.

const prd = [
  '# Spec',
  '## Non-Functional Requirements',
  '- **NFR-020**: System MUST support up to 1,000 members per fund without degradation.',
  '- **NFR-041**: System MUST expose health-check endpoints for all services.',
].join('\n');

const arch = (scope: string) =>
  [
    '# Implementation Plan',
    '## Technical Context',
    [...FMS_TECHNICAL_CONTEXT.slice(0, -1), scope].join('\n'),
    '## Saga / Process Manager Pattern',
    '- Publish ContributionDueGenerated per member → Notifications subscribes',
    '- The saga waits for every member payment before it closes the month',
    '## Cross-Service References',
    '| Reference | Resolution |',
    '|---|---|',
    '| Fund-wide broadcast | Notifications service resolves the fund member list from FundAdmin |',
    '| Member history | Contributions are read by member and fund |',
    ...Array.from({ length: 12 }, (_, i) => `## Service ${i}\n\nThe service ${i} stores its records in PostgreSQL.`),
  ].join('\n\n');

const ranked = (architecture: string) => {
  const row = check(prd, architecture).coverage.rows.find((r) => r.requirement.id === 'NFR-020')!;
  return [row.status, row.suggestions.map((s) => [s.location.line, s.heading, s.score, s.confidence])];
};

describe("a place that states the NFR's count bare (1,000 members per fund)", () => {
  it('ranks it with the places that share its words best, as a possible place (no evidence it is met)', () => {
    expect(ranked(arch('**Scale/Scope**: 100+ concurrent funds, 1,000 members per fund'))).toEqual([
      'uncovered',
      [
        // The Technical Context paragraph is named at its scope line, which writes the count. It
        // ranks as its best labelled line does (0.32, see cite-suggestions-labelled-lines), and the
        // count adds its bonus (0.15); read whole it scored 0.15 before the bonus.
        [11, 'Technical Context', 0.47, 'possible'],
        [25, 'Cross-Service References', 0.3, 'possible'],
        [27, 'Cross-Service References', 0.24, 'possible'],
      ],
    ]);
  });

  it('another number of members is another scale: no bonus', () => {
    expect(ranked(arch('**Scale/Scope**: 100+ concurrent funds, 5,000 members per fund'))).toEqual([
      'uncovered',
      [
        // Its scope line's words alone, without the count's bonus.
        [11, 'Technical Context', 0.32, 'possible'],
        [25, 'Cross-Service References', 0.3, 'possible'],
        [27, 'Cross-Service References', 0.24, 'possible'],
      ],
    ]);
  });

  it('the same number of a unit is a measure, compared by its target: 1,000 ms is no count of members', () => {
    expect(ranked(arch('**Scale/Scope**: 100+ concurrent funds, members answered within 1,000 ms'))[1]).toEqual([
      [25, 'Cross-Service References', 0.3, 'possible'],
      // Its scope line's words without a count (0.09 read whole), before the other section's second line.
      [11, 'Technical Context', 0.23, 'possible'],
      [27, 'Cross-Service References', 0.24, 'possible'],
    ]);
  });
});
