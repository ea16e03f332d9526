import { describe, expect, it } from 'vitest';
import { parseStandards, parseTargets, baseValue } from '../src/engine/targets.js';
import { readDocSet } from '../src/io/read-doc-set.js';
import { corpusPairs } from './helpers.js';

const first = (text: string) => parseTargets(text)[0];

describe('measurable targets', () => {
  it.each([
    ['p95 < 200 ms', { metric: 'latency', comparator: '<', value: 200, unit: 'ms', percentile: 95 }],
    ['99.9% uptime', { metric: 'availability', comparator: '>=', value: 99.9, unit: '%' }],
    ['1,000 RPS', { metric: 'throughput', value: 1000, unit: 'req/s' }],
    ['within 2 seconds', { metric: 'latency', comparator: '<=', value: 2, unit: 's' }],
    ['less than 500ms for typical queries', { comparator: '<', value: 500, unit: 'ms' }],
    ['< 200ms for 95% of requests', { value: 200, unit: 'ms', percentile: 95 }],
    ['≤ 60 calls per minute', { metric: 'throughput', comparator: '<=', value: 60, unit: 'req/min' }],
    ['Memory usage < 50MB', { metric: 'memory', comparator: '<', value: 50, unit: 'MB' }],
    ['up to 10MB in size', { metric: 'size', comparator: '<=', value: 10, unit: 'MB' }],
    ['support 1,000+ concurrent users', { metric: 'concurrency', comparator: '>=', value: 1000 }],
    ['10k users', { metric: 'concurrency', value: 10000 }],
    ['>95% accuracy', { metric: 'accuracy', comparator: '>', value: 95, unit: '%' }],
    ['RTO of 5 minutes', { metric: 'recovery-time', value: 5, unit: 'min' }],
    ['moins de 2 secondes (95e percentile)', { value: 2, unit: 's', percentile: 95 }],
    ['sous 0.50€/mois', { metric: 'cost', comparator: '<', value: 0.5, unit: 'EUR' }],
    ['3x traffic', { metric: 'multiplier', value: 3, unit: 'x' }],
    ['zero known unpatched CVEs', { metric: 'count', value: 0, unit: 'cves' }],
    ['Sharpe ≥ 0.5', { comparator: '>=', value: 0.5 }],
    ['drawdown -%5', { value: 5, unit: '%' }],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatchObject(expected);
  });

  it('finds nothing in qualitative text', () => {
    expect(parseTargets('The system shall be fast and easy to use.')).toEqual([]);
    expect(parseTargets('process all 6 tables')).toEqual([]);
  });

  it('compares across units', () => {
    expect(baseValue(first('under 5 s'))).toEqual({ family: 'time', value: 5000 });
    expect(baseValue(first('under 5000 ms'))).toEqual({ family: 'time', value: 5000 });
    expect(baseValue(first('2 GB of memory'))).toEqual({ family: 'size', value: 2048 });
  });

  it('names standards', () => {
    expect(parseStandards('Meets WCAG 2.1 AA and ISO 27001; TLS 1.3 only; GDPR; runs on Node.js 16+')).toEqual(['WCAG 2.1 AA', 'ISO 27001', 'TLS 1.3', 'GDPR', 'Node.js 16+']);
  });
});

describe('the corpus', () => {
  // Written before the patterns were made linear (bounded runs): every line of every real document
  // must read the same targets and standards as it did then.
  it('reads the same targets and standards on every line of every corpus document', async () => {
    const read: Record<string, [number, unknown, string[]][]> = {};
    for (const pair of corpusPairs()) {
      const input = readDocSet(pair.dir, { name: pair.name, prd: pair.prd, architecture: pair.architecture });
      for (const f of [...input.prd, ...input.architecture]) {
        const lines = f.text.split('\n').map((l, i): [number, unknown, string[]] => [i + 1, parseTargets(l), parseStandards(l)]);
        read[`${pair.name}/${f.path}`] = lines.filter(([, t, s]) => (t as unknown[]).length || s.length);
      }
    }
    await expect(JSON.stringify(read, null, 1)).toMatchFileSnapshot('__snapshots__/corpus-targets.json');
  });
});
