import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

// A decision record's problem side (MADR's "Context and Problem Statement", "Decision Drivers",
// "Considered Options") restates what the decision must meet, often in the requirement's own
// words, and weighs options that were not all chosen. Readers cite the decision: the drivers'
// line came first because it copies the PRD best. It keeps 0.85 of its match now, and stays a
// place to choose.

const prd = ['# PRD', '', '## Non-Functional Requirements', '', '- NFR-1: Catalogue search stays responsive while editors reindex products in bulk', ''].join('\n');
const adr = (problem: string) =>
  [
    '# Architecture',
    '',
    '## ADR-004: Search engine',
    '',
    '### Context and Problem Statement',
    '',
    'Editors import thousands of products at once.',
    '',
    `### ${problem}`,
    '',
    '- Catalogue search stays responsive while editors reindex products',
    '- Low operating cost',
    '',
    '### Decision Outcome',
    '',
    'Chosen option: OpenSearch with a separate reindex alias, so catalogue search stays responsive while bulk imports run.',
    '',
  ].join('\n');
const places = (arch: string) => {
  const [row] = check(prd, arch).coverage.rows;
  return { status: row.status, implied: row.implied?.location.line, suggestions: row.suggestions.map((s) => `${s.location.line} ${s.heading} ${s.score} ${s.confidence}`) };
};

describe('places on the problem side of a decision record', () => {
  it('the decision that answers the requirement comes before the driver that restates it', () => {
    expect(places(adr('Decision Drivers'))).toEqual({
      status: 'implied',
      implied: 16,
      suggestions: ['16 ADR-004: Search engine › Decision Outcome 0.56 likely', '11 ADR-004: Search engine › Decision Drivers 0.53 likely', '7 ADR-004: Search engine › Context and Problem Statement 0.19 possible'],
    });
  });

  it('in German too ("Entscheidungstreiber"); a heading that is no part of a decision record keeps its whole match', () => {
    expect(places(adr('Entscheidungstreiber')).suggestions[0]).toBe('16 ADR-004: Search engine › Decision Outcome 0.55 likely');
    expect(places(adr('Search behaviour')).suggestions[0]).toBe('11 ADR-004: Search engine › Search behaviour 0.63 likely');
  });
});
