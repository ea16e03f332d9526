import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const categories = (prd: string) => Object.fromEntries(check(prd, null).requirements.map((r) => [r.id, r.category]));

describe('an NFR\'s category comes from what the PRD says first', () => {
  it('a word in the document\'s title never decides it ("… Platform" is not compatibility)', () => {
    const prd = ['# Acme Payments Platform — PRD', '', '## Non-Functional Requirements', '', '- **NFR1:** Settlement files are produced every night.', '- **NFR2:** Card data is encrypted at rest.'].join('\n');
    expect(categories(prd)).toEqual({ NFR1: null, NFR2: 'security' });
  });

  it('the section the NFR stands in comes before the words of its text', () => {
    const prd = ['## Non-Functional Requirements', '### Security', '- **NFR3:** Login answers within 2 seconds, then locks after 5 failed attempts.', '### Performance', '- **NFR4:** The audit log page loads within 1 second.'].join('\n');
    expect(categories(prd)).toEqual({ NFR3: 'security', NFR4: 'performance' });
  });

  it('a category column comes first', () => {
    const prd = ['## Non-Functional Requirements', '### Security', '| ID | Category | Requirement |', '|---|---|---|', '| NFR5 | Availability | Login stays available 99.9% of the month |'].join('\n');
    expect(categories(prd)).toEqual({ NFR5: 'availability' });
  });

  it('an ID infix the PRD\'s own headings explain: NFR-S1 under "Security" makes NFR-S2 security in a table without a category column', () => {
    const prd = [
      '## Non-Functional Requirements',
      '### Security',
      '- **NFR-S1:** Sessions expire after 30 minutes.',
      '### Performance',
      '- **NFR-P1:** Pages load within 2 seconds.',
      '## Requirements added in review',
      '| ID | Requirement |',
      '|---|---|',
      '| NFR-S2 | Exports complete within 5 minutes |',
      '| NFR-P2 | Search is fast for 10,000 documents |',
    ].join('\n');
    expect(categories(prd)).toEqual({ 'NFR-S1': 'security', 'NFR-P1': 'performance', 'NFR-S2': 'security', 'NFR-P2': 'performance' });
  });

  it('an infix parted from its number by a dot (NFR-P.1) is the same infix as NFR-P1', () => {
    const prd = [
      '## Non-Functional Requirements',
      '### Performance',
      '- **NFR-P.1:** Pages load within 2 seconds.',
      '### Security',
      '- **NFR-S1:** Sessions expire after 30 minutes.',
      '## Requirements added in review',
      '| ID | Requirement |',
      '|---|---|',
      '| NFR-P.2 | Exports are encrypted before upload |',
      '| NFR-S.2 | Reports render within 5 seconds |',
      '| NFR-PERF.3 | Nightly jobs finish by 6 am |',
    ].join('\n');
    expect(categories(prd)).toEqual({ 'NFR-P.1': 'performance', 'NFR-S1': 'security', 'NFR-P.2': 'performance', 'NFR-S.2': 'security', 'NFR-PERF.3': 'performance' });
  });

  it('a single-letter infix the headings do not explain says nothing; a named one (PERF) does', () => {
    const prd = ['## Non-Functional Requirements', '- **NFR-S1:** Exports complete within 5 minutes.', '- **NFR-PERF-2:** Nightly jobs finish by 6 am.'].join('\n');
    // NFR-S1's category comes from what its target measures (a duration), not from its S.
    expect(categories(prd)).toEqual({ 'NFR-S1': 'performance', 'NFR-PERF-2': 'performance' });
  });

  it('bcrypt\'s "cost factor" is not cost', () => {
    const prd = ['## Non-Functional Requirements', '- **NFR7:** Passwords are hashed with bcrypt, cost factor 12.', '- **NFR8:** Hosting costs stay under $200 a month.'].join('\n');
    expect(categories(prd)).toEqual({ NFR7: 'security', NFR8: 'cost' });
  });
});
