import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { configValuesOf } from '../src/engine/config-values.js';
import type { Passage } from '../src/engine/passages.js';
import { workGrowth } from './text-work.js';

// A configuration example restating an NFR's target as a bare value under a key that names its
// metric ("max_connections: 500000" for "≥ 500 000 concurrent connections") is a place to cite:
// it ranks as a restated target in prose does. It is a sample, not proof: it never makes the
// place likely, so it never implies the NFR. Modelled on the class (YAML, env, JSON, a table of
// keys), not on one document.

const filler = Array.from({ length: 10 }, (_, i) => `## Module ${i}\n\nModule ${i} renders one panel of the operator dashboard and keeps its own state.`).join('\n\n');

const arch = (config: string) => ['# Gateway architecture', '## Connections', 'The gateway accepts game clients and keeps their connections open while they play.', '## Colours', 'Colour recalculation runs in the worker after each alarm.', filler, '## Configuration', config].join('\n\n');

const places = (prd: string, architecture: string) => {
  const row = check(prd, architecture).coverage.rows[0];
  return { status: row.status, first: row.suggestions[0] && `${row.suggestions[0].location.file}:${row.suggestions[0].location.line}`, likely: row.suggestions.filter((s) => s.confidence === 'likely').length };
};

const CONNECTIONS = '## Non-Functional Requirements\n\n- **NFR-1**: Concurrent connections per instance: ≥ 500 000.';
const TIMEOUT = '## Non-Functional Requirements\n\n- **NFR-1**: Colour recalculation latency ≤ 3 s.';

describe('a configuration value restating the target', () => {
  it('ranks first the YAML line whose key names the metric and whose value is the target', () => {
    const doc = arch('```yaml\nlimits:\n  max_connections: 500000\n  max_sessions: 1000000\n```');
    // The config block's chunk starts one line below its fence.
    const line = doc.split('\n').indexOf('limits:') + 1;
    expect(places(CONNECTIONS, doc)).toEqual({ status: 'uncovered', first: `docs/architecture.md:${line}`, likely: 0 });
  });

  it('does not rank a value equal to the target under a key that names something else, nor a port', () => {
    const doc = arch('```yaml\nlimits:\n  max_bytes_cached: 500000\n  port: 500000\n```');
    expect(places(CONNECTIONS, doc).first).toBe(`docs/architecture.md:${doc.split('\n').indexOf('The gateway accepts game clients and keeps their connections open while they play.') + 1}`);
  });

  it('reads milliseconds only where the key says so: timeout_ms 3000 restates 3 s, timeout 3000 does not', () => {
    const keyed = arch('| Key | Default | Note |\n| --- | --- | --- |\n| color_recalc.timeout_ms | 3000 | recalculation |');
    const bare = arch('| Key | Default | Note |\n| --- | --- | --- |\n| color_recalc.timeout | 3000 | recalculation |');
    const row = keyed.split('\n').findIndex((l) => l.startsWith('| color_recalc')) + 1;
    expect(places(TIMEOUT, keyed)).toEqual({ status: 'uncovered', first: `docs/architecture.md:${row}`, likely: 0 });
    expect(places(TIMEOUT, bare).first).toBe(`docs/architecture.md:${bare.split('\n').indexOf('Colour recalculation runs in the worker after each alarm.') + 1}`);
  });

  it('finds a configuration line that shares no word with the NFR, by its value, where its key names the metric', () => {
    const doc = arch('```env\nSEARCH_BACKEND=opensearch\nREQUEST_TIMEOUT_MS=3000\n```');
    const line = doc.split('\n').indexOf('SEARCH_BACKEND=opensearch') + 1;
    const prd = '## Non-Functional Requirements\n\n- **NFR-1**: Answers arrive within 3 s at p95.';
    expect(places(prd, doc)).toEqual({ status: 'uncovered', first: `docs/architecture.md:${line}`, likely: 0 });
  });

  it('reads key = value, JSON, env and suffixed units, and leaves identities and flags out', () => {
    const p = (text: string, kind: Passage['kind'] = 'code') => ({ kind, text, file: 'a.md', line: 1, endLine: 1, context: '', heading: '', section: null }) as Passage;
    expect(configValuesOf(p('retry.max_attempts = 3\n"timeout": "3s",\nMAX_CONNECTIONS=500_000\nhttp_port: 8080\nenabled: 1\nversion: 2024\ncache_ttl: 5m'))).toEqual([
      { key: 'retry.max_attempts', value: 3 },
      { key: 'timeout', value: 3, family: 'time' },
      { key: 'MAX_CONNECTIONS', value: 500000 },
      { key: 'cache_ttl', value: 300, family: 'time' },
    ]);
    expect(configValuesOf(p('pool.size | 20 | connections', 'row'))).toEqual([{ key: 'pool.size', value: 20 }]);
  });

  it('is linear on hostile lines: 100k-character keys and values, 10k keys', () => {
    const p = (text: string) => ({ kind: 'code', text, file: 'a.md', line: 1, endLine: 1, context: '', heading: '', section: null }) as Passage;
    expect(workGrowth((n) => configValuesOf(p(`${'a'.repeat(n)}: ${'1'.repeat(n)}`)), 25_000).ratio).toBeLessThan(4.5);
    expect(workGrowth((n) => configValuesOf(p(`  ${' '.repeat(n)}key${'_'.repeat(n)}`)), 25_000).ratio).toBeLessThan(4.5);
    expect(workGrowth((n) => configValuesOf(p(Array.from({ length: n / 10 }, (_, i) => `key_${i}: ${i}`).join('\n'))), 25_000).ratio).toBeLessThan(4.5);
  });
});
