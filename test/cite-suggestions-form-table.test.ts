import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { withoutTemplateFields } from '../src/engine/template-fields.js';
import { workGrowth } from './text-work.js';

// A quality requirement written as a Planguage form and a quality-attribute scenario, each a
// two-column table under the NFR's heading ("| **Scale** | … |", "| **Must** | … |",
// "| **Environment** | … |", "| **Response Measure** | … |"). The first column is the form's
// vocabulary: "scale", "environment" or "artifact" are rare in a design and counted as the NFR's
// most distinctive words, so a deployment table naming environments, artifacts and scaling
// outranked the place that evicts stale entries.

const prd = [
  '# Requirements',
  '## NFR-7: Stale Catalogue Entries Leave the Edge Cache Promptly',
  '',
  '| Field | Value |',
  '|---|---|',
  '| **Scale** | Seconds from an upstream price change to the eviction of the cached entry |',
  '| **Meter** | Replay of the upstream change log |',
  '| **Must** | Eviction within 60 seconds |',
  '| **Plan** | Eviction within 10 seconds |',
  '',
  '| Part | Value |',
  '|---|---|',
  '| **Source** | Upstream catalogue |',
  '| **Stimulus** | A price changes upstream |',
  '| **Environment** | Normal operation |',
  '| **Artifact** | Edge cache |',
  '| **Response** | The cached entry is evicted |',
  '| **Response Measure** | Eviction within 60 seconds of the change |',
].join('\n');

const otherSections = Array.from({ length: 30 }, (_, i) => `## Module ${i}\n\nThe module ${i} renders a page of orders.\n`).join('\n');

const arch = [
  '# Design',
  '## Environments',
  '| Environment | Artifact source | Scale plan | Meter |',
  '|---|---|---|---|',
  '| staging | build artifact from the source registry | scale to 2 pods | response part metered |',
  '## Edge Cache',
  '- Catalogue entries are evicted when the upstream change log publishes a price change.',
  otherSections,
].join('\n\n');

describe('an NFR written as a Planguage form and a quality scenario table', () => {
  it("the form's field names and header rows are left out of the words places are ranked by; the cells stay", () => {
    expect(withoutTemplateFields('Field | Value\nScale | Seconds to eviction\nMust | Eviction within 60 seconds\nPart | Value\nEnvironment | Normal operation\nResponse Measure | Eviction within 60 seconds')).toBe(
      'Seconds to eviction\nEviction within 60 seconds\nNormal operation\nEviction within 60 seconds',
    );
  });

  it('the eviction line is offered first, above the deployment table that names environments, artifacts and scaling', () => {
    const row = check(prd, arch).coverage.rows[0];
    expect(row.suggestions.map((s) => [s.location.line, s.heading, s.evidence])).toEqual([
      [13, 'Edge Cache', 'Edge Cache: Catalogue entries are evicted when the upstream change log publishes a price change.'],
    ]);
  });
});

describe('form field names on hostile lines', () => {
  // The field-name and header-row patterns are anchored at a line's start; a line of spaces, of
  // cell separators or of a field name repeated is read once.
  const makes = [(n: number) => ' '.repeat(n), (n: number) => ' |'.repeat(n / 2), (n: number) => 'Response '.repeat(n / 9), (n: number) => `Field ${' '.repeat(n)}| Value x`];
  it.each(makes.map((make, i) => [i, make] as const))('hostile line %i: work grows linearly', (_, make) => {
    expect(workGrowth((n) => withoutTemplateFields(`${make(n)}\n${make(n)}`), 20_000, 4).ratio).toBeLessThan(4.5);
  });
});
