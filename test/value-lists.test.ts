import { describe, expect, it } from 'vitest';
import { check, rulesOf } from './helpers.js';
import { parseTargets } from '../src/engine/targets.js';
import { listedValues } from '../src/engine/value-lists.js';

// A range or a list of values configures something: histogram buckets, a backoff schedule, one
// timeout per tier. Modelled on aer (arc42): its metrics table's "(buckets: 50ms–10s)" was read
// as the design's processing-time target and failed the merge against two quality scenarios.

const listed = (text: string) => {
  const targets = parseTargets(text);
  const members = listedValues(text, targets);
  return targets.map((t) => `${t.text}${members.has(t) ? ' (listed)' : ''}`);
};

describe('values in a range or a list', () => {
  it('are members, each of them', () => {
    expect(listed('End-to-end processing duration per event (buckets: 50ms–10s).')).toEqual(['50ms (listed)', '10s (listed)']);
    expect(listed('retries: 1s, 2s, 4s')).toEqual(['1s (listed)', '2s (listed)', '4s (listed)']);
    expect(listed('timeouts 5s/30s/60s')).toEqual(['5s (listed)', '30s (listed)', '60s (listed)']);
    expect(listed('p50/p95/p99: 40/120/400 ms')).toEqual(['400 ms (listed)']);
    expect(listed('1–2 s per page')).toEqual(['2 s (listed)']);
  });

  it('a value with its bound, beside an ID or beside a count, is a target of its own', () => {
    expect(listed('Maintain <30s per invoice')).toEqual(['<30s']);
    expect(listed('p95 < 200 ms, p99 < 500 ms')).toEqual(['p95 < 200 ms', 'p99 < 500 ms']);
    expect(listed('NFR1 - 5 s per page')).toEqual(['5 s']);
    expect(listed('responds in 2 s, 3 retries')).toEqual(['2 s']);
  });
});

describe('the target mismatch rule', () => {
  const prd = [
    '## Non-Functional Requirements',
    '',
    '- **NFR-O3:** The p95 event processing duration stays under 5 seconds.',
    '- **NFR-R2:** A failed delivery to the archive is retried within 30 seconds.',
  ].join('\n');
  const arch = (metrics: string, retries: string) =>
    ['# Architecture', '## Observability', '| Metric | Type | Description |', '|---|---|---|', `| \`event_processing_duration_seconds\` | Histogram | ${metrics} |`, '## Delivery', `- ${retries}`].join('\n');

  it('reads no bucket bounds or backoff steps as the design\'s target', () => {
    const result = check(prd, arch('End-to-end processing duration per event (buckets: 50ms–10s), for NFR-O3.', 'Archive delivery retries with backoff: 1s, 2s, 4s (NFR-R2).'));
    expect(rulesOf(result, 'trace/target-mismatch')).toEqual([]);
  });

  it('still reports a target stated with its bound', () => {
    const result = check(prd, arch('End-to-end processing duration per event, p95 under 10 s (NFR-O3).', 'Archive delivery is retried within 60 s (NFR-R2).'));
    expect(rulesOf(result, 'trace/target-mismatch').map((f) => [f.line, f.message])).toEqual([
      [5, 'The architecture says p95 < 10 s where NFR-O3 in the PRD says < 5 s (latency).'],
      [7, 'The architecture says <= 60 s where NFR-R2 in the PRD says <= 30 s (latency).'],
    ]);
  });
});

describe('a sentence of many values', () => {
  it('reads the first 64 and takes each repeated value at its own place', () => {
    const text = `backoff: ${Array.from({ length: 5000 }, () => '1s').join(', ')}`;
    const targets = parseTargets(text);
    const members = listedValues(text, targets);
    expect([targets.length, members.size]).toEqual([5000, 64]);
  });
});
