import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';

// The signals that make an uncited NFR `implied` (the only status that clears its error), each
// modelled on a real architecture, and the topical places that must not pass for them.

const filler = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

// Modelled on FrigoFuteV2 (French BMAD): the PRD's budget restated among the design's constraints.
describe('a sum of money restated in the same currency', () => {
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR-SC5:** Infrastructure cost stays under 0.50€/month per MAU; total infrastructure budget <500€/month for 10,000 MAU.',
    '- **NFR-P1:** Receipt scans are processed in less than 2 seconds.',
  ].join('\n');

  it('makes the NFR implied where the design states it, and the finding says which target', () => {
    const arch = ['# Architecture', '## Technical Constraints', '- Total infrastructure budget: <500€/month for 10,000 MAU (Firebase free tiers first)', '## OCR', 'Receipts are read by ML Kit on the device.', filler].join('\n\n');
    const result = check(prd, arch);
    expect(rulesOf(result, 'trace/nfr-cited').map((f) => [f.file, f.line, f.message])).toEqual([
      ['docs/architecture.md', 5, 'NFR-SC5 is not cited, but this place seems to address it (restates its target < 500 EUR).'],
    ]);
  });

  it('another sum is no restatement, and no mismatch either: it may be one part of the budget', () => {
    const arch = ['# Architecture', '## Technical Constraints', '- Firebase hosting budget: <120€/month for 10,000 MAU', '## OCR', 'Receipts are read by ML Kit on the device.', filler].join('\n\n');
    const row = check(prd, arch).coverage.rows[0];
    expect([row.status, row.mismatches]).toEqual(['uncovered', []]);
  });
});
